/**
 * A size and work budget for a .shp, checked on its record headers and counts (ESRI Shapefile Technical
 * Description, 1998: big-endian record headers, little-endian content) before shpjs parses the geometry.
 * shpjs trusts each record's counts and nests a polygon's rings by testing every outer ring against every
 * inner one, so a few megabytes of small rings in one record keep it busy for minutes; this scan is linear in
 * the file's size and refuses such a file with the record and the numbers.
 */

/** Most vertices read from one .shp (≈ 320 MB of coordinates; several GB once parsed into arrays). */
const MAX_SHP_VERTICES = 20_000_000;
/**
 * Most outer × inner ring pairs over all polygon records: shpjs tests each pair's bounding boxes, twice when an
 * inner ring fits no outer one (50 million pairs ≈ 2 s).
 */
const MAX_SHP_RING_PAIRS = 50_000_000;

interface ShpBudget {
  maxVertices: number;
  maxRingPairs: number;
}

/** Why a .shp is refused: the problem, and the record (1-based, as the file numbers them) when one is to blame. */
export type ShpRefusal =
  | { problem: "too-many-vertices"; vertices: number; limit: number }
  | { problem: "too-many-ring-pairs"; record: number; rings: number; ringPairs: number; limit: number }
  | { problem: "counts-exceed-record"; record: number; points: number; parts: number; recordBytes: number };

const POLYLINE_TYPES = new Set([3, 13, 23]);
const POLYGON_TYPES = new Set([5, 15, 25]);
const MULTIPOINT_TYPES = new Set([8, 18, 28]);
const HEADER_BYTES = 100;

/** Shoelace sign as shpjs computes it (true = clockwise = an outer ring in a Shapefile). */
function isClockwise(view: DataView, first: number, count: number): boolean {
  let sum = 0;
  let previousX = view.getFloat64(first, true);
  let previousY = view.getFloat64(first + 8, true);
  for (let index = 1; index < count; index++) {
    const x = view.getFloat64(first + 16 * index, true);
    const y = view.getFloat64(first + 16 * index + 8, true);
    sum += (x - previousX) * (y + previousY);
    previousX = x;
    previousY = y;
  }
  return sum > 0;
}

/**
 * Checks a .shp against `budget` without building any geometry: every record's declared part and point counts
 * must fit inside the record, the vertices of the whole file stay under `maxVertices`, and the ring pairs
 * shpjs would compare (outer rings × inner rings per polygon record, summed) under `maxRingPairs`. Returns null
 * when the file may be parsed. A truncated last record ends the scan (shpjs stops there too).
 */
export function checkShpBudget(shp: Uint8Array, budget: ShpBudget = { maxVertices: MAX_SHP_VERTICES, maxRingPairs: MAX_SHP_RING_PAIRS }): ShpRefusal | null {
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  if (shp.byteLength < HEADER_BYTES) return null;
  // shpjs parses every non-null record as the file header's shape type, whatever the record says.
  const fileType = view.getInt32(32, true);
  let vertices = 0;
  let ringPairs = 0;
  let record = 0;
  for (let offset = HEADER_BYTES; offset + 8 <= shp.byteLength; ) {
    record += 1;
    const recordBytes = view.getInt32(offset + 4, false) * 2;
    const content = offset + 8;
    if (recordBytes < 0 || content + recordBytes > shp.byteLength) break;
    offset = content + recordBytes;
    if (recordBytes < 4 || view.getInt32(content, true) === 0) continue;
    const type = fileType;
    const isPoly = POLYLINE_TYPES.has(type) || POLYGON_TYPES.has(type);
    if (!isPoly && !MULTIPOINT_TYPES.has(type)) {
      vertices += 1;
      if (vertices > budget.maxVertices) return { problem: "too-many-vertices", vertices, limit: budget.maxVertices };
      continue;
    }
    const countsEnd = isPoly ? 44 : 40;
    const parts = isPoly && recordBytes >= 40 ? view.getInt32(content + 36, true) : 0;
    const points = recordBytes >= countsEnd ? view.getInt32(content + (isPoly ? 40 : 36), true) : 0;
    if (parts < 0 || points < 0 || countsEnd + 4 * parts + 16 * points > recordBytes) {
      return { problem: "counts-exceed-record", record, points, parts, recordBytes };
    }
    vertices += points;
    if (vertices > budget.maxVertices) return { problem: "too-many-vertices", vertices, limit: budget.maxVertices };
    if (!POLYGON_TYPES.has(type) || parts < 2) continue;
    const firstPoint = content + 44 + 4 * parts;
    let outers = 0;
    for (let part = 0; part < parts; part++) {
      const start = view.getInt32(content + 44 + 4 * part, true);
      const end = part + 1 < parts ? view.getInt32(content + 48 + 4 * part, true) : points;
      if (start >= 0 && end <= points && end - start >= 2 && isClockwise(view, firstPoint + 16 * start, end - start)) outers += 1;
    }
    ringPairs += outers * (parts - outers);
    if (ringPairs > budget.maxRingPairs) return { problem: "too-many-ring-pairs", record, rings: parts, ringPairs, limit: budget.maxRingPairs };
  }
  return null;
}

/** The refusal in English words (the fallback message). */
export function describeShpRefusal(refusal: ShpRefusal): string {
  switch (refusal.problem) {
    case "too-many-vertices":
      return `holds more than ${refusal.limit.toLocaleString("en")} vertices (at least ${refusal.vertices.toLocaleString("en")})`;
    case "too-many-ring-pairs":
      return `record ${refusal.record} has ${refusal.rings.toLocaleString("en")} rings, whose nesting would take ${refusal.ringPairs.toLocaleString("en")} ring comparisons (limit ${refusal.limit.toLocaleString("en")})`;
    case "counts-exceed-record":
      return `record ${refusal.record} declares ${refusal.parts.toLocaleString("en")} parts and ${refusal.points.toLocaleString("en")} points, more than its ${refusal.recordBytes.toLocaleString("en")} bytes can hold`;
  }
}
