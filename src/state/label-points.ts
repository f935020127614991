import type { FeatureCollection, Point } from "geojson";
import { labelPoints } from "../analysis/label-points";

const cache = new WeakMap<FeatureCollection, FeatureCollection<Point>>();

/** Label points of a polygon layer, computed once per data object. */
export function selectLabelPoints(featureCollection: FeatureCollection): FeatureCollection<Point> {
  let points = cache.get(featureCollection);
  if (!points) {
    points = labelPoints(featureCollection);
    cache.set(featureCollection, points);
  }
  return points;
}
