import type { Feature, MultiPolygon } from "geojson";
import type { Paths64 } from "clipper2-ts";
import { unionPaths } from "../geometry/clip";
import { polygonsAreaM2 } from "../geometry/ellipsoidal";
import type { LocalProjection } from "../geometry/local-projection";
import { pathsToMultiPolygon } from "../geometry/paths-to-geojson";
import type { ParkCoverage } from "./park-coverage";

/** Properties of one service-area (服务范围) feature. */
export interface ServiceAreaProperties {
  /** Rule-set class this area belongs to, e.g. "300 m / ≥ 400 m²"; "overall" is every park at its own radius. */
  class: string;
  /** Service radius in metres (null for the overall area, whose parks have different radii). */
  radiusM: number | null;
  /** Smallest park area counted by this class in m² (for the overall area: the smallest class's minimum). */
  minAreaM2: number;
  /** Parks that contribute (a park split into pieces counts once). */
  parkCount: number;
  /** Ellipsoidal area of the dissolved service area in m² (WGS84/CGCS2000 ellipsoid, geographiclib). */
  areaM2: number;
}

/**
 * Service areas (服务半径覆盖范围) of the counted parks under the session's rule set: for each class, the union of
 * every qualifying park's Euclidean buffer at that class's radius, measured from the park boundary (the same
 * buffers the coverage ratio is computed against, GB/T 51346-2019 / GB 50563-2010 service-radius method);
 * first feature is the overall area (each park at the radius of the largest class it reaches).
 * Buffers are dissolved with Clipper2 (NonZero) in the session's local projection, then unprojected to WGS84.
 * @returns one MultiPolygon feature per layer that has at least one park; empty when no park is counted
 */
export function serviceAreaFeatures(coverage: ParkCoverage, projection: LocalProjection): Feature<MultiPolygon, ServiceAreaProperties>[] {
  const classes = coverage.ruleSet.classes;
  const owners = coverage.slotOwners();
  const dissolve = (l: number): { paths: Paths64; parks: Set<number> } => {
    const layer = coverage.layers[l];
    const buffers: Paths64 = [];
    const parks = new Set<number>();
    layer?.sources.forEach((source, slot) => {
      if (!source) return;
      buffers.push(...layer.buffer(slot));
      parks.add(owners[slot] as number);
    });
    return { paths: unionPaths(buffers), parks };
  };
  const perClass = classes.map((_, c) => dissolve(c + 1));
  // With radii non-decreasing by class, a park's own radius is that of the largest class it reaches, so the
  // overall area is the union of the (already dissolved, far smaller) class areas.
  const overall = coverage.monotone
    ? { paths: unionPaths(perClass.flatMap((area) => area.paths)), parks: new Set(perClass.flatMap((area) => [...area.parks])) }
    : dissolve(0);
  const feature = (area: { paths: Paths64; parks: Set<number> }, c: number | null): Feature<MultiPolygon, ServiceAreaProperties> => {
    const geometry = pathsToMultiPolygon(area.paths, projection);
    const ruleClass = c === null ? undefined : classes[c];
    return {
      type: "Feature",
      properties: {
        class: ruleClass ? `${ruleClass.radiusM} m / ≥ ${ruleClass.minAreaM2} m²` : "overall",
        radiusM: ruleClass ? ruleClass.radiusM : null,
        minAreaM2: ruleClass ? ruleClass.minAreaM2 : Math.min(...classes.map((rule) => rule.minAreaM2)),
        parkCount: area.parks.size,
        areaM2: Math.round(polygonsAreaM2(geometry.coordinates) * 100) / 100,
      },
      geometry,
    };
  };
  return [{ area: overall, c: null }, ...perClass.map((area, c) => ({ area, c }))]
    .filter(({ area }) => area.paths.length > 0)
    .map(({ area, c }) => feature(area, c));
}
