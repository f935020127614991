import type { BuiltinTileSet } from "../../domain/tile-set";

/**
 * Reads the built-in tile set's TileJSON (3.0.0: `tiles`, `minzoom`, `maxzoom`, `bounds`, `vector_layers`) into what
 * the map needs, resolving the tile template against `baseHref`. Null when the document is not a usable vector
 * TileJSON — the map then draws every layer from its GeoJSON, as without a tile set.
 */
export function readTileJson(json: unknown, baseHref: string): BuiltinTileSet | null {
  if (!json || typeof json !== "object") return null;
  const doc = json as Record<string, unknown>;
  const template = Array.isArray(doc.tiles) ? doc.tiles[0] : undefined;
  const bounds = doc.bounds;
  const layers = doc.vector_layers;
  if (typeof template !== "string" || !template.includes("{z}") || !Array.isArray(layers)) return null;
  if (!Array.isArray(bounds) || bounds.length !== 4 || !bounds.every((value) => typeof value === "number" && Number.isFinite(value))) return null;
  const minZoom = typeof doc.minzoom === "number" ? doc.minzoom : 0;
  const maxZoom = typeof doc.maxzoom === "number" ? doc.maxzoom : NaN;
  if (!Number.isInteger(minZoom) || !Number.isInteger(maxZoom) || minZoom < 0 || maxZoom < minZoom || maxZoom > 22) return null;
  const layerIds = layers.flatMap((layer) =>
    layer && typeof layer === "object" && typeof (layer as { id?: unknown }).id === "string" ? [(layer as { id: string }).id] : [],
  );
  let tileUrl: string;
  try {
    // Keep the braces of the template readable (URL() would percent-encode them).
    tileUrl = decodeURI(new URL(template, baseHref).href);
  } catch {
    return null;
  }
  return { tileUrl, minZoom, maxZoom, bounds: bounds as [number, number, number, number], layerIds };
}
