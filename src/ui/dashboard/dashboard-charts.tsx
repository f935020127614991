import { useMemo } from "react";
import type { Indicator, IndicatorEvaluation } from "../../domain/indicators/indicator-types";
import type { MetricsSnapshot } from "../../domain/indicators/metrics-snapshot";
import { PLANS } from "../../domain/indicators/plans";
import { useDistrictName } from "../metrics-panel/region-name";
import { useTranslate } from "../use-translate";
import { ChartFigure } from "./chart-figure";
import { districtCoverageOption, districtCoverageRows, greenwayPoints, greenwayTargetsOption, parkTypeRows, parkTypesOption } from "./chart-options";
import { localeNumber } from "../locale-number";

/** The plan years the greenway chart spans (Beautiful Qingdao base year 2021 to 2035). */
const PLAN_YEARS = { from: 2021, to: 2035 };

const byId = (evaluations: readonly IndicatorEvaluation[], id: string): IndicatorEvaluation | undefined =>
  evaluations.find((evaluation) => evaluation.indicator.id === id);

const firstTarget = (indicator: Indicator | undefined): number | null => indicator?.targets.find((target) => target.value !== null)?.value ?? null;

/** Coverage by district (bar), greenway length vs targets over the plan years, park types (donut). */
export function DashboardCharts(props: { metrics: MetricsSnapshot | null; evaluations: readonly IndicatorEvaluation[] }) {
  const { metrics, evaluations } = props;
  const { t, pick, language } = useTranslate();
  const locale = language === "zh" ? "zh-CN" : "en";
  const number = (value: number) => localeNumber(value, locale, { maximumFractionDigits: 1 });
  const noYear = t("dashboard.chart.noYear");
  const measuredLabel = t("dashboard.chart.measured");

  const districtName = useDistrictName();
  const districts = useMemo(() => districtCoverageRows(metrics).map((row) => ({ ...row, name: districtName(row.name) })), [metrics, districtName]);
  const targetPercent = firstTarget(byId(evaluations, "park-service-coverage")?.indicator);
  const districtOption = useMemo(
    () =>
      districtCoverageOption(districts, targetPercent, {
        coverage: t("dashboard.chart.coverage"),
        target: t("dashboard.chart.target"),
      }),
    [districts, targetPercent, t],
  );

  const greenway = byId(evaluations, "greenway-length");
  const points = useMemo(() => greenwayPoints(greenway?.indicator, (planId) => pick(PLANS[planId].shortTitle)), [greenway, pick]);
  const measuredKm = greenway?.measured ?? null;
  const greenwayOption = useMemo(
    () =>
      greenwayTargetsOption(points, measuredKm, PLAN_YEARS, {
        measured: measuredLabel,
        noYear,
        length: t("dashboard.chart.length"),
      }),
    [points, measuredKm, measuredLabel, noYear, t],
  );

  const parkTypes = useMemo(() => parkTypeRows(metrics, t("dashboard.chart.untyped")), [metrics, t]);
  const parkOption = useMemo(() => parkTypesOption(parkTypes), [parkTypes]);

  const greenwayRows = [
    ...points.map((point, index) => ({
      key: String(index),
      cells: [point.planLabel, String(point.year ?? noYear), `≥ ${number(point.valueKm)}`],
    })),
    ...(measuredKm === null ? [] : [{ key: "measured", cells: [measuredLabel, "—", number(measuredKm)] }]),
  ];

  return (
    <section className="dashboard-charts" aria-labelledby="dashboard-charts-title">
      <h3 id="dashboard-charts-title">{t("dashboard.charts")}</h3>
      <ChartFigure
        caption={t("dashboard.chart.districtCoverage")}
        option={districtOption}
        isEmpty={districts.length === 0}
        summary={districts.map((row) => `${row.name} ${number(row.percent)}%`).join(t("punct.listSeparator"))}
        columns={[t("dashboard.chart.district"), t("dashboard.chart.coverage")]}
        rows={districts.map((row) => ({ key: row.name, cells: [row.name, `${number(row.percent)}%`] }))}
      />
      <ChartFigure
        caption={t("dashboard.chart.greenways")}
        option={greenwayOption}
        isEmpty={points.length === 0 && measuredKm === null}
        summary={greenwayRows.map((row) => row.cells.join(" ")).join(t("punct.listSeparator"))}
        columns={[t("dashboard.chart.source"), t("dashboard.chart.year"), t("dashboard.chart.length")]}
        rows={greenwayRows}
      />
      <ChartFigure
        caption={t("dashboard.chart.parkTypes")}
        option={parkOption}
        isEmpty={parkTypes.length === 0}
        summary={parkTypes.map((row) => `${row.type} ${row.count}`).join(t("punct.listSeparator"))}
        columns={[t("dashboard.chart.type"), t("dashboard.chart.count"), t("dashboard.chart.area")]}
        rows={parkTypes.map((row) => ({ key: row.type, cells: [row.type, String(row.count), number(row.areaHa)] }))}
      />
    </section>
  );
}
