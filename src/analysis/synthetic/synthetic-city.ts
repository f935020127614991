import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from "geojson";
import { createLocalProjection } from "../geometry/local-projection";
import { seededRandom } from "./seeded-random";
import { valueAt } from "../value-at";

/** Benchmark scales: residential parcels / parks / greenways. */
const SYNTHETIC_SCALES = {
  S: { parcels: 1_000, parks: 100, greenways: 6 },
  M: { parcels: 10_000, parks: 1_000, greenways: 20 },
  L: { parcels: 100_000, parks: 5_000, greenways: 60 },
} as const;

export type SyntheticScale = keyof typeof SYNTHETIC_SCALES;

/** A city of any size: residential parcels, parks and greenways (a province's cities in `bench:scale`). */
export interface SyntheticCounts {
  parcels: number;
  parks: number;
  greenways: number;
}

export interface SyntheticCity {
  residential: FeatureCollection<Polygon | MultiPolygon>;
  parks: FeatureCollection<Polygon>;
  greenways: FeatureCollection<LineString>;
  districts: FeatureCollection<Polygon>;
}

const BLOCK_PITCH_M = 130;
const STREET_M = 16;
/** Park size mix (m²): pocket parks to country parks, shares sum to 1. */
const PARK_SIZE_MIX: readonly [share: number, minM2: number, maxM2: number][] = [
  [0.4, 400, 2_000],
  [0.3, 2_000, 10_000],
  [0.2, 10_000, 50_000],
  [0.08, 50_000, 200_000],
  [0.02, 200_000, 1_000_000],
];

/**
 * A seeded synthetic city at Qingdao's latitude (centre 120.38°E, 36.2°N): a street grid of jittered residential
 * blocks (some with courtyards, some two-part MultiPolygons, each with a population), parks of a realistic size
 * mix occupying whole blocks, greenways along streets (partly sharing segments), and four districts; `scale` is
 * a named benchmark scale or the counts.
 * @example generateSyntheticCity("S", 1).residential.features.length // 1000
 */
export function generateSyntheticCity(scale: SyntheticScale | SyntheticCounts, seed = 1): SyntheticCity {
  const { parcels: parcelTarget, parks: parkTarget, greenways: greenwayTarget } = typeof scale === "string" ? SYNTHETIC_SCALES[scale] : scale;
  const random = seededRandom(seed);
  const projection = createLocalProjection(120.38, 36.2);
  const toLonLat = (x: number, y: number): Position => {
    const [lon, lat] = projection.inverse(x, y);
    return [Math.round(lon * 1e7) / 1e7, Math.round(lat * 1e7) / 1e7];
  };
  const ring = (points: [number, number][]): Position[] => [...points, valueAt(points, 0)].map(([x, y]) => toLonLat(x, y));

  const parkAreas = Array.from({ length: parkTarget }, () => pickParkArea(random));
  const parkCells = parkAreas.reduce((sum, a) => sum + Math.ceil(a / (BLOCK_PITCH_M * BLOCK_PITCH_M)), 0);
  const side = Math.ceil(Math.sqrt((parcelTarget * 1.08 + parkCells) * 1.12));
  const half = (side * BLOCK_PITCH_M) / 2;
  const used = new Uint8Array(side * side);
  const parks: Feature<Polygon>[] = [];
  for (const areaM2 of parkAreas) {
    const cells = Math.max(1, Math.ceil(Math.sqrt(areaM2) / BLOCK_PITCH_M));
    const ci = Math.floor(random() * (side - cells)),
      cj = Math.floor(random() * (side - cells));
    for (let i = ci; i < ci + cells; i++) for (let j = cj; j < cj + cells; j++) used[i * side + j] = 1;
    const size = Math.sqrt(areaM2);
    const cx = -half + (ci + cells / 2) * BLOCK_PITCH_M,
      cy = -half + (cj + cells / 2) * BLOCK_PITCH_M;
    const w = size * (0.8 + 0.4 * random()),
      h = areaM2 / w;
    const corners: [number, number][] =
      random() < 0.2
        ? lShape(cx, cy, w, h)
        : [
            [cx - w / 2, cy - h / 2],
            [cx + w / 2, cy - h / 2],
            [cx + w / 2, cy + h / 2],
            [cx - w / 2, cy + h / 2],
          ];
    parks.push({
      type: "Feature",
      properties: { name: `公园 ${parks.length + 1}`, type: parkType(areaM2), areaM2: Math.round(areaM2) },
      geometry: { type: "Polygon", coordinates: [ring(corners)] },
    });
  }

  const residential: Feature<Polygon | MultiPolygon>[] = [];
  const order = Array.from({ length: side * side }, (_, k) => k);
  for (let k = order.length - 1; k > 0; k--) {
    const m = Math.floor(random() * (k + 1));
    [order[k], order[m]] = [valueAt(order, m), valueAt(order, k)];
  }
  for (const cell of order) {
    if (residential.length >= parcelTarget) break;
    if (used[cell]) continue;
    const x0 = -half + Math.floor(cell / side) * BLOCK_PITCH_M + STREET_M / 2;
    const y0 = -half + (cell % side) * BLOCK_PITCH_M + STREET_M / 2;
    residential.push(parcelFeature(x0, y0, BLOCK_PITCH_M - STREET_M, random, ring));
  }

  const greenways: Feature<LineString>[] = [];
  const levels = ["区域级", "城市级", "社区级"];
  for (let g = 0; g < greenwayTarget; g++) {
    const horizontal = g % 2 === 0;
    const offset = (Math.floor(random() * side) - side / 2) * BLOCK_PITCH_M;
    const points: [number, number][] = [];
    let along = -half;
    let across = offset;
    while (along < half) {
      points.push(horizontal ? [along, across] : [across, along]);
      along += BLOCK_PITCH_M * (2 + Math.floor(random() * 4));
      if (random() < 0.3) {
        points.push(horizontal ? [along, across] : [across, along]);
        across += BLOCK_PITCH_M * (random() < 0.5 ? -1 : 1);
      }
    }
    greenways.push({
      type: "Feature",
      properties: { name: `绿道 ${g + 1}`, level: levels[g % 3] },
      geometry: { type: "LineString", coordinates: points.map(([x, y]) => toLonLat(x, y)) },
    });
    // Every fifth greenway repeats part of the previous one (a "绿道+" route sharing trail).
    if (g % 5 === 4 && points.length > 3) {
      greenways.push({
        type: "Feature",
        properties: { name: `绿道 ${g + 1} 支线`, level: "社区级" },
        geometry: { type: "LineString", coordinates: points.slice(0, 3).map(([x, y]) => toLonLat(x, y)) },
      });
    }
  }

  const names = ["甲区", "乙区", "丙区", "丁区"];
  const wave = (t: number) => 300 * Math.sin(t / 900);
  const districts: Feature<Polygon>[] = names.map((name, d) => {
    const west = d % 2 === 0,
      south = d < 2;
    const pts: [number, number][] = [];
    const steps = 24;
    const m = half + 50;
    // Quadrant bounded by a wavy vertical and a wavy horizontal line through the centre.
    for (let s = 0; s <= steps; s++) {
      const t = (s / steps) * m * (south ? -1 : 1);
      pts.push([wave(t), t]);
    }
    const xOuter = west ? -m : m,
      yOuter = south ? -m : m;
    pts.push([xOuter, yOuter]);
    for (let s = steps; s >= 0; s--) {
      const t = (s / steps) * m * (west ? -1 : 1);
      pts.push([t, wave(t)]);
    }
    const counterClockwise = west === south ? pts.reverse() : pts;
    return { type: "Feature", properties: { name }, geometry: { type: "Polygon", coordinates: [ring(counterClockwise)] } };
  });
  return {
    residential: { type: "FeatureCollection", features: residential },
    parks: { type: "FeatureCollection", features: parks },
    greenways: { type: "FeatureCollection", features: greenways },
    districts: { type: "FeatureCollection", features: districts },
  };
}

function pickParkArea(random: () => number): number {
  let r = random();
  for (const [share, min, max] of PARK_SIZE_MIX) {
    if (r < share) return min * (max / min) ** random();
    r -= share;
  }
  return 400;
}

function parkType(areaM2: number): string {
  if (areaM2 < 10_000) return "游园";
  if (areaM2 < 100_000) return "社区公园";
  return "综合公园";
}

function lShape(cx: number, cy: number, w: number, h: number): [number, number][] {
  // Area of an L is 3/4 of its box: scale the box so the area stays w·h.
  const s = Math.sqrt(4 / 3);
  const x0 = cx - (w * s) / 2,
    y0 = cy - (h * s) / 2,
    x1 = cx + (w * s) / 2,
    y1 = cy + (h * s) / 2;
  const mx = (x0 + x1) / 2,
    my = (y0 + y1) / 2;
  return [
    [x0, y0],
    [x1, y0],
    [x1, my],
    [mx, my],
    [mx, y1],
    [x0, y1],
  ];
}

function parcelFeature(
  x0: number,
  y0: number,
  size: number,
  random: () => number,
  ring: (points: [number, number][]) => Position[],
): Feature<Polygon | MultiPolygon> {
  const jitter = () => (random() - 0.5) * 12;
  const x1 = x0 + size,
    y1 = y0 + size;
  type Corner = [number, number];
  const outer: [Corner, Corner, Corner, Corner] = [
    [x0 + jitter(), y0 + jitter()],
    [x1 + jitter(), y0 + jitter()],
    [x1 + jitter(), y1 + jitter()],
    [x0 + jitter(), y1 + jitter()],
  ];
  const kind = random();
  const population = Math.round((size * size * (150 + 250 * random())) / 10_000);
  if (kind < 0.05) {
    const c = size * 0.3;
    const hole: [number, number][] = [
      [x0 + c, y0 + c],
      [x0 + c, y1 - c],
      [x1 - c, y1 - c],
      [x1 - c, y0 + c],
    ];
    return { type: "Feature", properties: { population }, geometry: { type: "Polygon", coordinates: [ring(outer), ring(hole)] } };
  }
  if (kind < 0.08) {
    const mid = x0 + size * (0.3 + 0.4 * random());
    const left: [number, number][] = [outer[0], [mid - 4, y0], [mid - 4, y1], outer[3]];
    const right: [number, number][] = [[mid + 4, y0], outer[1], outer[2], [mid + 4, y1]];
    return { type: "Feature", properties: { population }, geometry: { type: "MultiPolygon", coordinates: [[ring(left)], [ring(right)]] } };
  }
  return { type: "Feature", properties: { population }, geometry: { type: "Polygon", coordinates: [ring(outer)] } };
}
