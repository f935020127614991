/**
 * XLSX (ECMA-376 SpreadsheetML) point tables: a deliberately small reader of
 * the first worksheet — shared strings, inline strings, numbers, booleans —
 * built on fflate and the XML parser already used for KML, instead of a large
 * spreadsheet library. Formulas are read by their cached value; dates stay
 * serial numbers. Rows then go through `tableToPoints` like CSV. A cell
 * reference can place a value 16,383 columns to the right in a few bytes, so
 * the rows are counted cell by cell against `MAX_TABLE_CELLS` before any row
 * is expanded.
 */
import { emptyCollection, decodeUtf8, type DriverContext, type FormatDriver, type RawLayer } from "./driver";
import { tableToPoints, type Cell } from "./table-points";
import { parseXmlDocument } from "./xml-document";
import { isZip, readZipEntries, type ZipEntries } from "./zip-entries";

interface ElementLike {
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<ElementLike>;
  textContent: string | null;
}

/** Most cells (rows × columns up to each row's last cell) read from one worksheet. */
const MAX_TABLE_CELLS = 20_000_000;

class TableTooLarge extends Error {}

function elements(parent: { getElementsByTagName(name: string): ArrayLike<unknown> }, name: string): ElementLike[] {
  return Array.from(parent.getElementsByTagName(name) as ArrayLike<ElementLike>);
}

async function parsePart(entries: ZipEntries, path: string, root: string, context: DriverContext) {
  const bytes = entries[path];
  if (!bytes) return undefined;
  const parsed = await parseXmlDocument(decodeUtf8(bytes), { ...context, fileName: `${context.fileName}/${path}` }, root);
  return "failure" in parsed ? undefined : parsed.document;
}

async function firstSheetPath(entries: ZipEntries, context: DriverContext): Promise<string | undefined> {
  const workbook = await parsePart(entries, "xl/workbook.xml", "workbook", context);
  const relations = await parsePart(entries, "xl/_rels/workbook.xml.rels", "Relationships", context);
  const sheet = workbook ? elements(workbook, "sheet")[0] : undefined;
  const relationId = sheet?.getAttribute("r:id");
  const target =
    relations && relationId
      ? elements(relations, "Relationship")
          .find((relation) => relation.getAttribute("Id") === relationId)
          ?.getAttribute("Target")
      : undefined;
  if (target) return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  return Object.keys(entries)
    .filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name))
    .sort()[0];
}

function columnIndex(reference: string | null, fallback: number): number {
  const letters = reference ? /^[A-Z]+/.exec(reference)?.[0] : undefined;
  if (!letters) return fallback;
  return [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

function cellValue(cell: ElementLike, sharedStrings: string[]): Cell {
  const type = cell.getAttribute("t");
  const value = elements(cell, "v")[0]?.textContent ?? null;
  if (type === "inlineStr")
    return elements(cell, "t")
      .map((text) => text.textContent ?? "")
      .join("");
  if (type === "s") return value === null ? null : (sharedStrings[Number(value)] ?? null);
  if (type === "str" || type === "e") return value;
  if (type === "b") return value === "1";
  return value === null || value === "" ? null : Number(value);
}

/** Reads the rows of the first worksheet of an XLSX archive. */
export async function readXlsxRows(entries: ZipEntries, context: DriverContext): Promise<Cell[][] | undefined> {
  const strings = await parsePart(entries, "xl/sharedStrings.xml", "sst", context);
  const sharedStrings = strings
    ? elements(strings, "si").map((item) =>
        elements(item, "t")
          .map((text) => text.textContent ?? "")
          .join(""),
      )
    : [];
  const sheetPath = await firstSheetPath(entries, context);
  const sheet = sheetPath ? await parsePart(entries, sheetPath, "worksheet", context) : undefined;
  if (!sheet) return undefined;
  let budget = MAX_TABLE_CELLS;
  return elements(sheet, "row").map((row) => {
    const placed = elements(row, "c")
      .map((cell, position) => [columnIndex(cell.getAttribute("r"), position), cell] as const)
      .filter(([index]) => index >= 0 && index < 16_384);
    const width = placed.reduce((widest, [index]) => Math.max(widest, index + 1), 0);
    budget -= Math.max(1, width);
    if (budget < 0) throw new TableTooLarge(`the worksheet spans more than ${MAX_TABLE_CELLS.toLocaleString("en")} cells (rows × columns); not read.`);
    const cells: Cell[] = new Array<Cell>(width).fill(null);
    for (const [index, cell] of placed) cells[index] = cellValue(cell, sharedStrings);
    return cells;
  });
}

export const xlsxDriver: FormatDriver = {
  id: "xlsx",
  extensions: ["xlsx"],
  read: async (bytes, context): Promise<RawLayer> => {
    const fatal = (message: string): RawLayer => ({
      featureCollection: emptyCollection(),
      issues: [context.issue("parse-error", `${context.fileName}: ${message}`, { severity: "fatal" })],
    });
    if (!isZip(bytes)) return fatal("not an XLSX workbook (not a ZIP archive).");
    const entries = await readZipEntries(bytes, (name) => (name.startsWith("xl/") && name.endsWith(".xml")) || name.endsWith(".rels"));
    let rows: Cell[][] | undefined;
    try {
      rows = await readXlsxRows(entries, context);
    } catch (error) {
      if (!(error instanceof TableTooLarge)) throw error;
      return {
        featureCollection: emptyCollection(),
        issues: [
          context.issue("limit-exceeded", `${context.fileName}: ${error.message}`, {
            severity: "fatal",
            details: { kind: "cells", limit: MAX_TABLE_CELLS.toLocaleString("en") },
          }),
        ],
      };
    }
    if (!rows) return fatal("no readable worksheet in the workbook.");
    return tableToPoints(rows, context, "xlsx");
  },
};
