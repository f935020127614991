import { evaluateIndicators } from "../analysis/indicators/evaluate-indicators";
import type { MetricsReport } from "../domain/metrics-report";
import { INDICATOR_REGISTRY } from "../domain/indicators/indicator-registry";
import type { IndicatorEvaluation } from "../domain/indicators/indicator-types";
import type { RegionId } from "../domain/layer-meta";

let last: { region: RegionId; report: MetricsReport | null; isSchematic: boolean; result: IndicatorEvaluation[] } | null = null;

/** The plan indicators of a region evaluated against the latest metrics (memoised on its inputs). */
export function selectIndicatorEvaluations(region: RegionId, report: MetricsReport | null, isSchematic: boolean): IndicatorEvaluation[] {
  if (last && last.region === region && last.report === report && last.isSchematic === isSchematic) return last.result;
  const result = [...evaluateIndicators(INDICATOR_REGISTRY[region], report, { isSchematic })];
  last = { region, report, isSchematic, result };
  return result;
}
