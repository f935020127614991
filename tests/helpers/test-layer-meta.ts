import type { LayerMeta } from "../../src/domain/layer-meta";

/** A complete layer meta for unit tests: a visible, non-schematic park polygon layer over Qingdao, with `overrides`. */
export function testLayerMeta(id: string, overrides: Partial<LayerMeta> = {}): LayerMeta {
  return {
    id,
    title: { zh: id, en: id },
    kind: "park",
    group: "green",
    geometryType: "Polygon",
    regions: ["qingdao"],
    style: { color: "#00ff00" },
    source: { zh: "", en: "" },
    licence: "",
    attribution: "",
    schematic: false,
    declaredCrs: "EPSG:4326",
    defaultVisible: true,
    drawOrder: 1,
    featureCount: 1,
    bbox: [120, 36, 121, 37],
    ...overrides,
  };
}
