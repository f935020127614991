import type { MapGeoJSONFeature } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { SITING_SITES_LAYER_ID } from "../state/siting-store";
import { selectionOf } from "./feature-picking";
import { sitesCollection } from "./siting-layer";
import { SITING_LAYER_IDS, SITING_SOURCE_ID, sitingLayers } from "./siting-style";

describe("suggested sites as a map layer", () => {
  const sites = [
    { rank: 1, lon: 120.38, lat: 36.07, selected: true },
    { rank: 2, lon: 120.39, lat: 36.08, selected: false },
  ];

  it("draws each site as a point whose id is its rank − 1, with rank and selection as properties", () => {
    const collection = sitesCollection(sites);
    expect(collection.features.map((feature) => [feature.id, feature.properties, feature.geometry.coordinates])).toEqual([
      [0, { rank: 1, selected: true }, [120.38, 36.07]],
      [1, { rank: 2, selected: false }, [120.39, 36.08]],
    ]);
  });

  it("numbers the discs with the rank as map text (no HTML), from the siting source", () => {
    const [circle, number] = sitingLayers();
    expect([circle?.id, number?.id]).toEqual(SITING_LAYER_IDS);
    expect(circle).toMatchObject({ type: "circle", source: SITING_SOURCE_ID });
    expect(number).toMatchObject({ type: "symbol", source: SITING_SOURCE_ID, layout: { "text-field": ["to-string", ["get", "rank"]] } });
  });

  it("a site picked on the map selects its rank − 1 under the siting layer id", () => {
    const picked = { id: 1, source: SITING_SOURCE_ID, sourceLayer: undefined } as unknown as MapGeoJSONFeature;
    expect(selectionOf(picked)).toEqual({ layerId: SITING_SITES_LAYER_ID, featureIndex: 1 });
    const park = { id: 4, source: "layer-park", sourceLayer: undefined } as unknown as MapGeoJSONFeature;
    expect(selectionOf(park)).toEqual({ layerId: "park", featureIndex: 4 });
  });
});
