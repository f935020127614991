import type { MessageKey } from "../i18n/translate";

const DIRECTIONS = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"] as const;

/** The eight-point compass direction key for an azimuth in degrees. */
export function directionKey(bearingDeg: number): MessageKey {
  const index = Math.round((((bearingDeg % 360) + 360) % 360) / 45) % 8;
  return `direction.${DIRECTIONS[index] ?? "N"}` as MessageKey;
}
