import { toCgcs2000Zone40 } from "../io/gauss-kruger-display";

export interface CursorCoordinates {
  lon: number;
  lat: number;
  eastingM: number;
  northingM: number;
}

/** The pointer position in WGS84 and in CGCS2000 3° GK zone 40 (EPSG:4549). */
export function cursorCoordinates(lonLat: [number, number] | null): CursorCoordinates | null {
  if (!lonLat) return null;
  const [eastingM, northingM] = toCgcs2000Zone40(lonLat);
  return { lon: lonLat[0], lat: lonLat[1], eastingM, northingM };
}
