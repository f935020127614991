/**
 * Main-thread client of the analysis worker: typed comlink wrap, latest-wins coalescing per kind of request,
 * and cancellation (a running computation cannot be interrupted inside the worker, so `cancel()` terminates the
 * worker and starts a fresh one on the next request). The radius metrics and the walking-network coverage run in
 * two instances of the worker: a walking run may take long, and it must never hold up the radius figures; a newer
 * walking request (or `cancelWalking`) terminates a run still in flight.
 */
import { createAnalysisWorker, lazyWorker } from "./lazy-worker";
import type { Feature, FeatureCollection } from "geojson";
import type { MetricsParams } from "../analysis/index";
import type { NetworkParkFacts, ParkCoverageResult, ParksSummary } from "../domain/metrics-report";
import type { AnalysisLib } from "./analysis.worker";
import { LatestWins, type Outcome } from "./latest-wins";
import type { MetricsInputRefs, ReportSummary, WalkingGeometryUrls, WalkingSummary } from "./layer-refs";

export type { LayerRef, MetricsInputRefs, ReportSummary, WalkingGeometryUrls, WalkingSummary } from "./layer-refs";
export type { MetricsParams } from "../analysis/index";

export interface AnalysisClient {
  /** Radius metrics (the walking network is not read); latest call wins. Also (re)opens the session that `setPark` and `previewRatio` use. */
  computeMetrics(input: MetricsInputRefs, params: MetricsParams): Promise<Outcome<ReportSummary>>;
  /** Incremental park edit on the current radius session (index = park count adds; null removes). */
  setPark(index: number, feature: Feature | null): Promise<Outcome<{ parkCoverage?: ParkCoverageResult; parks: ParksSummary }>>;
  /**
   * Walking-network coverage of the same input, candidate parks and paths included, in the walking worker; latest
   * call wins, and a run still in flight is terminated. Also (re)opens the walking session of the calls below.
   */
  computeWalking(input: MetricsInputRefs, params: MetricsParams): Promise<Outcome<WalkingSummary>>;
  /** Stops the walking run in flight (terminates the walking worker when it is busy). */
  cancelWalking(): void;
  /** Incremental park edit on the walking session (indices as in `setPark`). */
  walkingSetPark(index: number, feature: Feature | null): Promise<Outcome<WalkingSummary>>;
  /** Incremental candidate-path edit on the walking session (index = candidate path count adds; null removes). */
  walkingSetPath(index: number, feature: Feature | null): Promise<Outcome<WalkingSummary>>;
  /**
   * The walking view of the walking session as object URLs (service areas, "radius yes, walking no" land); the
   * service areas are the overall one only, unless `forExport` asks for one per rule-set class as well.
   */
  walkingGeometry(forExport?: boolean): Promise<WalkingGeometryUrls>;
  /** Walking-network facts of park `index` of the walking session (inspector); undefined without a network. */
  networkParkFacts(index: number): Promise<NetworkParkFacts | undefined>;
  /** Slider preview: approximate overall ratio if every counted park served `radiusM`; latest call wins. */
  previewRatio(radiusM: number): Promise<Outcome<number>>;
  /**
   * Dissolved service areas of the counted parks in the current session (overall, then per rule-set class), for
   * export; the current session is the last one computed (the scenario's when a scenario is active).
   * @throws Error when no metrics have been computed yet
   */
  serviceAreas(): Promise<FeatureCollection>;
  /** Cancels everything in flight (terminates the workers that are busy). */
  cancel(): void;
  /** Terminates the workers for good. */
  dispose(): void;
}

/**
 * Creates the client. `createWorker` is injectable for tests and other bundlers.
 * @example const client = createAnalysisClient(); const outcome = await client.computeMetrics(input, { ruleSetId: "gb50563-2010" });
 */
export function createAnalysisClient(createWorker: () => Worker = createAnalysisWorker): AnalysisClient {
  const { api, terminate } = lazyWorker<AnalysisLib>(createWorker);
  const walkingWorker = lazyWorker<AnalysisLib>(createWorker);
  const walkingApi = walkingWorker.api;
  const metrics = new LatestWins(([input, params]: [MetricsInputRefs, MetricsParams]) => api().computeMetrics(input, params));
  const edits = new LatestWins(([index, feature]: [number, Feature | null]) => api().setPark(index, feature));
  const previews = new LatestWins((radiusM: number) => api().previewRatio(radiusM));
  const walking = new LatestWins(([input, params]: [MetricsInputRefs, MetricsParams]) => walkingApi().computeWalking(input, params));
  const walkingParks = new LatestWins(([index, feature]: [number, Feature | null]) => walkingApi().walkingSetPark(index, feature));
  const walkingPaths = new LatestWins(([index, feature]: [number, Feature | null]) => walkingApi().walkingSetPath(index, feature));
  const queues = [metrics, edits, previews] as const;
  const walkingQueues = [walking, walkingParks, walkingPaths] as const;
  const cancelWalking = () => {
    const busy = walkingQueues.some((queue) => queue.busy);
    for (const queue of walkingQueues) queue.cancel();
    if (busy) walkingWorker.terminate();
  };
  return {
    computeMetrics: (input, params) => {
      previews.cancel();
      return metrics.request([input, params]);
    },
    setPark: (index, feature) => edits.request([index, feature]),
    computeWalking: (input, params) => {
      cancelWalking();
      return walking.request([input, params]);
    },
    cancelWalking,
    walkingSetPark: (index, feature) => walkingParks.request([index, feature]),
    walkingSetPath: (index, feature) => walkingPaths.request([index, feature]),
    walkingGeometry: (forExport) => walkingApi().walkingGeometry(forExport),
    networkParkFacts: (index) => walkingApi().networkParkFacts(index),
    previewRatio: (radiusM) => previews.request(radiusM),
    serviceAreas: () => api().serviceAreas(),
    cancel() {
      const busy = queues.some((queue) => queue.busy);
      for (const queue of queues) queue.cancel();
      if (busy) terminate();
      cancelWalking();
    },
    dispose() {
      for (const queue of [...queues, ...walkingQueues]) queue.cancel();
      terminate();
      walkingWorker.terminate();
    },
  };
}
