import type { BuiltinRegionId, LocalizedText, ProjectRegionId, RegionId } from "./layer-meta";

export interface Region {
  id: RegionId;
  name: LocalizedText;
  /** [west, south, east, north] in WGS84 degrees. */
  bbox: [number, number, number, number];
}

/** A region a project brought (the city of an OpenStreetMap extract): no plan targets, its own data only. */
export interface ProjectRegion extends Region {
  id: ProjectRegionId;
  /** ISO date of the data it was made from, or null when the file gave none. */
  dataDate: string | null;
}

/** The default region's (Qingdao's) extent: where a layer or project region without one of its own is placed. */
export const DEFAULT_REGION_BBOX: readonly [number, number, number, number] = [119.5, 35.57, 121.07, 37.15];

/** Municipal extents (WGS84). Qingdao from the district reference; Yantai approximate incl. Changdao islands. */
export const REGIONS: readonly (Region & { id: BuiltinRegionId })[] = [
  { id: "qingdao", name: { zh: "青岛", en: "Qingdao" }, bbox: [...DEFAULT_REGION_BBOX] },
  { id: "yantai", name: { zh: "烟台", en: "Yantai" }, bbox: [119.56, 36.55, 121.96, 38.4] },
];

/** Project region ids: `osm-` and a short slug of lowercase letters, digits and hyphens. */
const PROJECT_REGION_ID_PATTERN = /^osm-[a-z0-9][a-z0-9-]{0,59}$/;

/** True for the id of a built-in region (one with shipped layers and plan targets). */
export function isBuiltinRegionId(value: unknown): value is BuiltinRegionId {
  return REGIONS.some((region) => region.id === value);
}

/** True for a well-formed project region id (`osm-<slug>`). */
export function isProjectRegionId(value: unknown): value is ProjectRegionId {
  return typeof value === "string" && PROJECT_REGION_ID_PATTERN.test(value);
}

/**
 * A project region id for `label` (a boundary's English or local name, or a file name): `osm-` + its ASCII words
 * in kebab case, else `osm-<fallback>`; suffixed `-2`, `-3`… when `taken` holds it already.
 * @example projectRegionIdFor("taipei-jingmei_2025-05-30.osm.gz", "extract", []) // "osm-taipei-jingmei-2025-05-30"
 */
export function projectRegionIdFor(label: string, fallback: string, taken: readonly string[]): ProjectRegionId {
  const slugOf = (text: string) =>
    text
      .toLowerCase()
      .replace(/\.(osm\.pbf|osm\.gz|osm|pbf|json|gz)$/, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 50)
      .replace(/-+$/, "");
  const base = `osm-${slugOf(label) || slugOf(fallback) || "city"}` as ProjectRegionId;
  let id = base;
  for (let suffix = 2; taken.includes(id); suffix += 1) id = `${base}-${suffix}` as ProjectRegionId;
  return id;
}

/** The region of `id` among the built-in ones and `projectRegions`. */
export function findRegion(id: RegionId, projectRegions: readonly ProjectRegion[]): Region | undefined {
  return REGIONS.find((region) => region.id === id) ?? projectRegions.find((region) => region.id === id);
}
