import type { FeatureCollection } from "geojson";
import { deleteLayerData, type ProjectStorage, readLayerData, writeLayerData } from "./layer-data-storage";
import type { LayersStore } from "./layers-store";
import type { Permalink } from "./permalink";
import { parseSnapshot, type ProjectSnapshot, restoreSnapshot, snapshotOf } from "./project-snapshot";
import type { ScenarioStore } from "./scenario-store";
import type { UiStore } from "./ui-store";

export type { ProjectStorage } from "./layer-data-storage";

export const SETTINGS_KEY = "shanhai:settings:v1";
export const layerKey = (id: string) => `shanhai:layer:${id}`;

/** What is saved under SETTINGS_KEY: the snapshot without layer data (each layer's data has its own key). */
type StoredSettings = Omit<ProjectSnapshot, "userLayers"> & { userLayers: { meta: ProjectSnapshot["userLayers"][number]["meta"] }[] };

async function loadSnapshot(storage: ProjectStorage): Promise<ProjectSnapshot | null> {
  const settings = (await storage.get(SETTINGS_KEY)) as StoredSettings | undefined;
  if (!settings || !Array.isArray(settings.userLayers)) return null;
  const userLayers = await Promise.all(
    settings.userLayers.map(async ({ meta }) => ({ meta, data: (await readLayerData(storage, layerKey(meta.id))) as FeatureCollection })),
  );
  return parseSnapshot({ ...settings, userLayers: userLayers.filter((layer) => layer.data) });
}

/**
 * Restores the saved project once the manifest is loaded, then saves changes (debounced): the small
 * settings on every change, a user layer's data only when that data object changed. Failures
 * (quota exceeded, private mode) go to `onError`, never silently. `linked` tells, at restore time, what the
 * address the app was opened with chose (see `url-sync.addressChoices`): a permalink wins over the saved project.
 */
export function startPersistence(
  layersStore: LayersStore,
  uiStore: UiStore,
  storage: ProjectStorage,
  onError: (message: string) => void,
  debounceMs = 400,
  scenarioStore?: ScenarioStore,
  linked?: () => Pick<Permalink, "layers" | "region" | "rules">,
): () => void {
  let isRestored = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const savedData = new Map<string, FeatureCollection>();
  const report = (error: unknown) => onError(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  const save = async () => {
    timer = undefined;
    const snapshot = snapshotOf(layersStore.getState(), uiStore.getState(), new Date(), scenarioStore?.getState());
    const writes: Promise<void>[] = [];
    for (const { meta, data } of snapshot.userLayers) {
      if (savedData.get(meta.id) === data) continue;
      savedData.set(meta.id, data);
      writes.push(writeLayerData(storage, layerKey(meta.id), data));
    }
    const kept = new Set(snapshot.userLayers.map((layer) => layer.meta.id));
    for (const id of [...savedData.keys()].filter((id) => !kept.has(id))) {
      savedData.delete(id);
      writes.push(deleteLayerData(storage, layerKey(id)));
    }
    const settings: StoredSettings = { ...snapshot, userLayers: snapshot.userLayers.map(({ meta }) => ({ meta })) };
    writes.push(storage.set(SETTINGS_KEY, settings));
    try {
      await Promise.all(writes);
    } catch (error) {
      savedData.clear();
      report(error);
    }
  };
  const schedule = () => {
    if (!isRestored) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void save(), debounceMs);
  };
  const restore = async () => {
    try {
      const snapshot = await loadSnapshot(storage);
      if (snapshot) {
        for (const { meta, data } of snapshot.userLayers) savedData.set(meta.id, data);
        restoreSnapshot(snapshot, layersStore, uiStore, scenarioStore, linked?.());
        for (const { meta } of snapshot.userLayers) {
          const data = layersStore.getState().data[meta.id];
          if (data) savedData.set(meta.id, data);
        }
      }
    } catch (error) {
      report(error);
    } finally {
      isRestored = true;
    }
  };
  const stopLayers = layersStore.subscribe((next, previous) => {
    if (next.manifestStatus === "ready" && previous.manifestStatus !== "ready") void restore();
    else if (next.views !== previous.views || next.order !== previous.order || next.metas !== previous.metas || next.data !== previous.data) schedule();
  });
  const stopUi = uiStore.subscribe((next, previous) => {
    if (next.language !== previous.language || next.region !== previous.region || next.ruleSetId !== previous.ruleSetId || next.basemap !== previous.basemap || next.mapView !== previous.mapView) schedule();
  });
  if (layersStore.getState().manifestStatus === "ready") void restore();
  const stopScenarios = scenarioStore?.subscribe((next, previous) => {
    if (next.scenarios !== previous.scenarios || next.activeScenarioId !== previous.activeScenarioId) schedule();
  });
  return () => {
    if (timer) clearTimeout(timer);
    stopScenarios?.();
    stopLayers();
    stopUi();
  };
}
