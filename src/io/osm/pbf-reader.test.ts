import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readOsmPbf } from "./pbf-reader";

describe("readOsmPbf", () => {
  it("gives the ways of a block with the same tags one tags object", async () => {
    const bytes = new Uint8Array(readFileSync(new URL("../../../tests/fixtures/osm/andorra-centre.osm.pbf", import.meta.url)));
    const data = await readOsmPbf(bytes, "andorra-centre.osm.pbf", undefined, undefined);
    const buildings = [...data.ways.values()].filter((way) => JSON.stringify(way.tags) === '{"building":"yes"}');
    expect(buildings.length).toBeGreaterThan(100);
    expect(new Set(buildings.map((way) => way.tags)).size).toBeLessThan(buildings.length / 10);
  });
});
