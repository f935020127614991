import * as maplibregl from "maplibre-gl";
import maplibreWorkerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import builtPluginUrl from "./overlay-tiles.plugin.ts?worker&url";

/**
 * MapLibre's global configuration, set before a map is made (`MapAdapter`, the off-screen map of an image export)
 * rather than when a module loads. Bundling moves maplibre-gl away from its worker file, so MapLibre is pointed at
 * the emitted copy. Setting it again changes nothing.
 */
export function configureMapLibre(): void {
  maplibregl.setWorkerUrl(maplibreWorkerUrl);
}

/**
 * The overlay-tiles plugin's URL as MapLibre's workers import it. MapLibre imports a script as an ES module only
 * when its URL ends in `.mjs`: the build names the bundle so (vite.config.ts); the dev server serves the module at a
 * query URL, so there a URL fragment ending in `.mjs` is appended (not sent to the server) and the URL made absolute (the
 * workers run from a blob URL, against which a path does not resolve).
 */
export function overlayPluginUrl(): string {
  return import.meta.env.DEV ? new URL(`${builtPluginUrl}#plugin.mjs`, location.href).href : builtPluginUrl;
}
