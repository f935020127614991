import { Clipper, FillRule, type Paths64 } from "clipper2-ts";
import type { FeatureCollection } from "geojson";
import { intersectionPaths, unionPaths } from "../geometry/clip";
import { ringAreaM2 } from "../geometry/ellipsoidal";
import type { LocalProjection } from "../geometry/local-projection";
import { UNITS_PER_METRE, projectPolygonal, type ProjectedShape } from "../geometry/projected-shape";
import type { RedLineResult } from "../../domain/metrics-report";
import { valueAt } from "../value-at";

/** 1 亩 (mu) = 2000/3 m². */
const SQUARE_METRES_PER_MU = 2000 / 3;

const SEA_ZONES = new Set(["sea", "marine", "海", "海域", "海洋"]);
const LAND_ZONES = new Set(["land", "陆", "陆域", "陆地"]);

/**
 * Ellipsoidal area (WGS84, GeographicLib) of dissolved Clipper paths: outer rings add, holes subtract.
 * @returns m²
 */
function pathsEllipsoidalAreaM2(paths: Paths64, projection: LocalProjection): number {
  let total = 0;
  for (const path of paths) {
    if (path.length < 3) continue;
    const ring = path.map((p) => projection.inverse(p.x / UNITS_PER_METRE, p.y / UNITS_PER_METRE));
    total += (Clipper.area(path) > 0 ? 1 : -1) * ringAreaM2(ring);
  }
  return total;
}

/**
 * 生态保护红线 statistics (standards §2.4 counting rule): area after dissolving overlaps, in km², ha and 亩;
 * land vs sea from the `zone` property (land|sea; features without it are split by the district polygons, which
 * cover land); land share of the district land area, and per district.
 */
export function redLineMetrics(
  redLine: FeatureCollection,
  projection: LocalProjection,
  districts: readonly ProjectedShape[] | undefined,
  districtNames: readonly string[] | undefined,
): RedLineResult {
  const land: Paths64 = [],
    sea: Paths64 = [],
    unknown: Paths64 = [];
  for (const feature of redLine.features) {
    const shape = projectPolygonal(feature.geometry, projection);
    if (!shape) continue;
    const zone = String(feature.properties?.zone ?? "")
      .trim()
      .toLowerCase();
    (SEA_ZONES.has(zone) ? sea : LAND_ZONES.has(zone) ? land : unknown).push(...shape.paths);
  }
  const districtUnion = districts ? unionPaths(districts.flatMap((d) => d.paths)) : undefined;
  if (unknown.length > 0) {
    if (districtUnion) {
      land.push(...Clipper.intersect(unknown, districtUnion, FillRule.NonZero));
      sea.push(...Clipper.difference(unknown, districtUnion, FillRule.NonZero));
    } else land.push(...unknown);
  }
  const landUnion = unionPaths(land);
  const area = (paths: Paths64) => pathsEllipsoidalAreaM2(paths, projection);
  const totalM2 = area(unionPaths([...land, ...sea]));
  const result: RedLineResult = {
    areaKm2: totalM2 / 1e6,
    areaHa: totalM2 / 1e4,
    areaMu: totalM2 / SQUARE_METRES_PER_MU,
    landAreaKm2: area(landUnion) / 1e6,
    seaAreaKm2: area(unionPaths(sea)) / 1e6,
  };
  if (districts && districtNames && districtUnion) {
    let landInside = 0,
      districtsArea = 0;
    result.byDistrict = districts.map((district, d) => {
      const districtArea = area(unionPaths(district.paths));
      // The red line cut to the district's box first (linear), so each district's clip reads only what lies near it.
      const landArea = area(intersectionPaths(district, [landUnion]));
      landInside += landArea;
      districtsArea += districtArea;
      return { name: valueAt(districtNames, d), landAreaKm2: landArea / 1e6, landShare: districtArea > 0 ? landArea / districtArea : 0 };
    });
    result.landShare = districtsArea > 0 ? landInside / districtsArea : 0;
  }
  return result;
}
