/**
 * The part of a coverage-engine metrics result that the indicator dashboard reads. It is the
 * JSON shape of `npm run metrics` (issue 4), so the engine's full report is assignable to it;
 * `bays` is an extra block the caller fills from a bay layer's `beautifulBay` attribute.
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
  /** Names of bays reported as built 美丽海湾 (from the bay layer). */
  bays?: { beautifulBayNames: string[] };
}
