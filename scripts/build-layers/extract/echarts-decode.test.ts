import { describe, expect, it } from "vitest";
import { decodeEchartsMap, decodeRing, dropRepeatedPositions, parseRegisterMapFile } from "./echarts-decode";

// Characters encode zig-zag deltas + 64: "@" = 0, "A" = -1, "B" = +1, "C" = -2, "D" = +2.
describe("ECharts UTF8 map decoding", () => {
  it("decodes zig-zag deltas from the offset at scale 1024", () => {
    const ring = decodeRing("@@BADC", [120 * 1024, 36 * 1024], 1024);
    expect(ring).toEqual([
      [120, 36],
      [120 + 1 / 1024, 36 - 1 / 1024],
      [120 + 3 / 1024, 36 - 3 / 1024],
    ]);
  });

  it("drops repeated consecutive positions only", () => {
    expect(
      dropRepeatedPositions([
        [1, 1],
        [1, 1],
        [2, 2],
        [1, 1],
      ]),
    ).toEqual([
      [1, 1],
      [2, 2],
      [1, 1],
    ]);
  });

  it("reads the registerMap literal without executing the file and decodes multipolygons", () => {
    const file = `(function(){echarts.registerMap('测试', {"type":"FeatureCollection","features":[{"type":"Feature","id":"1","properties":{"name":"甲","cp":[1,2]},"geometry":{"type":"MultiPolygon","coordinates":[["@@BB"]],"encodeOffsets":[[[1024,2048]]]}}],"UTF8Encoding":true});}));`;
    const { mapName, map } = parseRegisterMapFile(file);
    expect(mapName).toBe("测试");
    const decoded = decodeEchartsMap(map);
    expect(decoded.features[0]?.properties).toEqual({ adcode: "1", name: "甲", cp: [1, 2] });
    expect(decoded.features[0]?.geometry).toEqual({
      type: "MultiPolygon",
      coordinates: [
        [
          [
            [1, 2],
            [1 + 1 / 1024, 2 + 1 / 1024],
          ],
        ],
      ],
    });
  });
});
