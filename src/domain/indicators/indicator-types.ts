/**
 * The plan-indicator vocabulary: which targets the plans set, where each value comes from,
 * and the shape of an evaluation. Pure types: the data is in the sibling registry files.
 */
import type { LocalizedText } from "../layer-meta";

/** The five planning documents in the reference set (ids, never file names). */
export type PlanId =
  | "beautiful-qingdao-2022-2035"
  | "yantai-ecological-city"
  | "qingdao-green-low-carbon-2023-2025"
  | "qingdao-pollution-prevention"
  | "qingdao-new-urbanization-2021-2035";

export interface PlanDocument {
  id: PlanId;
  /** The document's own title, as printed in it. */
  title: LocalizedText;
  /** Short label for tables and charts. */
  shortTitle: LocalizedText;
  issuer: LocalizedText;
  /** Draft for comment (征求意见稿) rather than an issued document. */
  isDraft: boolean;
  /** Plan period; `startYear` is null when the document states none. */
  period: { startYear: number | null; endYear: number };
}

/** ≥ (at least) or ≤ (at most): which side of the target counts as met. */
export type IndicatorDirection = "at-least" | "at-most";

export type IndicatorUnit =
  | "percent"
  | "square-metres-per-person"
  | "kilometres"
  | "square-kilometres"
  | "hectares"
  | "mu"
  | "count"
  | "days"
  | "micrograms-per-cubic-metre"
  | "index"
  | "ten-thousand-people";

export type IndicatorTheme = "green" | "blue" | "ecology" | "environment" | "urban";

/**
 * Values the app measures from loaded layers (keys follow the metrics result of the coverage engine).
 * Ratios are read as percentages.
 */
export type MetricKey =
  | "parkCoverage.ratio"
  | "parkCoverage.byClass.300"
  | "parkCoverage.byClass.500"
  | "parks.count"
  | "parks.areaPerCapitaM2"
  | "greenways.lengthKm"
  | "greenways.coverageRatio"
  | "redLine.areaKm2"
  | "shoreline.lengthKm"
  | "shoreline.naturalRatio"
  | "bays.beautifulBayCount";

/** A number stated in a plan, with the sentence it comes from. */
interface SourcedValue {
  value: number;
  /** The year the value refers to; null when the sentence states none. */
  year: number | null;
  planId: PlanId;
  /** The sentence, verbatim from the plan (Chinese). */
  quote: string;
  /** The plan's own term when it differs from the indicator name (e.g. 自然岸线保护率). */
  term?: string;
}

export interface IndicatorTarget {
  /** Target value in the indicator's unit; null for a qualitative target. */
  value: number | null;
  /** Target year; null when the sentence states none (the plan period then applies). */
  year: number | null;
  planId: PlanId;
  /** The sentence, verbatim from the plan (Chinese). */
  quote: string;
  /** The plan's own term when it differs from the indicator name (e.g. 城乡绿道). */
  term?: string;
  /** Named places the target requires (e.g. bays to be built as 美丽海湾 by this year). */
  places?: string[];
  /** Reading of the sentence, when the number is not literally in it or the target is qualitative. */
  note?: LocalizedText;
  baseline?: SourcedValue;
}

export interface Indicator {
  /** kebab-case, unique within a region. */
  id: string;
  name: LocalizedText;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  theme: IndicatorTheme;
  /** The value measured from layers; absent when the app cannot compute it (reference only). */
  metric?: MetricKey;
  /** Only meaningful under this coverage rule set (e.g. the 300 m class of "qingdao-300-500"). */
  requiresRuleSet?: string;
  /** Every target the plans set, each with its source; plans that disagree all appear. */
  targets: IndicatorTarget[];
  /** Current-state values stated in the plans (baselines not tied to one target). */
  references?: SourcedValue[];
  note?: LocalizedText;
}

/** 达标 / 未达标 / 无数据. */
export type TargetStatus = "met" | "not-met" | "no-data";

/** Why a target has no status. */
export type NoDataReason = "not-computable" | "layer-missing" | "attribute-missing" | "rule-set-mismatch" | "qualitative";

export interface TargetEvaluation {
  target: IndicatorTarget;
  status: TargetStatus;
  reason?: NoDataReason;
  /** measured − target in the indicator's unit (negative = short of an at-least target). */
  gap?: number;
  /** Named places of the target that are not yet reported as done. */
  missingPlaces?: string[];
}

export interface IndicatorEvaluation {
  indicator: Indicator;
  /** Measured from loaded layers, in the indicator's unit; null when not measured. */
  measured: number | null;
  /** True when any layer behind `measured` is schematic (示意) demonstration data. */
  isSchematic: boolean;
  reason?: NoDataReason;
  targets: TargetEvaluation[];
}
