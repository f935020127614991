/**
 * Actions the UI calls that need a worker: the import context (the import worker and the shipped shoreline for
 * GCJ-02 detection) and the park service areas of the current report. The UI reaches workers only through these.
 */
import type { FeatureCollection } from "geojson";
import { isUserLayerId } from "../domain/layer-meta";
import type { NetworkParkFacts } from "../domain/metrics-report";
import { analysisLayerIds } from "./analysis-input";
import type { WalkingGeometryUrls } from "../worker/analysis-client";
import { analysisStore, getAnalysisClient, getImportClient, layersStore, uiStore } from "./app-stores";
import type { ImportContext } from "./import-store";

/** The reader's context for an import: the worker client and the loaded shipped shoreline. */
export function currentImportContext(): ImportContext {
  const state = layersStore.getState();
  const shorelineId = state.order.find((id) => state.metas[id]?.kind === "shoreline" && !isUserLayerId(id));
  return { client: getImportClient(), referenceShoreline: shorelineId ? state.data[shorelineId] : undefined };
}

/** The park service areas of the last metrics run, or null when there are none. */
export async function loadServiceAreas(): Promise<FeatureCollection | null> {
  const collection = await getAnalysisClient().serviceAreas();
  return collection.features.length > 0 ? collection : null;
}

/**
 * The walking view of the 步行 figures on screen for an export, as object URLs (made once in the walking worker;
 * service areas overall and per rule-set class); null before the figures are.
 */
export async function loadWalkingGeometry(): Promise<WalkingGeometryUrls | null> {
  return analysisStore.getState().walking.status === "ready" ? getAnalysisClient().walkingGeometry(true) : null;
}

/**
 * Walking-network facts of a park for its inspector: "unavailable" unless the park's layer is the region's only
 * park input and is not shared with another region (then its feature index is its index in the metrics session),
 * undefined without a walking network.
 */
export async function loadParkWalkingFacts(layerId: string, featureIndex: number): Promise<NetworkParkFacts | undefined | "unavailable"> {
  const layers = layersStore.getState();
  const parkLayers = analysisLayerIds(layers, uiStore.getState().region).parks ?? [];
  if (parkLayers.length !== 1 || parkLayers[0] !== layerId || (layers.metas[layerId]?.regions.length ?? 0) > 1) return "unavailable";
  return getAnalysisClient().networkParkFacts(featureIndex);
}
