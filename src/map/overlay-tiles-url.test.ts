import { describe, expect, it } from "vitest";
import { overlayTileTemplate, parseOverlayTileUrl } from "./overlay-tiles-url";

describe("overlay tile URLs", () => {
  it("round-trips z/x/y and an object URL that itself contains a scheme and query-like text", () => {
    const objectUrl = "blob:http://127.0.0.1:4173/0b6c?x=1&y=2";
    const url = overlayTileTemplate(objectUrl, "layer-user-park&2", "layer").replace("{z}", "12").replace("{x}", "3420").replace("{y}", "1551");
    expect(parseOverlayTileUrl(url)).toEqual({ z: 12, x: 3420, y: 1551, slot: "layer-user-park&2", detail: "layer", objectUrl });
  });

  it("rejects URLs of other schemes or without a source", () => {
    expect(parseOverlayTileUrl("https://example.com/1/2/3")).toBeNull();
    expect(parseOverlayTileUrl("shanhai-overlay://1/2/3")).toBeNull();
    expect(parseOverlayTileUrl("shanhai-overlay://1/2/3?src=blob%3Ax")).toBeNull();
    expect(parseOverlayTileUrl("shanhai-overlay://1/2/3?slot=a&detail=fine&src=blob%3Ax")).toBeNull();
  });
});
