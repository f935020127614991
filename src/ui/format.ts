/** Formats an area in m² as hectares (or km² when large) with the given unit labels. */
export function formatArea(areaM2: number, units: { ha: string; km2: string }, locale: string): string {
  if (areaM2 >= 1_000_000) return `${(areaM2 / 1_000_000).toLocaleString(locale, { maximumFractionDigits: 2 })} ${units.km2}`;
  return `${(areaM2 / 10_000).toLocaleString(locale, { maximumFractionDigits: 2 })} ${units.ha}`;
}

/** Formats an area in m² as hectares at any size (the unit residents know for a park), to one decimal. */
export function formatHectares(areaM2: number, unit: string, locale: string): string {
  return `${(areaM2 / 10_000).toLocaleString(locale, { maximumFractionDigits: 1 })} ${unit}`;
}

/** Formats a length in m as kilometres. */
export function formatLengthKm(lengthM: number, unit: string, locale: string): string {
  return `${(lengthM / 1000).toLocaleString(locale, { maximumFractionDigits: 2 })} ${unit}`;
}

/** Renders any property value as plain text (objects as JSON); never as HTML. */
export function propertyText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
