/** Feature properties of an OSM element: every tag, `osmType`/`osmId`, and names chosen per language. */
import type { GeoJsonProperties } from "geojson";
import type { OsmTags } from "./osm-data";

/** The Chinese UI's name: `name:zh` ?? `name:zh-Hans` ?? `name`. */
export function chineseName(tags: OsmTags): string | null {
  return tags["name:zh"] ?? tags["name:zh-Hans"] ?? tags.name ?? null;
}

/**
 * Every OSM tag, then `osmType`, `osmId`, `name` (Chinese first: `name:zh` ?? `name:zh-Hans` ?? `name`),
 * `nameEn` (`name:en` ?? null); the original `name` tag stays in `osmName` when the chosen name differs.
 */
export function osmProperties(tags: OsmTags, osmType: "way" | "relation", osmId: number): NonNullable<GeoJsonProperties> {
  const name = chineseName(tags);
  const properties: Record<string, unknown> = { ...tags, osmType, osmId, name, nameEn: tags["name:en"] ?? null };
  if (tags.name !== undefined && tags.name !== name) properties.osmName = tags.name;
  return properties;
}
