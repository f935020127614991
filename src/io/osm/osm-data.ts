/** The parsed elements of an OSM extract, shared by the PBF, XML and Overpass JSON readers. */

export type OsmTags = Record<string, string>;

export interface OsmWay {
  id: number;
  /** Node ids in order. */
  refs: number[];
  tags: OsmTags;
}

export interface OsmMember {
  type: "node" | "way" | "relation";
  ref: number;
  role: string;
}

export interface OsmRelation {
  id: number;
  members: OsmMember[];
  tags: OsmTags;
}

const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;
/** Coordinates are held in integer units of 1e-7°, the precision of OSM (±180° is ±1.8e9 units). */
const UNITS_PER_DEGREE = 1e7;
/**
 * The longitude units that mark a node whose degrees 1e-7° units do not give back exactly; its latitude units
 * are then its place in `inexact`.
 */
const INEXACT = -(2 ** 31);

/**
 * Node locations (WGS84 degrees) by node id: ids and coordinates in typed-array chunks of 2^16 nodes (no copy
 * as the file grows), looked up by binary search — files list nodes by id; others are sorted once on first
 * lookup. A Map keyed by 64-bit ids was 5× slower: ids above 2^31 are heap numbers. A coordinate is stored as
 * an Int32 of 1e-7° when dividing those units by 1e7 gives back the very double that was added (always so for
 * PBF and for text with up to 7 decimals: both are the correctly rounded quotient of the same number);
 * other nodes keep their doubles in a list.
 */
export class NodeLocations {
  private ids: Float64Array[] = [];
  private coordinates: Int32Array[] = [];
  /** Longitude, latitude of the nodes marked `INEXACT`, in the order they were added. */
  private readonly inexact: number[] = [];
  private count = 0;
  private last = -Infinity;
  private sorted = true;

  add(id: number, lon: number, lat: number): void {
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90 || !Number.isSafeInteger(id)) return;
    const offset = this.count & MASK;
    if (offset === 0) {
      this.ids.push(new Float64Array(CHUNK));
      this.coordinates.push(new Int32Array(CHUNK * 2));
    }
    if (id <= this.last) this.sorted = false;
    this.last = id;
    this.ids[this.ids.length - 1]![offset] = id;
    const coordinates = this.coordinates[this.coordinates.length - 1]!;
    const lonUnits = Math.round(lon * UNITS_PER_DEGREE),
      latUnits = Math.round(lat * UNITS_PER_DEGREE);
    if (lonUnits / UNITS_PER_DEGREE === lon && latUnits / UNITS_PER_DEGREE === lat) {
      coordinates[offset * 2] = lonUnits;
      coordinates[offset * 2 + 1] = latUnits;
    } else {
      coordinates[offset * 2] = INEXACT;
      coordinates[offset * 2 + 1] = this.inexact.length / 2;
      this.inexact.push(lon, lat);
    }
    this.count++;
  }

  private idAt(index: number): number {
    return this.ids[index >>> CHUNK_BITS]![index & MASK]!;
  }

  private sort(): void {
    const order = new Float64Array(this.count).map((_, i) => i).sort((a, b) => this.idAt(a) - this.idAt(b));
    const ids = this.ids.map(() => new Float64Array(CHUNK));
    const coordinates = this.coordinates.map(() => new Int32Array(CHUNK * 2));
    order.forEach((from, to) => {
      const [fromChunk, fromOffset, toChunk, toOffset] = [from >>> CHUNK_BITS, from & MASK, to >>> CHUNK_BITS, to & MASK];
      ids[toChunk]![toOffset] = this.ids[fromChunk]![fromOffset]!;
      coordinates[toChunk]![toOffset * 2] = this.coordinates[fromChunk]![fromOffset * 2]!;
      coordinates[toChunk]![toOffset * 2 + 1] = this.coordinates[fromChunk]![fromOffset * 2 + 1]!;
    });
    this.ids = ids;
    this.coordinates = coordinates;
    this.sorted = true;
  }

  /** The index of a node id, or -1 when the file does not hold it. */
  indexOf(id: number): number {
    if (!this.sorted) this.sort();
    let low = 0,
      high = this.count - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = this.idAt(middle);
      if (value < id) low = middle + 1;
      else if (value > id) high = middle - 1;
      else return middle;
    }
    return -1;
  }

  /** [lon, lat] of a node, or undefined when the file does not hold it. */
  get(id: number): [number, number] | undefined {
    const i = this.indexOf(id);
    return i < 0 ? undefined : this.at(i);
  }

  /** [lon, lat] of the node at an index of `indexOf`. */
  at(index: number): [number, number] {
    const coordinates = this.coordinates[index >>> CHUNK_BITS]!,
      offset = (index & MASK) * 2;
    const lonUnits = coordinates[offset]!,
      latUnits = coordinates[offset + 1]!;
    if (lonUnits === INEXACT) return [this.inexact[latUnits * 2]!, this.inexact[latUnits * 2 + 1]!];
    return [lonUnits / UNITS_PER_DEGREE, latUnits / UNITS_PER_DEGREE];
  }

  get size(): number {
    return this.count;
  }
}

export interface OsmData {
  format: "pbf" | "xml" | "overpass-json";
  nodes: NodeLocations;
  ways: Map<number, OsmWay>;
  relations: Map<number, OsmRelation>;
  /** Header bounding box [west, south, east, north], when the file states one. */
  headerBbox: [number, number, number, number] | null;
  /** Header or Overpass `osm_base` timestamp (ms since epoch). */
  headerTimestampMs: number | null;
  /** Newest element timestamp seen (ms since epoch), 0 when the file has none. */
  newestTimestampMs: number;
}

export function emptyOsmData(format: OsmData["format"]): OsmData {
  return { format, nodes: new NodeLocations(), ways: new Map(), relations: new Map(), headerBbox: null, headerTimestampMs: null, newestTimestampMs: 0 };
}

/** Why an OSM file cannot be read; `code` is stable for the UI's message tables. */
export type OsmErrorCode =
  | "osm-not-osm"
  | "osm-truncated"
  | "osm-corrupt"
  | "osm-compression"
  | "osm-bad-xml"
  | "osm-bad-json"
  | "osm-empty"
  | "osm-cancelled"
  | "osm-boundary-not-found"
  | "osm-too-large";

/** A failed OSM read: the file name, a stable code and one line saying what is wrong. */
export class OsmReadError extends Error {
  constructor(
    readonly code: OsmErrorCode,
    readonly fileName: string,
    detail: string,
  ) {
    super(`${fileName}: ${detail}`);
    this.name = "OsmReadError";
  }
}

/** Yields to the event loop about every 50 ms so progress is posted and a cancel is seen. */
export class CooperativeYield {
  private last = Date.now();
  constructor(
    private readonly fileName: string,
    private readonly signal: AbortSignal | undefined,
  ) {}

  async maybeYield(): Promise<void> {
    if (Date.now() - this.last < 50) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.last = Date.now();
    this.throwIfCancelled();
  }

  throwIfCancelled(): void {
    if (this.signal?.aborted) throw new OsmReadError("osm-cancelled", this.fileName, "import cancelled");
  }
}
