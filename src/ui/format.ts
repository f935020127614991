import { localeNumber } from "./locale-number";

/** Formats an area in m² as hectares (or km² when large) with the given unit labels. */
export function formatArea(areaM2: number, units: { ha: string; km2: string }, locale: string): string {
  if (areaM2 >= 1_000_000) return `${localeNumber(areaM2 / 1_000_000, locale, { maximumFractionDigits: 2 })} ${units.km2}`;
  return `${localeNumber(areaM2 / 10_000, locale, { maximumFractionDigits: 2 })} ${units.ha}`;
}

/** Formats an area in m² as hectares at any size (the unit residents know for a park), to one decimal. */
export function formatHectares(areaM2: number, unit: string, locale: string): string {
  return `${localeNumber(areaM2 / 10_000, locale, { maximumFractionDigits: 1 })} ${unit}`;
}

/** One 亩 (mu) in m²: 1/15 of a hectare. */
export const MU_M2 = 10_000 / 15;

/**
 * An area in the units Chinese planning uses side by side: m² (km² from 1 km²), 公顷 and 亩,
 * e.g. "1.23 平方千米 · 123.4 公顷 · 1,851 亩".
 */
export function formatAreaWithMu(areaM2: number, units: { m2: string; km2: string; ha: string; mu: string }, locale: string): string {
  const primary =
    areaM2 >= 1_000_000
      ? `${localeNumber(areaM2 / 1_000_000, locale, { maximumFractionDigits: 2 })} ${units.km2}`
      : `${localeNumber(Math.round(areaM2), locale)} ${units.m2}`;
  const areaHa = areaM2 / 10_000;
  const areaMu = areaM2 / MU_M2;
  const ha = localeNumber(areaHa, locale, { maximumFractionDigits: areaHa < 100 ? 2 : 1 });
  const mu = localeNumber(areaMu, locale, { maximumFractionDigits: areaMu < 100 ? 1 : 0 });
  return `${primary} · ${ha} ${units.ha} · ${mu} ${units.mu}`;
}

/** Formats a length in m as kilometres. */
export function formatLengthKm(lengthM: number, unit: string, locale: string): string {
  return `${localeNumber(lengthM / 1000, locale, { maximumFractionDigits: 2 })} ${unit}`;
}

/** Renders any property value as plain text (objects as JSON); never as HTML. */
export function propertyText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
