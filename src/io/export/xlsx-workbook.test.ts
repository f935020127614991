import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { createDriverContext } from "../finish-layer";
import { readXlsxRows } from "../formats/xlsx";
import { safeSheetName, writeXlsxWorkbook } from "./xlsx-workbook";

describe("XLSX workbook", () => {
  it("writes sheets that the app's own XLSX reader reads back, Chinese text and numbers intact", async () => {
    const rows = [
      ["区市", "覆盖率", "单位"],
      ["市南区", 85.25, "%"],
      ["崂山区", null, "%"],
    ];
    const blob = await writeXlsxWorkbook([
      { name: "指标", rows },
      {
        name: "数据来源",
        rows: [
          ["图层", "示意"],
          ["公园", "是"],
        ],
      },
    ]);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const entries = unzipSync(bytes);
    const workbook = new TextDecoder().decode(entries["xl/workbook.xml"]);
    expect(workbook).toContain('name="指标"');
    expect(workbook).toContain('name="数据来源"');
    const readBack = await readXlsxRows(entries, createDriverContext("metrics.xlsx", {}));
    expect(readBack?.[0]).toEqual(["区市", "覆盖率", "单位"]);
    expect(readBack?.[1]).toEqual(["市南区", 85.25, "%"]);
    expect(readBack?.[2]?.[0]).toBe("崂山区");
    expect(readBack?.[2]?.[1] ?? null).toBeNull();
  });

  it("makes sheet names Excel accepts", () => {
    expect(safeSheetName("a/b:c")).toBe("a b c");
    expect(safeSheetName("x".repeat(40))).toHaveLength(31);
    expect(safeSheetName("[]")).toBe("Sheet");
  });
});
