import * as maplibregl from "maplibre-gl";
import { overlayPluginUrl } from "./maplibre-setup";

/**
 * The overlay-tiles plugin (`overlay-tiles.plugin.ts`) as loaded into MapLibre's workers, once per page: it cuts
 * large layers and the blind spots into vector tiles there. Should it fail to load, both fall back to GeoJSON
 * sources.
 */
export class OverlayPlugin {
  private loading: Promise<boolean> | null = null;
  /** Whether the plugin loaded: "untried" until it has been tried. */
  status: "untried" | "loaded" | "failed" = "untried";

  /** Loads the plugin (once); resolves to whether it loaded. */
  load(): Promise<boolean> {
    this.loading ??= maplibregl.importScriptInWorkers(overlayPluginUrl()).then(
      () => {
        this.status = "loaded";
        return true;
      },
      (error: unknown) => {
        console.warn("Overlay tiles plugin did not load; large layers and blind spots fall back to GeoJSON sources.", error);
        this.status = "failed";
        return false;
      },
    );
    return this.loading;
  }
}
