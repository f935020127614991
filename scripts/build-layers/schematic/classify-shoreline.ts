import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from "geojson";
import { ellipsoidalLengthM } from "./geometry-tools";
import { deriveSeed } from "./prng";

/** 大陆自然海岸线保有率 39% (000_0885f754daa3f14c.txt: "海岸线长760公里，大陆自然海岸线保有率39%"). */
export const NATURAL_MAINLAND_SHARE = 0.39;

/** Ports, reclaimed and urban waterfronts where artificial shoreline concentrates (approximate, WGS84). */
const ARTIFICIAL_ANCHORS: readonly { at: Position; weight: number; reachKm: number }[] = [
  { at: [120.32, 36.06], weight: 1, reachKm: 8 },
  { at: [120.35, 36.16], weight: 1.2, reachKm: 12 },
  { at: [120.25, 36.22], weight: 1, reachKm: 12 },
  { at: [120.12, 36.15], weight: 0.8, reachKm: 10 },
  { at: [120.2, 36.02], weight: 1.2, reachKm: 8 },
  { at: [120.05, 35.87], weight: 0.6, reachKm: 8 },
  { at: [119.79, 35.6], weight: 1.2, reachKm: 10 },
  { at: [119.95, 35.75], weight: 0.8, reachKm: 6 },
  { at: [120.67, 36.36], weight: 0.7, reachKm: 8 },
  { at: [121.4, 37.55], weight: 1.2, reachKm: 12 },
  { at: [120.45, 37.65], weight: 1, reachKm: 15 },
  { at: [120.75, 37.8], weight: 0.8, reachKm: 10 },
  { at: [121.15, 36.72], weight: 0.7, reachKm: 10 },
  { at: [121.6, 37.45], weight: 0.6, reachKm: 10 },
  { at: [119.9, 37.2], weight: 0.8, reachKm: 15 },
];

/** Approximate region of a coast point: Qingdao's mainland coast ends at 丁字湾 and at 莱州湾's 平度 corner. */
export function shoreRegion([lon, lat]: Position): "qingdao" | "yantai" {
  return (lat ?? 0) < 36.575 || ((lon ?? 0) < 120.8 && (lat ?? 0) < 36.7) || ((lon ?? 0) < 119.95 && (lat ?? 0) < 37.15) ? "qingdao" : "yantai";
}

function linesOf(feature: Feature<LineString | MultiLineString>): Position[][] {
  return feature.geometry.type === "LineString" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
}

function artificialScore(feature: Feature<LineString | MultiLineString>, middle: Position): number {
  const kmPerDegree = 111;
  const cos = Math.cos(((middle[1] ?? 0) * Math.PI) / 180);
  const proximity = Math.max(
    ...ARTIFICIAL_ANCHORS.map((anchor) => {
      const dx = ((middle[0] ?? 0) - (anchor.at[0] ?? 0)) * kmPerDegree * cos;
      const dy = ((middle[1] ?? 0) - (anchor.at[1] ?? 0)) * kmPerDegree;
      return anchor.weight * Math.exp(-Math.hypot(dx, dy) / anchor.reachKm);
    }),
  );
  const noise = deriveSeed(7, String(feature.properties?.id ?? middle.join(","))) / 4294967296;
  return proximity + 0.35 * noise;
}

/**
 * Schematic (示意) natural/artificial classification of shoreline pieces. Island pieces are natural.
 * Mainland pieces of each region are ranked by closeness to ports and urban waterfronts (plus a small
 * deterministic per-id jitter) and the highest-ranked are marked artificial until the natural share of
 * the region's mainland length is the plan's 39% baseline. Returns a new collection (same features,
 * ids and order) with property `type` = "natural" | "artificial" and `typeSchematic: true`.
 */
export function classifyShoreline<G extends LineString | MultiLineString>(collection: FeatureCollection<G>): FeatureCollection<G> {
  const mainland = collection.features
    .map((feature, index) => {
      const lines = linesOf(feature);
      const line = lines[0] ?? [];
      const middle = line[Math.floor(line.length / 2)] ?? [0, 0];
      const lengthM = lines.reduce((sum, part) => sum + ellipsoidalLengthM(part), 0);
      return { index, middle, lengthM, island: feature.properties?.coast === "island", score: artificialScore(feature, middle) };
    })
    .filter((item) => !item.island);
  const artificial = new Set<number>();
  for (const region of ["qingdao", "yantai"] as const) {
    const pieces = mainland.filter((item) => shoreRegion(item.middle) === region).sort((a, b) => b.score - a.score || a.index - b.index);
    const total = pieces.reduce((sum, item) => sum + item.lengthM, 0);
    let artificialLength = 0;
    for (const piece of pieces) {
      if (artificialLength + piece.lengthM / 2 > total * (1 - NATURAL_MAINLAND_SHARE)) break;
      artificial.add(piece.index);
      artificialLength += piece.lengthM;
    }
  }
  return {
    ...collection,
    features: collection.features.map((feature, index) => ({
      ...feature,
      properties: { ...feature.properties, type: artificial.has(index) ? "artificial" : "natural", typeSchematic: true },
    })),
  };
}
