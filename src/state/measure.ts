import type { LineString, Polygon } from "geojson";
import { geodesicAreaM2, geodesicLengthM } from "../analysis/feature-measure";
import type { Measurement } from "./ui-store";

/** Ellipsoidal length (a line, or a polygon's perimeter) and area (polygons) of a drawn measurement. */
export function measureGeometry(geometry: LineString | Polygon | null): Measurement | null {
  if (!geometry) return null;
  if (geometry.type === "LineString") return { lengthM: geodesicLengthM(geometry), areaM2: null };
  const perimeter = geodesicLengthM({ type: "LineString", coordinates: geometry.coordinates[0] ?? [] });
  return { lengthM: perimeter, areaM2: geodesicAreaM2(geometry) };
}
