import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { RuleSet } from "../domain/rule-sets";

/** The layers a metrics run reads, all WGS84 (EPSG:4326) GeoJSON. */
export interface MetricsInput {
  /**
   * 居住用地 polygons; optional `population` property per parcel. Without it, nothing that is measured against
   * residential land (park and greenway service coverage, blind spots) is reported.
   */
  residential?: FeatureCollection;
  /** 公园 polygons or points (points need an `areaM2` property); optional `type`, `name`. */
  parks?: FeatureCollection;
  /** 绿道 lines; optional `level`. */
  greenways?: FeatureCollection;
  /** 生态保护红线 polygons; optional `zone: "land" | "sea"`. */
  redLine?: FeatureCollection;
  /** District polygons with a `name` property (and optional `population`). */
  districts?: FeatureCollection;
  /** Shoreline lines with `type` natural/artificial (自然/人工). */
  shoreline?: FeatureCollection;
  /** 海湾 polygons with `name` and `status` (built, target-2025, target-2030, target-2035, phased). */
  bays?: FeatureCollection;
}

export interface MetricsParams {
  /** Rule set id, e.g. "qingdao-300-500" or "custom:400=300,10000=500". */
  ruleSetId: string;
  /** Greenway service radius in metres (default 1000 m, ⚠ unverified convention). */
  greenwayRadiusM?: number;
  /** Also return the blind-spot polygons (uncovered residential land). */
  blindSpots?: boolean;
}

export interface DistrictCoverage {
  name: string;
  ratio: number;
  residentialAreaM2: number;
  coveredAreaM2: number;
  populationRatio?: number;
}

export interface ParkCoverageResult {
  ratio: number;
  residentialAreaM2: number;
  coveredAreaM2: number;
  byClass: { radiusM: number; minAreaM2: number; label?: string; ratio: number; coveredAreaM2: number }[];
  populationRatio?: number;
  byDistrict?: DistrictCoverage[];
}

export interface ParksSummary {
  count: number;
  /** Parks whose area reaches the smallest class of the rule set. */
  countedCount: number;
  areaM2: number;
  byType: { type: string; count: number; areaM2: number }[];
  byDistrict?: { name: string; count: number; areaM2: number; population?: number; areaPerCapitaM2?: number }[];
  areaPerCapitaM2?: number;
}

export interface GreenwaysResult {
  lengthKm: number;
  radiusM: number;
  /** Residential land within `radiusM` of a greenway ÷ residential land; absent without residential land. */
  coverageRatio?: number;
  byLevel: { level: string; lengthKm: number }[];
  byDistrict?: { name: string; lengthKm: number }[];
}

export interface RedLineResult {
  areaKm2: number;
  areaHa: number;
  areaMu: number;
  landAreaKm2: number;
  seaAreaKm2: number;
  /** Land red line ÷ district land area, when districts are given. */
  landShare?: number;
  byDistrict?: { name: string; landAreaKm2: number; landShare: number }[];
}

export interface ShorelineResult {
  lengthKm: number;
  naturalLengthKm: number;
  naturalRatio: number;
}

export interface BaysResult {
  /** Bays in the layer. */
  count: number;
  /** Bays per `status` value, with their share of all bays. */
  byStatus: { status: string; count: number; share: number }[];
  /** Names of the bays whose status is `built` (美丽海湾 built). */
  beautifulBayNames: string[];
  /** Bays without a `status` attribute. */
  withoutStatusCount: number;
}

/** Everything one run produces; blocks are absent when their input layer is absent. */
export interface MetricsReport {
  ruleSet: Pick<RuleSet, "id" | "classes" | "name" | "description"> & Partial<Pick<RuleSet, "descriptionZh">>;
  parkCoverage?: ParkCoverageResult;
  parks?: ParksSummary;
  greenways?: GreenwaysResult;
  redLine?: RedLineResult;
  shoreline?: ShorelineResult;
  bays?: BaysResult;
  /** Uncovered residential land, when `params.blindSpots` is set (WGS84). */
  blindSpots?: Feature<Polygon | MultiPolygon, { district: string | null; areaM2: number }>[];
}
