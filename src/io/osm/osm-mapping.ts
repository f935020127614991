/** Matching OSM tags against the role rules of an `OsmMapping`. */
import type { OsmMapping, OsmRole, OsmRoleRule, OsmTagCondition } from "./osm-types";
import type { OsmTags } from "./osm-data";

/** `foot=*` values that let a way with `access=no|private` into the walking network. */
const FOOT_ALLOWED = new Set(["yes", "designated", "permissive"]);

function holds(condition: OsmTagCondition, tags: OsmTags): boolean {
  const value = tags[condition.key];
  if (value === undefined) return false;
  return condition.values === "*" || condition.values.includes(value);
}

/**
 * Whether tags satisfy a rule: any include condition holds and no exclude condition holds. For the walking
 * network an explicit `foot=yes|designated|permissive` overrides exclusions on `access`.
 */
function ruleMatches(rule: OsmRoleRule, tags: OsmTags): boolean {
  if (!rule.include.some((condition) => holds(condition, tags))) return false;
  const footAllowed = rule.role === "network" && FOOT_ALLOWED.has(tags.foot ?? "");
  return !rule.exclude.some((condition) => !(footAllowed && condition.key === "access") && holds(condition, tags));
}

/** Every key an include condition of the mapping names, per mapping. */
const includeKeys = new WeakMap<OsmMapping, Set<string>>();

function keysOf(mapping: OsmMapping): Set<string> {
  let keys = includeKeys.get(mapping);
  if (!keys) {
    keys = new Set(mapping.rules.flatMap((rule) => rule.include.map((condition) => condition.key)));
    includeKeys.set(mapping, keys);
  }
  return keys;
}

/** The roles whose rules the tags satisfy, in mapping order. */
export function matchingRoles(mapping: OsmMapping, tags: OsmTags): OsmRole[] {
  const roles: OsmRole[] = [];
  const keys = keysOf(mapping);
  let relevant = false;
  for (const key in tags)
    if (keys.has(key)) {
      relevant = true;
      break;
    }
  if (!relevant) return roles;
  for (const rule of mapping.rules) if (!roles.includes(rule.role) && ruleMatches(rule, tags)) roles.push(rule.role);
  return roles;
}
