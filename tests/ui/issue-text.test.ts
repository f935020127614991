/**
 * Import issues in the planner's words: each names the part of the file and the facts the reader found, in
 * Chinese and English, read from generated hostile files (tests/io/hostile-files.ts).
 */
import { describe, expect, it } from "vitest";
import { readLayerFile } from "../../src/io/read-layer-file";
import type { ImportIssue } from "../../src/state/import-store";
import { issueProblem } from "../../src/ui/import/issue-text";
import { shapefileClaimingHugeDbf, shapefileWithCpg, shpWithOverclaimingRecord } from "../io/hostile-files";

async function issueOf(bytes: Uint8Array, fileName: string, code: ImportIssue["code"]): Promise<ImportIssue> {
  const issue = (await readLayerFile(bytes, fileName)).issues.find((candidate) => candidate.code === code);
  if (!issue) throw new Error(`no ${code} issue`);
  return issue;
}

describe("import issues name the part of the file and the problem exactly", () => {
  it("a .dbf claiming more records than it holds: both numbers", async () => {
    const issue = await issueOf(shapefileClaimingHugeDbf(3), "parks.zip", "record-count-mismatch");
    expect(issueProblem(issue, "zh")).toBe("parks.dbf 声明有 2,147,483,647 条记录，实际只有 3 条；已读取这 3 条");
    expect(issueProblem(issue, "en")).toBe("parks.dbf declares 2,147,483,647 records but holds 3; the 3 present were read");
  });

  it("a refused .cpg: what it said and the encoding used instead", async () => {
    const issue = await issueOf(shapefileWithCpg("utf-16le"), "parks.zip", "encoding-unsupported");
    expect(issueProblem(issue, "zh")).toBe('parks.cpg 声明的编码为 "utf-16le"，不能用于读取 .dbf；属性已按 GBK 读取');
    expect(issueProblem(issue, "en")).toBe('parks.cpg says "utf-16le", which a .dbf cannot be read in; attributes read as GBK');
  });

  it("a .shp record declaring more points than it holds: the record, the counts and its size", async () => {
    const issue = await issueOf(shpWithOverclaimingRecord(5, 3, 0x7fffffff), "points.shp", "parse-error");
    expect(issueProblem(issue, "zh")).toBe("points.shp 第 3 条记录声明 1 个部分、2,147,483,647 个点，超出该记录的 128 字节，未读取");
    expect(issueProblem(issue, "en")).toBe("record 3 of points.shp declares 1 part and 2,147,483,647 points, more than its 128 bytes hold; not read");
  });

  it("an issue without facts of its own keeps its code's text", () => {
    const issue: ImportIssue = { code: "ring-not-closed", message: "a.geojson: 1 ring closed.", fileName: "a.geojson", severity: "info" };
    expect(issueProblem(issue, "zh")).toBe("多边形环未闭合，已自动闭合");
  });
});
