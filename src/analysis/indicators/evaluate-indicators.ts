import type { Indicator, IndicatorEvaluation, IndicatorTarget, NoDataReason, TargetEvaluation } from "../../domain/indicators/indicator-types";
import type { MetricsSnapshot } from "../../domain/indicators/metrics-snapshot";
import { isBayStatusMissing, readMetric } from "./read-metric";

export interface EvaluateOptions {
  /** True when any loaded layer behind the metrics is schematic (示意) demonstration data. */
  isSchematic: boolean;
}

/** Tolerance for floating-point noise only; a value short of the target by more is 未达标. */
const EPSILON = 1e-9;

/** Bay names match when one contains the other (“西岸前海” vs “西岸前海湾区”), spaces ignored. */
function isSamePlace(required: string, reported: string): boolean {
  const a = required.replace(/\s+/g, "");
  const b = reported.replace(/\s+/g, "");
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}

function compare(indicator: Indicator, target: IndicatorTarget, measured: number): TargetEvaluation {
  const value = target.value as number;
  const isMet = indicator.direction === "at-least" ? measured >= value - EPSILON : measured <= value + EPSILON;
  return { target, status: isMet ? "met" : "not-met", gap: measured - value };
}

function evaluateTarget(
  indicator: Indicator,
  target: IndicatorTarget,
  measured: number | null,
  metrics: MetricsSnapshot | null,
  reason: NoDataReason | undefined,
): TargetEvaluation {
  if (reason && reason !== "layer-missing") return { target, status: "no-data", reason };
  if (target.places && target.places.length > 0) {
    const reported = metrics?.bays?.beautifulBayNames;
    if (!reported) return { target, status: "no-data", reason: "layer-missing" };
    const missingPlaces = target.places.filter((place) => !reported.some((name) => isSamePlace(place, name)));
    return { target, status: missingPlaces.length === 0 ? "met" : "not-met", missingPlaces };
  }
  if (target.value === null) return { target, status: "no-data", reason: "qualitative" };
  if (measured === null) return { target, status: "no-data", reason: "layer-missing" };
  return compare(indicator, target, measured);
}

/**
 * Plan-target check: compares each indicator's value measured from the loaded layers with every
 * target the plans set for it (≥ or ≤ by the indicator's direction), giving 达标 / 未达标 / 无数据
 * per target. Targets that name places (e.g. bays to be built as 美丽海湾) are met when every
 * named place is reported done (a bay whose `status` is `built`). Indicators the app cannot compute, absent
 * layers, a bay layer without `status`, a rule set other than the one an indicator is defined under, and
 * qualitative targets give 无数据 with a reason.
 */
export function evaluateIndicators(indicators: readonly Indicator[], metrics: MetricsSnapshot | null, options: EvaluateOptions): IndicatorEvaluation[] {
  return indicators.map((indicator) => {
    let reason: NoDataReason | undefined;
    let measured: number | null = null;
    if (!indicator.metric) reason = "not-computable";
    else if (indicator.requiresRuleSet && metrics && metrics.ruleSet?.id !== indicator.requiresRuleSet) reason = "rule-set-mismatch";
    else {
      measured = readMetric(metrics, indicator.metric);
      if (measured === null) reason = indicator.metric === "bays.beautifulBayCount" && isBayStatusMissing(metrics) ? "attribute-missing" : "layer-missing";
    }
    const targets = indicator.targets.map((target) => evaluateTarget(indicator, target, measured, metrics, reason));
    const evaluation: IndicatorEvaluation = {
      indicator,
      measured,
      isSchematic: measured !== null && options.isSchematic,
      targets,
    };
    return reason ? { ...evaluation, reason } : evaluation;
  });
}
