import { localeNumber } from "../locale-number";

/** Formats a 0–1 ratio as a percentage with one decimal. */
export function formatRatio(ratio: number | undefined, locale: string): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return "—";
  return `${localeNumber(ratio * 100, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
}

/**
 * Formats a difference of two 0–1 ratios in percentage points (a rise from 40 % to 42 % is 2 points, not 2 %), at
 * most two decimals; `label` puts the number into the language's unit (`2 pp`, `2个百分点`).
 */
export function formatPercentagePoints(deltaRatio: number, locale: string, label: (value: string) => string): string {
  if (!Number.isFinite(deltaRatio)) return "—";
  return label(formatNumber(deltaRatio * 100, locale, 2));
}

/** Formats a number with at most `digits` decimals in the locale. */
export function formatNumber(value: number | undefined, locale: string, digits = 1): string {
  if (value === undefined || !Number.isFinite(value)) return "—";
  return localeNumber(value, locale, { maximumFractionDigits: digits });
}

/** Formats a minimum park area for a class label (m² below 1 ha, else ha). */
export function formatMinArea(areaM2: number, locale: string): string {
  return areaM2 >= 10_000 ? `${formatNumber(areaM2 / 10_000, locale, 2)} ha` : `${formatNumber(areaM2, locale, 0)} m²`;
}

/** The ratio 步行/半径 of two coverage fractions, as a multiple with two decimals ("0.62×"); "—" when the radius figure is 0. */
export function formatWalkingToRadius(walking: number, radius: number | undefined, locale: string): string {
  if (radius === undefined || !(radius > 0) || !Number.isFinite(walking)) return "—";
  return `${localeNumber(walking / radius, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}×`;
}
