/**
 * Reference counts per OSM role from osmium-tool: `osmium tags-filter` with the default mapping's tags, then
 * `osmium export` to GeoJSON; a role's count is the number of distinct OSM objects exported with the role's
 * geometry (areas: (Multi)Polygon; lines: LineString, plus closed `area=yes` ways, which osmium exports only
 * as polygons while the walking network keeps their outline) whose tags pass the role's exclusions.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { OsmRole } from "../../src/io/osm/osm-types";

type Tags = Record<string, string>;
interface RoleReference {
  filters: string[];
  geometry: "area" | "line";
  keep?: (tags: Tags) => boolean;
}

const FOOT_OK = new Set(["yes", "designated", "permissive"]);
const WALKABLE =
  "footway,path,pedestrian,residential,living_street,service,unclassified,tertiary,tertiary_link,secondary,secondary_link,primary,primary_link,steps,cycleway,track,road";

/** The default tag table of README's OSM section, written as osmium filter expressions (independent of the reader's mapping). */
export const OSMIUM_ROLES: Partial<Record<OsmRole, RoleReference>> = {
  park: { filters: ["a/leisure=park,garden"], geometry: "area", keep: (t) => t.access !== "private" && t.access !== "no" },
  "green-other": { filters: ["a/leisure=playground,nature_reserve,dog_park", "a/landuse=recreation_ground,village_green"], geometry: "area" },
  residential: { filters: ["a/landuse=residential"], geometry: "area" },
  water: { filters: ["a/natural=water", "a/waterway=riverbank", "a/landuse=reservoir,basin"], geometry: "area" },
  "protected-area": { filters: ["a/boundary=protected_area", "a/leisure=nature_reserve"], geometry: "area" },
  river: { filters: ["w/waterway=river,stream,canal"], geometry: "line" },
  shoreline: { filters: ["w/natural=coastline"], geometry: "line" },
  network: {
    filters: [`w/highway=${WALKABLE}`],
    geometry: "line",
    keep: (t) => t.foot !== "no" && (!(t.access === "no" || t.access === "private") || FOOT_OK.has(t.foot ?? "")),
  },
};

const FILTER_TAGS: Record<string, (t: Tags) => boolean> = {};
function matchesFilter(filter: string, tags: Tags): boolean {
  const cached = FILTER_TAGS[filter];
  if (cached) return cached(tags);
  const [key, values] = filter.slice(2).split("=") as [string, string];
  const set = new Set(values.split(","));
  FILTER_TAGS[filter] = (t) => set.has(t[key] ?? "");
  return FILTER_TAGS[filter]!(tags);
}

export function osmiumAvailable(): boolean {
  return spawnSync("osmium", ["--version"]).status === 0;
}

/** Distinct `type/id` of each role's objects as osmium exports them. */
export function osmiumRoleObjects(file: string): Partial<Record<OsmRole, string[]>> {
  const dir = mkdtempSync(join(tmpdir(), "shanhai-osmium-"));
  try {
    const result: Partial<Record<OsmRole, string[]>> = {};
    for (const [role, reference] of Object.entries(OSMIUM_ROLES) as [OsmRole, RoleReference][]) {
      const filtered = join(dir, `${role}.osm.pbf`);
      const exported = join(dir, `${role}.geojsonseq`);
      for (const args of [
        ["tags-filter", file, ...reference.filters, "-o", filtered, "-O"],
        ["export", filtered, "-f", "geojsonseq", "-a", "type,id", "-o", exported, "-O"],
      ]) {
        const run = spawnSync("osmium", args, { encoding: "utf8" });
        if (run.status !== 0) throw new Error(`osmium ${args[0]} failed: ${run.stderr}`);
      }
      const objects = new Set<string>();
      for (const line of readFileSync(exported, "utf8").split("\n")) {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: GeoJSON text sequences (RFC 8142) start each record with RS
        const text = line.replace(/^\u001e/, "").trim();
        if (!text) continue;
        const feature = JSON.parse(text) as { geometry: { type: string }; properties: Tags & { "@type": string; "@id": number } };
        const isArea = feature.geometry.type === "Polygon" || feature.geometry.type === "MultiPolygon";
        const tags = feature.properties;
        const outline = reference.geometry === "line" && isArea && tags.area === "yes" && tags["@type"] === "way";
        if (isArea !== (reference.geometry === "area") && !outline) continue;
        if (!reference.filters.some((filter) => matchesFilter(filter, tags)) || (reference.keep && !reference.keep(tags))) continue;
        objects.add(`${tags["@type"]}/${tags["@id"]}`);
      }
      result[role] = [...objects].sort();
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
