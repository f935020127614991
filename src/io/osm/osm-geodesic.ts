/**
 * Geodesic lengths on the WGS84 ellipsoid. Segments up to 5 km use the ellipsoidal plane at their mid-latitude
 * (meridian and prime-vertical radii of curvature, the formula of 47 CFR 73.208(c)), which agrees with
 * GeographicLib's inverse solution (Karney 2013) to 1 mm per km there and is ~20× faster; longer segments use
 * GeographicLib itself.
 */
import * as geographicLibNamespace from "geographiclib-geodesic";
import type { Position } from "geojson";

// The package is CommonJS: Node's ESM loader exposes only `default`, bundlers expose the names.
const geographicLib = ((geographicLibNamespace as unknown as { default?: typeof geographicLibNamespace }).default ??
  geographicLibNamespace) as typeof geographicLibNamespace;
const WGS84 = geographicLib.Geodesic.WGS84;
const DISTANCE = geographicLib.Geodesic.DISTANCE;

const A = 6378137;
const E2 = 0.00669437999014;
const RAD = Math.PI / 180;
/** Below this planar length a segment is measured on the local ellipsoidal plane. */
const PLANE_LIMIT_M = 5000;

/** Geodesic length in metres of one segment between [lon, lat] positions. */
export function segmentLengthM(a: Position, b: Position): number {
  const phi = ((a[1]! + b[1]!) / 2) * RAD;
  const sin = Math.sin(phi);
  const w2 = 1 - E2 * sin * sin;
  const meridianRadiusM = (A * (1 - E2)) / (w2 * Math.sqrt(w2));
  const normalRadiusM = A / Math.sqrt(w2);
  let dLon = b[0]! - a[0]!;
  if (dLon > 180) dLon -= 360;
  else if (dLon < -180) dLon += 360;
  const north = (b[1]! - a[1]!) * RAD * meridianRadiusM;
  const east = dLon * RAD * normalRadiusM * Math.cos(phi);
  const planar = Math.hypot(north, east);
  if (planar < PLANE_LIMIT_M) return planar;
  return WGS84.Inverse(a[1]!, a[0]!, b[1]!, b[0]!, DISTANCE).s12 ?? planar;
}

/** Geodesic length in metres of a [lon, lat] polyline, segment by segment. */
export function lineLengthM(line: readonly Position[]): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) total += segmentLengthM(line[i - 1]!, line[i]!);
  return total;
}
