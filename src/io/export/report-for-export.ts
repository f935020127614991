/**
 * The part of a metrics report the exports read. `io` may not import `analysis`, so this is a structural
 * copy: the engine's `MetricsReport` is assignable to it (checked where state passes one in).
 */
export interface ReportForExport {
  ruleSet: { id: string; classes: readonly { radiusM: number; minAreaM2: number; label?: string }[] };
  parkCoverage?: {
    ratio: number;
    residentialAreaM2: number;
    coveredAreaM2: number;
    byClass: { radiusM: number; minAreaM2: number; label?: string; ratio: number; coveredAreaM2: number }[];
    populationRatio?: number;
    byDistrict?: { name: string; ratio: number; residentialAreaM2: number; coveredAreaM2: number; populationRatio?: number }[];
  };
  parks?: {
    count: number;
    countedCount: number;
    areaM2: number;
    byType: { type: string; count: number; areaM2: number }[];
    byDistrict?: { name: string; count: number; areaM2: number; areaPerCapitaM2?: number }[];
    areaPerCapitaM2?: number;
  };
  greenways?: {
    lengthKm: number;
    radiusM: number;
    coverageRatio?: number;
    byLevel: { level: string; lengthKm: number }[];
    byDistrict?: { name: string; lengthKm: number }[];
  };
  redLine?: {
    areaKm2: number;
    areaHa: number;
    areaMu: number;
    landAreaKm2: number;
    seaAreaKm2: number;
    landShare?: number;
    byDistrict?: { name: string; landAreaKm2: number; landShare: number }[];
  };
  shoreline?: { lengthKm: number; naturalLengthKm: number; naturalRatio: number };
  /** The polygons themselves (engine report), or only their count and area (the app's worker summary). */
  blindSpots?: { properties: { areaM2: number } | null }[];
  blindSpotCount?: number;
  blindSpotAreaM2?: number;
}
