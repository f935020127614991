/**
 * Main-thread client of the analysis worker: typed comlink wrap, latest-wins coalescing per kind of request,
 * and cancellation (a running computation cannot be interrupted inside the worker, so `cancel()` terminates the
 * worker and starts a fresh one on the next request).
 */
import { createAnalysisWorker, lazyWorker } from "./lazy-worker";
import type { Feature, FeatureCollection } from "geojson";
import type { MetricsParams } from "../analysis/index";
import type { NetworkCoverageResult, NetworkParkFacts, ParkCoverageResult, ParksSummary } from "../domain/metrics-report";
import type { AnalysisLib } from "./analysis.worker";
import { LatestWins, type Outcome } from "./latest-wins";
import type { MetricsInputRefs, ReportSummary } from "./layer-refs";

export type { LayerRef, MetricsInputRefs, ReportSummary } from "./layer-refs";


export interface AnalysisClient {
  /** Full metrics; latest call wins. Also (re)opens the session that `setPark` and `previewRatio` use. */
  computeMetrics(input: MetricsInputRefs, params: MetricsParams): Promise<Outcome<ReportSummary>>;
  /** Incremental park edit on the current session (index = park count adds; null removes). */
  setPark(index: number, feature: Feature | null): Promise<Outcome<{ parkCoverage?: ParkCoverageResult; parks: ParksSummary; networkCoverage?: NetworkCoverageResult }>>;
  /** Incremental candidate-path edit on the current session (index = extra path count adds; null removes). */
  setPath(index: number, feature: Feature | null): Promise<Outcome<{ networkCoverage?: NetworkCoverageResult }>>;
  /** Walking-network facts of park `index` of the current session (inspector); undefined without a network. */
  networkParkFacts(index: number): Promise<NetworkParkFacts | undefined>;
  /** Slider preview: approximate overall ratio if every counted park served `radiusM`; latest call wins. */
  previewRatio(radiusM: number): Promise<Outcome<number>>;
  /**
   * Dissolved service areas of the counted parks in the current session (overall, then per rule-set class), for
   * export; the current session is the last one computed (the scenario's when a scenario is active).
   * @throws Error when no metrics have been computed yet
   */
  serviceAreas(): Promise<FeatureCollection>;
  /** Cancels everything in flight (terminates the worker if it is busy). */
  cancel(): void;
  /** Terminates the worker for good. */
  dispose(): void;
}

/**
 * Creates the client. `createWorker` is injectable for tests and other bundlers.
 * @example const client = createAnalysisClient(); const outcome = await client.computeMetrics(input, { ruleSetId: "gb50563-2010" });
 */
export function createAnalysisClient(
  createWorker: () => Worker = createAnalysisWorker,
): AnalysisClient {
  const { api, terminate } = lazyWorker<AnalysisLib>(createWorker);
  const metrics = new LatestWins(([input, params]: [MetricsInputRefs, MetricsParams]) => api().computeMetrics(input, params));
  const edits = new LatestWins(([index, feature]: [number, Feature | null]) => api().setPark(index, feature));
  const paths = new LatestWins(([index, feature]: [number, Feature | null]) => api().setPath(index, feature));
  const previews = new LatestWins((radiusM: number) => api().previewRatio(radiusM));
  const queues = [metrics, edits, paths, previews] as const;
  return {
    computeMetrics: (input, params) => {
      previews.cancel();
      return metrics.request([input, params]);
    },
    setPark: (index, feature) => edits.request([index, feature]),
    setPath: (index, feature) => paths.request([index, feature]),
    networkParkFacts: (index) => api().networkParkFacts(index),
    previewRatio: (radiusM) => previews.request(radiusM),
    serviceAreas: () => api().serviceAreas(),
    cancel() {
      const busy = queues.some((queue) => queue.busy);
      for (const queue of queues) queue.cancel();
      if (busy) terminate();
    },
    dispose() {
      for (const queue of queues) queue.cancel();
      terminate();
    },
  };
}
