import { createStore } from "zustand/vanilla";

/**
 * The pointer over the map. It changes on every mouse move, so it lives apart from the UI store: the URL sync,
 * persistence and every other UI-store listener stay quiet while the pointer moves.
 */
export interface PointerState {
  /** Last pointer position over the map, WGS84 [lon, lat]; null once the pointer has left the map. */
  cursorLonLat: [number, number] | null;
  moveCursor: (lonLat: [number, number] | null) => void;
}

/** Creates the store of the pointer position (written by the map, read by the coordinate readout). */
export function createPointerStore() {
  return createStore<PointerState>()((set) => ({
    cursorLonLat: null,
    moveCursor: (cursorLonLat) => set({ cursorLonLat }),
  }));
}
