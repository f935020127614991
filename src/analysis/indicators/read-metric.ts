import type { MetricKey } from "../../domain/indicators/indicator-types";
import type { MetricsSnapshot } from "../../domain/indicators/metrics-snapshot";

const percent = (ratio: number | undefined): number | null => (ratio === undefined || !Number.isFinite(ratio) ? null : ratio * 100);

const finite = (value: number | undefined): number | null => (value === undefined || !Number.isFinite(value) ? null : value);

/** True when the bay layer is there but none of its bays has a `status`, so built bays cannot be counted. */
export function isBayStatusMissing(metrics: MetricsSnapshot | null): boolean {
  const bays = metrics?.bays;
  return bays?.count !== undefined && bays.count > 0 && bays.withoutStatusCount === bays.count;
}

/**
 * Reads one indicator metric from a coverage-engine result (the JSON keys of `npm run metrics`) in the indicator's
 * unit: ratios become percentages, lengths stay km, areas km², per-capita m²/person.
 * `parkCoverage.byClass.<radius>` picks the class with that service radius (so under the
 * `qingdao-300-500` rule set, 300 = “300米见绿” and 500 = “500米见园”).
 * Returns null when the block behind the metric is absent (no layer of its kind in the region), or when the bay
 * layer has no `status` attribute.
 */
export function readMetric(metrics: MetricsSnapshot | null, key: MetricKey): number | null {
  if (!metrics) return null;
  switch (key) {
    case "parkCoverage.ratio":
      return percent(metrics.parkCoverage?.ratio);
    case "parkCoverage.byClass.300":
    case "parkCoverage.byClass.500": {
      const radiusM = key === "parkCoverage.byClass.300" ? 300 : 500;
      return percent(metrics.parkCoverage?.byClass?.find((entry) => entry.radiusM === radiusM)?.ratio);
    }
    case "parks.count":
      return finite(metrics.parks?.count);
    case "parks.areaPerCapitaM2":
      return finite(metrics.parks?.areaPerCapitaM2);
    case "greenways.lengthKm":
      return finite(metrics.greenways?.lengthKm);
    case "greenways.coverageRatio":
      return percent(metrics.greenways?.coverageRatio);
    case "redLine.areaKm2":
      return finite(metrics.redLine?.areaKm2);
    case "shoreline.lengthKm":
      return finite(metrics.shoreline?.lengthKm);
    case "shoreline.naturalRatio":
      return percent(metrics.shoreline?.naturalRatio);
    case "bays.beautifulBayCount":
      return metrics.bays && !isBayStatusMissing(metrics) ? metrics.bays.beautifulBayNames.length : null;
  }
}
