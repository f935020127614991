import type { FeatureCollection } from "geojson";
import { createStore } from "zustand/vanilla";
import { guessRole, type CanonicalAttribute, type LayerRole } from "../domain/layer-roles";
import { type AttributeMapping, fieldNamesOf, guessAttributeMapping } from "../io/attribute-mapping";
import type { ReadResult } from "../io/read-layer-file";

export type { ImportIssue } from "../io/read-layer-file";
import type { ImportClient } from "../worker/import-client";

type ImportStage = "idle" | "reading" | "review" | "failed";

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
    return {
      ...IDLE,
      importFile: async (file, context) => {
        content = file.content;
        set({ ...IDLE, fileName: file.name, layerTitle: file.name.replace(/\.[^.]+$/, "") });
        await read(file.name, context);
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
