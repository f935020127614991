import { useMemo } from "react";
import { useAnalysis } from "../../state/hooks";
import { compareScenario } from "../../state/scenario-comparison";
import { formatArea } from "../format";
import { formatPercentagePoints, formatNumber, formatRatio } from "../metrics-panel/format-metrics";
import { useDistrictName } from "../metrics-panel/region-name";
import { useTranslate } from "../use-translate";

const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text);

/** Baseline vs scenario, side by side: coverage, covered residential area, population covered, per district. */
export function ScenarioComparisonTable() {
  const { t, language } = useTranslate();
  const locale = language === "zh" ? "zh-CN" : "en";
  const baseline = useAnalysis((state) => state.report);
  const scenario = useAnalysis((state) => state.scenarioReport);
  const isStale = useAnalysis((state) => state.isScenarioStale);
  const districtName = useDistrictName();
  const totalPopulation = baseline?.populationTotal ?? 0;
  const comparison = useMemo(() => (baseline && scenario ? compareScenario(baseline, scenario, totalPopulation) : null), [baseline, scenario, totalPopulation]);
  if (!comparison) return null;
  const units = { ha: t("unit.ha"), km2: t("unit.km2") };
  const pp = (ratio: number) => formatPercentagePoints(ratio, locale, (value) => t("unit.percentagePoints", { value }));
  return (
    <div className="scenario-comparison" data-testid="scenario-comparison">
      <table className="metric-table">
        <caption>{t("scenario.compare")}</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t("scenario.baseline")}</th>
            <th scope="col">{t("scenario.scenario")}</th>
            <th scope="col">{t("scenario.delta")}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t("scenario.coverage")}</th>
            <td>{formatRatio(comparison.ratio.baseline, locale)}</td>
            <td>{formatRatio(comparison.ratio.scenario, locale)}</td>
            <td data-testid="delta-ratio">{signed(pp(comparison.ratio.deltaRatio), comparison.ratio.deltaRatio)}</td>
          </tr>
          <tr>
            <th scope="row">{t("scenario.coveredArea")}</th>
            <td>{formatArea(comparison.coveredAreaM2.baseline, units, locale)}</td>
            <td>{formatArea(comparison.coveredAreaM2.scenario, units, locale)}</td>
            <td data-testid="delta-area">{signed(formatArea(comparison.coveredAreaM2.deltaM2, units, locale), comparison.coveredAreaM2.deltaM2)}</td>
          </tr>
          {comparison.population && (
            <tr>
              <th scope="row">{t("scenario.population")}</th>
              <td>{formatNumber(comparison.population.baseline, locale, 0)}</td>
              <td>{formatNumber(comparison.population.scenario, locale, 0)}</td>
              <td data-testid="delta-population">{signed(formatNumber(comparison.population.delta, locale, 0), comparison.population.delta)}</td>
            </tr>
          )}
        </tbody>
      </table>
      <table className="metric-table">
        <caption>{t("scenario.byDistrict")}</caption>
        <tbody>
          {comparison.byDistrict
            .filter((district) => Math.abs(district.deltaRatio) > 1e-9)
            .map((district) => (
              <tr key={district.name}>
                <th scope="row">{districtName(district.name)}</th>
                <td>{formatRatio(district.baselineRatio, locale)}</td>
                <td>{formatRatio(district.scenarioRatio, locale)}</td>
                <td>{signed(pp(district.deltaRatio), district.deltaRatio)}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {isStale && <p className="hint">{t("scenario.stale")}</p>}
    </div>
  );
}
