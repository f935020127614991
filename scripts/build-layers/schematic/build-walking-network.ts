import type { Feature, LineString, MultiPolygon, Polygon, Position } from "geojson";
import { URBAN_CLUSTERS } from "./definitions/urban-clusters";
import { ARTERIAL_M, BLOCK_X_M, BLOCK_Y_M, STREET_M } from "./build-residential";
import { round6 } from "./geometry-tools";
import { partsOf, type Polygonal } from "./polygon-ops";
import type { LocalProjection, PlanarPoint } from "./projection";
import { projectRings } from "./region-context";
import { SegmentIndex } from "./segment-index";

/** Largest park whose block gets a ring of streets (small parks sit on the residential grid). */
const PARK_BLOCK_MAX_M2 = 100_000;
/** Empty blocks within this many blocks of a parcel or park still get their arterials (they link the built ones). */
const LINK_BLOCKS = 1;
/** Tolerance when matching a parcel's orientation to a cluster's grid angle, in degrees. */
const ANGLE_TOLERANCE_DEG = 0.5;

interface Block {
  cluster: number;
  i: number;
  j: number;
  /** Local-street centre lines inside the block, as offsets from the block centre (m). */
  innerX: number[];
  innerY: number[];
}

interface ClusterFrame {
  center: PlanarPoint;
  angle: number;
}

const key3 = (a: number, b: number, c: number) => `${a}:${b}:${c}`;
const decimetres = (value: number) => Math.round(value * 10);

function toLocal(frame: ClusterFrame, point: PlanarPoint): PlanarPoint {
  const dx = point[0] - frame.center[0];
  const dy = point[1] - frame.center[1];
  return [dx * Math.cos(frame.angle) + dy * Math.sin(frame.angle), -dx * Math.sin(frame.angle) + dy * Math.cos(frame.angle)];
}

function toPlanar(frame: ClusterFrame, local: PlanarPoint): PlanarPoint {
  const [x, y] = local;
  return [frame.center[0] + x * Math.cos(frame.angle) - y * Math.sin(frame.angle), frame.center[1] + x * Math.sin(frame.angle) + y * Math.cos(frame.angle)];
}

/** The cluster whose grid a block at `center` belongs to: the same nearest-centre rule the residential grid uses. */
function owningCluster(center: PlanarPoint, frames: ClusterFrame[]): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  frames.forEach((frame, index) => {
    const distance = Math.hypot(center[0] - frame.center[0], center[1] - frame.center[1]) / (URBAN_CLUSTERS[index]?.semiMajorKm ?? 1);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = index;
    }
  });
  return best;
}

function ringOrientationDeg(ring: PlanarPoint[]): number {
  const [a, b] = ring as [PlanarPoint, PlanarPoint];
  const degrees = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
  return ((degrees % 90) + 90) % 90;
}

/** The grid block (cluster, i, j) a grid-aligned rectangle lies in, and its local extent, or null. */
function locateOnGrid(ring: PlanarPoint[], frames: ClusterFrame[]): { cluster: number; i: number; j: number; box: [number, number, number, number] } | null {
  const orientation = ringOrientationDeg(ring);
  const corners = ring.slice(0, -1);
  const centroid: PlanarPoint = [corners.reduce((s, p) => s + p[0], 0) / corners.length, corners.reduce((s, p) => s + p[1], 0) / corners.length];
  for (let cluster = 0; cluster < frames.length; cluster += 1) {
    const frame = frames[cluster] as ClusterFrame;
    const gridAngle = (((URBAN_CLUSTERS[cluster]?.gridAngleDeg ?? 0) % 90) + 90) % 90;
    const difference = Math.abs(orientation - gridAngle);
    if (Math.min(difference, 90 - difference) > ANGLE_TOLERANCE_DEG) continue;
    const local = toLocal(frame, centroid);
    const i = Math.round(local[0] / BLOCK_X_M);
    const j = Math.round(local[1] / BLOCK_Y_M);
    if (owningCluster(toPlanar(frame, [i * BLOCK_X_M, j * BLOCK_Y_M]), frames) !== cluster) continue;
    const xs = corners.map((p) => toLocal(frame, p)[0] - i * BLOCK_X_M);
    const ys = corners.map((p) => toLocal(frame, p)[1] - j * BLOCK_Y_M);
    return { cluster, i, j, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
  }
  return null;
}

/** Centre lines of the local streets between `count` equal cells across an inner width. */
function innerStreetOffsets(innerM: number, cellM: number): number[] {
  const count = Math.max(1, Math.round((innerM + STREET_M) / (cellM + STREET_M)));
  const cell = (innerM - (count - 1) * STREET_M) / count;
  const offsets: number[] = [];
  for (let c = 1; c < count; c += 1) offsets.push(-innerM / 2 + c * (cell + STREET_M) - STREET_M / 2);
  return offsets;
}

/**
 * A schematic walking network for the schematic city: the street grid the residential parcels were laid on
 * (scripts/build-layers/schematic/build-residential.ts), recovered from the parcels themselves. Every block holding
 * a parcel gets the local streets between its parcels; every block of a cluster's grid whose centre lies inside the
 * urban development boundary (`urban`) gets its four arterial centre lines, as the residential grid enumerates
 * them. Lines meet only at shared vertices (street crossings and T-junctions), so the network is connected along
 * each cluster's grid, and neighbouring clusters, whose grids meet at an angle, stay apart, as do parks off the grid.
 */
export function buildWalkingNetwork(
  projection: LocalProjection,
  urban: Polygonal,
  parcels: Feature<Polygon>[],
  parks: Feature<Polygonal>[],
): Feature<LineString>[] {
  const frames: ClusterFrame[] = URBAN_CLUSTERS.map((cluster) => ({
    center: projection.forward(cluster.center),
    angle: (cluster.gridAngleDeg * Math.PI) / 180,
  }));
  const blocks = new Map<string, Block>();
  const innerWidthX = BLOCK_X_M - ARTERIAL_M;
  const innerWidthY = BLOCK_Y_M - ARTERIAL_M;
  const addBlock = (ring: PlanarPoint[], withInnerStreets: boolean) => {
    const located = locateOnGrid(ring, frames);
    if (!located) return;
    const key = key3(located.cluster, located.i, located.j);
    const existing = blocks.get(key);
    const [minX, minY, maxX, maxY] = located.box;
    const inner = withInnerStreets
      ? { innerX: innerStreetOffsets(innerWidthX, maxX - minX), innerY: innerStreetOffsets(innerWidthY, maxY - minY) }
      : { innerX: [], innerY: [] };
    if (!existing || (existing.innerX.length + existing.innerY.length === 0 && withInnerStreets))
      blocks.set(key, { cluster: located.cluster, i: located.i, j: located.j, ...inner });
  };
  for (const parcel of parcels) addBlock((parcel.geometry.coordinates[0] ?? []).map(projection.forward), true);
  for (const park of parks) {
    if (Number(park.properties?.areaM2 ?? Number.POSITIVE_INFINITY) > PARK_BLOCK_MAX_M2) continue;
    for (const part of partsOf(park.geometry as Polygon | MultiPolygon)) {
      const ring = (part.coordinates[0] ?? []).map(projection.forward);
      if (ring.length === 5) addBlock(ring, false);
    }
  }
  const urbanIndex = new SegmentIndex(projectRings(urban, projection));
  const built = new Set(blocks.keys());
  const nearBuiltBlock = (cluster: number, i: number, j: number) => {
    for (let di = -LINK_BLOCKS; di <= LINK_BLOCKS; di += 1)
      for (let dj = -LINK_BLOCKS; dj <= LINK_BLOCKS; dj += 1) if (built.has(key3(cluster, i + di, j + dj))) return true;
    return false;
  };
  frames.forEach((frame, cluster) => {
    const reach = (URBAN_CLUSTERS[cluster]?.semiMajorKm ?? 0) * 1000 * 1.8;
    for (let i = -Math.ceil(reach / BLOCK_X_M); i <= Math.ceil(reach / BLOCK_X_M); i += 1) {
      for (let j = -Math.ceil(reach / BLOCK_Y_M); j <= Math.ceil(reach / BLOCK_Y_M); j += 1) {
        const center = toPlanar(frame, [i * BLOCK_X_M, j * BLOCK_Y_M]);
        const key = key3(cluster, i, j);
        if (blocks.has(key) || !nearBuiltBlock(cluster, i, j) || owningCluster(center, frames) !== cluster || !urbanIndex.contains(center)) continue;
        blocks.set(key, { cluster, i, j, innerX: [], innerY: [] });
      }
    }
  });
  return emitStreets([...blocks.values()], frames, projection);
}

function emitStreets(blocks: Block[], frames: ClusterFrame[], projection: LocalProjection): Feature<LineString>[] {
  const positions = new Map<string, Position>();
  const position = (cluster: number, x: number, y: number): Position => {
    const key = key3(cluster, decimetres(x), decimetres(y));
    let cached = positions.get(key);
    if (!cached) {
      const [lon, lat] = projection.inverse(toPlanar(frames[cluster] as ClusterFrame, [decimetres(x) / 10, decimetres(y) / 10]));
      cached = [round6(lon ?? 0), round6(lat ?? 0)];
      positions.set(key, cached);
    }
    return cached;
  };
  // Arterial grid lines: per cluster, per line, per block span, the junction offsets along it.
  const arterials = new Map<string, { cluster: number; vertical: boolean; line: number; spans: Map<number, Set<number>> }>();
  const addSpan = (cluster: number, vertical: boolean, line: number, span: number, junctions: number[]) => {
    const key = `${cluster}:${vertical ? "v" : "h"}:${line}`;
    let entry = arterials.get(key);
    if (!entry) arterials.set(key, (entry = { cluster, vertical, line, spans: new Map() }));
    const set = entry.spans.get(span) ?? new Set<number>();
    for (const junction of junctions) set.add(decimetres(junction));
    entry.spans.set(span, set);
  };
  const features: Feature<LineString>[] = [];
  const emit = (coordinates: Position[], kind: "arterial" | "local") => {
    features.push({ type: "Feature", properties: { kind, schematic: true }, geometry: { type: "LineString", coordinates } });
  };
  for (const block of blocks) {
    const { cluster, i, j } = block;
    // Horizontal lines sit at y = (2j ± 1)·BY/2; vertical ones at x = (2i ± 1)·BX/2 (lines numbered 2j ± 1).
    addSpan(cluster, false, 2 * j - 1, i, block.innerX);
    addSpan(cluster, false, 2 * j + 1, i, block.innerX);
    addSpan(cluster, true, 2 * i - 1, j, block.innerY);
    addSpan(cluster, true, 2 * i + 1, j, block.innerY);
    const x0 = i * BLOCK_X_M;
    const y0 = j * BLOCK_Y_M;
    const ys = [-BLOCK_Y_M / 2, ...block.innerY, BLOCK_Y_M / 2];
    const xs = [-BLOCK_X_M / 2, ...block.innerX, BLOCK_X_M / 2];
    for (const x of block.innerX)
      emit(
        ys.map((y) => position(cluster, x0 + x, y0 + y)),
        "local",
      );
    for (const y of block.innerY)
      emit(
        xs.map((x) => position(cluster, x0 + x, y0 + y)),
        "local",
      );
  }
  for (const { cluster, vertical, line, spans } of arterials.values()) {
    const ordered = [...spans.keys()].sort((a, b) => a - b);
    const half = vertical ? BLOCK_Y_M / 2 : BLOCK_X_M / 2;
    const step = vertical ? BLOCK_Y_M : BLOCK_X_M;
    const fixed = (line * (vertical ? BLOCK_X_M : BLOCK_Y_M)) / 2;
    let run: Position[] = [];
    const flush = () => {
      if (run.length > 1) emit(run, "arterial");
      run = [];
    };
    ordered.forEach((span, index) => {
      if (index > 0 && span !== (ordered[index - 1] as number) + 1) flush();
      const along = [-half * 10, ...[...(spans.get(span) ?? [])].sort((a, b) => a - b), half * 10].map((d) => span * step + d / 10);
      for (const offset of run.length > 0 ? along.slice(1) : along) run.push(vertical ? position(cluster, fixed, offset) : position(cluster, offset, fixed));
    });
    flush();
  }
  features.sort((a, b) => {
    const [ax = 0, ay = 0] = a.geometry.coordinates[0] ?? [];
    const [bx = 0, by = 0] = b.geometry.coordinates[0] ?? [];
    return ax - bx || ay - by;
  });
  return features;
}
