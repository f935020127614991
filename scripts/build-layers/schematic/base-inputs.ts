import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from "geojson";

/** The committed real base layers the schematic generators are built on. */
export interface BaseInputs {
  land: Feature<Polygon | MultiPolygon>[];
  shoreline: Feature<LineString | MultiLineString>[];
  districts: Feature<Polygon | MultiPolygon>[];
  /** Where each input came from (for READMEs and warnings). */
  provenance: string[];
}

const DEVELOPMENT_FALLBACK = "../shared/data/raw/gshhg-full";

function readCollection<G extends Feature["geometry"]>(file: string): Feature<G>[] {
  return (JSON.parse(readFileSync(file, "utf8")) as FeatureCollection<G>).features;
}

/**
 * Reads layers/land, layers/shoreline and layers/district from `rootDir`. While the base layers do not
 * exist yet (development only) it falls back to the Qingdao GSHHG clip in ../shared and warns.
 */
export function readBaseInputs(rootDir: string): BaseInputs {
  const layerFile = (id: string) => path.join(rootDir, "layers", id, "data.geojson");
  const provenance: string[] = [];
  let land: Feature<Polygon | MultiPolygon>[];
  let shoreline: Feature<LineString | MultiLineString>[];
  if (existsSync(layerFile("land")) && existsSync(layerFile("shoreline"))) {
    land = readCollection<Polygon | MultiPolygon>(layerFile("land"));
    shoreline = readCollection<LineString | MultiLineString>(layerFile("shoreline"));
    provenance.push("layers/land/data.geojson", "layers/shoreline/data.geojson");
  } else {
    const fallback = path.join(rootDir, DEVELOPMENT_FALLBACK);
    console.warn(`[schematic] layers/land or layers/shoreline missing: DEVELOPMENT fallback to ${fallback}`);
    land = readCollection<Polygon | MultiPolygon>(path.join(fallback, "qingdao_land_gshhg_f.geojson"));
    shoreline = readCollection<LineString>(path.join(fallback, "qingdao_shoreline_gshhg_f.geojson"));
    provenance.push("DEVELOPMENT FALLBACK ../shared/data/raw/gshhg-full");
  }
  let districts: Feature<Polygon | MultiPolygon>[] = [];
  if (existsSync(layerFile("district"))) {
    districts = readCollection<Polygon | MultiPolygon>(layerFile("district"));
    provenance.push("layers/district/data.geojson");
  } else {
    console.warn("[schematic] layers/district missing: flat placeholder populations, region bbox as municipality");
  }
  return { land, shoreline, districts, provenance };
}
