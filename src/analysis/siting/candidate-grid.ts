import type { FeatureCollection } from "geojson";
import Flatbush from "flatbush";
import { containsPoint } from "../geometry/distance";
import { createLocalProjection } from "../geometry/local-projection";
import { projectPolygonal, type ProjectedShape } from "../geometry/projected-shape";
import type { SitingPoint } from "./point-coverage";

/** Default spacing of generated candidates, metres. */
const DEFAULT_GRID_SPACING_M = 100;

function polygonShapes(layers: readonly FeatureCollection[], project: Parameters<typeof projectPolygonal>[1]): ProjectedShape[] {
  return layers
    .flatMap((layer) => layer.features.map((feature) => projectPolygonal(feature.geometry, project)))
    .filter((shape): shape is ProjectedShape => shape !== undefined);
}

/** Grid cells (column, row) within `radiusM` of each point, keyed by a number (columns and rows stay within ±2²⁰). */
function cellsNear(points: readonly [number, number][], radiusM: number, spacingM: number): Map<number, [number, number]> {
  const cells = new Map<number, [number, number]>();
  const reach = Math.ceil(radiusM / spacingM);
  for (const [px, py] of points) {
    const column0 = Math.round(px / spacingM);
    const row0 = Math.round(py / spacingM);
    for (let row = row0 - reach; row <= row0 + reach; row += 1) {
      for (let column = column0 - reach; column <= column0 + reach; column += 1) {
        const key = (column + 1_048_576) * 2_097_152 + (row + 1_048_576);
        if (!cells.has(key) && Math.hypot(column * spacingM - px, row * spacingM - py) <= radiusM) cells.set(key, [column, row]);
      }
    }
  }
  return cells;
}

/** Options of {@link gridCandidates}. */
export interface GridOptions {
  /** Grid spacing, metres (default 100). */
  readonly spacingM?: number;
  /** Keep only grid points within `radiusM` of one of these points (the demand still to cover): others would cover nothing. */
  readonly near?: { readonly points: readonly SitingPoint[]; readonly radiusM: number };
}

/**
 * Candidate sites on a square grid (local transverse Mercator metres, `spacingM` apart) over the study area,
 * keeping the points that fall on no excluded polygon (residential land, red line, water, existing parks) and,
 * with `near`, only those within reach of the demand still to cover. Ids are `g<column>_<row>` (grid units from
 * the projection's origin at the study area's centre).
 * @param studyArea - polygons of the study area (districts)
 * @param excluded - polygon layers a park cannot go on
 * @param options - spacing and reach
 * @returns candidate points in WGS84
 * @example gridCandidates(districts, [residential, redLine, water, parks], { spacingM: 100 }).length
 */
export function gridCandidates(studyArea: FeatureCollection, excluded: readonly FeatureCollection[], options: GridOptions = {}): SitingPoint[] {
  const spacingM = options.spacingM ?? DEFAULT_GRID_SPACING_M;
  if (!(spacingM > 0)) throw new Error(`grid spacing must be positive (got ${spacingM})`);
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of studyArea.features) {
    const geometry = feature.geometry;
    const polygons = geometry?.type === "Polygon" ? [geometry.coordinates] : geometry?.type === "MultiPolygon" ? geometry.coordinates : [];
    for (const [lon = 0, lat = 0] of polygons.flat(2)) {
      [minLon, maxLon, minLat, maxLat] = [Math.min(minLon, lon), Math.max(maxLon, lon), Math.min(minLat, lat), Math.max(maxLat, lat)];
    }
  }
  if (!Number.isFinite(minLon)) return [];
  const projection = createLocalProjection((minLon + maxLon) / 2, (minLat + maxLat) / 2);
  const areas = polygonShapes([studyArea], projection);
  const blocked = polygonShapes(excluded, projection);
  const blockIndex = shapeIndex(blocked);
  let cells: Iterable<[number, number]>;
  if (options.near) {
    cells = cellsNear(
      options.near.points.map((point) => projection.forward(point.lon, point.lat)),
      options.near.radiusM,
      spacingM,
    ).values();
  } else {
    const all: [number, number][] = [];
    for (const area of areas) {
      for (let row = Math.ceil(area.minY / spacingM); row * spacingM <= area.maxY; row += 1) {
        for (let column = Math.ceil(area.minX / spacingM); column * spacingM <= area.maxX; column += 1) all.push([column, row]);
      }
    }
    cells = all;
  }
  const crossings = new Map<number, Float64Array>();
  const points = new Map<string, SitingPoint>();
  for (const [column, row] of cells) {
    const [x, y] = [column * spacingM, row * spacingM];
    const id = `g${column}_${row}`;
    if (points.has(id)) continue;
    let rowCrossings = crossings.get(row);
    if (!rowCrossings) crossings.set(row, (rowCrossings = rowCrossingsOf(areas, y)));
    if (!insideByCrossings(rowCrossings, x) || inside(blocked, blockIndex, x, y)) continue;
    const [lon, lat] = projection.inverse(x, y);
    points.set(id, { id, lon, lat });
  }
  return [...points.values()];
}

/**
 * Where the horizontal line at `y` crosses the edges of the study area's rings, sorted: a point of that line is
 * inside (even-odd rule over all rings) when an odd number of crossings lie west of it. One pass over the edges per
 * grid row replaces a full point-in-polygon test per grid point against district outlines of thousands of vertices.
 */
function rowCrossingsOf(shapes: readonly ProjectedShape[], y: number): Float64Array {
  const xs: number[] = [];
  for (const shape of shapes) {
    if (y < shape.minY || y > shape.maxY) continue;
    for (const ring of shape.rings) {
      const n = ring.length;
      for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
        const yi = ring[i + 1]!,
          yj = ring[j + 1]!;
        if (yi > y !== yj > y) xs.push(((ring[j]! - ring[i]!) * (y - yi)) / (yj - yi) + ring[i]!);
      }
    }
  }
  return Float64Array.from(xs).sort();
}

function insideByCrossings(crossings: Float64Array, x: number): boolean {
  let low = 0;
  let high = crossings.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (crossings[middle]! < x) low = middle + 1;
    else high = middle;
  }
  return low % 2 === 1;
}

function shapeIndex(shapes: readonly ProjectedShape[]): Flatbush {
  const index = new Flatbush(Math.max(1, shapes.length));
  for (const shape of shapes) index.add(shape.minX, shape.minY, shape.maxX, shape.maxY);
  if (!shapes.length) index.add(Infinity, Infinity, Infinity, Infinity);
  index.finish();
  return index;
}

function inside(shapes: readonly ProjectedShape[], index: Flatbush, x: number, y: number): boolean {
  return index.search(x, y, x, y).some((position) => shapes[position] !== undefined && containsPoint(shapes[position], x, y));
}
