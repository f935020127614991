import type { FeatureCollection } from "geojson";
import type { NetworkSettings } from "../domain/metrics-report";

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
  /**
   * 步行网络 lines (layer role `walking-network`, or the OSM reader's network edges with `fromNodeId`/`toNodeId`);
   * with residential land and parks, the report gets `networkCoverage`.
   */
  walkingNetwork?: FeatureCollection;
}

export interface MetricsParams {
  /** Rule set id, e.g. "qingdao-300-500" or "custom:400=300,10000=500". */
  ruleSetId: string;
  /** Greenway service radius in metres (default 1000 m, ⚠ unverified convention). */
  greenwayRadiusM?: number;
  /** Also return the blind-spot polygons (uncovered residential land). */
  blindSpots?: boolean;
  /** Walking-network settings (defaults `DEFAULT_NETWORK_SETTINGS`: access 30 m, walk buffer 50 m). */
  network?: Partial<NetworkSettings>;
  /** Also return the walking service areas and the "radius yes, walking no" land. */
  networkGeometry?: boolean;
}
