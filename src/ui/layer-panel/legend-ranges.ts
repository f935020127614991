import { localeNumber } from "../locale-number";

/** How a measure field's numbers are shown: areas in m² (`areaM2`) in hectares, lengths in metres as metres. */
function fieldDisplayUnit(property: string): { factor: number; unit: "ha" | "m" | null } {
  if (/m2$/i.test(property)) return { factor: 1 / 10_000, unit: "ha" };
  if (/(?<=[a-z])M$|_m$/.test(property)) return { factor: 1, unit: "m" };
  return { factor: 1, unit: null };
}

/**
 * The class ranges of a graduated legend, with the field's unit: `< 1.2 ha`, `1.2–5 ha`, …, `≥ 40 ha`
 * (one more range than limits; each class holds values from its lower limit up to, not including, the next).
 */
export function graduatedRangeLabels(breaks: readonly number[], property: string, locale: string, unitLabels: { ha: string; m: string }): string[] {
  const { factor, unit } = fieldDisplayUnit(property);
  const suffix = unit ? ` ${unitLabels[unit]}` : "";
  const number = (value: number) => localeNumber(value * factor, locale, { maximumFractionDigits: value * factor >= 100 ? 0 : 2 });
  return [
    `< ${number(breaks[0] as number)}${suffix}`,
    ...breaks.slice(0, -1).map((limit, index) => `${number(limit)}–${number(breaks[index + 1] as number)}${suffix}`),
    `≥ ${number(breaks.at(-1) as number)}${suffix}`,
  ];
}
