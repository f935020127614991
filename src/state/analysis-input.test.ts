import { readFileSync } from "node:fs";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import type { LayerManifest, LayerMeta } from "../domain/layer-meta";
import type { LayerRef, MetricsInputRefs } from "../worker/analysis-client";
import { buildMetricsInput } from "./analysis-input";
import type { LayerSource } from "../services/layer-source";
import { createLayersStore } from "./layers-store";

const manifest = JSON.parse(readFileSync("layers/manifest.json", "utf8")) as LayerManifest;
const metaOf = (id: string) => JSON.parse(readFileSync(`layers/${id}/layer.json`, "utf8")) as LayerMeta;

const shippedSource: LayerSource = {
  manifest: async () => manifest,
  meta: async (id) => metaOf(id),
  data: async (): Promise<FeatureCollection> => ({ type: "FeatureCollection", features: [] }),
  dataUrl: (id) => `http://127.0.0.1/layers/${id}/data.geojson`,
};

async function shippedLayers() {
  const store = createLayersStore();
  await store.getState().loadManifest(shippedSource);
  return store.getState();
}

const idsOf = (refs: MetricsInputRefs) =>
  Object.fromEntries(
    Object.entries(refs).map(([key, list]) => [key, ((list ?? []) as LayerRef[]).map((ref) => ("url" in ref ? ref.url.split("/").at(-2) : null))]),
  );

describe("buildMetricsInput per region", () => {
  it("for 青岛 reads Qingdao's layers, the two-region ones scoped to Qingdao", async () => {
    const built = buildMetricsInput(await shippedLayers(), shippedSource, "qingdao");
    if (!built) throw new Error("no input");
    expect(idsOf(built.refs)).toEqual({
      residential: ["residential-land"],
      parks: ["park"],
      greenways: ["greenway"],
      redLine: ["ecological-red-line"],
      districts: ["district"],
      shoreline: ["shoreline"],
      bays: ["bay"],
      walkingNetwork: ["walking-network"],
    });
    expect(built.refs.districts?.[0]?.region).toBe("qingdao");
    expect(built.refs.bays?.[0]?.region).toBe("qingdao");
    expect(built.refs.parks?.[0]?.region).toBeUndefined();
  });

  it("for 烟台 reads only the layers that list Yantai, scoped to Yantai", async () => {
    const built = buildMetricsInput(await shippedLayers(), shippedSource, "yantai");
    if (!built) throw new Error("no input");
    expect(idsOf(built.refs)).toEqual({ districts: ["district"], shoreline: ["shoreline"], bays: ["bay"] });
    for (const key of ["districts", "shoreline", "bays"] as const) expect(built.refs[key]?.[0]?.region).toBe("yantai");
  });
});
