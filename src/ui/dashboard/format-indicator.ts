import type { IndicatorDirection, IndicatorUnit } from "../../domain/indicators/indicator-types";
import { localeNumber } from "../locale-number";

/** Decimal places shown per unit: counts whole, percentages and lengths to one decimal. */
const DECIMALS: Record<IndicatorUnit, number> = {
  percent: 1,
  "square-metres-per-person": 1,
  kilometres: 1,
  "square-kilometres": 1,
  hectares: 1,
  mu: 0,
  count: 0,
  days: 0,
  "micrograms-per-cubic-metre": 0,
  index: 2,
  "ten-thousand-people": 2,
};

/**
 * Formats a value in an indicator's unit, e.g. `612.4 千米`, `95.1%`; `unitLabel` is already translated.
 * `isStated` keeps the digits a plan states (19.35 km, 98.8 %) instead of the unit's rounding.
 */
export function formatIndicatorValue(value: number, unit: IndicatorUnit, unitLabel: string, locale: string, isStated = false): string {
  const decimals = isStated ? Math.max(DECIMALS[unit], significantDecimals(value)) : DECIMALS[unit];
  const number = localeNumber(value, locale, { maximumFractionDigits: decimals });
  if (unit === "percent") return `${number}%`;
  return unitLabel ? `${number} ${unitLabel}` : number;
}

/** Decimal digits of a stated value (at most 2). */
function significantDecimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 || /e/i.test(text) ? 0 : Math.min(text.length - dot - 1, 2);
}

/** Formats a target with its direction sign: `≥ 768 千米`, `≤ 30 微克/立方米`. */
export function formatTarget(value: number, direction: IndicatorDirection, unit: IndicatorUnit, unitLabel: string, locale: string): string {
  return `${direction === "at-least" ? "≥" : "≤"} ${formatIndicatorValue(value, unit, unitLabel, locale, true)}`;
}

/**
 * Formats a signed gap to a target: `+112.4 千米`, `−155.6 千米`; a gap of a percentage is a difference of two
 * percentages, so it is in percentage points (`−3.2个百分点`, `−3.2 pp`) through `pointsLabel`, never `%`.
 */
export function formatGap(gap: number, unit: IndicatorUnit, unitLabel: string, locale: string, pointsLabel: (value: string) => string): string {
  const sign = gap > 0 ? "+" : gap < 0 ? "−" : "±";
  if (unit === "percent") return pointsLabel(`${sign}${localeNumber(Math.abs(gap), locale, { maximumFractionDigits: DECIMALS.percent })}`);
  return `${sign}${formatIndicatorValue(Math.abs(gap), unit, unitLabel, locale)}`;
}
