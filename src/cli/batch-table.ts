/**
 * The table of a batch: a row per city (in manifest order), a column per indicator (the dotted paths of the
 * single-run JSON, without the per-district breakdown, which differs from city to city), with the rule set, the
 * data date, the seconds the city took and its error. CSV (RFC 4180), XLSX (write-excel-file) or JSON.
 */
import type { TableCell } from "../io/export/metric-table";
import { writeXlsxWorkbook } from "../io/export/xlsx-workbook";
import type { CityOutcome } from "./batch-pool";
import { csvCell, jsonText, metricEntries } from "./cli-output";

export interface CityRow {
  name: string;
  outcome: CityOutcome;
}

const FIXED_COLUMNS = ["city", "ruleSet", "dataDate", "seconds", "error"] as const;

function indicatorsOf(outcome: CityOutcome): [string, unknown][] {
  return outcome.ok ? metricEntries(outcome.json).filter(([path]) => !path.includes(".byDistrict[")) : [];
}

/** Header and rows: the fixed columns, then every indicator any city has, in first-seen order. */
export function batchRows(cities: readonly CityRow[]): TableCell[][] {
  const columns: string[] = [];
  const seen = new Set<string>();
  const values = cities.map(({ outcome }) => new Map(indicatorsOf(outcome)));
  for (const map of values) {
    for (const path of map.keys()) if (!seen.has(path)) seen.add(path), columns.push(path);
  }
  const rows: TableCell[][] = [[...FIXED_COLUMNS, ...columns]];
  cities.forEach(({ name, outcome }, i) => {
    const ruleSet = outcome.ok ? String((outcome.json.ruleSet as { id: string }).id) : null;
    const cell = (value: unknown): TableCell =>
      typeof value === "number" || typeof value === "string" ? value : value === undefined || value === null ? null : String(value);
    rows.push([
      name,
      ruleSet,
      outcome.ok ? outcome.dataDate : null,
      Number((outcome.elapsedMs / 1000).toFixed(2)),
      outcome.ok ? null : outcome.error,
      ...columns.map((path) => cell(values[i]!.get(path))),
    ]);
  });
  return rows;
}

export function batchCsv(rows: readonly TableCell[][]): string {
  return `${rows.map((row) => row.map((cell) => (cell === null ? "" : csvCell(String(cell)))).join(",")).join("\n")}\n`;
}

/** `{"cities": [{"name", <the single-run JSON blocks>, "dataDate", "seconds", "error"}]}`. */
export function batchJson(cities: readonly CityRow[]): string {
  return jsonText({
    cities: cities.map(({ name, outcome }) => ({
      name,
      ...(outcome.ok ? outcome.json : {}),
      dataDate: outcome.ok ? outcome.dataDate : null,
      seconds: Number((outcome.elapsedMs / 1000).toFixed(2)),
      error: outcome.ok ? null : outcome.error,
    })),
  });
}

export async function batchXlsx(rows: TableCell[][]): Promise<Uint8Array> {
  return new Uint8Array(await (await writeXlsxWorkbook([{ name: "cities", rows }])).arrayBuffer());
}
