import { describe, expect, it } from "vitest";
import { pickTopmost } from "./pick-order";

const feature = (id: string, type: string, name: string) => ({ layer: { id, type }, name });

const districtFill = feature("layer-district-fill", "fill", "市南区");
const districtOutline = feature("layer-district-outline", "line", "市南区 outline");
const parkFill = feature("layer-park-fill", "fill", "中山公园");
const neighbourPark = feature("layer-park-fill", "fill", "小鱼山公园");
const greenway = feature("layer-greenway-line", "line", "内环绿道");
const hollow = new Set(["layer-district-fill"]);

describe("pickTopmost", () => {
  it("picks the topmost drawn feature under the pointer, passing over an area drawn only as an outline", () => {
    expect(pickTopmost([districtFill, parkFill], () => [], hollow)?.name).toBe("中山公园");
  });

  it("picks the area drawn as an outline by its outline", () => {
    expect(pickTopmost([districtOutline, districtFill, parkFill], () => [], hollow)?.name).toBe("市南区 outline");
    expect(pickTopmost([districtFill], () => [districtOutline, districtFill], hollow)?.name).toBe("市南区 outline");
  });

  it("picks the area drawn as an outline when nothing drawn is under the pointer", () => {
    expect(pickTopmost([districtFill], () => [districtFill, neighbourPark], hollow)?.name).toBe("市南区");
  });

  it("prefers a thin line within the slack to a hollow area, and the slack only when nothing drawn is under the pointer", () => {
    expect(pickTopmost([districtFill], () => [greenway, districtFill], hollow)?.name).toBe("内环绿道");
    expect(pickTopmost([parkFill], () => [greenway, parkFill], hollow)?.name).toBe("中山公园");
  });

  it("queries the slack only when it needs it, and falls back to anything near", () => {
    let queried = 0;
    expect(pickTopmost([parkFill], () => (queried++, [greenway]), hollow)?.name).toBe("中山公园");
    expect(queried).toBe(0);
    expect(pickTopmost([], () => [districtFill, neighbourPark], hollow)?.name).toBe("小鱼山公园");
    expect(pickTopmost([], () => [districtFill], hollow)?.name).toBe("市南区");
    expect(pickTopmost([], () => [], hollow)).toBeUndefined();
  });
});
