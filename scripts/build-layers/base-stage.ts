import type { Feature, Geometry, MultiPolygon, Polygon } from "geojson";
import type { LayerMeta } from "../../src/domain/layer-meta";
import { buildLandLayer } from "./build-land";
import { buildShorelineLayer } from "./build-shoreline";
import { buildDistrictLayer } from "./build-district";
import { buildPlaceLayer } from "./build-place";
import { normalizeFeature } from "./geojson-tools";
import { writeLayer } from "./write-layer";

/**
 * The JS stage of the real base layers: reads only the committed intermediates in
 * `scripts/build-layers/inputs/` and writes layers/land, shoreline, district and place into
 * `layersDir`. Deterministic (no clock, no randomness, no network); needs no apt packages.
 */
export async function buildBaseLayers(layersDir: string): Promise<LayerMeta[]> {
  const metas: LayerMeta[] = [];
  const land = buildLandLayer();
  metas.push(writeLayer(layersDir, land));
  const landWritten = land.features
    .map((feature) => normalizeFeature(feature))
    .filter((feature): feature is Feature<Geometry, Record<string, unknown>> => feature !== null);
  const district = buildDistrictLayer();
  metas.push(writeLayer(layersDir, buildShorelineLayer(landWritten, district.features)));
  metas.push(writeLayer(layersDir, district));
  const districtFeatures = district.features as Feature<Polygon | MultiPolygon, Record<string, unknown>>[];
  metas.push(writeLayer(layersDir, buildPlaceLayer(districtFeatures)));
  return metas;
}
