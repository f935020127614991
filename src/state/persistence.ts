import { isUserLayerId } from "../domain/layer-meta";
import type { FeatureCollection } from "geojson";
import { deleteLayerData, type ProjectStorage, readLayerData, writeLayerData } from "./layer-data-storage";
import type { LayersStore } from "./layers-store";
import type { Permalink } from "./permalink";
import { adoptProjectRegions, type ProjectSnapshot, restoreSnapshot, snapshotOf } from "./project-snapshot";
import { type GuardedSnapshot, guardSnapshot } from "./project-snapshot-guard";
import type { ScenarioStore } from "./scenario-store";
import type { UiStore } from "./ui-store";

export type { ProjectStorage } from "./layer-data-storage";

export const SETTINGS_KEY = "shanhai:settings:v1";
export const layerKey = (id: string) => `shanhai:layer:${id}`;

/** What is saved under SETTINGS_KEY: the snapshot without layer data (each layer's data has its own key). */
type StoredSettings = Omit<ProjectSnapshot, "userLayers"> & { userLayers: { meta: ProjectSnapshot["userLayers"][number]["meta"] }[] };

const idOfEntry = (entry: unknown): string | null => {
  const meta: unknown = isRecord(entry) ? entry.meta : undefined;
  return isRecord(meta) && typeof meta.id === "string" ? meta.id : null;
};

/** Reads the saved project and checks it like a file (see `guardSnapshot`); null when nothing usable is saved. */
async function loadSnapshot(storage: ProjectStorage): Promise<GuardedSnapshot | null> {
  const settings = await storage.get(SETTINGS_KEY);
  const listed = isRecord(settings) && Array.isArray(settings.userLayers) ? (settings.userLayers as unknown[]) : null;
  if (!isRecord(settings) || !listed) return null;
  const userLayers = await Promise.all(
    listed.map(async (entry) => {
      const id = idOfEntry(entry);
      return { meta: isRecord(entry) ? entry.meta : undefined, data: id ? await readLayerData(storage, layerKey(id)).catch(() => undefined) : undefined };
    }),
  );
  return guardSnapshot({ ...settings, userLayers });
}

/**
 * The journal, when it is newer than the saved settings: the project as the page left it, plus the saved user layers
 * it does not list (another tab's). Checked like a file; null when there is no newer journal.
 */
async function loadJournal(storage: ProjectStorage, journal: ProjectJournal): Promise<GuardedSnapshot | null> {
  const journaled = journal.read();
  if (!isRecord(journaled) || !Array.isArray(journaled.userLayers) || typeof journaled.savedAt !== "string") return null;
  const settings = await storage.get(SETTINGS_KEY);
  const settingsSavedAt = isRecord(settings) && typeof settings.savedAt === "string" ? settings.savedAt : "";
  if (journaled.savedAt < settingsSavedAt) return null;
  const journaledIds = new Set((journaled.userLayers as unknown[]).map(idOfEntry));
  const stored = await loadSnapshot(storage);
  const others = (stored?.snapshot.userLayers ?? []).filter((layer) => !journaledIds.has(layer.meta.id));
  return guardSnapshot({ ...journaled, userLayers: [...(journaled.userLayers as unknown[]), ...others] });
}

/** What one tab tells the others after it saved: user layers it added and removed. */
export interface ProjectChange {
  added: string[];
  removed: string[];
}

/**
 * How tabs of the same browser share the saved project: an exclusive lock around each read-merge-write of the
 * settings (Web Locks in the browser), and a channel to tell the other tabs what changed (BroadcastChannel).
 */
export interface ProjectCoordination {
  withLock: (work: () => Promise<void>) => Promise<void>;
  announce: (change: ProjectChange) => void;
  onAnnounce: (listener: (change: ProjectChange) => void) => () => void;
}

/**
 * A synchronous last-chance store for the page being hidden or unloaded while a save is still running (IndexedDB is
 * asynchronous, so a reload right after 添加 can cut it off): the whole project, layer data included, as one value.
 * `write` returns false when it could not keep it (e.g. the browser's localStorage quota of ≈ 5 MB).
 */
export interface ProjectJournal {
  write: (snapshot: ProjectSnapshot) => boolean;
  read: () => unknown;
  clear: () => void;
}

/** No journal: what was still being saved when the page went away is lost. */
const NO_JOURNAL: ProjectJournal = { write: () => false, read: () => undefined, clear: () => {} };

/** One tab alone: no lock needed, nobody to tell. */
const SINGLE_TAB: ProjectCoordination = { withLock: (work) => work(), announce: () => {}, onAnnounce: () => () => {} };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

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
  onPageHide?: (listener: () => void) => () => void,
  coordination: ProjectCoordination = SINGLE_TAB,
  linked?: () => Pick<Permalink, "layers" | "region" | "rules">,
  journal: ProjectJournal = NO_JOURNAL,
): () => void {
  let isRestored = false;
  /** Saves queued or running: while any is, the saved project may lag behind the stores. */
  let savesInFlight = 0;
  /** User layers this tab removed: a merge with what another tab saved must not bring them back. */
  const removedHere = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const savedData = new Map<string, FeatureCollection>();
  const report = (error: unknown) => onError(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  /** Saves run one after another, each from the stores as they are when it starts (a slower earlier save never overwrites a later one). */
  let queue: Promise<void> = Promise.resolve();
  const save = () => {
    timer = undefined;
    savesInFlight += 1;
    queue = queue.then(saveNow).finally(() => {
      savesInFlight -= 1;
    });
    return queue;
  };
  const saveNow = async () => {
    const snapshot = snapshotOf(layersStore.getState(), uiStore.getState(), new Date(), scenarioStore?.getState());
    const change: ProjectChange = { added: [], removed: [] };
    const writes: Promise<void>[] = [];
    for (const { meta, data } of snapshot.userLayers) {
      if (savedData.get(meta.id) === data) continue;
      if (!savedData.has(meta.id)) change.added.push(meta.id);
      savedData.set(meta.id, data);
      removedHere.delete(meta.id);
      writes.push(writeLayerData(storage, layerKey(meta.id), data));
    }
    const kept = new Set(snapshot.userLayers.map((layer) => layer.meta.id));
    for (const id of [...savedData.keys()].filter((id) => !kept.has(id))) {
      savedData.delete(id);
      removedHere.add(id);
      change.removed.push(id);
      writes.push(deleteLayerData(storage, layerKey(id)));
    }
    // Another tab may have saved layers this one does not have: keep them (read, merge and write under the lock).
    // The settings are written beside the layers' data, not after it, so a page closed soon after still keeps both.
    writes.push(
      coordination.withLock(async () => {
        const stored = await storage.get(SETTINGS_KEY);
        const storedLayers = isRecord(stored) && Array.isArray(stored.userLayers) ? (stored.userLayers as unknown[]) : [];
        const others = storedLayers.filter((entry): entry is { meta: ProjectSnapshot["userLayers"][number]["meta"] } => {
          const id = isRecord(entry) && isRecord(entry.meta) ? entry.meta.id : undefined;
          return typeof id === "string" && !kept.has(id) && !removedHere.has(id);
        });
        // …and the cities (project regions) those layers belong to.
        const storedRegions = isRecord(stored) && Array.isArray(stored.projectRegions) ? (stored.projectRegions as unknown[]) : [];
        const ownRegionIds = new Set<string>((snapshot.projectRegions ?? []).map((region) => region.id));
        const otherRegions = storedRegions.filter((region) => {
          const id = isRecord(region) ? region.id : undefined;
          return typeof id === "string" && !ownRegionIds.has(id) && others.some(({ meta }) => Array.isArray(meta.regions) && (meta.regions as string[]).includes(id));
        }) as NonNullable<ProjectSnapshot["projectRegions"]>;
        const projectRegions = [...(snapshot.projectRegions ?? []), ...otherRegions];
        const settings: StoredSettings = {
          ...snapshot,
          userLayers: [...snapshot.userLayers.map(({ meta }) => ({ meta })), ...others],
          ...(projectRegions.length > 0 ? { projectRegions } : {}),
        };
        await storage.set(SETTINGS_KEY, settings);
      }),
    );
    try {
      await Promise.all(writes);
      if (change.added.length > 0 || change.removed.length > 0) coordination.announce(change);
      if (savesInFlight === 1 && !timer) journal.clear();
    } catch (error) {
      savedData.clear();
      report(error);
    }
  };
  /** Takes over what another tab saved: its new layers are added here, its removed ones removed. */
  const receive = async (change: ProjectChange) => {
    if (!isRestored) return;
    for (const id of change.removed) {
      if (!Object.hasOwn(layersStore.getState().metas, id) || !isUserLayerId(id)) continue;
      savedData.delete(id);
      layersStore.getState().removeLayer(id);
    }
    const missing = change.added.filter((id) => !Object.hasOwn(layersStore.getState().metas, id));
    if (missing.length === 0) return;
    const guarded = await loadSnapshot(storage);
    if (guarded) adoptProjectRegions(guarded.snapshot, layersStore);
    for (const layer of guarded?.snapshot.userLayers ?? []) {
      if (!missing.includes(layer.meta.id) || Object.hasOwn(layersStore.getState().metas, layer.meta.id)) continue;
      savedData.set(layer.meta.id, layer.data);
      layersStore.getState().addUserLayer(layer.meta, layer.data);
      savedData.set(layer.meta.id, layersStore.getState().data[layer.meta.id] ?? layer.data);
    }
  };
  const stopAnnounce = coordination.onAnnounce((change) => void receive(change).catch(report));
  /** Saves after `delayMs` of quiet; a new or removed layer is saved at once (a reload right after must keep it). */
  const schedule = (delayMs = debounceMs) => {
    if (!isRestored) return;
    if (timer) clearTimeout(timer);
    if (delayMs <= 0) {
      void save();
      return;
    }
    timer = setTimeout(() => void save(), delayMs);
  };
  /**
   * The page is being hidden or unloaded: saves what is waiting for its debounce now and, when a save cannot be
   * known to finish (one is pending or running), also writes the whole project to the synchronous journal.
   */
  const flush = () => {
    if (!isRestored || (!timer && savesInFlight === 0)) return;
    if (timer) {
      clearTimeout(timer);
      void save();
    }
    journal.write(snapshotOf(layersStore.getState(), uiStore.getState(), new Date(), scenarioStore?.getState()));
  };
  const stopPageHide = onPageHide?.(flush);
  const restore = async () => {
    let fromJournal = false;
    try {
      const journaled = await loadJournal(storage, journal).catch(() => null);
      fromJournal = journaled !== null;
      const guarded = journaled ?? (await loadSnapshot(storage));
      if (guarded) {
        const { snapshot, repairs } = guarded;
        if (repairs.length > 0) uiStore.getState().reportProjectRepairs({ origin: "storage", items: repairs });
        if (!fromJournal) for (const { meta, data } of snapshot.userLayers) savedData.set(meta.id, data);
        restoreSnapshot(snapshot, layersStore, uiStore, scenarioStore, linked?.());
        // Restored from the journal, every layer is written again (its save may have been cut off).
        if (!fromJournal) {
          for (const { meta } of snapshot.userLayers) {
            const data = layersStore.getState().data[meta.id];
            if (data) savedData.set(meta.id, data);
          }
        }
      }
    } catch (error) {
      report(error);
    } finally {
      isRestored = true;
      if (fromJournal) schedule(0);
      else journal.clear();
    }
  };
  const stopLayers = layersStore.subscribe((next, previous) => {
    if (next.manifestStatus === "ready" && previous.manifestStatus !== "ready") void restore();
    else if (next.data !== previous.data) schedule(0);
    else if (next.views !== previous.views || next.order !== previous.order || next.metas !== previous.metas) schedule();
  });
  const stopUi = uiStore.subscribe((next, previous) => {
    if (next.language !== previous.language || next.region !== previous.region || next.ruleSetId !== previous.ruleSetId || next.basemap !== previous.basemap || next.mapView !== previous.mapView || next.blindSpotView !== previous.blindSpotView) schedule();
  });
  if (layersStore.getState().manifestStatus === "ready") void restore();
  const stopScenarios = scenarioStore?.subscribe((next, previous) => {
    if (next.scenarios !== previous.scenarios || next.activeScenarioId !== previous.activeScenarioId) schedule();
  });
  return () => {
    if (timer) clearTimeout(timer);
    stopPageHide?.();
    stopAnnounce();
    stopScenarios?.();
    stopLayers();
    stopUi();
  };
}
