/**
 * Baseline and scenario metric rows joined into one table (header + rows) for CSV and XLSX, with labels
 * supplied by the caller (the UI's translation tables), so the files follow the interface language.
 */
import { type MetricKey, type MetricRow, metricRows, type MetricSection, type MetricUnit } from "./metric-rows";
import type { ReportForExport } from "./report-for-export";

const TABLE_COLUMNS = ["section", "metric", "scope", "value", "baseline", "scenario", "change", "unit"] as const;
type TableColumn = (typeof TABLE_COLUMNS)[number];

/** Every label an exported table needs; the UI maps each to a translated string. */
export type ExportLabelKey = `section.${MetricSection}` | `metric.${MetricKey}` | `unit.${Exclude<MetricUnit, "text">}` | `column.${TableColumn}`;
export type ExportLabel = (key: ExportLabelKey) => string;

export type TableCell = string | number | null;

/** A baseline row with the active scenario's value and the change (scenario − baseline) when there is one. */
export interface MetricRowPair extends MetricRow {
  scenarioValue?: number | string;
  change?: number;
}

const keyOf = (row: MetricRow) => `${row.metric}\u0000${row.scope}`;

/** Joins baseline and scenario rows by metric and scope; rows only the scenario has come last. */
export function pairMetricRows(baseline: ReportForExport, scenario: ReportForExport | null): MetricRowPair[] {
  const pairs: MetricRowPair[] = metricRows(baseline).map((row) => ({ ...row }));
  if (!scenario) return pairs;
  const byKey = new Map(pairs.map((pair) => [keyOf(pair), pair]));
  for (const row of metricRows(scenario)) {
    const pair = byKey.get(keyOf(row));
    if (!pair) {
      pairs.push({ ...row, value: "", scenarioValue: row.value });
      continue;
    }
    pair.scenarioValue = row.value;
    if (typeof pair.value === "number" && typeof row.value === "number") pair.change = Math.round((row.value - pair.value) * 100) / 100;
  }
  return pairs;
}

/** The table: a header row of labels, then one row per metric (scenario and change columns only with a scenario). */
export function metricTable(pairs: MetricRowPair[], hasScenario: boolean, label: ExportLabel): TableCell[][] {
  const columns: TableColumn[] = hasScenario
    ? ["section", "metric", "scope", "baseline", "scenario", "change", "unit"]
    : ["section", "metric", "scope", "value", "unit"];
  const cell = (pair: MetricRowPair, column: TableColumn): TableCell => {
    switch (column) {
      case "section":
        return label(`section.${pair.section}`);
      case "metric":
        return label(`metric.${pair.metric}`);
      case "scope":
        return pair.scope;
      case "value":
      case "baseline":
        return pair.value;
      case "scenario":
        return pair.scenarioValue ?? null;
      case "change":
        return pair.change ?? null;
      case "unit":
        return pair.unit === "text" ? "" : label(`unit.${pair.unit}`);
    }
  };
  return [columns.map((column) => label(`column.${column}`)), ...pairs.map((pair) => columns.map((column) => cell(pair, column)))];
}
