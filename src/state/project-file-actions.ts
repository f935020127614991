import { isUserLayerId } from "../domain/layer-meta";
import { getImportClient, layersStore, scenarioStore, uiStore } from "./app-stores";
import { whenLayerJsonBlob } from "../services/layer-json-url";
import { projectFileBlob } from "../services/project-file-blob";
import { adoptProjectRegions, restoreSnapshot, snapshotOf } from "./project-snapshot";
import { guardSnapshot } from "./project-snapshot-guard";

/**
 * The whole project as one JSON file (user layers, view settings, choices), assembled from each layer's GeoJSON
 * text made in slices (see `projectFileBlob`), so exporting a 200k-parcel project does not freeze the page.
 */
export function exportProjectBlob(): Promise<Blob> {
  return projectFileBlob(snapshotOf(layersStore.getState(), uiStore.getState(), new Date(), scenarioStore.getState()), whenLayerJsonBlob);
}

/** User layers now in the project (what opening a project file would replace). */
export function currentUserLayerCount(): number {
  return layersStore.getState().order.filter((id) => isUserLayerId(id)).length;
}

/**
 * Opens a project file; resolves to false (and changes nothing) when it is not a Shanhai project. The file is parsed
 * in the import worker and its layers' features cross in slices, so a 200 MB project does not freeze the page.
 * `"replace"` makes the file the project; `"add"` adds its layers beside the current ones (renamed where an id is
 * taken) and the cities (project regions) they belong to, and changes nothing else.
 */
export async function openProjectFile(file: Blob, how: "replace" | "add" = "replace"): Promise<boolean> {
  let parsed: unknown;
  try {
    parsed = await getImportClient().readProject(file);
  } catch {
    return false;
  }
  const guarded = guardSnapshot(parsed);
  if (!guarded) return false;
  if (how === "add") {
    adoptProjectRegions(guarded.snapshot, layersStore);
    for (const { meta, data } of guarded.snapshot.userLayers) {
      let id = meta.id;
      for (let suffix = 2; Object.hasOwn(layersStore.getState().metas, id); suffix += 1) id = `${meta.id}-${suffix}`;
      layersStore.getState().addUserLayer({ ...meta, id }, data);
    }
    uiStore.getState().reportProjectRepairs(guarded.repairs.length > 0 ? { origin: "file", items: guarded.repairs } : null);
    return true;
  }
  restoreSnapshot(guarded.snapshot, layersStore, uiStore, scenarioStore, {}, { basemapNeedsConsent: true });
  uiStore.getState().reportProjectRepairs(guarded.repairs.length > 0 ? { origin: "file", items: guarded.repairs } : null);
  return true;
}
