/**
 * Main-thread client of park siting. It runs the analysis worker's `suggestSites` in its own instance of that
 * worker, so cancelling (which terminates a busy worker: a running solve cannot be interrupted inside it) never
 * costs the metrics session its state. Latest request wins; progress arrives as fractions through a comlink proxy.
 */
import { proxy } from "comlink";
import { createAnalysisWorker, lazyWorker } from "./lazy-worker";
import type { SitingReport } from "../analysis/siting/siting-report";
import type { AnalysisLib } from "./analysis.worker";
import { LatestWins, type Outcome } from "./latest-wins";
import type { MetricsInputRefs, SitingParams } from "./layer-refs";

export type { SitingReport } from "../analysis/siting/siting-report";

export interface SitingClient {
  /** Suggested new park sites for the referenced layers; latest call wins. */
  suggestSites(input: MetricsInputRefs, params: SitingParams, onProgress: (fraction: number) => void): Promise<Outcome<SitingReport>>;
  /** Stops the request in flight (terminates its worker). */
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
  return {
    suggestSites: (input, params, onProgress) => requests.request([input, params, onProgress]),
    cancel() {
      const busy = requests.busy;
      requests.cancel();
      if (busy) terminate();
    },
  };
}
