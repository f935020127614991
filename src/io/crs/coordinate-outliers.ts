/**
 * Mistyped coordinates (a slipped decimal point: longitude 1203.8 instead of 120.38) put one feature far from
 * all the others, and the layer's bounding box then fits no CRS. This finds such features with a trimmed
 * bounding box — the 5 % quantiles of x and y over a sample of positions (at least the single most extreme
 * value on each side is trimmed), widened by half its span on every side — and confirms each suspect by
 * transforming it with the CRS the remaining features resolve to: a suspect whose positions land in a
 * Shanhai region is kept.
 */
import type { Feature, FeatureCollection } from "geojson";
import type { CrsId } from "../import-types";
import { createToWgs84 } from "./crs-registry";
import { isInRegions } from "./detect-crs";
import { forEachPosition, samplePositions } from "./geometry-positions";

/** Largest share of a layer's features that may be set aside as outliers. */
const MAX_OUTLIER_SHARE = 0.1;
const TRIM_QUANTILE = 0.05;
const MIN_POSITIONS = 5;

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function trimmedRange(values: number[]): [number, number] {
  values.sort((a, b) => a - b);
  const trim = Math.min(Math.floor((values.length - 1) / 2), Math.max(1, Math.floor(TRIM_QUANTILE * (values.length - 1))));
  return [values[trim]!, values[values.length - 1 - trim]!];
}

/** The trimmed, widened box of the bulk of `collection`'s positions; undefined for too few positions. */
function bulkBox(collection: FeatureCollection): Box | undefined {
  const sample = samplePositions(collection);
  if (sample.length < MIN_POSITIONS) return undefined;
  const [minX, maxX] = trimmedRange(sample.map(([x]) => x));
  const [minY, maxY] = trimmedRange(sample.map(([, y]) => y));
  const margin = Math.max(maxX - minX, maxY - minY) / 2 + 1e-9 * Math.max(Math.abs(minX), Math.abs(maxX), Math.abs(minY), Math.abs(maxY), 1);
  return { minX: minX - margin, minY: minY - margin, maxX: maxX + margin, maxY: maxY + margin };
}

function isOutside(feature: Feature, box: Box): boolean {
  let outside = false;
  forEachPosition(feature.geometry, ([x, y]) => {
    if (typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y)) {
      if (x < box.minX || x > box.maxX || y < box.minY || y > box.maxY) outside = true;
    }
  });
  return outside;
}

/**
 * Splits `collection` into the bulk and the suspects lying far outside it (indices into the collection).
 * Undefined when there are no suspects or more than `MAX_OUTLIER_SHARE` of the features would be set aside.
 */
export function splitSuspectedOutliers(collection: FeatureCollection): { bulk: FeatureCollection; suspects: number[] } | undefined {
  const box = bulkBox(collection);
  if (!box) return undefined;
  const suspects: number[] = [];
  const kept: Feature[] = [];
  collection.features.forEach((feature, index) => (isOutside(feature, box) ? suspects.push(index) : kept.push(feature)));
  if (suspects.length === 0 || suspects.length > MAX_OUTLIER_SHARE * collection.features.length) return undefined;
  return { bulk: { type: "FeatureCollection", features: kept }, suspects };
}

/** True when every position of `feature` lands, under `crs`, in (or within 0.5° of) a Shanhai region. */
export function landsInRegions(feature: Feature, crs: CrsId): boolean {
  const toWgs84 = createToWgs84(crs);
  if (!toWgs84) return false;
  let inside = true;
  forEachPosition(feature.geometry, ([x, y]) => {
    if (!inside || typeof x !== "number" || typeof y !== "number") return;
    const [lon, lat] = toWgs84([x, y]);
    if (!(Number.isFinite(lon) && Number.isFinite(lat) && isInRegions(lon, lat))) inside = false;
  });
  return inside;
}
