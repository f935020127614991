import { proxy, type Remote, wrap } from "comlink";
import type { Feature } from "geojson";
import type { ReadOptions, ReadResult } from "../io/read-layer-file";
import { type OsmClip, type OsmMapping, type OsmProject, OSM_ROLES, type OsmRole, type OsmScan } from "../io/osm/osm-types";
import { takeFeatures } from "./feature-slices";
import type { ImportLib, OsmOutcome } from "./import.worker";
import type { LayerText } from "./layer-text";

/** Share of the progress bar given to parsing; the rest fills while the features cross to the main thread. */
const PARSE_SHARE = 0.9;

/** An OSM project as the page receives it, with the GeoJSON text of each non-empty role layer the worker wrote. */
export type OsmProjectRead = OsmProject & { layerTexts?: Partial<Record<OsmRole, LayerText>> };

/** Reads files in a dedicated worker; `cancel` terminates it (the next read starts a fresh one). */
export interface ImportClient {
  read(
    content: Blob,
    fileName: string,
    options: Omit<ReadOptions, "signal" | "onProgress" | "parseXml">,
    onProgress: (fraction: number) => void,
  ): Promise<ReadResult>;
  /**
   * Parses a project file in the worker and takes its user layers' features over in slices; resolves to the parsed
   * value (to be checked by `parseSnapshot`), or null when the file is not JSON.
   */
  readProject(content: Blob): Promise<unknown>;
  /** True when the file is an OpenStreetMap extract (read from its first bytes and its name). */
  isOsm(content: Blob, fileName: string): Promise<boolean>;
  /** Scans an OSM extract for its boundaries, admin levels, date and extent. */
  scanOsm(content: Blob, fileName: string, onProgress: (fraction: number) => void): Promise<OsmOutcome<OsmScan>>;
  /** Reads an OSM extract into one layer per role, taking each role's features over in slices. */
  readOsm(content: Blob, fileName: string, mapping: OsmMapping, clip: OsmClip, onProgress: (fraction: number) => void): Promise<OsmOutcome<OsmProjectRead>>;
  cancel(): void;
}

/** Creates the worker-backed import client used by the import store. */
export function createImportClient(): ImportClient {
  let worker: Worker | null = null;
  let remote: Remote<ImportLib> | null = null;
  let rejectPending: ((reason: Error) => void) | null = null;
  const ensure = () => {
    if (!worker || !remote) {
      worker = new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module" });
      remote = wrap<ImportLib>(worker);
    }
    return remote;
  };
  /** Runs `work` so that `cancel` rejects it (the worker is terminated, so it would never settle). */
  const cancellable = <T>(work: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      rejectPending = reject;
      work().then(resolve, reject);
    });
  return {
    isOsm(content, fileName) {
      return ensure().isOsm(content, fileName);
    },
    scanOsm(content, fileName, onProgress) {
      const lib = ensure();
      return cancellable(async (): Promise<OsmOutcome<OsmScan>> => lib.scanOsm(content, fileName, proxy(onProgress)));
    },
    readOsm(content, fileName, mapping, clip, onProgress) {
      const lib = ensure();
      return cancellable(async (): Promise<OsmOutcome<OsmProjectRead>> => {
        const outcome = await lib.readOsm(
          content,
          fileName,
          mapping,
          clip,
          proxy((fraction: number) => onProgress(fraction * PARSE_SHARE)),
        );
        if (!outcome.ok) return outcome;
        const { featureCounts, layerTexts: texts, ...project } = outcome.value;
        const total = Math.max(
          1,
          featureCounts.reduce((sum, count) => sum + count, 0),
        );
        let before = 0;
        const layers = {} as Record<OsmRole, OsmProject["layers"][OsmRole]>;
        const layerTexts: Partial<Record<OsmRole, LayerText>> = {};
        for (const [index, role] of OSM_ROLES.entries()) {
          const text = texts[index];
          if (text) layerTexts[role] = text;
          const count = featureCounts[index] ?? 0;
          const features = await takeFeatures(lib.features, index, count, (taken) => onProgress(PARSE_SHARE + ((1 - PARSE_SHARE) * (before + taken)) / total));
          layers[role] = { type: "FeatureCollection", features };
          before += count;
        }
        return { ok: true, value: { ...project, layers, layerTexts } };
      });
    },
    read(content, fileName, options, onProgress) {
      const lib = ensure();
      const receive = async (): Promise<ReadResult> => {
        const { featureCount, ...result } = await lib.read(
          content,
          fileName,
          options,
          proxy((fraction: number) => onProgress(fraction * PARSE_SHARE)),
        );
        const features = await takeFeatures(lib.features, 0, featureCount, (taken) => onProgress(PARSE_SHARE + ((1 - PARSE_SHARE) * taken) / featureCount));
        return { ...result, featureCollection: { ...result.featureCollection, features } };
      };
      return cancellable(receive);
    },
    async readProject(content) {
      const lib = ensure();
      const shell = await lib.readProject(content);
      if (!shell) return null;
      const layers = (shell.value as { userLayers?: { data?: { features?: Feature[] } }[] }).userLayers ?? [];
      for (const [index, count] of shell.featureCounts.entries()) {
        const data = layers[index]?.data;
        const features = await takeFeatures(lib.features, index, count);
        if (data) data.features = features;
      }
      return shell.value;
    },
    cancel() {
      worker?.terminate();
      worker = null;
      remote = null;
      rejectPending?.(new Error("cancelled"));
      rejectPending = null;
    },
  };
}
