/**
 * Fuzz runner for the import readers, run as a child process by
 * fuzz.test.ts so that a hang (an endless synchronous loop) can be detected
 * and killed. Feeds seeded mutations of every fixture — truncations, byte
 * flips, deletions, duplications, garbage insertions, boundary values; for
 * archives also mutations of one inner file re-zipped — to `readLayerFile`.
 * Prints one JSON line per case on stdout; prints "case <n>" to stderr before
 * each case so the hanging case is known.
 *
 * Usage: node --import tsx tests/io/fuzz-runner.ts <seed> <mutationsPerFile>
 */
import { readdirSync, readFileSync } from "node:fs";
import { unzipSync, zipSync } from "fflate";
import { seededRandom as createRandom } from "../../src/analysis/synthetic/seeded-random";
import { readLayerFile } from "../../src/io/read-layer-file";
import { FIXTURE_DIRECTORY } from "./fixture-helpers";

type Mutation = (bytes: Uint8Array, random: () => number) => Uint8Array;
const integer = (random: () => number, max: number) => Math.floor(random() * max);

const MUTATIONS: Record<string, Mutation> = {
  truncate: (bytes, random) => bytes.slice(0, integer(random, bytes.length)),
  flip: (bytes, random) => {
    const copy = bytes.slice();
    for (let i = 0, n = 1 + integer(random, 20); i < n && copy.length > 0; i++) copy[integer(random, copy.length)] = integer(random, 256);
    return copy;
  },
  boundary: (bytes, random) => {
    const copy = bytes.slice();
    const values = [0x00, 0xff, 0x7f, 0x80, 0x01];
    for (let i = 0, n = 1 + integer(random, 8); i < n && copy.length > 0; i++) copy[integer(random, copy.length)] = values[integer(random, values.length)]!;
    return copy;
  },
  delete: (bytes, random) => {
    const start = integer(random, bytes.length);
    const end = Math.min(bytes.length, start + 1 + integer(random, 64));
    return new Uint8Array([...bytes.subarray(0, start), ...bytes.subarray(end)]);
  },
  duplicate: (bytes, random) => {
    const start = integer(random, bytes.length);
    const piece = bytes.subarray(start, start + 1 + integer(random, 128));
    return new Uint8Array([...bytes.subarray(0, start), ...piece, ...bytes.subarray(start)]);
  },
  garbage: (bytes, random) => {
    const at = integer(random, bytes.length);
    const noise = Array.from({ length: 1 + integer(random, 32) }, () => integer(random, 256));
    return new Uint8Array([...bytes.subarray(0, at), ...noise, ...bytes.subarray(at)]);
  },
};
const MUTATION_NAMES = Object.keys(MUTATIONS);

const [seedText = "20240607", perFileText = "25"] = process.argv.slice(2);
const random = createRandom(Number(seedText));
const perFile = Number(perFileText);
const files = readdirSync(FIXTURE_DIRECTORY)
  .filter((name) => /\.(geojson|zip|gpkg|kml|kmz|gpx|csv|xlsx)$/.test(name))
  .sort();

async function runCase(index: number, file: string, how: string, original: Uint8Array, mutated: Uint8Array, expectedCount: number) {
  process.stderr.write(`case ${index} ${file} ${how}\n`);
  const started = performance.now();
  let threw: string | undefined;
  let featureCount = 0,
    issueCount = 0,
    fatal = false,
    badCoordinates = 0,
    wellFormedIssues = true;
  try {
    const result = await readLayerFile(mutated, file);
    featureCount = result.featureCollection.features.length;
    issueCount = result.issues.length;
    fatal = result.issues.some((issue) => issue.severity === "fatal");
    wellFormedIssues = result.issues.every((issue) => typeof issue.code === "string" && typeof issue.message === "string" && issue.message.length > 0);
    JSON.stringify(result.featureCollection, (_key, value) => {
      if (Array.isArray(value) && typeof value[0] === "number") {
        const [lon, lat] = value as number[];
        if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon!) > 180 || Math.abs(lat!) > 90) badCoordinates++;
      }
      return value;
    });
  } catch (error) {
    threw = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  const unchanged = mutated.length === original.length && mutated.every((byte, i) => byte === original[i]);
  console.log(
    JSON.stringify({
      index,
      file,
      how,
      ms: performance.now() - started,
      threw,
      featureCount,
      expectedCount,
      issueCount,
      fatal,
      badCoordinates,
      wellFormedIssues,
      unchanged,
    }),
  );
}

let index = 0;
for (const file of files) {
  const original = new Uint8Array(readFileSync(FIXTURE_DIRECTORY + file));
  const expectedCount = (await readLayerFile(original, file)).featureCollection.features.length;
  for (let i = 0; i < perFile; i++) {
    const how = MUTATION_NAMES[integer(random, MUTATION_NAMES.length)]!;
    await runCase(index++, file, how, original, MUTATIONS[how]!(original, random), expectedCount);
  }
  if (/\.(zip|kmz|xlsx)$/.test(file)) {
    const entries = unzipSync(original);
    const names = Object.keys(entries).filter((name) => !name.endsWith("/"));
    for (let i = 0; i < Math.ceil(perFile / 2); i++) {
      const inner = names[integer(random, names.length)]!;
      const how = MUTATION_NAMES[integer(random, MUTATION_NAMES.length)]!;
      const rezipped = zipSync({ ...entries, [inner]: MUTATIONS[how]!(entries[inner]!, random) });
      await runCase(index++, file, `${how} of ${inner}`, zipSync(entries), rezipped, expectedCount);
    }
  }
}
process.stderr.write(`done ${index} cases\n`);
