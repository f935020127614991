import type { Map as MapLibreMap } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { skipSkyPass } from "./sky-pass";

describe("skipSkyPass", () => {
  it("replaces the painter's sky draw function with one that draws nothing", () => {
    const calls: string[] = [];
    const drawFunctions: Record<string, (...args: unknown[]) => void> = { sky: () => calls.push("sky"), fill: () => calls.push("fill") };
    const map = { painter: { drawFunctions } } as unknown as MapLibreMap;
    expect(skipSkyPass(map)).toBe(true);
    drawFunctions.sky?.();
    drawFunctions.fill?.();
    expect(calls).toEqual(["fill"]);
  });

  it("changes nothing and says so when MapLibre has no such function", () => {
    expect(skipSkyPass({} as MapLibreMap)).toBe(false);
    const drawFunctions = { fill: () => {} };
    expect(skipSkyPass({ painter: { drawFunctions } } as unknown as MapLibreMap)).toBe(false);
    expect(Object.keys(drawFunctions)).toEqual(["fill"]);
  });
});
