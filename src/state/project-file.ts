import { getImportClient, layersStore, scenarioStore, uiStore } from "./app-stores";
import { whenLayerJsonBlob } from "./layer-json-url";
import { projectFileBlob } from "./project-file-blob";
import { parseSnapshot, restoreSnapshot, snapshotOf } from "./project-snapshot";

/**
 * The whole project as one JSON file (user layers, view settings, choices), assembled from each layer's GeoJSON
 * text made in slices (see `projectFileBlob`), so exporting a 200k-parcel project does not freeze the page.
 */
export function exportProjectBlob(): Promise<Blob> {
  return projectFileBlob(snapshotOf(layersStore.getState(), uiStore.getState(), new Date(), scenarioStore.getState()), whenLayerJsonBlob);
}

/**
 * Opens a project file; resolves to false (and changes nothing) when it is not a Shanhai project. The file is parsed
 * in the import worker and its layers' features cross in slices, so a 200 MB project does not freeze the page.
 */
export async function openProjectFile(file: Blob): Promise<boolean> {
  let parsed: unknown;
  try {
    parsed = await getImportClient().readProject(file);
  } catch {
    return false;
  }
  const snapshot = parseSnapshot(parsed);
  if (!snapshot) return false;
  restoreSnapshot(snapshot, layersStore, uiStore, scenarioStore);
  return true;
}
