/**
 * XLSX (Office Open XML SpreadsheetML) workbooks written by `write-excel-file` (loaded lazily, so the
 * library is fetched only when someone exports). Text is stored as shared strings (UTF-8 XML), numbers as
 * numbers; the first row of each sheet is the header (bold, frozen).
 */
import type { TableCell } from "./metric-table";

export interface WorkbookSheet {
  /** Sheet name; Excel allows at most 31 characters and none of : \ / ? * [ ]. */
  name: string;
  rows: TableCell[][];
}

const MAX_SHEET_NAME = 31;

/** A sheet name Excel accepts. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, " ")
    .trim()
    .slice(0, MAX_SHEET_NAME);
  return cleaned || "Sheet";
}

function columnWidths(rows: TableCell[][]): { width: number }[] {
  const count = Math.max(0, ...rows.map((row) => row.length));
  return Array.from({ length: count }, (_, index) => {
    const longest = Math.max(
      4,
      ...rows.map((row) => {
        const text = String(row[index] ?? "");
        // CJK characters are about two columns wide.
        return [...text].reduce((sum, character) => sum + (character.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
      }),
    );
    return { width: Math.min(60, longest + 2) };
  });
}

/** Writes the sheets into one .xlsx Blob. */
export async function writeXlsxWorkbook(sheets: WorkbookSheet[]): Promise<Blob> {
  const writeExcelFile = (await import("write-excel-file/universal")).default;
  const used = new Set<string>();
  const prepared = sheets.map((sheet) => {
    let name = safeSheetName(sheet.name);
    for (let suffix = 2; used.has(name); suffix++) name = `${safeSheetName(sheet.name).slice(0, MAX_SHEET_NAME - 3)} ${suffix}`;
    used.add(name);
    const data = sheet.rows.map((row, rowIndex) =>
      row.map((cell) => (cell === null || cell === "" ? null : rowIndex === 0 ? { value: String(cell), fontWeight: "bold" as const } : { value: cell })),
    );
    return { sheet: name, data, columns: columnWidths(sheet.rows), stickyRowsCount: 1 };
  });
  return writeExcelFile(prepared).toBlob();
}
