import type { Position } from "geojson";
import type { Random } from "./prng";
import type { LocalProjection, PlanarPoint } from "./projection";

/** A blob: an ellipse (semi-axes in metres, rotation in degrees) with smooth seeded wobble. */
export interface BlobSpec {
  center: Position;
  semiMajorM: number;
  semiMinorM: number;
  rotationDeg: number;
  /** Relative radius wobble, 0 = perfect ellipse. */
  wobble: number;
  vertices: number;
}

/** Planar outline of a blob (closed ring, counter-clockwise). */
export function blobRing(spec: BlobSpec, projection: LocalProjection, random: Random): PlanarPoint[] {
  const [cx, cy] = projection.forward(spec.center);
  const harmonics = [2, 3, 5, 7].map((frequency) => ({
    frequency,
    amplitude: random.range(0, spec.wobble) / Math.sqrt(frequency),
    phase: random.range(0, 2 * Math.PI),
  }));
  const rotation = (spec.rotationDeg * Math.PI) / 180;
  const ring: PlanarPoint[] = [];
  for (let i = 0; i < spec.vertices; i += 1) {
    const angle = (2 * Math.PI * i) / spec.vertices;
    const factor = 1 + harmonics.reduce((sum, h) => sum + h.amplitude * Math.sin(h.frequency * angle + h.phase), 0);
    const x = spec.semiMajorM * factor * Math.cos(angle);
    const y = spec.semiMinorM * factor * Math.sin(angle);
    ring.push([cx + x * Math.cos(rotation) - y * Math.sin(rotation), cy + x * Math.sin(rotation) + y * Math.cos(rotation)]);
  }
  ring.push(ring[0] as PlanarPoint);
  return ring;
}

/** Converts a planar path to WGS84 positions. */
export function toPositions(path: PlanarPoint[], projection: LocalProjection): Position[] {
  return path.map((point) => projection.inverse(point));
}

/**
 * Densifies a path and displaces interior vertices sideways with smoothed seeded noise (a meander);
 * the displacement tapers to zero within `taperM` of both ends, which stay fixed.
 */
export function meander(path: PlanarPoint[], stepM: number, amplitudeM: number, random: Random, taperM = 1500): PlanarPoint[] {
  const total = pathLengthM(path);
  const output: PlanarPoint[] = [];
  let offset = 0;
  let travelled = 0;
  for (let i = 0; i + 1 < path.length; i += 1) {
    const [ax, ay] = path[i] as PlanarPoint;
    const [bx, by] = path[i + 1] as PlanarPoint;
    const length = Math.hypot(bx - ax, by - ay);
    const steps = Math.max(1, Math.round(length / stepM));
    const nx = -(by - ay) / (length || 1);
    const ny = (bx - ax) / (length || 1);
    for (let s = 0; s < steps; s += 1) {
      const t = s / steps;
      const distance = travelled + t * length;
      offset = 0.75 * offset + 0.25 * random.normal() * amplitudeM * 2;
      const taper = Math.max(0, Math.min(1, distance / taperM, (total - distance) / taperM));
      output.push([ax + (bx - ax) * t + nx * offset * taper, ay + (by - ay) * t + ny * offset * taper]);
    }
    travelled += length;
  }
  output.push(path.at(-1) as PlanarPoint);
  return output;
}

/** Douglas–Peucker simplification of a planar path (tolerance in metres). */
export function simplifyPath(path: PlanarPoint[], toleranceM: number): PlanarPoint[] {
  if (path.length <= 2) return path;
  const keep = new Uint8Array(path.length);
  keep[0] = 1;
  keep[path.length - 1] = 1;
  const stack: [number, number][] = [[0, path.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    const [ax, ay] = path[first] as PlanarPoint;
    const [bx, by] = path[last] as PlanarPoint;
    const length = Math.hypot(bx - ax, by - ay) || 1;
    let maxDistance = -1;
    let maxIndex = -1;
    for (let i = first + 1; i < last; i += 1) {
      const [px, py] = path[i] as PlanarPoint;
      const distance = Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (distance > maxDistance) [maxDistance, maxIndex] = [distance, i];
    }
    if (maxDistance > toleranceM && maxIndex > 0) {
      keep[maxIndex] = 1;
      stack.push([first, maxIndex], [maxIndex, last]);
    }
  }
  return path.filter((_, index) => keep[index] === 1);
}

/** Planar length of a path in metres. */
export function pathLengthM(path: PlanarPoint[]): number {
  let total = 0;
  for (let i = 0; i + 1 < path.length; i += 1)
    total += Math.hypot((path[i + 1] as PlanarPoint)[0] - (path[i] as PlanarPoint)[0], (path[i + 1] as PlanarPoint)[1] - (path[i] as PlanarPoint)[1]);
  return total;
}
