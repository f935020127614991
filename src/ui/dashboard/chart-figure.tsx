import type { EChartsCoreOption } from "echarts/core";
import { useTranslate } from "../use-translate";
import { LazyChart } from "./lazy-chart";

export interface ChartFigureProps {
  caption: string;
  option: EChartsCoreOption;
  /** Text alternative read as the chart's name. */
  summary: string;
  isEmpty: boolean;
  /** The data table shown under the chart on demand (and always in print). */
  columns: string[];
  rows: { key: string; cells: string[] }[];
}

/** A captioned chart with its data as a table: the table is the accessible and printable alternative. */
export function ChartFigure({ caption, option, summary, isEmpty, columns, rows }: ChartFigureProps) {
  const { t } = useTranslate();
  return (
    <figure className="dashboard-figure">
      <figcaption>{caption}</figcaption>
      {isEmpty ? <p className="muted">{t("dashboard.chart.empty")}</p> : <LazyChart option={option} summary={summary} />}
      {rows.length > 0 && (
        <details className="chart-table">
          <summary>{t("dashboard.chart.table")}</summary>
          <table>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  {row.cells.map((cell, index) =>
                    index === 0 ? (
                      <th key={index} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={index}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
