import { VectorTile } from "@mapbox/vector-tile";
import type { FeatureCollection } from "geojson";
import { PbfReader } from "pbf";
import { describe, expect, it } from "vitest";
import { TILE_SET_EXTENT } from "../../domain/tile-set";
import { cutTileSet, tileJsonOf, tileX, tileY } from "./cut-tile-set";
import { readTileJson } from "./read-tile-json";

const parks: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: { name: "中山公园", type: "综合公园" },
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [120.34, 36.06],
            [120.35, 36.06],
            [120.35, 36.07],
            [120.34, 36.07],
            [120.34, 36.06],
          ],
        ],
      },
    },
    { type: "Feature", properties: { name: "no geometry" }, geometry: null as never },
    {
      type: "Feature",
      properties: { name: "浮山", areaM2: 123.5 },
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [120.42, 36.08],
            [120.44, 36.08],
            [120.44, 36.1],
            [120.42, 36.1],
            [120.42, 36.08],
          ],
        ],
      },
    },
  ],
};
const rivers: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: { name: "李村河" },
      geometry: {
        type: "LineString",
        coordinates: [
          [120.36, 36.15],
          [120.45, 36.18],
        ],
      },
    },
  ],
};

const decode = (bytes: Uint8Array) => new VectorTile(new PbfReader(bytes));

describe("cutTileSet", () => {
  const set = cutTileSet(
    [
      { id: "park", data: parks },
      { id: "river", data: rivers },
    ],
    0,
    12,
  );

  it("has every tile of the layers' bounds at every zoom, empty ones as zero bytes", () => {
    expect(set.bounds).toEqual([120.34, 36.06, 120.45, 36.18]);
    for (let z = 0; z <= 12; z += 1) {
      const columns = tileX(120.45, z) - tileX(120.34, z) + 1;
      const rows = tileY(36.06, z) - tileY(36.18, z) + 1;
      expect([...set.tiles.keys()].filter((key) => key.startsWith(`${z}/`)).length).toBe(columns * rows);
    }
    const empty = [...set.tiles.values()].filter((bytes) => bytes.length === 0);
    expect(empty.length).toBeGreaterThan(0);
    expect(decode(empty[0] as Uint8Array).layers).toEqual({});
  });

  it("keeps each layer as its own source layer, numbers features by their index and keeps properties", () => {
    const bytes = set.tiles.get(`12/${tileX(120.345, 12)}/${tileY(36.065, 12)}`) as Uint8Array;
    const tile = decode(bytes);
    const park = tile.layers.park;
    expect(park?.extent).toBe(TILE_SET_EXTENT);
    expect(park?.length).toBe(1);
    expect(park?.feature(0).id).toBe(0);
    expect(park?.feature(0).properties).toMatchObject({ name: "中山公园", type: "综合公园" });
    const fushan = decode(set.tiles.get(`12/${tileX(120.43, 12)}/${tileY(36.09, 12)}`) as Uint8Array).layers.park;
    // Index 2 in the collection (the feature without geometry keeps its place in the numbering).
    expect(fushan?.feature(0).id).toBe(2);
    expect(fushan?.feature(0).properties.areaM2).toBe(123.5);
    const low = decode(set.tiles.get(`8/${tileX(120.4, 8)}/${tileY(36.1, 8)}`) as Uint8Array);
    expect(Object.keys(low.layers).sort()).toEqual(["park", "river"]);
  });

  it("describes itself as a TileJSON the app reads back", () => {
    const json = JSON.parse(JSON.stringify(tileJsonOf(set, "/tiles/{z}/{x}/{y}.pbf")));
    expect(readTileJson(json, "http://127.0.0.1:4173/")).toEqual({
      tileUrl: "http://127.0.0.1:4173/tiles/{z}/{x}/{y}.pbf",
      minZoom: 0,
      maxZoom: 12,
      bounds: [120.34, 36.06, 120.45, 36.18],
      layerIds: ["park", "river"],
    });
  });

  it("cuts nothing from empty layers", () => {
    const none = cutTileSet([{ id: "park", data: { type: "FeatureCollection", features: [] } }], 0, 4);
    expect(none.tiles.size).toBe(0);
  });
});

describe("readTileJson", () => {
  const base = { tilejson: "3.0.0", tiles: ["/tiles/{z}/{x}/{y}.pbf"], minzoom: 0, maxzoom: 12, bounds: [1, 2, 3, 4], vector_layers: [{ id: "a" }] };
  it("refuses documents the map could not use", () => {
    expect(readTileJson(null, "http://h/")).toBeNull();
    expect(readTileJson("<html>", "http://h/")).toBeNull();
    expect(readTileJson({ ...base, tiles: [] }, "http://h/")).toBeNull();
    expect(readTileJson({ ...base, bounds: [1, 2, 3] }, "http://h/")).toBeNull();
    expect(readTileJson({ ...base, maxzoom: 30 }, "http://h/")).toBeNull();
    expect(readTileJson({ ...base, vector_layers: "a" }, "http://h/")).toBeNull();
    expect(readTileJson(base, "http://h/")?.layerIds).toEqual(["a"]);
  });
});
