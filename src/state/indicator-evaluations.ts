import { evaluateIndicators } from "../analysis/indicators/evaluate-indicators";
import type { MetricsReport } from "../domain/metrics-report";
import { INDICATOR_REGISTRY } from "../domain/indicators/indicator-registry";
import type { IndicatorEvaluation } from "../domain/indicators/indicator-types";
import type { RegionId } from "../domain/layer-meta";
import { isBuiltinRegionId } from "../domain/regions";

let last: { region: RegionId; report: MetricsReport | null; isSchematic: boolean; result: IndicatorEvaluation[] } | null = null;

/**
 * The plan indicators of a region evaluated against the latest metrics (memoised on its inputs). A project region
 * (an OSM city) has no plan of its own in Shanhai, so none: Qingdao's targets are never shown as its targets.
 */
export function selectIndicatorEvaluations(region: RegionId, report: MetricsReport | null, isSchematic: boolean): IndicatorEvaluation[] {
  if (last && last.region === region && last.report === report && last.isSchematic === isSchematic) return last.result;
  const result = [...evaluateIndicators(isBuiltinRegionId(region) ? INDICATOR_REGISTRY[region] : [], report, { isSchematic })];
  last = { region, report, isSchematic, result };
  return result;
}
