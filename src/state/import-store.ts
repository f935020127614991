import type { FeatureCollection } from "geojson";
import { createStore } from "zustand/vanilla";
import { guessRole, type CanonicalAttribute, type LayerRole } from "../domain/layer-roles";
import { type AttributeMapping, fieldNamesOf, guessAttributeMapping } from "../io/attribute-mapping";
import type { ReadResult } from "../io/read-layer-file";
import { DEFAULT_OSM_MAPPING, type OsmClip, type OsmMapping, type OsmReadReport, type OsmRole, type OsmScan } from "../io/osm/osm-types";

export type { ImportIssue } from "../io/read-layer-file";
import type { ImportClient, OsmProjectRead } from "../worker/import-client";
import type { OsmOutcome } from "../worker/import.worker";

/**
 * The failure key (`issue.<key>` in the i18n tables) of an OSM reader's error code: its own when the tables know
 * it, else "osm-unreadable".
 */
function osmFailureCode(code: string): string {
  return OSM_FAILURE_CODES.has(code) ? code : "osm-unreadable";
}

const OSM_FAILURE_CODES = new Set([
  "osm-unreadable",
  "osm-not-osm",
  "osm-truncated",
  "osm-corrupt",
  "osm-compression",
  "osm-bad-xml",
  "osm-bad-json",
  "osm-empty",
  "osm-boundary-not-found",
]);

/**
 * `osm-mapping`: an OSM extract was scanned and waits for the user's mapping, boundary and district level;
 * `osm-done`: it was opened as a project, and its read report is shown until closed.
 */
type ImportStage = "idle" | "reading" | "review" | "osm-mapping" | "osm-done" | "failed";

/** What an OSM import did, shown once it is on the map: the reader's report and the layers per role. */
interface OsmImportSummary {
  report: OsmReadReport;
  /** Layer ids by the OSM role they came from (roles without features have none). */
  layerIds: Partial<Record<OsmRole, string>>;
  dataDate: string | null;
}

/** What the reader needs besides the bytes: a reference shoreline to tell GCJ-02 from WGS84. */
export interface ImportContext {
  client: ImportClient;
  referenceShoreline?: FeatureCollection;
}

export interface ImportState {
  stage: ImportStage;
  fileName: string | null;
  progressRatio: number;
  result: ReadResult | null;
  /** The CRS the user confirmed (or the detected one). */
  sourceCrs: string | null;
  role: LayerRole;
  mapping: AttributeMapping;
  fieldNames: string[];
  layerTitle: string;
  failure: string | null;
  /** The reader's own words about a failure (shown under the translated sentence), or null. */
  failureDetail: string | null;
  /** The scan of an OSM extract (boundaries, admin levels, date, extent), while its mapping is reviewed. */
  osmScan: OsmScan | null;
  /** The tag → role mapping the OSM extract will be read with (the default one, as the user edited it). */
  osmMapping: OsmMapping;
  /** What the OSM project is clipped to: a boundary of the file, or the extract's extent. */
  osmClip: OsmClip;
  /** The report of the OSM import just opened (stage `osm-done`), else null. */
  osmSummary: OsmImportSummary | null;
  changeOsmMapping: (mapping: OsmMapping) => void;
  chooseOsmClip: (clip: OsmClip) => void;
  /**
   * Reads the scanned OSM extract with the reviewed mapping and clip; resolves to the project, or null when it
   * failed (stage `failed`), was cancelled, or another import started meanwhile.
   */
  readOsm: (context: ImportContext) => Promise<OsmProjectRead | null>;
  /** Reads a file; `content` is the File/Blob, which only the worker reads into memory. */
  importFile: (file: { name: string; content: Blob }, context: ImportContext) => Promise<void>;
  rereadWithCrs: (crs: string, context: ImportContext) => Promise<void>;
  chooseRole: (role: LayerRole) => void;
  mapAttribute: (attribute: CanonicalAttribute, field: string | undefined) => void;
  renameLayer: (title: string) => void;
  cancelImport: (context: ImportContext) => void;
  closeImport: () => void;
}

const IDLE = {
  stage: "idle" as const,
  fileName: null,
  progressRatio: 0,
  result: null,
  sourceCrs: null,
  role: "park" as const,
  mapping: {},
  fieldNames: [],
  layerTitle: "",
  failure: null,
  failureDetail: null,
  osmScan: null,
  osmMapping: DEFAULT_OSM_MAPPING,
  osmClip: { kind: "extent" } as OsmClip,
  osmSummary: null,
};

/** Creates the store of the import in progress: read in a worker → review (CRS, role, fields) → commit. */
export function createImportStore() {
  let content: Blob | null = null;
  let readCount = 0;
  return createStore<ImportState>()((set, get) => {
    const read = async (fileName: string, context: ImportContext, sourceCrs?: string) => {
      if (!content) return;
      const readId = ++readCount;
      set({ stage: "reading", progressRatio: 0, failure: null });
      try {
        const options = { referenceShoreline: context.referenceShoreline, ...(sourceCrs ? { sourceCrs } : {}) };
        const result = await context.client.read(content, fileName, options, (progressRatio) => {
          if (readId === readCount) set({ progressRatio });
        });
        if (readId !== readCount) return;
        const isFatal = result.issues.some((issue) => issue.severity === "fatal");
        // A CRS the user picked that fails the data (e.g. degrees on metres) keeps the review open, saying why,
        // so another CRS can be picked; the file, the role, the mapping and the field list stay.
        const fatalCode = result.issues.find((issue) => issue.severity === "fatal")?.code;
        const keepsReview = isFatal && (sourceCrs !== undefined || fatalCode === "crs-missing");
        const hadFields = get().fieldNames.length > 0;
        const fieldNames = result.featureCollection.features.length > 0 ? fieldNamesOf(result.featureCollection) : get().fieldNames;
        const geometryType = result.featureCollection.features.find((feature) => feature.geometry)?.geometry?.type;
        set({
          stage: isFatal && !keepsReview ? "failed" : "review",
          result,
          sourceCrs: result.detectedCrs?.crs ?? sourceCrs ?? null,
          fieldNames,
          ...(sourceCrs ? {} : { role: guessRole(fileName, geometryType) }),
          ...(sourceCrs && hadFields ? {} : { mapping: guessAttributeMapping(fieldNames) }),
          failure: isFatal && !keepsReview ? (fatalCode ?? "parse-error") : null,
        });
      } catch (error) {
        if (readId !== readCount) return;
        set({ stage: "failed", failure: error instanceof Error && error.message === "cancelled" ? "read-cancelled" : "parse-error" });
      }
    };
    /** Runs an OSM step in the worker with progress; its value, or null after a failure, a cancel or a newer import. */
    const runOsm = async <T>(step: (onProgress: (ratio: number) => void) => Promise<OsmOutcome<T>>): Promise<T | null> => {
      const readId = ++readCount;
      set({ stage: "reading", progressRatio: 0, failure: null, failureDetail: null });
      try {
        const outcome = await step((progressRatio) => {
          if (readId === readCount) set({ progressRatio });
        });
        if (readId !== readCount) return null;
        if (outcome.ok) return outcome.value;
        set({ stage: "failed", failure: osmFailureCode(outcome.code), failureDetail: outcome.message });
      } catch (error) {
        if (readId !== readCount) return null;
        const isCancel = error instanceof Error && error.message === "cancelled";
        set({ stage: "failed", failure: isCancel ? "read-cancelled" : "osm-unreadable", failureDetail: isCancel ? null : String(error) });
      }
      return null;
    };
    return {
      ...IDLE,
      importFile: async (file, context) => {
        content = file.content;
        set({ ...IDLE, fileName: file.name, layerTitle: file.name.replace(/\.[^.]+$/, "") });
        const blob = content;
        const isOsm = await context.client.isOsm(blob, file.name).catch(() => false);
        // Another file chosen meanwhile has taken over.
        if (content !== blob) return;
        if (!isOsm) {
          await read(file.name, context);
          return;
        }
        const scan = await runOsm((onProgress) => context.client.scanOsm(blob, file.name, onProgress));
        if (!scan) return;
        set({ stage: "osm-mapping", osmScan: scan, osmMapping: DEFAULT_OSM_MAPPING, osmClip: { kind: "extent" } });
      },
      changeOsmMapping: (osmMapping) => set({ osmMapping }),
      chooseOsmClip: (osmClip) => set({ osmClip }),
      readOsm: async (context) => {
        const { fileName, osmMapping, osmClip, stage } = get();
        if (!content || !fileName || stage !== "osm-mapping") return null;
        const blob = content;
        return runOsm((onProgress) => context.client.readOsm(blob, fileName, osmMapping, osmClip, onProgress));
      },
      rereadWithCrs: async (crs, context) => {
        const fileName = get().fileName;
        if (fileName) await read(fileName, context, crs);
      },
      chooseRole: (role) => set({ role }),
      mapAttribute: (attribute, field) => set((state) => ({ mapping: { ...state.mapping, [attribute]: field } })),
      renameLayer: (layerTitle) => set({ layerTitle }),
      cancelImport: (context) => {
        readCount += 1;
        context.client.cancel();
        set({ stage: "failed", failure: "read-cancelled" });
      },
      closeImport: () => {
        content = null;
        readCount += 1;
        set(IDLE);
      },
    };
  });
}

export type ImportStore = ReturnType<typeof createImportStore>;
