import { expose } from "comlink";
import type { Feature } from "geojson";
import { capJsonDepth } from "../io/cap-json-depth";
import { type FeatureSlice, PendingFeatures } from "./feature-slices";
import { type LayerText, layerText } from "./layer-text";
import { readLayerFile } from "../io/read-layer-file";
import type { ReadOptions, ReadResult } from "../io/read-layer-file";
import { isOsmFile, readOsmProject, scanOsm } from "../io/osm/osm-project";
import { type OsmClip, type OsmMapping, type OsmProject, OSM_ROLES, type OsmScan } from "../io/osm/osm-types";

/** Feature lists of the last read, kept here until the main thread has taken them in slices. */
const pending = new PendingFeatures();

/** Bytes read to tell an OSM extract from other files (its header, or the start of its XML or JSON). */
const OSM_SNIFF_BYTES = 64 * 1024;

/**
 * The bytes of the OSM extract last scanned: the reader keeps its parse of these very bytes, so the read after
 * the mapping step reuses the scan's parse when the file is unchanged (compared byte for byte). Let go by the
 * read, and by the next read of another file or project.
 */
let scannedOsm: Uint8Array | null = null;

/** Bytes compared per step when the read checks the file against the scanned bytes. */
const COMPARE_BYTES = 4 * 1024 * 1024;

/**
 * The extract's bytes: the scanned array itself when `content` holds the same bytes, compared a few megabytes at
 * a time, so that an unchanged file is not held twice while the scan's parse is alive.
 */
async function osmBytesOf(content: Blob): Promise<Uint8Array> {
  const scanned = scannedOsm;
  if (scanned && scanned.length === content.size && (await sameBytes(content, scanned))) return scanned;
  return new Uint8Array(await content.arrayBuffer());
}

async function sameBytes(content: Blob, bytes: Uint8Array): Promise<boolean> {
  for (let start = 0; start < bytes.length; start += COMPARE_BYTES) {
    const chunk = new Uint8Array(await content.slice(start, start + COMPARE_BYTES).arrayBuffer());
    for (let index = 0; index < chunk.length; index += 1) if (chunk[index] !== bytes[start + index]) return false;
  }
  return true;
}

/** An OSM read's outcome: the value, or the reader's stable error code and message (comlink drops an Error's `code`). */
export type OsmOutcome<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

/**
 * An OSM project whose role layers' feature arrays stayed here (list i = `OSM_ROLES[i]`; see `features`), with each
 * non-empty layer's GeoJSON text (`layerTexts[i]`), written here so the page need not serialise it.
 */
export type OsmProjectShell = Omit<OsmProject, "layers"> & { featureCounts: number[]; layerTexts: (LayerText | null)[] };

const failureOf = (error: unknown): { ok: false; code: string; message: string } => {
  const code = (error as { code?: unknown } | null)?.code;
  return { ok: false, code: typeof code === "string" ? code : "osm-unreadable", message: error instanceof Error ? error.message : String(error) };
};

/** A parsed project file whose user layers' feature arrays stayed here (`featureCounts[i]` of layer i). */
export interface ProjectShell {
  value: unknown;
  featureCounts: number[];
}

/**
 * What the import worker offers: the same `readLayerFile` the CLI uses, off the main thread; files arrive as Blobs
 * (references) and are read into memory here. Results come back without their features; `features(list,
 * start)` hands them over in slices, so the main thread decodes a few megabytes per task instead of freezing for
 * seconds on one 200 MB message.
 */
const importLib = {
  async read(
    content: Blob,
    fileName: string,
    options: Omit<ReadOptions, "signal" | "onProgress" | "parseXml">,
    onProgress?: (fraction: number) => void,
  ): Promise<ReadResult & { featureCount: number }> {
    scannedOsm = null;
    const bytes = new Uint8Array(await content.arrayBuffer());
    const result = await readLayerFile(bytes, fileName, { ...options, onProgress });
    const [featureCount = 0] = pending.hold([result.featureCollection.features]);
    return { ...result, featureCollection: { ...result.featureCollection, features: [] }, featureCount };
  },
  /** True when the file looks like an OSM extract (`.osm.pbf`, `.osm`/`.osm.gz` XML, Overpass JSON), from its start and name. */
  async isOsm(content: Blob, fileName: string): Promise<boolean> {
    return isOsmFile(new Uint8Array(await content.slice(0, OSM_SNIFF_BYTES).arrayBuffer()), fileName);
  },
  /** Lists an OSM extract's boundaries, admin levels, data date and extent (`scanOsm`). */
  async scanOsm(content: Blob, fileName: string, onProgress?: (fraction: number) => void): Promise<OsmOutcome<OsmScan>> {
    try {
      scannedOsm = new Uint8Array(await content.arrayBuffer());
      return { ok: true, value: await scanOsm(scannedOsm, fileName, { onProgress }) };
    } catch (error) {
      return failureOf(error);
    }
  },
  /** Reads an OSM extract into one layer per role (`readOsmProject`); the features stay here for `features`. */
  async readOsm(
    content: Blob,
    fileName: string,
    mapping: OsmMapping,
    clip: OsmClip,
    onProgress?: (fraction: number) => void,
  ): Promise<OsmOutcome<OsmProjectShell>> {
    try {
      const bytes = await osmBytesOf(content);
      scannedOsm = null;
      const { layers, ...project } = await readOsmProject(bytes, fileName, mapping, clip, { onProgress });
      const lists = OSM_ROLES.map((role) => layers[role]?.features ?? []);
      const layerTexts = lists.map((features) => (features.length > 0 ? layerText(features) : null));
      const featureCounts = pending.hold(lists);
      return { ok: true, value: { ...project, featureCounts, layerTexts } };
    } catch (error) {
      return failureOf(error);
    }
  },
  /**
   * Parses a project file (JSON) here; its user layers come back with empty feature arrays (taken with
   * `features`). Values nested deeper than any project's own structure are cut to null (`capJsonDepth`), so the
   * rest can still be posted to the page and checked there. Null when the text is not JSON; whether it is a
   * Shanhai project is for the main thread to check.
   */
  async readProject(content: Blob): Promise<ProjectShell | null> {
    scannedOsm = null;
    let value: unknown;
    try {
      value = capJsonDepth(JSON.parse(await content.text()) as unknown).value;
    } catch {
      return null;
    }
    const layers = (value as { userLayers?: unknown } | null)?.userLayers;
    const lists: Feature[][] = [];
    if (Array.isArray(layers)) {
      for (const layer of layers) {
        const data = (layer as { data?: { features?: unknown } } | null)?.data;
        const features = Array.isArray(data?.features) ? (data.features as Feature[]) : [];
        lists.push(features);
        if (data && Array.isArray(data.features)) data.features = [];
      }
    }
    return { value, featureCounts: pending.hold(lists) };
  },
  /** The slice of feature list `list` of the last read that starts at `start` (`PendingFeatures.take`). */
  features(list: number, start: number): FeatureSlice {
    return pending.take(list, start);
  },
};

export type ImportLib = typeof importLib;

expose(importLib);
