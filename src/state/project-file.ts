import { layersStore, scenarioStore, uiStore } from "./app-stores";
import { parseSnapshot, restoreSnapshot, snapshotOf } from "./project-snapshot";

/** The whole project as one JSON text (user layers, view settings, choices). */
export function exportProjectText(): string {
  return JSON.stringify(snapshotOf(layersStore.getState(), uiStore.getState(), new Date(), scenarioStore.getState()));
}

/** Opens a project file; returns false (and changes nothing) when the text is not a Shanhai project. */
export function openProjectText(text: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return false;
  }
  const snapshot = parseSnapshot(parsed);
  if (!snapshot) return false;
  restoreSnapshot(snapshot, layersStore, uiStore, scenarioStore);
  return true;
}
