import Flatbush from "flatbush";
import { differencePaths, intersectionPaths, pathsAreaM2, shapeFromPaths } from "../geometry/clip";
import { containsPoint } from "../geometry/distance";
import type { LocalProjection } from "../geometry/local-projection";
import { shapeAreaM2, type ProjectedShape } from "../geometry/projected-shape";
import { valueAt } from "../value-at";

/** A residential parcel, or the part of one inside one district: the unit coverage is computed on. */
export interface ResidentialUnit {
  parcelIndex: number;
  /** Index into the districts, or -1 outside every district (or when no districts are given). */
  districtIndex: number;
  shape: ProjectedShape;
  planarAreaM2: number;
  /** Ellipsoidal area: planar area ÷ k² at the unit's centre (conformal projection). */
  areaM2: number;
  /** Population share (parcel population × area share). */
  population: number;
  /** Bounding-box centre and the largest centre-to-vertex distance (projected metres). */
  cx: number;
  cy: number;
  rho: number;
}

export interface ResidentialParcel {
  shape: ProjectedShape;
  population: number;
}

const SLIVER_M2 = 0.01;

/**
 * Splits residential parcels by district polygons (a parcel crossing a district boundary becomes one unit per
 * district; parts outside every district keep district -1). Parcels whose box no district edge crosses are
 * assigned whole without clipping.
 */
export function buildResidentialUnits(
  parcels: readonly ResidentialParcel[],
  districts: readonly ProjectedShape[],
  projection: LocalProjection,
): ResidentialUnit[] {
  const units: ResidentialUnit[] = [];
  const districtIndex = indexBoxes(districts);
  const edges = indexDistrictEdges(districts);
  parcels.forEach((parcel, parcelIndex) => {
    const { shape } = parcel;
    const parcelArea = shapeAreaM2(shape);
    if (!(parcelArea > 0)) return;
    const push = (piece: ProjectedShape, district: number, area: number) =>
      units.push(makeUnit(parcelIndex, district, piece, area, (parcel.population * area) / parcelArea, projection));
    if (!districtIndex) {
      push(shape, -1, parcelArea);
      return;
    }
    const candidates = districtIndex.search(shape.minX, shape.minY, shape.maxX, shape.maxY);
    const crossed = new Set<number>();
    if (edges && candidates.length > 0) {
      for (const k of edges.index.search(shape.minX, shape.minY, shape.maxX, shape.maxY)) crossed.add(valueAt(edges.owner, k));
    }
    const clipped: number[] = [];
    for (const d of candidates) {
      if (crossed.has(d)) clipped.push(d);
      else if (insideDistrict(valueAt(districts, d), shape)) {
        push(shape, d, parcelArea);
        return;
      }
    }
    if (clipped.length === 0) {
      push(shape, -1, parcelArea);
      return;
    }
    let assigned = 0;
    for (const d of clipped) {
      const piece = shapeFromPaths(intersectionPaths(shape, [valueAt(districts, d).paths]));
      const area = piece ? pathsAreaM2(piece.paths) : 0;
      if (piece && area > SLIVER_M2) {
        push(piece, d, area);
        assigned += area;
      }
    }
    if (parcelArea - assigned > SLIVER_M2) {
      const rest = shapeFromPaths(
        differencePaths(
          shape,
          clipped.map((d) => valueAt(districts, d).paths),
        ),
      );
      const area = rest ? pathsAreaM2(rest.paths) : 0;
      if (rest && area > SLIVER_M2) push(rest, -1, area);
    }
  });
  return units;
}

/** Whether the first vertex of a parcel no district edge crosses lies in the district. */
function insideDistrict(district: ProjectedShape, parcel: ProjectedShape): boolean {
  const ring = valueAt(parcel.rings, 0);
  return containsPoint(district, valueAt(ring, 0), valueAt(ring, 1));
}

/** Wraps one shape as a unit (used for incremental edits and tests). */
function makeUnit(
  parcelIndex: number,
  districtIndex: number,
  shape: ProjectedShape,
  planarAreaM2: number,
  population: number,
  projection: LocalProjection,
): ResidentialUnit {
  const cx = (shape.minX + shape.maxX) / 2,
    cy = (shape.minY + shape.maxY) / 2;
  let rho = 0;
  for (const ring of shape.rings) {
    for (let i = 0; i < ring.length; i += 2) rho = Math.max(rho, Math.hypot(valueAt(ring, i) - cx, valueAt(ring, i + 1) - cy));
  }
  const k = projection.scaleAt(cx);
  return { parcelIndex, districtIndex, shape, planarAreaM2, areaM2: planarAreaM2 / (k * k), population, cx, cy, rho };
}

function indexBoxes(shapes: readonly ProjectedShape[]): Flatbush | undefined {
  if (shapes.length === 0) return undefined;
  const index = new Flatbush(shapes.length);
  for (const s of shapes) index.add(s.minX, s.minY, s.maxX, s.maxY);
  index.finish();
  return index;
}

function indexDistrictEdges(districts: readonly ProjectedShape[]): { index: Flatbush; owner: Int32Array } | undefined {
  let count = 0;
  for (const d of districts) for (const ring of d.rings) count += ring.length / 2;
  if (count === 0) return undefined;
  const index = new Flatbush(count);
  const owner = new Int32Array(count);
  districts.forEach((d, di) => {
    for (const ring of d.rings) {
      const n = ring.length;
      for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
        const xi = valueAt(ring, i),
          yi = valueAt(ring, i + 1),
          xj = valueAt(ring, j),
          yj = valueAt(ring, j + 1);
        owner[index.add(Math.min(xi, xj), Math.min(yi, yj), Math.max(xi, xj), Math.max(yi, yj))] = di;
      }
    }
  });
  index.finish();
  return { index, owner };
}
