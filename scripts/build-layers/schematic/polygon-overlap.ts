import type { PlanarPoint } from "./projection";
import { segmentsIntersect } from "./segment-index";

function containsPoint(ring: PlanarPoint[], point: PlanarPoint): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [a, b] = [ring[i] as PlanarPoint, ring[j] as PlanarPoint];
    if (a[1] > point[1] !== b[1] > point[1] && point[0] < ((b[0] - a[0]) * (point[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

/** True when two simple rings share any point: an edge crossing or one containing a vertex of the other. */
export function ringsIntersect(a: PlanarPoint[], b: PlanarPoint[]): boolean {
  for (let i = 0; i + 1 < a.length; i += 1) {
    for (let j = 0; j + 1 < b.length; j += 1) {
      if (segmentsIntersect(a[i] as PlanarPoint, a[i + 1] as PlanarPoint, b[j] as PlanarPoint, b[j + 1] as PlanarPoint)) return true;
    }
  }
  return containsPoint(b, a[0] as PlanarPoint) || containsPoint(a, b[0] as PlanarPoint);
}
