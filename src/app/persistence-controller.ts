import type { FeatureCollection } from "geojson";
import { isUserLayerId } from "../domain/layer-meta";
import { deleteLayerData, readLayerData, writeLayerData } from "../services/layer-data-storage";
import type { ProjectChange, ProjectCoordination, ProjectStorage } from "../services/project-storage";
import type { LayersStore } from "../state/layers-store";
import type { Permalink } from "../state/permalink";
import { adoptProjectRegions, type ProjectSnapshot, restoreSnapshot, snapshotOf } from "../state/project-snapshot";
import { type GuardedSnapshot, guardSnapshot } from "../state/project-snapshot-guard";
import type { ScenarioStore } from "../state/scenario-store";
import type { UiStore } from "../state/ui-store";

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
 * The journal, when it is newer than the saved settings: the project as the page left it (a layer journaled without
 * its data is read from storage), plus the saved user layers it does not list (another tab's). Checked like a file;
 * null when there is no newer journal.
 */
async function loadJournal(storage: ProjectStorage, journal: ProjectJournal): Promise<GuardedSnapshot | null> {
  const journaled = journal.read();
  if (!isRecord(journaled) || !Array.isArray(journaled.userLayers) || typeof journaled.savedAt !== "string") return null;
  const settings = await storage.get(SETTINGS_KEY);
  const settingsSavedAt = isRecord(settings) && typeof settings.savedAt === "string" ? settings.savedAt : "";
  if (journaled.savedAt < settingsSavedAt) return null;
  const entries = journaled.userLayers as unknown[];
  const journaledIds = new Set(entries.map(idOfEntry));
  const stored = await loadSnapshot(storage);
  const others = (stored?.snapshot.userLayers ?? []).filter((layer) => !journaledIds.has(layer.meta.id));
  const userLayers = await Promise.all(
    entries.map(async (entry) => {
      const id = idOfEntry(entry);
      if (!isRecord(entry) || Object.hasOwn(entry, "data") || !id) return entry;
      return { meta: entry.meta, data: await readLayerData(storage, layerKey(id)).catch(() => undefined) };
    }),
  );
  return guardSnapshot({ ...journaled, userLayers: [...userLayers, ...others] });
}

/**
 * What the journal holds: the project as the page left it, with the data only of the user layers whose save has
 * not finished (the others are read back from storage), so that a settings change to a project of any size fits.
 */
export type JournalEntry = Omit<ProjectSnapshot, "userLayers"> & {
  userLayers: { meta: ProjectSnapshot["userLayers"][number]["meta"]; data?: FeatureCollection }[];
};

/**
 * A synchronous last-chance store for the page being hidden or unloaded while a save is still running (IndexedDB is
 * asynchronous, so a reload right after 添加 can cut it off). `write` returns false when it could not keep the entry
 * (e.g. the browser's localStorage quota of ≈ 5 MB).
 */
export interface ProjectJournal {
  write: (entry: JournalEntry) => boolean;
  read: () => unknown;
  clear: () => void;
}

/** No journal: what was still being saved when the page went away is lost. */
const NO_JOURNAL: ProjectJournal = { write: () => false, read: () => undefined, clear: () => {} };

/** One tab alone: no lock needed, nobody to tell. */
const SINGLE_TAB: ProjectCoordination = { withLock: (work) => work(), announce: () => {}, onAnnounce: () => () => {} };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Where the controller stands: saving starts only once the saved project has been restored (or found absent). */
export type PersistencePhase = "waiting-for-manifest" | "restoring" | "restored";

/** What the persistence controller reads, writes and listens to. */
export interface PersistenceOptions {
  layersStore: LayersStore;
  uiStore: UiStore;
  scenarioStore?: ScenarioStore;
  storage: ProjectStorage;
  onError: (message: string) => void;
  debounceMs?: number;
  /** Registers a listener for the page being hidden or unloaded; returns its removal. */
  onPageHide?: (listener: () => void) => () => void;
  coordination?: ProjectCoordination;
  /** What the address the app was opened with chose (see `url-sync.addressChoices`): a permalink wins over the saved project. */
  linked?: () => Pick<Permalink, "layers" | "region" | "rules">;
  journal?: ProjectJournal;
}

/**
 * Restores the saved project once the manifest is loaded (`manifestReady`), then saves changes (debounced): the
 * small settings on every change (`settingsChanged`), a user layer's data only when that data object changed
 * (`layerDataChanged`, saved at once). Failures (quota exceeded, private mode) go to `onError`, never silently.
 * Saves run one after another, each from the stores as they are when it starts, so a slower earlier save never
 * overwrites a later one; `flush` (page hidden) writes the synchronous journal while a save cannot be known to finish.
 */
export class PersistenceController {
  phase: PersistencePhase = "waiting-for-manifest";
  /** Saves queued or running: while any is, the saved project may lag behind the stores. */
  savesInFlight = 0;
  /** The debounced save waiting to run, if any. */
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private saveQueue: Promise<void> = Promise.resolve();
  /** Each saved user layer's data object, to write a layer's data only when it changed. */
  private readonly savedData = new Map<string, FeatureCollection>();
  /** Each user layer's data object whose save has finished: the journal need not copy it. */
  private readonly durableData = new Map<string, FeatureCollection>();
  /** User layers that are this tab's under their id in storage: restored, taken over from another tab, or saved here. */
  private readonly ownIds = new Set<string>();
  /** User layers this tab removed: a merge with what another tab saved must not bring them back. */
  private readonly removedHere = new Set<string>();
  private stopListening: (() => void)[] = [];
  private readonly coordination: ProjectCoordination;
  private readonly journal: ProjectJournal;

  constructor(private readonly options: PersistenceOptions) {
    this.coordination = options.coordination ?? SINGLE_TAB;
    this.journal = options.journal ?? NO_JOURNAL;
  }

  /** Listens to the other tabs and to the page being hidden; restores at once when the manifest is already loaded. */
  start(): void {
    this.stopListening = [this.coordination.onAnnounce((change) => void this.receive(change).catch((error) => this.report(error)))];
    const stopPageHide = this.options.onPageHide?.(() => this.flush());
    if (stopPageHide) this.stopListening.push(stopPageHide);
    if (this.options.layersStore.getState().manifestStatus === "ready") this.manifestReady();
  }

  stop(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    for (const stop of this.stopListening.splice(0)) stop();
  }

  /** The manifest has loaded: restores the saved project (once). */
  manifestReady(): void {
    if (this.phase === "waiting-for-manifest") void this.restore();
  }

  /** A user layer came, went or changed its data: saved at once (a reload right after must keep it). */
  layerDataChanged(): void {
    this.schedule(0);
  }

  /** A setting saved with the project changed (views, order, region, camera, scenarios…): saved after the debounce. */
  settingsChanged(): void {
    this.schedule();
  }

  /**
   * The page is being hidden or unloaded: saves what is waiting for its debounce now and, when a save cannot be
   * known to finish (one is pending or running), also writes the synchronous journal: the settings, and the data of
   * the layers whose save has not finished. When that is over the journal's quota (a large new layer), the settings
   * alone are journaled; such a layer is back after a reload only if its save finished.
   */
  flush(): void {
    if (this.phase !== "restored" || (!this.saveTimer && this.savesInFlight === 0)) return;
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      void this.save();
    }
    const snapshot = this.snapshot();
    const userLayers = snapshot.userLayers.map(({ meta, data }) => (this.durableData.get(meta.id) === data ? { meta } : { meta, data }));
    if (this.journal.write({ ...snapshot, userLayers })) return;
    this.journal.write({ ...snapshot, userLayers: userLayers.map(({ meta }) => ({ meta })) });
  }

  private snapshot(): ProjectSnapshot {
    const { layersStore, uiStore, scenarioStore } = this.options;
    return snapshotOf(layersStore.getState(), uiStore.getState(), new Date(), scenarioStore?.getState());
  }

  private report(error: unknown): void {
    this.options.onError(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }

  /** Saves after `delayMs` of quiet. */
  private schedule(delayMs = this.options.debounceMs ?? 400): void {
    if (this.phase !== "restored") return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (delayMs <= 0) {
      void this.save();
      return;
    }
    this.saveTimer = setTimeout(() => void this.save(), delayMs);
  }

  private save(): Promise<void> {
    this.saveTimer = undefined;
    this.savesInFlight += 1;
    this.saveQueue = this.saveQueue
      .then(() => this.saveNow())
      .finally(() => {
        this.savesInFlight -= 1;
      });
    return this.saveQueue;
  }

  private async saveNow(): Promise<void> {
    const { storage } = this.options;
    const change: ProjectChange = { added: [], removed: [] };
    const taken: string[] = [];
    const writes: Promise<void>[] = [];
    try {
      // Read, merge and write under the lock, the layers' data included: another tab may have saved layers this one
      // does not have (they are kept), or a layer under an id this tab is saving for the first time (that tab keeps
      // it, and this tab's layer takes a free id before anything is written).
      await this.coordination.withLock(async () => {
        const stored = await storage.get(SETTINGS_KEY);
        const storedLayers = isRecord(stored) && Array.isArray(stored.userLayers) ? (stored.userLayers as unknown[]) : [];
        const storedIds = new Set(storedLayers.map(idOfEntry).filter((id): id is string => id !== null));
        this.yieldTakenIds(storedIds, taken);
        const snapshot = this.snapshot();
        const changed: typeof snapshot.userLayers = [];
        for (const layer of snapshot.userLayers) {
          const { meta, data } = layer;
          if (this.savedData.get(meta.id) === data) continue;
          if (!this.savedData.has(meta.id)) change.added.push(meta.id);
          this.savedData.set(meta.id, data);
          this.ownIds.add(meta.id);
          this.removedHere.delete(meta.id);
          changed.push(layer);
        }
        // One layer after another: IndexedDB may deliver several completions in one task, and each starts the clone
        // of the next part, so layers written side by side would clone several parts in one task.
        writes.push(
          (async () => {
            for (const { meta, data } of changed) {
              await writeLayerData(storage, layerKey(meta.id), data);
              this.durableData.set(meta.id, data);
            }
          })(),
        );
        const kept = new Set(snapshot.userLayers.map((layer) => layer.meta.id));
        for (const id of [...this.savedData.keys()].filter((id) => !kept.has(id))) {
          this.savedData.delete(id);
          this.durableData.delete(id);
          this.ownIds.delete(id);
          this.removedHere.add(id);
          change.removed.push(id);
          writes.push(deleteLayerData(storage, layerKey(id)));
        }
        const others = storedLayers.filter((entry): entry is { meta: ProjectSnapshot["userLayers"][number]["meta"] } => {
          const id = idOfEntry(entry);
          return id !== null && !kept.has(id) && !this.removedHere.has(id);
        });
        // …and the cities (project regions) those layers belong to.
        const storedRegions = isRecord(stored) && Array.isArray(stored.projectRegions) ? (stored.projectRegions as unknown[]) : [];
        const ownRegionIds = new Set<string>((snapshot.projectRegions ?? []).map((region) => region.id));
        const otherRegions = storedRegions.filter((region) => {
          const id = isRecord(region) ? region.id : undefined;
          return (
            typeof id === "string" && !ownRegionIds.has(id) && others.some(({ meta }) => Array.isArray(meta.regions) && (meta.regions as string[]).includes(id))
          );
        }) as NonNullable<ProjectSnapshot["projectRegions"]>;
        const projectRegions = [...(snapshot.projectRegions ?? []), ...otherRegions];
        const settings: StoredSettings = {
          ...snapshot,
          userLayers: [...snapshot.userLayers.map(({ meta }) => ({ meta })), ...others],
          ...(projectRegions.length > 0 ? { projectRegions } : {}),
        };
        // The settings are written beside the layers' data, not after it, so a page closed soon after keeps both.
        writes.push(storage.set(SETTINGS_KEY, settings));
        await Promise.all(writes);
      });
      if (change.added.length > 0 || change.removed.length > 0) this.coordination.announce(change);
      if (this.savesInFlight === 1 && !this.saveTimer) this.journal.clear();
    } catch (error) {
      this.savedData.clear();
      this.report(error);
    }
    // The layers another tab saved under the ids this one gave up are shown here too.
    if (taken.length > 0) await this.receive({ added: taken, removed: [] }).catch((error) => this.report(error));
  }

  /**
   * A user layer this tab has not saved yet whose id another tab's saved layer already has (both imported at the
   * same moment) takes the next free id (`user-park` → `user-park-2`), and its old id is listed in `taken`.
   */
  private yieldTakenIds(storedIds: ReadonlySet<string>, taken: string[]): void {
    const { layersStore } = this.options;
    for (const id of layersStore.getState().order.filter(isUserLayerId)) {
      if (this.ownIds.has(id) || !storedIds.has(id)) continue;
      let free = id;
      for (let suffix = 2; storedIds.has(free) || Object.hasOwn(layersStore.getState().metas, free); suffix += 1) free = `${id}-${suffix}`;
      layersStore.getState().renameUserLayer(id, free);
      taken.push(id);
    }
  }

  /** Takes over what another tab saved: its new layers are added here, its removed ones removed. */
  private async receive(change: ProjectChange): Promise<void> {
    if (this.phase !== "restored") return;
    const { layersStore, storage } = this.options;
    for (const id of change.removed) {
      if (!Object.hasOwn(layersStore.getState().metas, id) || !isUserLayerId(id)) continue;
      this.savedData.delete(id);
      this.durableData.delete(id);
      this.ownIds.delete(id);
      layersStore.getState().removeLayer(id);
    }
    const missing = change.added.filter((id) => !Object.hasOwn(layersStore.getState().metas, id));
    if (missing.length === 0) return;
    const guarded = await loadSnapshot(storage);
    if (guarded) adoptProjectRegions(guarded.snapshot, layersStore);
    for (const layer of guarded?.snapshot.userLayers ?? []) {
      if (!missing.includes(layer.meta.id) || Object.hasOwn(layersStore.getState().metas, layer.meta.id)) continue;
      this.savedData.set(layer.meta.id, layer.data);
      this.ownIds.add(layer.meta.id);
      layersStore.getState().addUserLayer(layer.meta, layer.data);
      const data = layersStore.getState().data[layer.meta.id] ?? layer.data;
      this.savedData.set(layer.meta.id, data);
      this.durableData.set(layer.meta.id, data);
    }
  }

  private async restore(): Promise<void> {
    this.phase = "restoring";
    const { layersStore, uiStore, scenarioStore, storage, linked } = this.options;
    let fromJournal = false;
    try {
      const journaled = await loadJournal(storage, this.journal).catch(() => null);
      fromJournal = journaled !== null;
      const guarded = journaled ?? (await loadSnapshot(storage));
      if (guarded) {
        const { snapshot, repairs } = guarded;
        if (repairs.length > 0) uiStore.getState().reportProjectRepairs({ origin: "storage", items: repairs });
        for (const { meta } of snapshot.userLayers) this.ownIds.add(meta.id);
        if (!fromJournal) for (const { meta, data } of snapshot.userLayers) this.savedData.set(meta.id, data);
        restoreSnapshot(snapshot, layersStore, uiStore, scenarioStore, linked?.());
        // Restored from the journal, every layer is written again (its save may have been cut off).
        if (!fromJournal) {
          for (const { meta } of snapshot.userLayers) {
            const data = layersStore.getState().data[meta.id];
            if (data) this.savedData.set(meta.id, data);
            if (data) this.durableData.set(meta.id, data);
          }
        }
      }
    } catch (error) {
      this.report(error);
    } finally {
      this.phase = "restored";
      if (fromJournal) this.schedule(0);
      else this.journal.clear();
    }
  }
}
