/** Formats a 0–1 ratio as a percentage with one decimal. */
export function formatRatio(ratio: number | undefined, locale: string): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return "—";
  return `${(ratio * 100).toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
}

/** Formats a number with at most `digits` decimals in the locale. */
export function formatNumber(value: number | undefined, locale: string, digits = 1): string {
  if (value === undefined || !Number.isFinite(value)) return "—";
  return value.toLocaleString(locale, { maximumFractionDigits: digits });
}

/** Formats a minimum park area for a class label (m² below 1 ha, else ha). */
export function formatMinArea(areaM2: number, locale: string): string {
  return areaM2 >= 10_000 ? `${formatNumber(areaM2 / 10_000, locale, 2)} ha` : `${formatNumber(areaM2, locale, 0)} m²`;
}
