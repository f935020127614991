import type { BlindSpotTotals, MetricsReport } from "../../domain/metrics-report";

/**
 * The part of a metrics report the exports read: the engine's report itself, or the app's worker summary, which
 * carries the blind spots as `BlindSpotTotals` instead of their polygons.
 */
export type ReportForExport = Pick<MetricsReport, "parkCoverage" | "parks" | "greenways" | "redLine" | "shoreline" | "blindSpots"> &
  Partial<BlindSpotTotals> & {
    ruleSet: Pick<MetricsReport["ruleSet"], "id" | "classes">;
  };
