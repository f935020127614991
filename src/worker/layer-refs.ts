import type { FeatureCollection } from "geojson";
import type { MetricsInput } from "../analysis/index";
import type { BlindSpotTotals, MetricsReport } from "../domain/metrics-report";
import type { RegionId } from "../domain/layer-meta";

/**
 * A layer as the main thread names it for the worker: by URL — a shipped file or the object URL of an imported
 * layer's GeoJSON text — which the worker fetches and parses itself, off the main thread, once per URL; or inline
 * (tests and in-memory sources). With `region`, only the layer's features in that region are read (for layers that
 * span several regions; see `analysis/region-filter`).
 */
export type LayerRef = ({ url: string } | { data: FeatureCollection }) & { region?: RegionId };

/** The engine input by reference: each metric input is the concatenation of its layers. */
export type MetricsInputRefs = Partial<Record<keyof MetricsInput, LayerRef[]>> & {
  /** Extra parks appended after the referenced ones (scenario candidate parks). */
  extraParks?: FeatureCollection["features"];
  /** Extra walking-network lines appended after the referenced ones (scenario candidate paths). */
  extraPaths?: FeatureCollection["features"];
};

/**
 * What a radius run sends back to the main thread: the report without the bulky polygons (blind spots) and without
 * the walking-network block, which comes later from its own run (`WalkingSummary`).
 */
export type ReportSummary = Omit<MetricsReport, "blindSpots" | "networkServiceAreas" | "radiusOnlyLand" | "networkCoverage"> &
  BlindSpotTotals & {
    /** An object URL (created in the worker) of the blind spots as GeoJSON, for MapLibre to fetch in its own worker. */
    blindSpotsUrl: string | null;
    /** Park features read from the referenced layers (extra parks are numbered from here in `setPark`). */
    baseParkCount: number;
    /** Sum of the residential parcels' `population` (0 when they carry none). */
    populationTotal: number;
  };

/** A siting request: the park class being added and how many sites (or which covered ratio to reach). */
export interface SitingParams {
  readonly ruleSetId: string;
  /** Service radius of the park class being added, metres. */
  readonly radiusM: number;
  /** N new sites; or, with `targetRatio`, the fewest reaching it. */
  readonly count?: number;
  readonly targetRatio?: number;
  /** Candidate sites given as a layer; generated on a grid when absent. */
  readonly candidates?: LayerRef[];
  /** Grid spacing of generated candidates, metres. */
  readonly spacingM?: number;
  /** A walking network (line layers): coverage by walking distance instead of a straight line. */
  readonly network?: LayerRef[];
}

/** What a walking-network run (or edit) sends back: the 步行 figures; empty without a walking network. */
export type WalkingSummary = Pick<MetricsReport, "networkCoverage">;

/**
 * The walking view as object URLs created in the worker (GeoJSON): the dissolved walking service areas and the
 * residential land the radius covers but walking does not; null when there are none.
 */
export interface WalkingGeometryUrls {
  serviceAreasUrl: string | null;
  radiusOnlyUrl: string | null;
}
