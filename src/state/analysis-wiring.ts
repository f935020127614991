import type { AnalysisClient } from "../worker/analysis-client";
import type { AnalysisStore } from "./analysis-store";
import { analysisLayerIds, buildMetricsInput } from "./analysis-input";
import type { LayerSource } from "./layer-source";
import type { LayersStore } from "./layers-store";
import type { UiStore } from "./ui-store";

/**
 * Re-runs the metrics in the worker whenever the layers feeding them, the rule set or the greenway
 * radius change (latest request wins in the client). Loads hidden layers a metric needs.
 */
export function wireAnalysis(
  layersStore: LayersStore,
  uiStore: UiStore,
  analysisStore: AnalysisStore,
  client: AnalysisClient,
  source: LayerSource,
): () => void {
  let lastKey = "";
  let lastData: unknown[] = [];
  const run = () => {
    const layers = layersStore.getState();
    if (layers.manifestStatus !== "ready") return;
    for (const id of Object.values(analysisLayerIds(layers)).flat()) {
      if (!layers.dataStatus[id]) void layers.loadLayerData(source, id);
    }
    const built = buildMetricsInput(layers);
    if (!built) return;
    const ruleSetId = uiStore.getState().ruleSetId;
    const greenwayRadiusM = analysisStore.getState().greenwayRadiusM;
    const key = `${built.layerIds.join(",")}|${ruleSetId}|${greenwayRadiusM}`;
    const data = built.layerIds.map((id) => layers.data[id]);
    if (key === lastKey && data.every((item, index) => item === lastData[index])) return;
    lastKey = key;
    lastData = data;
    analysisStore.getState().analysisStarted();
    void client.computeMetrics(built.input, { ruleSetId, greenwayRadiusM, blindSpots: true }).then((outcome) => {
      if (outcome.status === "done") analysisStore.getState().analysisFinished(outcome.value, built.layerIds, built.isSchematic);
      else if (outcome.status === "failed") analysisStore.getState().analysisFailed(outcome.error);
    });
  };
  run();
  const stops = [
    layersStore.subscribe(run),
    uiStore.subscribe((next, previous) => next.ruleSetId !== previous.ruleSetId && run()),
    analysisStore.subscribe((next, previous) => next.greenwayRadiusM !== previous.greenwayRadiusM && run()),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
