/**
 * The part of a coverage-engine metrics result that the indicator dashboard reads. It is the
 * JSON shape of `npm run metrics`, so the engine's full report is assignable to it;
 * `bays` comes from the bay layer's `status` attribute (built, target-2025, …).
 */
export interface MetricsSnapshot {
  ruleSet?: { id: string };
  parkCoverage?: {
    ratio: number;
    byClass?: { radiusM: number; ratio: number }[];
    populationRatio?: number;
    byDistrict?: { name: string; ratio: number; residentialAreaM2: number; coveredAreaM2: number }[];
  };
  parks?: {
    count: number;
    countedCount?: number;
    areaM2?: number;
    areaPerCapitaM2?: number;
    byType?: { type: string; count: number; areaM2: number }[];
  };
  greenways?: { lengthKm: number; radiusM?: number; coverageRatio?: number };
  redLine?: { areaKm2: number; landAreaKm2?: number; seaAreaKm2?: number };
  shoreline?: { lengthKm: number; naturalLengthKm?: number; naturalRatio?: number };
  /** Bays of the bay layer: names of those reported as built 美丽海湾, and the count and share per status. */
  bays?: {
    beautifulBayNames: string[];
    count?: number;
    byStatus?: { status: string; count: number; share: number }[];
    /** Bays without a `status` attribute; when it equals `count`, the layer cannot say which bays are built. */
    withoutStatusCount?: number;
  };
}
