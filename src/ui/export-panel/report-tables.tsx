import { METRIC_SECTIONS, type MetricRowPair } from "../../state/export-actions";
import { useRegionName } from "../metrics-panel/region-name";
import { useTranslate } from "../use-translate";
import { useExportText } from "./use-export-text";
import { localeNumber } from "../locale-number";

const formatValue = (value: number | string | undefined, locale: string, signed = false) =>
  value === undefined || value === ""
    ? "—"
    : typeof value === "number"
      ? localeNumber(value, locale, { maximumFractionDigits: 3, signDisplay: signed ? "exceptZero" : "auto" })
      : value;

/**
 * The metric tables of the report, one per section, with scenario and change columns when a scenario is active;
 * a section the region has no data for says so (blind spots exist only with coverage, so they stay silent).
 */
export function ReportTables({ pairs, hasScenario }: { pairs: MetricRowPair[]; hasScenario: boolean }) {
  const { t, language } = useTranslate();
  const region = useRegionName();
  const text = useExportText();
  const locale = language === "zh" ? "zh-CN" : "en";
  return (
    <>
      {METRIC_SECTIONS.filter((section) => section !== "ruleSet").map((section) => {
        const rows = pairs.filter((pair) => pair.section === section);
        if (rows.length === 0) {
          if (section === "blindSpots") return null;
          return (
            <p key={section} className="report-note" data-testid={`report-no-data-${section}`}>
              {t("report.sectionNoData", { section: text(`section.${section}`), region })}
            </p>
          );
        }
        return (
          <table key={section} className="report-table" data-testid={`report-table-${section}`}>
            <caption>{text(`section.${section}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{text("column.metric")}</th>
                <th scope="col">{text("column.scope")}</th>
                <th scope="col">{text(hasScenario ? "column.baseline" : "column.value")}</th>
                {hasScenario && <th scope="col">{text("column.scenario")}</th>}
                {hasScenario && <th scope="col">{text("column.change")}</th>}
                <th scope="col">{text("column.unit")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.metric}|${row.scope}`}>
                  <th scope="row">{text(`metric.${row.metric}`)}</th>
                  <td>{row.scope}</td>
                  <td className="number">{formatValue(row.value, locale)}</td>
                  {hasScenario && <td className="number">{formatValue(row.scenarioValue, locale)}</td>}
                  {hasScenario && <td className="number">{formatValue(row.change, locale, true)}</td>}
                  <td>{row.unit === "text" ? "" : text(`unit.${row.unit}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </>
  );
}
