import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readLayerFile } from "../io/read-layer-file";
import type { ImportClient } from "../worker/import-client";
import { createImportStore, type ImportContext } from "./import-store";

/** The import worker's job done in-process: the real reader on the Blob's bytes. */
const reader: Pick<ImportClient, "read" | "cancel" | "isOsm"> = {
  read: async (content, fileName, options) => readLayerFile(new Uint8Array(await content.arrayBuffer()), fileName, options),
  cancel: () => undefined,
  isOsm: async () => false,
};
const client = reader as ImportClient;
const context: ImportContext = { client };

const fixture = (name: string) => new Blob([readFileSync(new URL(`../../tests/fixtures/import/${name}`, import.meta.url))]);

describe("the import review", () => {
  it("stays open when a chosen CRS fails the data, keeps the user's choices, and recovers with another CRS", async () => {
    const store = createImportStore();
    await store.getState().importFile({ name: "parks-epsg4549-noprj.zip", content: fixture("parks-epsg4549-noprj.zip") }, context);
    expect(store.getState()).toMatchObject({ stage: "review", sourceCrs: "EPSG:4549" });
    store.getState().chooseRole("greenway");
    store.getState().mapAttribute("name", "name");
    const fieldNames = store.getState().fieldNames;

    await store.getState().rereadWithCrs("EPSG:4326", context);
    expect(store.getState()).toMatchObject({ stage: "review", sourceCrs: "EPSG:4326", role: "greenway", mapping: { name: "name" }, fieldNames, failure: null });
    expect(store.getState().result?.issues.map((issue) => issue.code)).toContain("crs-implausible");

    await store.getState().rereadWithCrs("EPSG:4549", context);
    expect(store.getState()).toMatchObject({ stage: "review", sourceCrs: "EPSG:4549", role: "greenway", mapping: { name: "name" } });
    expect(store.getState().result?.featureCollection.features).toHaveLength(5);
    expect(
      store
        .getState()
        .result?.issues.filter((issue) => issue.code.startsWith("crs-"))
        .map((issue) => issue.code),
    ).toEqual([]);
  });

  it("offers the CRS choice when no CRS places the data (instead of failing)", async () => {
    const store = createImportStore();
    const csv = new Blob(["x,y,name\n3500000,5800000,A\n3500100,5800100,B\n"]);
    await store.getState().importFile({ name: "far.csv", content: csv }, context);
    expect(store.getState()).toMatchObject({ stage: "review", sourceCrs: null });
    expect(store.getState().result?.issues.map((issue) => issue.code)).toContain("crs-missing");
  });
});
