/**
 * OSM geometry on small synthetic extracts (written here, no OSM data): multipolygons with holes, rings joined
 * from several ways, ways and relations cut by the extract's box, names, the walking-network graph and the clip.
 */
import { readFileSync } from "node:fs";
import type { Feature, LineString, Polygon } from "geojson";
import * as geographicLib from "geographiclib-geodesic";
import { describe, expect, it } from "vitest";
import { isOsmFile, OsmReadError, readOsmProject, scanOsm } from "../../src/io/osm/osm-project";
import { DEFAULT_OSM_MAPPING, type OsmClip, type OsmProject } from "../../src/io/osm/osm-types";
import { segmentLengthM } from "../../src/io/osm/osm-geodesic";
import { buildProject } from "../../src/io/osm/osm-build";
import { readOsmData } from "../../src/io/osm/osm-read";

const encoder = new TextEncoder();

/** An OSM XML document from nodes `[id, lon, lat]`, ways `[id, refs, tags]` and relations. */
function osmXml(
  nodes: [number, number, number][],
  ways: [number, number[], Record<string, string>][],
  relations: [number, [string, number, string][], Record<string, string>][] = [],
): Uint8Array {
  const tags = (t: Record<string, string>) =>
    Object.entries(t)
      .map(([k, v]) => `<tag k="${k}" v="${v}"/>`)
      .join("");
  return encoder.encode(`<?xml version="1.0"?><osm version="0.6">
${nodes.map(([id, lon, lat]) => `<node id="${id}" lon="${lon}" lat="${lat}" timestamp="2024-0${(id % 9) + 1}-01T00:00:00Z"/>`).join("\n")}
${ways.map(([id, refs, t]) => `<way id="${id}">${refs.map((r) => `<nd ref="${r}"/>`).join("")}${tags(t)}</way>`).join("\n")}
${relations.map(([id, members, t]) => `<relation id="${id}">${members.map(([type, ref, role]) => `<member type="${type}" ref="${ref}" role="${role}"/>`).join("")}${tags(t)}</relation>`).join("\n")}
</osm>`);
}

const read = (bytes: Uint8Array, clip: OsmClip = { kind: "extent" }): Promise<OsmProject> => readOsmProject(bytes, "test.osm", DEFAULT_OSM_MAPPING, clip);

/** A 5-node square of side `size` degrees at (x, y), ids from `first`. */
function square(first: number, x: number, y: number, size: number): [number, number, number][] {
  return [
    [first, x, y],
    [first + 1, x + size, y],
    [first + 2, x + size, y + size],
    [first + 3, x, y + size],
  ];
}
const ringOf = (first: number) => [first, first + 1, first + 2, first + 3, first];

/** Twice the signed planar area (positive = counter-clockwise). */
const signedArea = (ring: number[][]) => ring.slice(1).reduce((sum, p, i) => sum + (ring[i]![0]! * p[1]! - p[0]! * ring[i]![1]!), 0);

describe("OSM areas", () => {
  it("builds a multipolygon with a hole, outer counter-clockwise and the hole clockwise", async () => {
    const bytes = osmXml(
      [...square(1, 120, 36, 0.01), ...square(11, 120.004, 36.004, 0.002)],
      [
        [100, ringOf(1), {}],
        [101, ringOf(11), {}],
      ],
      [
        [
          1000,
          [
            ["way", 100, "outer"],
            ["way", 101, "inner"],
          ],
          { type: "multipolygon", leisure: "park", name: "湖心公园", "name:en": "Lake Park" },
        ],
      ],
    );
    const project = await read(bytes);
    expect(project.layers.park.features).toHaveLength(1);
    const park = project.layers.park.features[0] as Feature<Polygon>;
    expect(park.geometry.type).toBe("Polygon");
    expect(park.geometry.coordinates).toHaveLength(2);
    expect(signedArea(park.geometry.coordinates[0]!)).toBeGreaterThan(0);
    expect(signedArea(park.geometry.coordinates[1]!)).toBeLessThan(0);
    expect(park.properties).toMatchObject({ osmType: "relation", osmId: 1000, name: "湖心公园", nameEn: "Lake Park", leisure: "park", type: "multipolygon" });
  });

  it("joins an outer ring from three ways, one of them reversed", async () => {
    const nodes: [number, number, number][] = [
      [1, 120, 36],
      [2, 120.01, 36],
      [3, 120.01, 36.01],
      [4, 120, 36.01],
      [5, 119.995, 36.005],
    ];
    const bytes = osmXml(
      nodes,
      [
        [100, [1, 2, 3], {}],
        [101, [4, 3], {}],
        [102, [4, 5, 1], {}],
      ],
      [
        [
          1000,
          [
            ["way", 100, "outer"],
            ["way", 101, "outer"],
            ["way", 102, "outer"],
          ],
          { type: "multipolygon", landuse: "residential" },
        ],
      ],
    );
    const project = await read(bytes);
    const area = project.layers.residential.features[0] as Feature<Polygon>;
    expect(area.geometry.coordinates).toHaveLength(1);
    expect(area.geometry.coordinates[0]).toHaveLength(6);
    expect(new Set(area.geometry.coordinates[0]!.map((p) => p.join()))).toEqual(new Set(nodes.map(([, x, y]) => `${x},${y}`)));
    expect(project.report.incompleteRelations).toBe(0);
  });

  it("drops and counts a relation whose member way is missing, and an area way missing a node", async () => {
    const bytes = osmXml(
      [...square(1, 120, 36, 0.01), [5, 120.02, 36]],
      [
        [100, [1, 2, 3], {}],
        [200, [1, 5, 99, 1], { leisure: "park" }],
      ],
      [
        [
          1000,
          [
            ["way", 100, "outer"],
            ["way", 101, "outer"],
          ],
          { type: "multipolygon", leisure: "park" },
        ],
      ],
    );
    const project = await read(bytes);
    expect(project.layers.park.features).toHaveLength(0);
    expect(project.report.incompleteRelations).toBe(1);
    expect(project.report.incompleteWays).toBe(1);
  });

  it("keeps parks with access=private out, and closed ways with area=no out of areas", async () => {
    const bytes = osmXml(
      [...square(1, 120, 36, 0.01), ...square(11, 121, 36, 0.01)],
      [
        [100, ringOf(1), { leisure: "park", access: "private" }],
        [101, ringOf(11), { leisure: "garden" }],
      ],
    );
    expect((await read(bytes)).layers.park.features.map((f) => f.properties?.osmId)).toEqual([101]);
  });
});

describe("OSM names", () => {
  it("prefers name:zh, then name:zh-Hans, then name; name:en is nameEn; the original name stays", async () => {
    const nodes = [...square(1, 120, 36, 0.01), ...square(11, 121, 36, 0.01), ...square(21, 122, 36, 0.01)];
    const bytes = osmXml(nodes, [
      [100, ringOf(1), { leisure: "park", name: "Parc", "name:zh": "公园甲", "name:zh-Hans": "公园乙", "name:en": "Park A" }],
      [101, ringOf(11), { leisure: "park", name: "Parc B", "name:zh-Hans": "公园乙" }],
      [102, ringOf(21), { leisure: "park", name: "大安森林公園" }],
    ]);
    const names = (await read(bytes)).layers.park.features.map((f) => [f.properties?.name, f.properties?.nameEn, f.properties?.osmName]);
    expect(names).toEqual([
      ["公园甲", "Park A", "Parc"],
      ["公园乙", null, "Parc B"],
      ["大安森林公園", null, undefined],
    ]);
  });
});

describe("OSM walking network", () => {
  // A cross: way 100 west→east through node 3, way 101 south→north through node 3, a motorway and a private road.
  const nodes: [number, number, number][] = [
    [1, 120, 36.005],
    [2, 120.005, 36.005],
    [3, 120.01, 36.005],
    [4, 120.02, 36.005],
    [5, 120.01, 36],
    [6, 120.01, 36.01],
    [7, 120.03, 36.03],
  ];
  const ways: [number, number[], Record<string, string>][] = [
    [100, [1, 2, 3, 4], { highway: "residential", name: "建国路", "name:en": "Jianguo Road" }],
    [101, [5, 3, 6], { highway: "footway" }],
    [102, [4, 7], { highway: "motorway" }],
    [103, [6, 7], { highway: "service", access: "private" }],
    [104, [5, 7], { highway: "service", access: "private", foot: "yes" }],
  ];

  it("splits ways at shared node ids into edges with geodesic lengths and end node ids", async () => {
    const edges = (await read(osmXml(nodes, ways))).layers.network.features as Feature<LineString>[];
    expect(edges.map((e) => [e.properties?.osmId, e.properties?.fromNodeId, e.properties?.toNodeId])).toEqual([
      [100, 1, 3],
      [100, 3, 4],
      [101, 5, 3],
      [101, 3, 6],
      [104, 5, 7],
    ]);
    const { Geodesic } = (geographicLib as unknown as { default?: typeof geographicLib }).default ?? geographicLib;
    for (const edge of edges) {
      const c = edge.geometry.coordinates;
      let reference = 0;
      for (let i = 1; i < c.length; i++) reference += Geodesic.WGS84.Inverse(c[i - 1]![1]!, c[i - 1]![0]!, c[i]![1]!, c[i]![0]!).s12!;
      expect(edge.properties?.lengthM).toBeCloseTo(reference, 3);
    }
    expect(edges[0]!.properties).toMatchObject({ highway: "residential", name: "建国路", nameEn: "Jianguo Road", osmType: "way" });
  });

  it("cuts a way missing a node (a bbox download) into its complete pieces and counts it", async () => {
    const project = await read(
      osmXml(
        nodes.filter(([id]) => id !== 2),
        [[100, [1, 2, 3, 4], { highway: "residential" }]],
      ),
    );
    expect(project.layers.network.features.map((e) => [e.properties?.fromNodeId, e.properties?.toNodeId])).toEqual([[3, 4]]);
    expect(project.report.incompleteWays).toBe(1);
  });

  it("makes greenways of route relations from the member ways present, counting the missing one", async () => {
    const project = await read(
      osmXml(nodes, ways, [
        [
          7000,
          [
            ["way", 100, ""],
            ["way", 101, ""],
            ["way", 999, ""],
          ],
          { type: "route", route: "hiking", name: "步道" },
        ],
      ]),
    );
    const route = project.layers.greenway.features[0]!;
    expect(route.geometry.type).toBe("MultiLineString");
    expect(route.properties).toMatchObject({ osmType: "relation", osmId: 7000, name: "步道" });
    expect(project.report.incompleteRelations).toBe(1);
  });

  it("lets go of every parsed way and relation while it builds the layers", async () => {
    const bytes = osmXml(nodes, ways, [[7000, [["way", 101, ""]], { type: "route", route: "hiking" }]]);
    const data = await readOsmData(bytes, "test.osm", {});
    const project = await buildProject(data, "test.osm", DEFAULT_OSM_MAPPING, { kind: "extent" }, {});
    expect([project.layers.network.features.length, project.layers.greenway.features.length]).toEqual([5, 1]);
    expect([data.ways.size, data.relations.size]).toEqual([0, 0]);
  });

  it("gives a greenway and the network edges of the same way the same position objects", async () => {
    const project = await read(osmXml(nodes, ways, [[7000, [["way", 101, ""]], { type: "route", route: "hiking" }]]));
    const route = project.layers.greenway.features[0] as Feature<LineString>;
    const edges = (project.layers.network.features as Feature<LineString>[]).filter((edge) => edge.properties?.osmId === 101);
    expect(route.geometry.coordinates).toEqual([
      [120.01, 36],
      [120.01, 36.005],
      [120.01, 36.01],
    ]);
    expect(edges.flatMap((edge) => edge.geometry.coordinates).every((position) => route.geometry.coordinates.includes(position))).toBe(true);
  });

  it("measures long segments with GeographicLib itself", () => {
    const { Geodesic } = (geographicLib as unknown as { default?: typeof geographicLib }).default ?? geographicLib;
    for (const [a, b] of [
      [
        [120, 36],
        [120.04, 36.03],
      ],
      [
        [0, 60],
        [0.08, 60.001],
      ],
      [
        [120, 36],
        [121, 37],
      ],
    ] as const) {
      expect(segmentLengthM([...a], [...b])).toBeCloseTo(Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0]).s12!, 2);
    }
  });
});

describe("OSM clip to a boundary", () => {
  const boundaryNodes = square(1, 120, 36, 0.01);
  const relation: [number, [string, number, string][], Record<string, string>] = [
    5000,
    [["way", 900, "outer"]],
    { type: "boundary", boundary: "administrative", admin_level: "6", name: "测试区", "name:en": "Test District" },
  ];

  it("cuts features crossing the boundary, drops those outside, keeps those inside whole", async () => {
    const nodes: [number, number, number][] = [
      ...boundaryNodes,
      ...square(11, 120.008, 36.004, 0.004),
      ...square(21, 120.002, 36.002, 0.002),
      ...square(31, 121, 36, 0.001),
      [41, 119.995, 36.005],
      [42, 120.005, 36.005],
    ];
    const bytes = osmXml(
      nodes,
      [
        [900, ringOf(1), {}],
        [100, ringOf(11), { leisure: "park" }],
        [101, ringOf(21), { leisure: "park" }],
        [102, ringOf(31), { leisure: "park" }],
        [200, [41, 42], { highway: "footway" }],
      ],
      [relation],
    );
    const scan = await scanOsm(bytes, "test.osm");
    expect(scan.boundaries).toEqual([{ relationId: 5000, name: "测试区", nameEn: "Test District", adminLevel: 6 }]);
    expect(scan.adminLevels).toEqual([6]);
    const project = await read(bytes, { kind: "boundary", relationId: 5000 });
    expect(project.layers.park.features.map((f) => f.properties?.osmId)).toEqual([100, 101]);
    const cut = project.layers.park.features[0] as Feature<Polygon>;
    expect(Math.max(...cut.geometry.coordinates[0]!.map((p) => p[0]!))).toBeCloseTo(120.01, 6);
    const edge = project.layers.network.features[0]!;
    expect(edge.properties).toMatchObject({ fromNodeId: null, toNodeId: 42 });
    expect(edge.properties?.lengthM).toBeCloseTo(segmentLengthM([120, 36.005], [120.005, 36.005]), 1);
    expect(project.report).toMatchObject({ clippedFeatures: 2, clipRule: "cut" });
    expect(project.layers.district.features).toHaveLength(1);
  });

  it("cuts a line leaving and re-entering the boundary into its two inside pieces", async () => {
    const nodes: [number, number, number][] = [...boundaryNodes, [51, 120.002, 36.002], [52, 120.002, 36.02], [53, 120.008, 36.02], [54, 120.008, 36.002]];
    const project = await read(
      osmXml(
        nodes,
        [
          [900, ringOf(1), {}],
          [300, [51, 52, 53, 54], { waterway: "river" }],
        ],
        [relation],
      ),
      { kind: "boundary", relationId: 5000 },
    );
    const river = project.layers.river.features[0]!;
    expect(river.geometry).toEqual({
      type: "MultiLineString",
      coordinates: [
        [
          [120.002, 36.002],
          [120.002, 36.01],
        ],
        [
          [120.008, 36.01],
          [120.008, 36.002],
        ],
      ],
    });
    expect(project.report.clippedFeatures).toBe(1);
  });

  it("refuses a boundary relation that is not in the file", async () => {
    await expect(read(osmXml(boundaryNodes, [[900, ringOf(1), {}]]), { kind: "boundary", relationId: 7 })).rejects.toMatchObject({
      code: "osm-boundary-not-found",
    });
  });
});

describe("OSM formats and dates", () => {
  it("reads the same elements from Overpass JSON, with the osm_base date", async () => {
    const json = {
      version: 0.6,
      osm3s: { timestamp_osm_base: "2025-01-02T03:04:05Z" },
      elements: [
        ...square(1, 120, 36, 0.01).map(([id, lon, lat]) => ({ type: "node", id, lon, lat })),
        { type: "way", id: 100, nodes: ringOf(1), tags: { leisure: "park", name: "公园" } },
      ],
    };
    const project = await read(encoder.encode(JSON.stringify(json)));
    expect(project.scan).toMatchObject({ format: "overpass-json", dataDate: "2025-01-02T03:04:05.000Z", bbox: [120, 36, 120.01, 36.01] });
    expect(project.layers.park.features[0]?.properties?.name).toBe("公园");
  });

  it("finds the nodes of a file that does not list them by id", async () => {
    const nodes = [...square(70_000, 120, 36, 0.01), ...Array.from({ length: 70_000 }, (_, i): [number, number, number] => [i, 121, 37])].reverse();
    const park = (await read(osmXml(nodes, [[100, ringOf(70_000), { leisure: "park" }]]))).layers.park.features[0] as Feature<Polygon>;
    expect(park.geometry.coordinates[0]![2]).toEqual([120.01, 36.01]);
  });

  it("leaves out elements a JOSM file marks deleted", async () => {
    const xml = `<osm version="0.6"><node id="1" lon="120" lat="36"/><node id="2" lon="120.01" lat="36"/><node id="3" lon="120.01" lat="36.01"/>
      <way id="10" action="delete"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="1"/><tag k="leisure" v="park"/></way>
      <way id="11"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="1"/><tag k="leisure" v="park"/></way></osm>`;
    expect((await read(encoder.encode(xml))).layers.park.features.map((f) => f.properties?.osmId)).toEqual([11]);
  });

  it("takes the newest element timestamp when the file has no header date", async () => {
    const scan = await scanOsm(osmXml(square(1, 120, 36, 0.01), []), "test.osm");
    expect(scan.dataDate).toBe("2024-05-01T00:00:00.000Z");
    expect(scan.elementCounts).toEqual({ nodes: 4, ways: 0, relations: 0 });
  });

  it("recognises OSM files by content or by a name only OSM files carry", () => {
    const xml = osmXml(square(1, 120, 36, 0.01), []);
    expect(isOsmFile(xml, "download.xml")).toBe(true);
    expect(isOsmFile(encoder.encode('{"version":0.6,"elements":[]}'), "overpass.json")).toBe(true);
    expect(isOsmFile(encoder.encode('{"type":"FeatureCollection","features":[]}'), "parks.json")).toBe(false);
    expect(isOsmFile(new Uint8Array([0x1a, 0x02]), "tile.pbf")).toBe(false);
    expect(isOsmFile(new Uint8Array([1, 2, 3]), "city.osm.pbf")).toBe(true);
    expect(isOsmFile(encoder.encode("<kml></kml>"), "a.kml")).toBe(false);
  });

  it("reports rising progress up to 1 and stops with osm-cancelled when aborted", async () => {
    const bytes = new Uint8Array(readFileSync(new URL("../fixtures/osm/andorra-centre.osm.pbf", import.meta.url)));
    const ratios: number[] = [];
    await readOsmProject(bytes, "andorra-centre.osm.pbf", DEFAULT_OSM_MAPPING, { kind: "extent" }, { onProgress: (ratio) => ratios.push(ratio) });
    expect(ratios.length).toBeGreaterThan(2);
    expect(ratios).toEqual([...ratios].sort((a, b) => a - b));
    expect(ratios.at(-1)).toBe(1);
    const controller = new AbortController();
    controller.abort();
    await expect(
      readOsmProject(bytes.slice(), "andorra-centre.osm.pbf", DEFAULT_OSM_MAPPING, { kind: "extent" }, { signal: controller.signal }),
    ).rejects.toMatchObject({ code: "osm-cancelled" });
  });

  it("names the file and a stable code for bad input", async () => {
    for (const [bytes, code] of [
      [encoder.encode("BZh91AY&SY"), "osm-compression"],
      [encoder.encode("<osm><node id='1'"), "osm-bad-xml"],
      [encoder.encode("hello"), "osm-not-osm"],
      [new Uint8Array(), "osm-empty"],
      [new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3]), "osm-compression"],
    ] as const) {
      const error = await read(bytes).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OsmReadError);
      expect(error).toMatchObject({ code, fileName: "test.osm" });
      expect((error as Error).message).toMatch(/^test\.osm: /);
    }
  });
});
