import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { RuleSet } from "./rule-sets";

/**
 * The metrics report: what one run of the coverage engine (`analysis/metrics-session`) produces, and the one
 * definition of it. The worker's summary, the exports (`io/export/report-for-export`), the indicator dashboard
 * (`domain/indicators/metrics-snapshot`), the scenario comparison and the CLI read it or a part of it.
 *
 * Units: ratios and shares are fractions from 0 to 1 (never percent); a field's name ends in its unit (`M2` m²,
 * `Km2` km², `Ha` 公顷 = 10,000 m², `Mu` 亩 = 10000/15 m², `Km` km, `M` m).
 */

/** The share of residential land served by parks of one size class of the rule set. */
export interface ClassCoverage {
  /** The class's service radius in metres, measured from the park boundary. */
  radiusM: number;
  /** The smallest park area the class counts, in m². */
  minAreaM2: number;
  /** The class's short label, e.g. "300米见绿", when the rule set names it. */
  label?: string;
  /** Residential land within `radiusM` of a park of this class or a larger one ÷ all residential land (0–1). */
  ratio: number;
  /** That covered residential land, in m². */
  coveredAreaM2: number;
}

/** Park service coverage of the residential land of one district. */
export interface DistrictCoverage {
  /** District name, from the district layer's `name`. */
  name: string;
  /** Covered residential land ÷ residential land of the district (0–1; 0 when it has none). */
  ratio: number;
  /** Residential land of the district, in m². */
  residentialAreaM2: number;
  /** Residential land of the district within the service radius of a counted park, in m². */
  coveredAreaM2: number;
  /** Residents of covered land ÷ residents of the district (0–1); absent when its parcels carry no `population`. */
  populationRatio?: number;
}

/** 公园绿地服务半径覆盖率: residential land within the service radius of a park under the rule set. */
export interface ParkCoverageResult {
  /** Covered residential land ÷ all residential land (0–1; 0 when there is none). */
  ratio: number;
  /** All residential land, in m². */
  residentialAreaM2: number;
  /** Residential land within the service radius of a counted park, in m². */
  coveredAreaM2: number;
  /** Coverage per size class of the rule set, in the rule set's order (ascending minimum area). */
  byClass: ClassCoverage[];
  /** Residents of covered land ÷ all residents (0–1); absent when the parcels carry no `population`. */
  populationRatio?: number;
  /** Coverage per district, in the district layer's order; absent without districts. */
  byDistrict?: DistrictCoverage[];
}

/** Park (公园) counts and areas. */
export interface ParksSummary {
  /** Parks in the layer. */
  count: number;
  /** Parks whose area reaches the smallest class of the rule set. */
  countedCount: number;
  /** Total park area, in m². */
  areaM2: number;
  /** Count and area (m²) per park `type` (综合公园, 社区公园 …; "" when untyped), largest area first. */
  byType: { type: string; count: number; areaM2: number }[];
  /**
   * Count, area (m²) and, where the district has a population, residents and park area per resident (m²/person)
   * per district; absent without districts.
   */
  byDistrict?: { name: string; count: number; areaM2: number; population?: number; areaPerCapitaM2?: number }[];
  /** Park area per resident, in m²/person; absent without population. */
  areaPerCapitaM2?: number;
}

/** Greenway (绿道) length and coverage. */
export interface GreenwaysResult {
  /** Total greenway length, overlapping lines counted once, in km. */
  lengthKm: number;
  /** The greenway service radius used for `coverageRatio`, in metres. */
  radiusM: number;
  /** Residential land within `radiusM` of a greenway ÷ residential land (0–1); absent without residential land. */
  coverageRatio?: number;
  /** Length per greenway `level` ("unknown" when the feature has none), in km. */
  byLevel: { level: string; lengthKm: number }[];
  /** Length inside each district, in km; absent without districts. */
  byDistrict?: { name: string; lengthKm: number }[];
}

/** 生态保护红线 (ecological protection red line) area, overlaps dissolved. */
export interface RedLineResult {
  /** Total area, land and sea, in km². */
  areaKm2: number;
  /** The same area in 公顷 (ha). */
  areaHa: number;
  /** The same area in 亩. */
  areaMu: number;
  /** Land red line, in km² (`zone` land, or the part inside the districts when a feature has no `zone`). */
  landAreaKm2: number;
  /** Sea red line, in km². */
  seaAreaKm2: number;
  /** Land red line inside the districts ÷ district land area (0–1), when districts are given. */
  landShare?: number;
  /** Land red line (km²) and its share of the district's area (0–1) per district; absent without districts. */
  byDistrict?: { name: string; landAreaKm2: number; landShare: number }[];
}

/** Shoreline length and its natural part. */
export interface ShorelineResult {
  /** Total shoreline length, overlapping lines counted once, in km. */
  lengthKm: number;
  /** Length of shoreline whose `type` is natural (natural, 自然 or 自然岸线), in km. */
  naturalLengthKm: number;
  /** Natural length ÷ total length (0–1). */
  naturalRatio: number;
}

/** Bay (海湾) programme figures from the bay layer's `status` attribute. */
export interface BaysResult {
  /** Bays in the layer. */
  count: number;
  /** Bays per `status` value (built, target-2025, …), with their share of all bays (0–1). */
  byStatus: { status: string; count: number; share: number }[];
  /** Names of the bays whose status is `built` (美丽海湾 built). */
  beautifulBayNames: string[];
  /** Bays without a `status` attribute; when it equals `count`, the layer cannot say which bays are built. */
  withoutStatusCount: number;
}

/** Walking-network settings (步行可达): user settings, with the defaults in `DEFAULT_NETWORK_SETTINGS`. */
export interface NetworkSettings {
  /** A park's access zone is its polygon buffered by this distance; network inside it is reached at 0 m. */
  accessM: number;
  /** The reached network is buffered by this distance (street to door) to give the walking service area. */
  walkBufferM: number;
}

/** The defaults of the walking-network method: access zone 30 m, street-to-door buffer 50 m. */
export const DEFAULT_NETWORK_SETTINGS: Readonly<NetworkSettings> = { accessM: 30, walkBufferM: 50 };

/**
 * 步行可达覆盖率 (walking-network coverage): the same figures as `ParkCoverageResult`, but a park serves the residential
 * land within `walkBufferM` of the network reached within its radius walking from its access zone (see
 * `analysis/network`). `byClass` radii are walking distances along the network.
 */
export interface NetworkCoverageResult extends ParkCoverageResult {
  /** Network coverage ÷ radius coverage (overall ratio; absent when the radius coverage is 0). */
  ratioToRadius?: number;
  /** Residential land inside the radius coverage but outside the walking service area ("radius yes, walking no"), in m². */
  radiusOnlyAreaM2: number;
  /** The settings used. */
  settings: NetworkSettings;
  /** Graph size: edges after splitting at shared vertices, and their total ellipsoidal length in m. */
  network: { edgeCount: number; lengthM: number };
  /** Counted parks whose access zone touches no network edge: they serve nobody on foot. */
  parksWithoutNetworkCount: number;
}

/** What each walking service-area polygon carries (dissolved: one feature overall, then one per rule-set class). */
interface NetworkServiceAreaProperties {
  /** "overall" (each park at its own radius) or the class's radius as text, e.g. "500". */
  scope: string;
  /** The walking radius in metres (absent for "overall"). */
  radiusM?: number;
}

/** Land the radius rule counts as covered and the walking network does not, one feature per residential unit. */
type RadiusOnlyLand = Feature<Polygon | MultiPolygon, BlindSpotProperties>;

/** Walking-network facts of one park, for its inspector (`MetricsSession.networkParkFacts`). */
export interface NetworkParkFacts {
  /** The park's walking radius under the rule set (m); absent when the park is too small to count. */
  radiusM?: number;
  /** Where network edges leave the park's access zone, WGS84 [lon, lat]. */
  accessPoints: [number, number][];
  /** True when no network edge reaches the access zone: the park serves nobody on foot. */
  noNetworkNearby: boolean;
  /** The park's own walking service area (reached network ⊕ walkBufferM), WGS84; absent when it reaches none. */
  serviceArea?: MultiPolygon;
  /** Residential land in its walking service area, in m². */
  servedAreaM2: number;
  /** Residential land only this park serves on foot (no other counted park does), in m². */
  aloneServedAreaM2: number;
  /** That land as polygons, WGS84; absent when there is none. */
  aloneServed?: MultiPolygon;
}

/** What each blind-spot polygon carries. */
interface BlindSpotProperties {
  /** The district the uncovered land lies in, or null outside every district. */
  district: string | null;
  /** Ellipsoidal area of the polygon, in m². */
  areaM2: number;
}

/** A blind spot (服务盲区): residential land outside every counted park's service radius, WGS84. */
type BlindSpot = Feature<Polygon | MultiPolygon, BlindSpotProperties>;

/** The blind spots in figures, for a report carried without its polygons. */
export interface BlindSpotTotals {
  /** Number of blind-spot polygons. */
  blindSpotCount: number;
  /** Their total area, in m². */
  blindSpotAreaM2: number;
}

/** Everything one run produces; blocks are absent when their input layer is absent. */
export interface MetricsReport {
  /** The rule set the coverage was computed under (its `classes` in ascending minimum area). */
  ruleSet: Pick<RuleSet, "id" | "classes" | "name" | "description"> & Partial<Pick<RuleSet, "descriptionZh">>;
  /** Park service coverage; absent without residential land or parks. */
  parkCoverage?: ParkCoverageResult;
  /** Park counts and areas; absent without parks. */
  parks?: ParksSummary;
  /** Greenway length and coverage; absent without greenways. */
  greenways?: GreenwaysResult;
  /** Red-line area; absent without a red-line layer. */
  redLine?: RedLineResult;
  /** Shoreline lengths; absent without a shoreline layer. */
  shoreline?: ShorelineResult;
  /** Bay status figures; absent without a bay layer. */
  bays?: BaysResult;
  /** Uncovered residential land, when the run asked for blind spots (`MetricsParams.blindSpots`). */
  blindSpots?: BlindSpot[];
  /** Walking-network coverage; absent without a walking network, residential land or parks. */
  networkCoverage?: NetworkCoverageResult;
  /** Walking service areas, when the run asked for them (`MetricsParams.networkGeometry`). */
  networkServiceAreas?: Feature<MultiPolygon, NetworkServiceAreaProperties>[];
  /** "Radius yes, walking no" land, when the run asked for it (`MetricsParams.networkGeometry`). */
  radiusOnlyLand?: RadiusOnlyLand[];
}
