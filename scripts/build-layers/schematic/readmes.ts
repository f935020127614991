/** Measured totals quoted in the READMEs. */
export type Stats = Record<string, string>;

const HEADER = (title: string) => `# ${title}

**schematic demonstration data / 示意数据** — generated, plausible, labelled; never survey data. Every feature has
\`schematic: true\`; layer.json has \`schematic: true\` and the attribution "示意 schematic demonstration data".
Do not use it for decisions: import real data instead.
`;

const COMMON = `
## Reproduce

\`npx tsx scripts/build-layers/schematic/run.ts\` (or \`npm run build:layers\`, which calls
\`buildSchematicLayers\` after the base layers). Deterministic: mulberry32 PRNG, fixed seed 20250101; inputs are
only the committed base layers \`layers/land\`, \`layers/shoreline\` and \`layers/district\` plus the definitions in
\`scripts/build-layers/schematic/definitions/\`. WGS84, 6 decimals, RFC 7946 winding. Areas are ellipsoidal
(GeographicLib, WGS84), lengths geodesic. Licence: LGPL-3.0-or-later (geometry is cut from GSHHG 2.3.7).
`;

/** README texts per layer id. */
export function readmeFor(id: string, stats: Stats): string {
  switch (id) {
    case "ecological-red-line":
      return `${HEADER("ecological-red-line — 生态保护红线（示意）")}
## Method
Seeded blobs (ellipse + smooth wobble) around the mountain groups, wetlands and water sources the plans name
(崂山, 大泽山, 大青山, 大珠山, 小珠山, 铁橛山, 藏马山, 即墨东部山群, 浮山, 百果山, 少海, 大沽河口, 唐岛湾, 产芝/尹府水库) clipped to
the municipality's land (\`zone: land\`), and around islands, tidal flats and coastal waters (灵山岛, 胶州湾滩涂, 崂山近岸,
大公岛, 竹岔岛, 田横岛, 丁字湾, 马儿岛, 斋堂岛, 唐岛湾) cut from the sea (\`zone: sea\`). Patches do not overlap. Each zone
is rescaled (3 passes) until its total meets its target. Properties: id, name, zone, category, areaM2, basis.

## Calibration against official figures
- Official (青岛市国土空间总体规划 2021–2035, approved 2024-11-13; standards.md §2.4): 生态保护红线 ≥ 1,705.00 km²,
  of which 海洋生态保护红线 ≥ 984.00 km² (so land ≈ 721 km²).
- Schematic: land ${stats.land} km², sea ${stats.sea} km², total ${stats.total} km².
- The plans themselves (seeds 000–004) give no red-line area (plan-indicators §1.5).
${COMMON}`;
    case "bay":
      return `${HEADER("bay — 海湾与美丽海湾（示意）")}
## Method
Each bay is the real sea between the GSHHG mainland shore and a mouth line: the shore path between the shore
vertices nearest the two mouth points, closed by the mouth (胶州湾 团岛头–薛家岛头, 唐岛湾, 灵山湾 鱼鸣嘴–大珠山嘴, 古镇口湾,
鳌山湾, 丁字湾, 四十里湾), or for open coastal segments (崂山湾, 东岸前海, 西岸前海, 董家口, 龙口岸段, 蓬莱湾区, 海阳岸段) the sea
within a band of the shore path. Land (islands) is subtracted and each bay is cut by the bays before it, so
bays never overlap and always lie in the sea. Mouth points are approximate (gazetteer.json or read off GSHHG).

## Status (美丽海湾) and target years, quoted in each feature's \`statusSource\`
- 灵山湾 built (003 "巩固灵山湾“美丽海湾”建设成效").
- 崂山湾, 西岸前海: 2025 (003 "到 2025 年，崂山湾、西岸前海湾区基本建成“美丽海湾”").
- 东岸前海, 胶州湾, 古镇口湾, 董家口: before 2030 (000 "2030年前，东岸前海、胶州湾、古镇口-董家口湾区基本建成").
- 鳌山湾, 唐岛湾, 丁字湾: before 2035 (000 "2035年前，实现青岛市“美丽海湾”建设全覆盖").
- Yantai 四十里湾, 龙口岸段, 蓬莱湾区, 海阳岸段: phased, no year given (001 "梯次推进…稳步实现美丽海湾建设全覆盖").

## Calibration
Reference areas: 胶州湾 353.92 km² (2006) – 438 km² depending on source (gazetteer); 灵山湾 107 km².
Schematic: ${stats.areas}.
${COMMON}`;
    case "river":
      return `${HEADER("river — 河流（示意）")}
## Method
The nine river systems of plan 000 ("大沽河、北胶莱河、胶莱河、墨水河、周疃河、白沙河、洋河、风河、白马河九大水系流入黄海和渤海"),
李村河 (003), the estuary rivers 桃源河 and 祥茂河 (000) and tributaries (小沽河, 五沽河, 流浩河, 张村河). Waypoints follow
the gazetteer's sources, via points and mouths where known (courses of 周疃河, 白马河 and tributaries are assumed);
lines are meandered with seeded noise that stays on land. Order-1 rivers end exactly where their last reach meets the
real shoreline; tributaries end on their main river. Properties: id, name, nameEn, system, order, outlet or joins,
lengthKm, basis.

## Figures
No official river lengths are used. Schematic total length: ${stats.length} km in ${stats.count} lines.
${COMMON}`;
    case "greenway":
      return `${HEADER("greenway — 绿道（示意）")}
## Method
"一线、一环、三山" (bandao.cn 2022, standards.md §2.2): the 滨海绿道 follows the real shoreline from 流清河 to 古镇口,
simplified until its length is about 265 km and pushed ~150 m inland; the 内环绿道 is a seeded loop through 市南–市北–
李沧–崂山 lengthened to about 78 km; 浮山, 太平山, 午山 rings are seeded loops; river greenways run beside the schematic
rivers; 社区级 links are seeded walks on the street-grid angle between parks. \`level\`: 区域级 / 城市级 / 社区级
(《绿道规划设计导则》 2016). Properties: id, name, level, kind, lengthKm.

## Calibration against official figures
- 滨海绿道 265 km (bandao.cn 2022) → schematic ${stats.coastal} km; 内环 ≈ 78 km → ${stats.ring} km.
- 687 km built in the 14th Five-Year Plan (61893.com); ≥ 500 km by 2025 (002); ≥ 768 km by 2035 (000).
- Schematic total: ${stats.total} km (区域级 ${stats.regional}, 城市级 ${stats.city}, 社区级 ${stats.community}).
${COMMON}`;
    case "park":
      return `${HEADER("park — 公园（示意）")}
## Method
Named parks at their approximate real places (gazetteer.json; GCJ-02 points converted with the npm library
\`gcoord\`), sized to the gazetteer area where known and clipped to land. Then generated parks of the hierarchy
(plan-indicators §4.1: 000/002/004) with log-uniform sizes: 综合公园 and 专类公园 inside the urban development
boundary, 山体公园 and 郊野公园 (up to 100–400 ha) around the clusters, 廊道公园 beside the rivers. Last, 社区公园
(1.05–9 ha) and 口袋公园 (420–9,500 m²; 口袋公园建设指南 2024: 400–10,000 m²) are seeded on the street blocks between
the residential parcels the other parks leave, ≥ 15 m from every parcel and aligned with the grid: a greedy takes the
block serving the most residential land not yet within 500 m of a park ≥ 1 ha or 300 m of a park ≥ 400 m² (the
guideline: site pocket parks where service-radius coverage is lacking), weighted by a seeded planning effort per
cluster, until the estimated coverage reaches each type's target in \`definitions/parks.ts\`; the rest go where
residents are already served. Each park sits in a disc no other park's disc touches, so parks never overlap; small
parks lie inside the urban development boundary, outside the land red line and off the rivers. \`areaM2\` is
ellipsoidal (GeographicLib). Named parks carry \`name\` and \`basis\`.

## Calibration against official figures
| Indicator | Qingdao (reported) | Plan target | Schematic |
|---|---|---|---|
| 公园绿地服务半径覆盖率 | 86.62 % (61893.com; standards.md §2.1) | ≥ 95 % by 2035 (000) | ${stats.coverage} % (300 m class ${stats.green300} %, 500 m class ${stats.park500} %; population-weighted ${stats.population} %) |
| 人均公园绿地面积 | — | 15 m² by 2025 (003); ≥ 15 m² by 2035 (000) | ${stats.perCapita} m² (${stats.areaKm2} km², 2020 census) |
| Parks | 966; 378 pocket parks (peers.md) | ≥ 500 by 2025 (002) | ${stats.count}: ${stats.byType} |

Coverage under rule set \`qingdao-300-500\` (≥ 400 m² → 300 m, ≥ 1 ha → 500 m), measured by the coverage engine as
\`npm run --silent metrics -- --residential layers/residential-land/data.geojson --parks layers/park/data.geojson
--districts layers/district/data.geojson\` (the build computes the same figures; tests/golden/qingdao-default.test.ts
keeps them). The plan targets are not yet met, as in the city.
${COMMON}`;
    case "urban-rural-zone":
      return `${HEADER("urban-rural-zone — 城乡分区（示意）")}
## Method
三条控制线 / 三区 (002, 004): \`zone\` = \`urban-development\` (城镇开发边界: seeded blobs around the 18 centres and nodes of
plans 002/004, ∩ municipality land, minus the land red line, rescaled to the target), \`ecological\` (生态空间: the land
red line plus a margin around its mountain and wetland sites, minus urban), \`agricultural\` (农业空间: the rest of the
municipality's land, from layers/district ∩ layers/land).

## Calibration against official figures
- 城镇开发边界 ≤ 2,027.69 km² (青岛市国土空间总体规划 2021–2035; standards.md §2.4) → schematic ${stats.urban} km².
- 生态空间 ${stats.ecological} km² (contains the land red line); 农业空间 ${stats.agricultural} km² (耕地保有量 ≥ 634.14 万亩 ≈ 4,228 km²).
${COMMON}`;
    case "walking-network":
      return `${HEADER("walking-network — 步行网络（示意）")}
## Method
Derived from the schematic city, not surveyed: the street grid the residential parcels were laid on (layers/residential-land,
360 × 300 m blocks per urban cluster, 24 m arterials, 14 m local streets), recovered from the committed parcels by
\`scripts/build-layers/schematic/build-walking-network.ts\`. Each parcel's rectangle is matched to its cluster's grid
(its orientation equals the cluster's grid angle and its block centre belongs to that cluster); every block holding a
parcel gets the centre lines of the local streets between its parcels (\`kind: local\`); every block of a cluster's
grid whose centre lies inside the urban development boundary (layers/urban-rural-zone) next to (within one block of)
a block holding a parcel or a grid-aligned park under 10 ha gets its four arterial centre lines (\`kind: arterial\`). Lines meet
only at shared vertices (street crossings and T-junctions), so the walking-network engine connects them; the grids of
neighbouring clusters meet at an angle and stay apart, and the large parks off the grid may have no street within
30 m (their inspector says so). No bridges or footpaths beyond the grid: a place where the radius reaches but walking
does not is a property of this schematic grid, not of Qingdao. Properties: kind, schematic (lengths are measured by the engine; the file stays small).

## Figures
- ${stats.count} lines (${stats.arterial} arterial, ${stats.local} local), ${stats.lengthKm} km of street centre line.

Rebuild only this layer from the committed parcels and parks: \`npx tsx scripts/build-layers/schematic/walking-network-run.ts\`.
${COMMON}`;
    default:
      return `${HEADER("residential-land — 居住用地（示意）")}
## Method
A street grid per urban cluster (360 × 300 m blocks, 24 m arterials, 14 m local streets; each block split into 2–20
parcels). A parcel is kept only inside the urban development boundary, on land, at least 10 m from every park, 25 m
from every river and outside the land red line; blocks are drawn in seeded order (weighted by each cluster's
residential share) until there are ${stats.count} parcels of 0.3–5 ha. \`population\`: each district's 2020 census
population (第七次全国人口普查, from layers/district) spread over its parcels by area × a seeded density factor, so
district sums equal the census exactly. Properties: id, district, population, areaM2.

## Figures
- Census total of the districts: ${stats.census}; parcels sum: ${stats.population}.
- Residential land: ${stats.areaKm2} km² in ${stats.count} parcels (mean ${stats.meanHa} ha).
${COMMON}`;
  }
}
