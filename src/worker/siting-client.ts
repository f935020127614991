/**
 * Main-thread client of park siting. It runs the analysis worker's `suggestSites` in its own instance of that
 * worker, so cancelling (which terminates a busy worker: a running solve cannot be interrupted inside it) never
 * costs the metrics session its state. Latest request wins; progress arrives as fractions through a comlink proxy.
 * After a greedy answer is shown, `lpBound` asks the same worker for the answer's LP-relaxation bound.
 */
import { proxy } from "comlink";
import { createAnalysisWorker, lazyWorker } from "./lazy-worker";
import type { SitingBound } from "../analysis/siting/siting-bound";
import type { SitingReport } from "../analysis/siting/siting-report";
import type { AnalysisLib } from "./analysis.worker";
import { LatestWins, type Outcome } from "./latest-wins";
import type { MetricsInputRefs, SitingParams } from "./layer-refs";

export type { SitingBound } from "../analysis/siting/siting-bound";
export type { SitingReport } from "../analysis/siting/siting-report";

export interface SitingClient {
  /** Suggested new park sites for the referenced layers; latest call wins (a bound still computing is stopped). */
  suggestSites(input: MetricsInputRefs, params: SitingParams, onProgress: (fraction: number) => void): Promise<Outcome<SitingReport>>;
  /** The last answer's bound tightened by its LP relaxation; null when it needs none. */
  lpBound(): Promise<Outcome<SitingBound | null>>;
  /** Stops the request in flight, sites or bound (terminates its worker). */
  cancel(): void;
}

/**
 * Creates the siting client; `createWorker` is injectable for tests.
 * @example const outcome = await createSitingClient().suggestSites(refs, { ruleSetId: "qingdao-300-500", radiusM: 300, count: 10 }, console.log);
 */
export function createSitingClient(createWorker: () => Worker = createAnalysisWorker): SitingClient {
  const { api, terminate } = lazyWorker<AnalysisLib>(createWorker);
  const requests = new LatestWins(([input, params, onProgress]: [MetricsInputRefs, SitingParams, (fraction: number) => void]) =>
    api().suggestSites(input, params, proxy(onProgress)),
  );
  const bounds = new LatestWins(() => api().sitingLpBound());
  const cancel = () => {
    const busy = requests.busy || bounds.busy;
    requests.cancel();
    bounds.cancel();
    if (busy) terminate();
  };
  return {
    suggestSites: (input, params, onProgress) => {
      // The worker is inside a synchronous LP solve: a new run would wait behind it.
      if (bounds.busy) cancel();
      return requests.request([input, params, onProgress]);
    },
    lpBound: () => bounds.request(undefined),
    cancel,
  };
}
