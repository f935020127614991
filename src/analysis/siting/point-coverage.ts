import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import Flatbush from "flatbush";
import { distanceToShape } from "../geometry/distance";
import { polygonsAreaM2 } from "../geometry/ellipsoidal";
import { createLocalProjection, type LocalProjection } from "../geometry/local-projection";
import { projectLinear, projectPoints, projectPolygonal, type ProjectedShape } from "../geometry/projected-shape";
import { labelPoints } from "../label-points";
import type { SitingInstance } from "./instance";

/** A demand unit or candidate site as a point in WGS84 degrees. */
export interface SitingPoint {
  readonly id: string;
  readonly lon: number;
  readonly lat: number;
}

/** A demand unit: its representative point and weight (people, or m² of residential land). */
export interface DemandPoint extends SitingPoint {
  readonly weight: number;
  /** The value of the layer's group attribute (e.g. its district), when asked for. */
  readonly group?: string;
}

/**
 * The seam between the siting engine and distance: for each candidate, the indices of the demand points it
 * serves. {@link radiusCoverage} uses straight-line distance; a walking-network provider fits the same type.
 */
export type CoverageProvider = (demand: readonly SitingPoint[], candidates: readonly SitingPoint[]) => Int32Array[];

/** A local transverse Mercator projection centred on the points' bounding box. */
function projectionAround(points: readonly SitingPoint[]): LocalProjection {
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const point of points) {
    minLon = Math.min(minLon, point.lon);
    maxLon = Math.max(maxLon, point.lon);
    minLat = Math.min(minLat, point.lat);
    maxLat = Math.max(maxLat, point.lat);
  }
  return points.length ? createLocalProjection((minLon + maxLon) / 2, (minLat + maxLat) / 2) : createLocalProjection(0, 0);
}

/**
 * Coverage by straight-line distance: a candidate serves a demand point within `radiusM`, measured in a local
 * transverse Mercator projection (scale error under 0.02 % across a city) with a Flatbush index.
 * @param radiusM - service radius of the park class, metres
 * @returns a coverage provider
 * @example radiusCoverage(300)(demand, candidates)[0] // demand indices within 300 m of candidate 0
 */
export function radiusCoverage(radiusM: number): CoverageProvider {
  return (demand, candidates) => {
    const projection = projectionAround([...demand, ...candidates]);
    const demandXY = demand.map((point) => projection.forward(point.lon, point.lat));
    if (demandXY.length === 0) return candidates.map(() => new Int32Array(0));
    const index = new Flatbush(demandXY.length);
    for (const [x, y] of demandXY) index.add(x, y, x, y);
    index.finish();
    return candidates.map((candidate) => {
      const [cx, cy] = projection.forward(candidate.lon, candidate.lat);
      const found = index.search(cx - radiusM, cy - radiusM, cx + radiusM, cy + radiusM).filter((unit) => {
        const [x = 0, y = 0] = demandXY[unit] ?? [];
        return Math.hypot(x - cx, y - cy) <= radiusM;
      });
      return Int32Array.from(found).sort();
    });
  };
}

/**
 * Builds a siting instance from demand and candidate points. A demand unit counts as already covered when an
 * existing park's shape lies within `existingRadiusM` of its point (the park's service radius).
 * @param demand - demand points with weights
 * @param candidates - candidate sites
 * @param provider - which candidates serve which demand points
 * @param existing - existing parks (any geometry) and their service radius
 * @returns the instance
 * @example instanceFromPoints(demand, grid, radiusCoverage(300))
 */
export function instanceFromPoints(
  demand: readonly DemandPoint[],
  candidates: readonly SitingPoint[],
  provider: CoverageProvider,
  existing?: { parks: FeatureCollection; radiusM: number | ((park: Feature) => number | undefined) },
): SitingInstance {
  const alreadyCovered = existing ? coveredByExisting(demand, existing.parks, existing.radiusM) : new Uint8Array(demand.length);
  return {
    demandIds: demand.map((point) => point.id),
    demandWeights: Float64Array.from(demand, (point) => point.weight),
    alreadyCovered,
    candidateIds: candidates.map((point) => point.id),
    coverage: provider(demand, candidates),
  };
}

/**
 * Which demand points an existing park already serves: the park's shape (polygon, line or point) lies within
 * its service radius of the point (planar distance in a local transverse Mercator projection).
 * @param demand - demand points
 * @param parks - existing parks
 * @param radiusM - their service radius in metres, or each park's (undefined: the park serves no one)
 * @returns 1 per covered demand point
 * @example coveredByExisting(demand, parks, 300)
 */
export function coveredByExisting(
  demand: readonly SitingPoint[],
  parks: FeatureCollection,
  radiusM: number | ((park: Feature) => number | undefined),
): Uint8Array {
  const covered = new Uint8Array(demand.length);
  if (parks.features.length === 0 || demand.length === 0) return covered;
  const projection = projectionAround(demand);
  const served: { shape: ProjectedShape; radiusM: number }[] = [];
  for (const feature of parks.features) {
    const shape = projectAny(feature.geometry, projection);
    const radius = typeof radiusM === "number" ? radiusM : radiusM(feature);
    if (shape && radius !== undefined && radius > 0) served.push({ shape, radiusM: radius });
  }
  if (!served.length) return covered;
  const index = new Flatbush(served.length);
  for (const { shape, radiusM: r } of served) index.add(shape.minX - r, shape.minY - r, shape.maxX + r, shape.maxY + r);
  index.finish();
  demand.forEach((point, unit) => {
    const [x, y] = projection.forward(point.lon, point.lat);
    if (index.search(x, y, x, y).some((park) => distanceToShape(served[park]!.shape, x, y) <= served[park]!.radiusM)) covered[unit] = 1;
  });
  return covered;
}

function projectAny(geometry: Geometry | null, projection: LocalProjection): ProjectedShape | undefined {
  return projectPolygonal(geometry, projection) ?? projectLinear(geometry, projection) ?? projectPoints(geometry, projection);
}

/** How to read ids and weights from a layer's attributes. */
export interface PointFields {
  /** Attribute holding the id; else the feature id; else the feature's position (1-based). */
  readonly idField?: string;
  /** Attribute holding the weight; else `population`; else the polygon's area in m² (1 for a point). */
  readonly weightField?: string;
  /** Attribute to carry as the point's `group` (e.g. `district`). */
  readonly groupField?: string;
}

function featureId(feature: Feature, index: number, idField: string | undefined): string {
  const value = idField ? feature.properties?.[idField] : feature.id;
  return value === undefined || value === null || value === "" ? String(index + 1) : String(value);
}

function featureWeight(feature: Feature, weightField: string | undefined): number {
  const named = Number(feature.properties?.[weightField ?? "population"]);
  if (feature.properties?.[weightField ?? "population"] !== undefined && Number.isFinite(named) && named >= 0) return named;
  const geometry = feature.geometry;
  if (geometry?.type === "Polygon") return polygonsAreaM2([geometry.coordinates]);
  if (geometry?.type === "MultiPolygon") return polygonsAreaM2(geometry.coordinates);
  return 1;
}

/** A geometry `labelPoints` skips (it labels polygons only), put in place of polygons that need no pole. */
const SKIPPED_BY_LABEL_POINTS: Geometry = { type: "Point", coordinates: [0, 0] };

/** Area centroid of a ring (shoelace formula, in degrees: parcels are small enough for a planar centroid). */
function ringCentroid(ring: readonly Position[]): [number, number] | undefined {
  let twiceArea = 0,
    cx = 0,
    cy = 0;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index, index += 1) {
    const [x1 = 0, y1 = 0] = ring[previous] ?? [];
    const [x2 = 0, y2 = 0] = ring[index] ?? [];
    const cross = x1 * y2 - x2 * y1;
    twiceArea += cross;
    cx += (x1 + x2) * cross;
    cy += (y1 + y2) * cross;
  }
  return twiceArea === 0 ? undefined : [cx / (3 * twiceArea), cy / (3 * twiceArea)];
}

function insideRings(rings: readonly (readonly Position[])[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index, index += 1) {
      const [xi = 0, yi = 0] = ring[index] ?? [];
      const [xj = 0, yj = 0] = ring[previous] ?? [];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** A single-part polygon's area centroid when it lies inside the polygon (its holes excluded), else undefined. */
function centroidInside(geometry: Geometry | null): [number, number] | undefined {
  const rings =
    geometry?.type === "Polygon"
      ? geometry.coordinates
      : geometry?.type === "MultiPolygon" && geometry.coordinates.length === 1
        ? geometry.coordinates[0]
        : undefined;
  const centroid = rings?.[0] && ringCentroid(rings[0]);
  return rings && centroid && insideRings(rings, centroid[0], centroid[1]) ? centroid : undefined;
}

/**
 * Reads a layer as siting points: a point feature is its own point; a single-part polygon whose area centroid lies
 * inside it (every convex parcel) is represented by that centroid; any other polygon by its pole of inaccessibility
 * (polylabel), a point inside its largest part as far as possible from its edges, so a concave or L-shaped parcel is
 * never represented by a point outside it; lines and empty geometries are skipped.
 * @param layer - GeoJSON in WGS84
 * @param fields - id, weight and group attributes
 * @returns the points with weights
 * @example pointsFromLayer(parcels, { weightField: "population" })
 */
export function pointsFromLayer(layer: FeatureCollection, fields: PointFields = {}): DemandPoint[] {
  const centroids = layer.features.map((feature) => centroidInside(feature.geometry));
  const needPoles: FeatureCollection = {
    type: "FeatureCollection",
    features: layer.features.map((feature, index) => (centroids[index] ? { ...feature, geometry: SKIPPED_BY_LABEL_POINTS } : feature)),
  };
  const poles = new Map<number, [number, number]>();
  for (const pole of labelPoints(needPoles).features) {
    const [lon = 0, lat = 0] = pole.geometry.coordinates;
    poles.set(Number(pole.id), [lon, lat]);
  }
  const points: DemandPoint[] = [];
  layer.features.forEach((feature, index) => {
    const geometry = feature.geometry;
    const position =
      geometry?.type === "Point" ? geometry.coordinates : geometry?.type === "MultiPoint" ? geometry.coordinates[0] : (centroids[index] ?? poles.get(index));
    if (!position) return;
    const [lon, lat] = position;
    if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) return;
    const group = fields.groupField ? feature.properties?.[fields.groupField] : undefined;
    points.push({
      id: featureId(feature, index, fields.idField),
      lon,
      lat,
      weight: featureWeight(feature, fields.weightField),
      ...(group !== undefined && group !== null ? { group: String(group) } : {}),
    });
  });
  return points;
}
