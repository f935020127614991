import type { FeatureCollection } from "geojson";
import { createLocalProjection } from "../geometry/local-projection";
import type { RuleSet } from "../../domain/rule-sets";
import { parkRecords } from "../service-coverage/park-records";
import { type NearestFeature, nearestFeature, projectAround } from "./nearest-feature";

/** For one rule-set class: the nearest park big enough for it, and whether the place is within its radius. */
interface ClassProximity {
  minAreaM2: number;
  radiusM: number;
  label?: string;
  nearest: NearestFeature | null;
  isWithin: boolean;
}

export interface GreenProximity {
  nearestPark: NearestFeature | null;
  /** The nearest park's boundary point nearest to the place, WGS84 [lon, lat] (the place itself when inside). */
  nearestParkLonLat: [number, number] | null;
  nearestGreenway: NearestFeature | null;
  ruleSetId: string;
  classes: ClassProximity[];
}

/**
 * "Is there a park near me?" for one place: the nearest park and greenway, and for each class of the rule set
 * (e.g. qingdao-300-500: 300米见绿 / 500米见园) whether a park reaching that class's minimum area lies within its
 * service radius. Distances are straight-line from the park boundary, as in 公园绿地服务半径覆盖率.
 * @param lonLat - the place, WGS84 [lon, lat]
 * @param parks - park features (polygons, or points with `areaM2`)
 * @param greenways - greenway lines (may be empty)
 * @param ruleSet - the service-radius rule set
 * @returns nearest park/greenway (distance in m) and per-class answers
 * @example greenProximity([120.38, 36.07], parks, greenways, resolveRuleSet("qingdao-300-500")).classes[0].isWithin
 */
export function greenProximity(lonLat: [number, number], parks: FeatureCollection, greenways: FeatureCollection, ruleSet: RuleSet): GreenProximity {
  // The engine's own park reading (ellipsoidal area, Point parks by `areaM2`), projected around the place.
  const projection = createLocalProjection(lonLat[0], lonLat[1]);
  const records = parkRecords(parks, projection);
  const areas = records.map((record) => record?.areaM2 ?? 0);
  const parkCandidates = { features: parks.features, shapes: records.map((record) => record?.shape) };
  const classes = ruleSet.classes.map((radiusClass): ClassProximity => {
    const nearest = nearestFeature(parkCandidates, (_, index) => (areas[index] ?? 0) >= radiusClass.minAreaM2);
    return { ...radiusClass, nearest, isWithin: nearest !== null && nearest.distanceM <= radiusClass.radiusM };
  });
  const nearestPark = nearestFeature(parkCandidates);
  return {
    nearestPark,
    nearestParkLonLat: nearestPark ? projection.inverse(...nearestPark.offsetM) : null,
    nearestGreenway: nearestFeature(projectAround(lonLat, greenways)),
    ruleSetId: ruleSet.id,
    classes,
  };
}
