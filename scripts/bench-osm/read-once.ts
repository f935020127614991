/** One read + map + clip of an OSM file in a fresh process (for bench-osm.ts); prints one JSON line. */
import { readFileSync } from "node:fs";
import { readOsmProject } from "../../src/io/osm/osm-project";
import { DEFAULT_OSM_MAPPING, OSM_ROLES } from "../../src/io/osm/osm-types";
import { peakRssMb } from "../bench-lib/peak-rss";

const [file, relationId] = process.argv.slice(2) as [string, string | undefined];
const bytes = new Uint8Array(readFileSync(file));
const cpuBefore = process.cpuUsage();
const started = performance.now();
const project = await readOsmProject(bytes, file, DEFAULT_OSM_MAPPING, relationId ? { kind: "boundary", relationId: Number(relationId) } : { kind: "extent" });
const wallMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const features = OSM_ROLES.reduce((sum, role) => sum + project.layers[role].features.length, 0);
console.log(
  JSON.stringify({
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssMb: peakRssMb(),
    features,
    clipped: project.report.clippedFeatures,
  }),
);
