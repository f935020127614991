import builtPluginUrl from "./overlay-tiles.plugin.ts?worker&url";

/**
 * The overlay-tiles plugin's URL as MapLibre's workers import it. MapLibre imports a script as an ES module only
 * when its URL ends in `.mjs`: the build names the bundle so (vite.config.ts); the dev server serves the module at a
 * query URL, so there a URL fragment ending in `.mjs` is appended (not sent to the server) and the URL made absolute (the
 * workers run from a blob URL, against which a path does not resolve).
 */
export const overlayPluginUrl = import.meta.env.DEV ? new URL(`${builtPluginUrl}#plugin.mjs`, location.href).href : builtPluginUrl;
