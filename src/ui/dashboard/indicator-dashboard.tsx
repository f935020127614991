import type { IndicatorEvaluation, IndicatorTheme } from "../../domain/indicators/indicator-types";
import type { MetricsSnapshot } from "../../domain/indicators/metrics-snapshot";
import type { RegionId } from "../../domain/layer-meta";
import { isBuiltinRegionId } from "../../domain/regions";
import { useCurrentRegion } from "../../state/hooks";
import { useTranslate } from "../use-translate";
import { DashboardCharts } from "./dashboard-charts";
import "./dashboard.css";
import { IndicatorRows } from "./indicator-rows";

const THEME_ORDER: readonly IndicatorTheme[] = ["green", "blue", "ecology", "environment", "urban"];

export interface IndicatorDashboardProps {
  region: RegionId;
  /** The latest metrics result (the JSON shape of `npm run metrics`), or null before any run: feeds the charts. */
  metrics: MetricsSnapshot | null;
  /** True when any loaded layer behind the metrics is schematic (示意) demonstration data. */
  isSchematic: boolean;
  /**
   * `evaluateIndicators(INDICATOR_REGISTRY[region], metrics, { isSchematic })` from
   * `src/analysis/indicators`, computed in state (ui may not import analysis).
   */
  evaluations: readonly IndicatorEvaluation[];
}

/**
 * The plan-indicator dashboard: per theme, a table of every indicator with the measured value beside
 * each plan target (plan title, year, status 达标/未达标/无数据, quote on demand), then lazily drawn charts.
 */
export function IndicatorDashboard({ region, metrics, isSchematic, evaluations }: IndicatorDashboardProps) {
  const { t, pick } = useTranslate();
  const regionInfo = useCurrentRegion();
  const regionName = regionInfo ? pick(regionInfo.name) : region;
  const themes = THEME_ORDER.map((theme) => ({
    theme,
    rows: evaluations.filter((evaluation) => evaluation.indicator.theme === theme),
  })).filter((group) => group.rows.length > 0);
  return (
    <section className="indicator-dashboard" aria-labelledby="indicator-dashboard-title" data-testid="indicator-dashboard">
      <header className="dashboard-header">
        <h2 id="indicator-dashboard-title">{t("dashboard.heading", { region: regionName })}</h2>
        <button type="button" className="dashboard-print" aria-label={t("dashboard.printLabel")} onClick={() => window.print()}>
          {t("dashboard.print")}
        </button>
      </header>
      <p className="dashboard-intro">{t("dashboard.intro")}</p>
      {!isBuiltinRegionId(region) && (
        <p className="dashboard-empty" data-testid="dashboard-no-plan">
          {t("dashboard.noPlan", { region: regionName })}
        </p>
      )}
      {isSchematic && (
        <p className="dashboard-schematic" role="note">
          <span className="badge-schematic">{t("layer.schematic")}</span> {t("dashboard.schematicNote")}
        </p>
      )}
      {metrics?.ruleSet && <p className="dashboard-rule-set">{t("dashboard.ruleSet", { id: metrics.ruleSet.id })}</p>}
      {!metrics && <p className="dashboard-empty">{t("dashboard.noMetrics")}</p>}
      {themes.map(({ theme, rows }) => (
        <div className="indicator-table-wrap" key={theme}>
          <table className="indicator-table">
            <caption>{t(`dashboard.theme.${theme}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t("dashboard.col.indicator")}</th>
                <th scope="col">{t("dashboard.col.measured")}</th>
                <th scope="col">{t("dashboard.col.target")}</th>
                <th scope="col">{t("dashboard.col.year")}</th>
                <th scope="col">{t("dashboard.col.plan")}</th>
                <th scope="col">{t("dashboard.col.status")}</th>
              </tr>
            </thead>
            {rows.map((evaluation) => (
              <IndicatorRows key={evaluation.indicator.id} evaluation={evaluation} metrics={metrics} />
            ))}
          </table>
        </div>
      ))}
      <DashboardCharts metrics={metrics} evaluations={evaluations} />
    </section>
  );
}
