import type { Feature, FeatureCollection, Polygon, Position } from "geojson";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readLayerFile } from "../../read-layer-file";
import { signedAreaTwice } from "../../validate/repair-rings";
import { writeShapefileZip } from "./shapefile-zip";

const square = (x: number, y: number, sizeDeg: number): Position[] => [
  [x, y],
  [x + sizeDeg, y],
  [x + sizeDeg, y + sizeDeg],
  [x, y + sizeDeg],
  [x, y],
];
const LONG_NAME = "青岛市市南区八大关街道居住用地服务盲区".repeat(20);

const polygons: Feature[] = [
  {
    type: "Feature",
    properties: { district: "市南区", areaM2: 1234.56789, count: 3, isSchematic: true, note: LONG_NAME },
    geometry: { type: "Polygon", coordinates: [square(120.3, 36.05, 0.01), square(120.303, 36.053, 0.002).reverse()] },
  },
  {
    type: "Feature",
    properties: { district: "崂山区", areaM2: 98765.4321, count: -12, isSchematic: false, note: null },
    geometry: { type: "MultiPolygon", coordinates: [[square(120.5, 36.1, 0.01).reverse()], [square(120.52, 36.1, 0.005)]] },
  },
  {
    type: "Feature",
    properties: { district: null, areaM2: null, count: 0, isSchematic: null, note: 'a,"b"' },
    geometry: { type: "Polygon", coordinates: [square(120.4, 36.2, 0.02)] },
  },
];
const collection: FeatureCollection = { type: "FeatureCollection", features: polygons };

async function readBack(bytes: Uint8Array, layerName?: string) {
  return readLayerFile(bytes, "blind-spots.zip", layerName ? { layerName } : {});
}

describe("zipped Shapefile writer", () => {
  it("writes .shp .shx .dbf .prj (WGS84) and a UTF-8 .cpg", () => {
    const { bytes, layerNames, skippedCount } = writeShapefileZip(collection, "blind-spots");
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(["blind-spots.cpg", "blind-spots.dbf", "blind-spots.prj", "blind-spots.shp", "blind-spots.shx"]);
    expect(new TextDecoder().decode(files["blind-spots.cpg"])).toBe("UTF-8");
    expect(new TextDecoder().decode(files["blind-spots.prj"])).toContain("WGS_1984");
    expect(layerNames).toEqual(["blind-spots"]);
    expect(skippedCount).toBe(0);
  });

  it("reads back with the app's own reader: same features, Chinese attributes, WGS84 declared, holes kept", async () => {
    const result = await readBack(writeShapefileZip(collection, "blind-spots").bytes);
    expect(result.issues.filter((issue) => issue.severity !== "info")).toEqual([]);
    expect(result.issues.map((issue) => issue.code)).not.toContain("encoding-assumed");
    expect(result.detectedCrs?.crs).toBe("EPSG:4326");
    expect(result.detectedCrs?.source).toBe("declared");
    const features = result.featureCollection.features;
    expect(features).toHaveLength(3);
    expect(features[0]?.properties?.district).toBe("市南区");
    expect(features[0]?.properties?.areaM2).toBeCloseTo(1234.56789, 5);
    expect(features[0]?.properties?.count).toBe(3);
    // dBase field names hold at most 10 bytes.
    expect(features[0]?.properties?.isSchemati).toBe(true);
    expect(features[1]?.properties?.isSchemati).toBe(false);
    const note = String(features[0]?.properties?.note);
    expect(new TextEncoder().encode(note).length).toBeLessThanOrEqual(254);
    expect(LONG_NAME.startsWith(note)).toBe(true);
    expect(note).not.toContain("\uFFFD");
    expect(features[1]?.properties?.count).toBe(-12);
    expect(features[2]?.properties?.note).toBe('a,"b"');
    expect(features[2]?.properties?.areaM2 ?? null).toBeNull();
    const first = features[0]?.geometry as Polygon;
    expect(first.type).toBe("Polygon");
    expect(first.coordinates).toHaveLength(2);
    const source = polygons[0]!.geometry as Polygon;
    for (const ring of first.coordinates) {
      const original = source.coordinates.find((candidate) => Math.abs(signedAreaTwice(candidate)) === Math.abs(signedAreaTwice(ring)));
      expect(original).toBeDefined();
      for (const [x, y] of ring) expect(original!.some(([ox, oy]) => Math.abs(ox! - x!) < 1e-9 && Math.abs(oy! - y!) < 1e-9)).toBe(true);
    }
    expect(features[1]?.geometry.type).toBe("MultiPolygon");
  });

  it("writes one Shapefile per geometry type and skips features without geometry", async () => {
    const mixed: FeatureCollection = {
      type: "FeatureCollection",
      features: [
        ...polygons,
        {
          type: "Feature",
          properties: { name: "滨海步行道" },
          geometry: {
            type: "LineString",
            coordinates: [
              [120.3, 36.0],
              [120.31, 36.01],
              [120.32, 36.0],
            ],
          },
        },
        { type: "Feature", properties: { name: "中山公园" }, geometry: { type: "Point", coordinates: [120.35, 36.07] } },
        { type: "Feature", properties: { name: "无几何" }, geometry: null as never },
      ],
    };
    const zip = writeShapefileZip(mixed, "export");
    expect(zip.layerNames.sort()).toEqual(["export-point", "export-polygon", "export-polyline"]);
    expect(zip.skippedCount).toBe(1);
    const line = await readBack(zip.bytes, "export-polyline");
    expect(line.featureCollection.features[0]?.properties?.name).toBe("滨海步行道");
    expect(line.featureCollection.features[0]?.geometry).toEqual({
      type: "LineString",
      coordinates: [
        [120.3, 36.0],
        [120.31, 36.01],
        [120.32, 36.0],
      ],
    });
    const point = await readBack(zip.bytes, "export-point");
    expect(point.featureCollection.features[0]?.geometry).toEqual({ type: "Point", coordinates: [120.35, 36.07] });
  });
});
