/**
 * The OSM tag conditions of the import's mapping step as the text a person edits: `key=value|value` conditions
 * separated by `;` (`key=*` for any value), e.g. `leisure=park|garden; landuse=village_green`.
 */
import type { OsmMapping, OsmRole, OsmRoleRule, OsmTagCondition } from "../io/osm/osm-types";

export type { OsmRole, OsmRoleRule } from "../io/osm/osm-types";

/** Writes conditions as the editable text. */
export function formatConditions(conditions: readonly OsmTagCondition[]): string {
  return conditions.map(({ key, values }) => `${key}=${values === "*" ? "*" : values.join("|")}`).join("; ");
}

/** What the text held: the conditions, or the first piece that is not `key=value…` (to be named to the user). */
export type ParsedConditions = { ok: true; conditions: OsmTagCondition[] } | { ok: false; badPart: string };

/**
 * Reads the editable text back into conditions; empty text is no condition. Keys and values are trimmed; a piece
 * without `=`, with an empty key or an empty value is refused.
 */
export function parseConditions(text: string): ParsedConditions {
  const conditions: OsmTagCondition[] = [];
  for (const raw of text.split(/[;\n]/)) {
    const part = raw.trim();
    if (part === "") continue;
    const equals = part.indexOf("=");
    const key = equals > 0 ? part.slice(0, equals).trim() : "";
    const values =
      equals > 0
        ? part
            .slice(equals + 1)
            .split("|")
            .map((value) => value.trim())
        : [];
    if (key === "" || /\s/.test(key) || values.length === 0 || values.some((value) => value === "")) return { ok: false, badPart: part };
    conditions.push({ key, values: values.length === 1 && values[0] === "*" ? "*" : values });
  }
  return { ok: true, conditions };
}

/** The mapping with one role's include or exclude conditions replaced. */
export function withRoleConditions(mapping: OsmMapping, role: OsmRole, side: "include" | "exclude", conditions: readonly OsmTagCondition[]): OsmMapping {
  return { ...mapping, rules: mapping.rules.map((rule): OsmRoleRule => (rule.role === role ? { ...rule, [side]: conditions } : rule)) };
}
