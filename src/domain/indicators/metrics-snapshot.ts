import type {
  BaysResult,
  ClassCoverage,
  GreenwaysResult,
  MetricsReport,
  ParkCoverageResult,
  ParksSummary,
  RedLineResult,
  ShorelineResult,
} from "../metrics-report";

/** The fields `Required` of a block, and the fields `Optional` made optional. */
type Part<Block, Required extends keyof Block, Optional extends keyof Block = never> = Pick<Block, Required> & Partial<Pick<Block, Optional>>;

/**
 * The part of a metrics report that the indicator dashboard reads (the engine's report and the app's worker
 * summary are both assignable to it): each block needs only the field an indicator is measured by, so a
 * report of the JSON shape of `npm run metrics`, without its detail, is read too.
 */
export interface MetricsSnapshot {
  ruleSet?: Pick<MetricsReport["ruleSet"], "id">;
  parkCoverage?: Part<ParkCoverageResult, "ratio", "populationRatio" | "byDistrict"> & { byClass?: Pick<ClassCoverage, "radiusM" | "ratio">[] };
  parks?: Part<ParksSummary, "count", "countedCount" | "areaM2" | "areaPerCapitaM2" | "byType">;
  greenways?: Part<GreenwaysResult, "lengthKm", "radiusM" | "coverageRatio">;
  redLine?: Part<RedLineResult, "areaKm2", "landAreaKm2" | "seaAreaKm2">;
  shoreline?: Part<ShorelineResult, "lengthKm", "naturalLengthKm" | "naturalRatio">;
  bays?: Part<BaysResult, "beautifulBayNames", "count" | "byStatus" | "withoutStatusCount">;
}
