/**
 * CSV text (RFC 4180) written by papaparse (loaded lazily), with a UTF-8 byte-order mark and CRLF line
 * ends so Excel on Chinese Windows opens the Chinese text correctly instead of reading it as GBK.
 * Text cells that start like a formula (= + - @) are escaped against CSV injection; numbers stay numbers.
 */
import type { TableCell } from "./metric-table";

export const UTF8_BOM = "\uFEFF";

/** Writes rows (the first one usually the header) as CSV text starting with a BOM. */
export async function writeCsvText(rows: TableCell[][]): Promise<string> {
  const Papa = (await import("papaparse")).default;
  const text = Papa.unparse(
    rows.map((row) => row.map((cell) => cell ?? "")),
    { newline: "\r\n", escapeFormulae: true },
  );
  return `${UTF8_BOM}${text}\r\n`;
}
