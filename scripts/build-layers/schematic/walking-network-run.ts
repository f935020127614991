/** Rebuilds only layers/walking-network from the committed parcels and parks: `npx tsx scripts/build-layers/schematic/walking-network-run.ts`. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Feature, FeatureCollection, Polygon } from "geojson";
import { writeManifest } from "../write-manifest";
import { readBaseInputs } from "./base-inputs";
import type { Polygonal } from "./polygon-ops";
import { buildRegionContext } from "./region-context";
import { writeWalkingNetworkLayer } from "./walking-network-layer";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const read = <G extends Polygonal>(id: string) =>
  (JSON.parse(readFileSync(path.join(root, "layers", id, "data.geojson"), "utf8")) as FeatureCollection<G>).features as Feature<G>[];
const qingdao = buildRegionContext(readBaseInputs(root), "qingdao");
const urban = read<Polygonal>("urban-rural-zone").find((feature) => feature.properties?.zone === "urban-development")?.geometry;
if (!urban) throw new Error("layers/urban-rural-zone has no urban-development zone");
writeWalkingNetworkLayer(root, qingdao.projection, urban, read<Polygon>("residential-land"), read<Polygonal>("park"));
writeManifest(path.join(root, "layers"));
