import type { Feature, LineString, Position } from "geojson";
import { ellipsoidalLengthM, round6 } from "./geometry-tools";
import type { Polygonal } from "./polygon-ops";
import { gridAngleAt } from "./build-parks";
import { createRandom, deriveSeed, type Random } from "./prng";
import type { PlanarPoint } from "./projection";
import { projectRings, type RegionContext } from "./region-context";
import { SegmentIndex } from "./segment-index";
import { meander, pathLengthM, simplifyPath } from "./shapes";
import { shoreBetween } from "./shore-path";

/** 滨海绿道 about 265 km, 流清河 → 古镇口 (bandao.cn 2022, standards.md §2.2). */
export const COASTAL_GREENWAY_TARGET_KM = 265;
const INNER_RING_TARGET_KM = 78;

function pushInland(path: PlanarPoint[], offsetM: number, land: SegmentIndex): PlanarPoint[] {
  return path.map((point, index) => {
    const previous = path[Math.max(0, index - 1)] as PlanarPoint;
    const next = path[Math.min(path.length - 1, index + 1)] as PlanarPoint;
    const length = Math.hypot(next[0] - previous[0], next[1] - previous[1]) || 1;
    const normal: PlanarPoint = [-(next[1] - previous[1]) / length, (next[0] - previous[0]) / length];
    for (const distance of [offsetM, offsetM / 2, offsetM / 4]) {
      for (const side of [1, -1]) {
        const candidate: PlanarPoint = [point[0] + side * normal[0] * distance, point[1] + side * normal[1] * distance];
        if (land.contains(candidate)) return candidate;
      }
    }
    return point;
  });
}

/** The inner-city ring through 市南–市北–李沧–崂山 (approximate, WGS84). */
const INNER_RING: readonly Position[] = [
  [120.325, 36.07],
  [120.34, 36.095],
  [120.362, 36.12],
  [120.37, 36.15],
  [120.378, 36.18],
  [120.395, 36.208],
  [120.43, 36.222],
  [120.47, 36.213],
  [120.5, 36.19],
  [120.513, 36.15],
  [120.515, 36.115],
  [120.49, 36.1],
  [120.45, 36.09],
  [120.41, 36.076],
  [120.375, 36.068],
  [120.345, 36.063],
  [120.325, 36.07],
];

/**
 * The coastal greenway: the real shore from 流清河 to 古镇口 (lightly simplified, pushed ~150 m inland)
 * without the tidal-flat and industrial north shore of 胶州湾, whose skipped stretch is widened around the
 * bay's northernmost shore point until the rest is about 265 km; two pieces (east and west).
 */
function coastalParts(coast: Position[][], context: RegionContext): PlanarPoint[][] {
  const shore = simplifyPath(shoreBetween(coast, [120.598, 36.12], [119.967, 35.742], context.projection).map(context.projection.forward), 40);
  const lonLat = shore.map((point) => context.projection.inverse(point));
  let north = 0;
  lonLat.forEach((p, index) => {
    const best = lonLat[north] as Position;
    if ((p[0] ?? 0) > 120 && (p[0] ?? 0) < 120.35 && (p[1] ?? 0) > (best[1] ?? 0)) north = index;
  });
  const cumulative = [0];
  for (let i = 1; i < shore.length; i += 1)
    cumulative.push(
      (cumulative[i - 1] ?? 0) +
        Math.hypot((shore[i] as PlanarPoint)[0] - (shore[i - 1] as PlanarPoint)[0], (shore[i] as PlanarPoint)[1] - (shore[i - 1] as PlanarPoint)[1]),
    );
  const total = cumulative.at(-1) ?? 0;
  const middle = cumulative[north] ?? 0;
  let skipM = 0;
  while (total - skipM > COASTAL_GREENWAY_TARGET_KM * 1000 && skipM < total) skipM += 500;
  const east = shore.filter((_, i) => (cumulative[i] ?? 0) < middle - skipM / 2);
  const west = shore.filter((_, i) => (cumulative[i] ?? 0) > middle + skipM / 2);
  return [east, west].filter((part) => part.length >= 2).map((part) => pushInland(part, 150, context.landIndex));
}

/** Moves vertices that fell into the sea back towards the path's centroid until they are on land. */
function towardsLand(path: PlanarPoint[], land: SegmentIndex): PlanarPoint[] {
  const cx = path.reduce((sum, p) => sum + p[0], 0) / path.length;
  const cy = path.reduce((sum, p) => sum + p[1], 0) / path.length;
  return path.map((point) => {
    let current = point;
    for (let step = 0; step < 12 && !land.contains(current); step += 1) current = [current[0] + (cx - current[0]) * 0.1, current[1] + (cy - current[1]) * 0.1];
    return current;
  });
}

function loop(center: Position, radiusM: number, context: RegionContext, random: Random): PlanarPoint[] {
  const [cx, cy] = context.projection.forward(center);
  const phases = [random.range(0, 6.3), random.range(0, 6.3)];
  const ring: PlanarPoint[] = [];
  for (let i = 0; i < 48; i += 1) {
    const angle = (2 * Math.PI * i) / 48;
    const radius = radiusM * (1 + 0.15 * Math.sin(2 * angle + (phases[0] ?? 0)) + 0.08 * Math.sin(5 * angle + (phases[1] ?? 0)));
    ring.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  return [...ring, ring[0] as PlanarPoint];
}

/** Inputs besides the region. */
export interface GreenwayInputs {
  coast: Position[][];
  urban: Polygonal;
  rivers: Feature<LineString>[];
  parks: Feature<Polygonal>[];
}

/**
 * Greenways of the "一线、一环、三山" network plus river and community links: the coastal greenway follows
 * the real shoreline pushed ~150 m inland (simplified until its length is about 265 km), the inner ring
 * and the 浮山/太平山/午山 rings are seeded loops, river greenways run 80 m beside the schematic rivers.
 */
export function buildGreenways(context: RegionContext, inputs: GreenwayInputs, seed: number): Feature<LineString>[] {
  const random = createRandom(deriveSeed(seed, "greenways"));
  const lines: { name: string; level: string; kind: string; path: PlanarPoint[] }[] = [];
  for (const [index, part] of coastalParts(inputs.coast, context).entries()) {
    lines.push({ name: index === 0 ? "滨海绿道（东段）" : "滨海绿道（西段）", level: "区域级", kind: "coastal", path: part });
  }
  const ringBase = INNER_RING.map(context.projection.forward);
  let ring = ringBase;
  for (let amplitudeM = 20; amplitudeM <= 400; amplitudeM += 20) {
    const candidate = towardsLand(meander(ringBase, 300, amplitudeM, createRandom(deriveSeed(seed, `inner-ring-${amplitudeM}`)), 150), context.landIndex);
    const onLand = candidate.every((point) => context.landIndex.contains(point));
    if (onLand && Math.abs(pathLengthM(candidate) / 1000 - INNER_RING_TARGET_KM) < Math.abs(pathLengthM(ring) / 1000 - INNER_RING_TARGET_KM)) ring = candidate;
  }
  lines.push({ name: "内环绿道", level: "城市级", kind: "ring", path: ring });
  for (const [name, center, radiusM] of [
    ["浮山环山绿道", [120.426, 36.102], 2300],
    ["太平山环山绿道", [120.372, 36.079], 1300],
    ["午山环山绿道", [120.462, 36.125], 1000],
  ] as const) {
    lines.push({ name, level: "城市级", kind: "mountain-ring", path: pushInland(loop([...center], radiusM, context, random), 80, context.landIndex) });
  }
  for (const river of inputs.rivers.filter((feature) =>
    ["大沽河", "白沙河", "李村河", "墨水河", "张村河", "洋河", "风河"].includes(String(feature.properties?.name)),
  )) {
    const path = river.geometry.coordinates.map(context.projection.forward);
    const offset = pushInland(simplifyPath(path, 30), 80, context.landIndex).slice(1, -3);
    const level = river.properties?.name === "大沽河" ? "区域级" : "城市级";
    if (offset.length >= 2) lines.push({ name: `${river.properties?.name}绿道`, level, kind: "river", path: offset });
  }
  const urbanIndex = new SegmentIndex(projectRings(inputs.urban, context.projection));
  const starts = inputs.parks.filter((park) => park.properties?.type === "社区公园" || park.properties?.type === "综合公园");
  for (let made = 0, attempt = 0; made < 45 && attempt < 700; attempt += 1) {
    const park = random.pick(starts);
    const ringStart = (park.geometry.type === "Polygon" ? park.geometry.coordinates[0] : park.geometry.coordinates[0]?.[0]) as Position[];
    let point = context.projection.forward(ringStart[0] as Position);
    const angle = gridAngleAt(point, context);
    const path: PlanarPoint[] = [point];
    const targetM = random.range(1500, 4500);
    let heading = random.integer(0, 3) * 90 + angle;
    while (pathLengthM(path) < targetM) {
      if (random.next() < 0.35) heading += random.next() < 0.5 ? 90 : -90;
      const stepM = random.range(250, 600);
      const next: PlanarPoint = [point[0] + stepM * Math.cos((heading * Math.PI) / 180), point[1] + stepM * Math.sin((heading * Math.PI) / 180)];
      if (!urbanIndex.contains(next) || !context.landIndex.contains(next) || context.shorelineIndex.crosses(point, next)) break;
      path.push(next);
      point = next;
    }
    if (pathLengthM(path) < 1000) continue;
    lines.push({ name: "社区绿道", level: "社区级", kind: "community", path });
    made += 1;
  }
  return lines.map((line, index) => {
    const coordinates = line.path.map((p) => context.projection.inverse(p)).map((p) => [round6(p[0] ?? 0), round6(p[1] ?? 0)]);
    return {
      type: "Feature",
      properties: {
        id: `greenway-${String(index + 1).padStart(3, "0")}`,
        name: line.name,
        level: line.level,
        kind: line.kind,
        lengthKm: Math.round(ellipsoidalLengthM(coordinates) / 100) / 10,
        schematic: true,
      },
      geometry: { type: "LineString", coordinates },
    };
  });
}
