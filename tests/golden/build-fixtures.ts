/**
 * Writes the hand-computable golden inputs (`tsx tests/golden/build-fixtures.ts`). Shapes are drawn in metres
 * in a local transverse Mercator at 120.4°E, 36.1°N (scale error < 1e-7 within 5 km) and stored as WGS84.
 * Each fixture's `analysis.expected` holds the hand-computed values the golden test checks independently of
 * the regenerated outputs.
 */
import { writeFileSync } from "node:fs";
import { createLocalProjection } from "../../src/analysis/geometry/local-projection";

const projection = createLocalProjection(120.4, 36.1);
type XY = [number, number];
const lonLat = ([x, y]: XY) => projection.inverse(x, y).map((v) => Math.round(v * 1e8) / 1e8);
const ring = (points: XY[]) => [...points, ...points.slice(0, 1)].map(lonLat);
const box = (x0: number, y0: number, x1: number, y1: number): XY[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];
const holeBox = (x0: number, y0: number, x1: number, y1: number): XY[] => [
  [x0, y0],
  [x0, y1],
  [x1, y1],
  [x1, y0],
];
const polygon = (layer: string, rings: XY[][], properties: Record<string, unknown> = {}) => ({
  type: "Feature",
  properties: { layer, ...properties },
  geometry: { type: "Polygon", coordinates: rings.map(ring) },
});
const multiPolygon = (layer: string, parts: XY[][][], properties: Record<string, unknown> = {}) => ({
  type: "Feature",
  properties: { layer, ...properties },
  geometry: { type: "MultiPolygon", coordinates: parts.map((rings) => rings.map(ring)) },
});
const line = (layer: string, points: XY[], properties: Record<string, unknown> = {}) => ({
  type: "Feature",
  properties: { layer, ...properties },
  geometry: { type: "LineString", coordinates: points.map(lonLat) },
});
const point = (layer: string, xy: XY, properties: Record<string, unknown> = {}) => ({
  type: "Feature",
  properties: { layer, ...properties },
  geometry: { type: "Point", coordinates: lonLat(xy) },
});
const write = (name: string, analysis: unknown, features: unknown[]) =>
  writeFileSync(new URL(`in/${name}.geojson`, import.meta.url), `${JSON.stringify({ type: "FeatureCollection", analysis, features }, null, 1)}\n`);

const ALL_RULE_SETS = ["gb50563-2010", "qingdao-300-500", "gbt51346-2019", "who-2016", "custom:400=300,10000=500"];

// A 1 km² block; a 10 m × 2200 m strip park (2.2 ha) along its west side: 500 m covers exactly half, 300 m 30 %.
write(
  "half-covered-block",
  {
    ruleSetIds: ALL_RULE_SETS,
    expected: {
      "gb50563-2010": { ratio: 0.5, residentialAreaM2: 1e6 },
      "qingdao-300-500": { ratio: 0.5, byClass: [0.3, 0.5] },
      "gbt51346-2019": { ratio: 0.5 },
      "who-2016": { ratio: 0.3 },
      "custom:400=300,10000=500": { ratio: 0.5 },
    },
  },
  [polygon("residential-land", [box(0, 0, 1000, 1000)], { population: 1000 }), polygon("park", [box(-10, -600, 0, 1600)], { name: "strip", type: "带状公园" })],
);

// A 50 m × 50 m park (2,500 m² → 300 m) centred on the boundary between two districts (x = 500).
// Covered: 50² + 4·50·300 + π·300² = 345,243.36 m², half on each side.
const roundedSquare = 2500 + 4 * 50 * 300 + Math.PI * 300 * 300;
write(
  "park-on-district-boundary",
  {
    ruleSetIds: ["qingdao-300-500"],
    expected: {
      "qingdao-300-500": {
        ratio: roundedSquare / 1e6,
        byDistrict: [
          { name: "西区", ratio: roundedSquare / 2 / 5e5 },
          { name: "东区", ratio: roundedSquare / 2 / 5e5 },
        ],
      },
    },
  },
  [
    polygon("residential-land", [box(0, 0, 1000, 1000)]),
    polygon("park", [box(475, 475, 525, 525)]),
    polygon("district", [box(-2000, -2000, 500, 3000)], { name: "西区" }),
    polygon("district", [box(500, -2000, 3000, 3000)], { name: "东区" }),
  ],
);

// Holes: a residential block with a courtyard (0.84 km²), a strip park at 300 m covering x ∈ [0, 300];
// a ring park (1.8 km square minus a 1.4 km hole: 1.28 km²) whose hole holds a residential block 600 m from it.
write(
  "holes",
  {
    ruleSetIds: ["who-2016", "gbt51346-2019"],
    expected: {
      "who-2016": { ratio: 300_000 / (840_000 + 40_000), residentialAreaM2: 880_000, parksAreaM2: 22_000 + 1_280_000 },
      "gbt51346-2019": { ratio: (500_000 - 200 * 400) / 880_000 },
    },
  },
  [
    polygon("residential-land", [box(0, 0, 1000, 1000), holeBox(300, 300, 700, 700)]),
    polygon("park", [box(-10, -600, 0, 1600)]),
    polygon("park", [box(2000, 2000, 3800, 3800), holeBox(2200, 2200, 3600, 3600)], { type: "环形公园" }),
    polygon("residential-land", [box(2800, 2800, 3000, 3000)]),
  ],
);

// MultiPolygons: a two-part park (2 × 2,500 m² = 5,000 m² → GB/T 50563 500 m) and two-part residential land.
write(
  "multipolygons",
  {
    ruleSetIds: ["gb50563-2010", "qingdao-300-500"],
    expected: { "gb50563-2010": { ratio: 2 / 3, parksCountedCount: 1 } },
  },
  [
    multiPolygon("park", [[box(0, 0, 50, 50)], [box(0, 1000, 50, 1050)]]),
    multiPolygon("residential-land", [[box(150, 0, 350, 200)], [box(150, 1000, 350, 1200)]]),
    polygon("residential-land", [box(3000, 0, 3200, 200)]),
  ],
);

// Zero-area and point parks: a degenerate polygon (not counted), a point park with areaM2 20,000 (→ 500 m)
// at the block centre (covers the inscribed disc π·500²), and a point park without areaM2 (not counted).
write(
  "zero-area-and-point-parks",
  {
    ruleSetIds: ["qingdao-300-500"],
    expected: { "qingdao-300-500": { ratio: (Math.PI * 500 * 500) / 1e6, parksCount: 3, parksCountedCount: 1 } },
  },
  [
    polygon("residential-land", [box(0, 0, 1000, 1000)]),
    polygon("park", [
      [
        [-200, 0],
        [-100, 0],
        [-150, 0],
      ],
    ]),
    point("park", [500, 500], { areaM2: 20000 }),
    point("park", [-50, 500]),
  ],
);

// Lines and red line: a 1 km greenway drawn twice plus a 0.5 km route sharing its last 0.3 km segment
// (dissolved 1.2 km; shared segments repeat vertices, as digitised routes do); red line: two
// overlapping 1 km² land squares (1.75 km²) and one 1 km² sea square; shoreline 3 km natural + 1 km artificial.
write(
  "lines-and-red-line",
  {
    ruleSetIds: ["qingdao-300-500"],
    greenwayRadiusM: 1000,
    expected: {
      "qingdao-300-500": { greenwayLengthKm: 1.2, redLineAreaKm2: 2.75, redLineLandAreaKm2: 1.75, redLineSeaAreaKm2: 1, shorelineNaturalRatio: 0.75 },
    },
  },
  [
    polygon("residential-land", [box(0, 0, 1000, 1000)]),
    polygon("park", [box(1100, 0, 1200, 100)]),
    line(
      "greenway",
      [
        [0, -100],
        [700, -100],
        [1000, -100],
      ],
      { level: "城市级" },
    ),
    line(
      "greenway",
      [
        [0, -100],
        [700, -100],
        [1000, -100],
      ],
      { level: "城市级" },
    ),
    line(
      "greenway",
      [
        [700, -100],
        [1000, -100],
        [1200, -100],
      ],
      { level: "社区级" },
    ),
    polygon("ecological-red-line", [box(5000, 0, 6000, 1000)], { zone: "land" }),
    polygon("ecological-red-line", [box(5500, 500, 6500, 1500)], { zone: "land" }),
    polygon("ecological-red-line", [box(8000, 0, 9000, 1000)], { zone: "sea" }),
    line(
      "shoreline",
      [
        [0, 3000],
        [3000, 3000],
      ],
      { type: "natural" },
    ),
    line(
      "shoreline",
      [
        [3000, 3000],
        [4000, 3000],
      ],
      { type: "artificial" },
    ),
  ],
);
console.log("fixtures written");
