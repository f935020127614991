import type { Feature, LineString, Polygon } from "geojson";
import { buildWalkingNetwork } from "./build-walking-network";
import { ellipsoidalLengthM } from "./geometry-tools";
import { SCHEMATIC_METAS } from "./layer-metas";
import { writeLayer } from "./layer-writer";
import type { Polygonal } from "./polygon-ops";
import type { LocalProjection } from "./projection";
import { readmeFor } from "./readmes";

/** Builds and writes layers/walking-network from the schematic parcels and parks; returns its features. */
export function writeWalkingNetworkLayer(
  root: string,
  projection: LocalProjection,
  urban: Polygonal,
  parcels: Feature<Polygon>[],
  parks: Feature<Polygonal>[],
): Feature<LineString>[] {
  const network = buildWalkingNetwork(projection, urban, parcels, parks);
  const km = (kind?: string) =>
    (network.filter((f) => !kind || f.properties?.kind === kind).reduce((sum, f) => sum + ellipsoidalLengthM(f.geometry.coordinates), 0) / 1000).toFixed(1);
  const count = (kind: string) => String(network.filter((f) => f.properties?.kind === kind).length);
  const meta = SCHEMATIC_METAS["walking-network"];
  if (!meta) throw new Error("no meta for walking-network");
  const stats = { count: String(network.length), arterial: count("arterial"), local: count("local"), lengthKm: km() };
  const bytes = writeLayer(root, meta, network, readmeFor("walking-network", stats));
  console.log(`[schematic] walking-network: ${network.length} features, ${km()} km, ${(bytes / 1e6).toFixed(2)} MB`);
  return network;
}
