import type { MetricsReport } from "../../domain/metrics-report";
import { formatArea } from "../format";
import { useTranslate } from "../use-translate";
import { formatMinArea, formatRatio } from "./format-metrics";
import { useDistrictName, useRegionName } from "./region-name";

/**
 * The headline coverage with its rule set, the per-class figures and the per-district table; 无数据 when the
 * region has no residential land or no parks.
 */
export function CoverageSummary({ report, blindSpotCount, blindSpotAreaM2 }: { report: MetricsReport; blindSpotCount: number; blindSpotAreaM2: number }) {
  const { t, pick, language } = useTranslate();
  const regionName = useRegionName();
  const districtName = useDistrictName();
  const locale = language === "zh" ? "zh-CN" : "en";
  const coverage = report.parkCoverage;
  if (!coverage) {
    return (
      <section className="coverage-summary" aria-labelledby="coverage-title">
        <h3 id="coverage-title">{t("metrics.coverage")}</h3>
        <p className="hint" data-testid="coverage-no-data">{t("metrics.coverageNoData", { region: regionName })}</p>
      </section>
    );
  }
  const units = { ha: t("unit.ha"), km2: t("unit.km2") };
  return (
    <section className="coverage-summary" aria-labelledby="coverage-title">
      <h3 id="coverage-title">{t("metrics.coverage")}</h3>
      <p className="headline" data-testid="coverage-ratio">{formatRatio(coverage.ratio, locale)}</p>
      <p className="hint" data-testid="coverage-rule">{t("metrics.coverageRule", { name: pick(report.ruleSet.name), id: report.ruleSet.id })}</p>
      <ul className="class-list">
        {coverage.byClass.map((item) => (
          <li key={item.radiusM}>
            {item.label ? `${item.label} · ` : ""}
            {t("metrics.classLine", { area: formatMinArea(item.minAreaM2, locale), radius: item.radiusM })}
            {t("punct.colon")}
            <strong>{formatRatio(item.ratio, locale)}</strong>
          </li>
        ))}
      </ul>
      {coverage.populationRatio !== undefined && (
        <p>{t("metrics.populationRatio")}
          {t("punct.colon")}
          <strong>{formatRatio(coverage.populationRatio, locale)}</strong></p>
      )}
      <p>{t("metrics.blindSpots", { count: blindSpotCount, area: formatArea(blindSpotAreaM2, units, locale) })}</p>
      {coverage.byDistrict && coverage.byDistrict.length > 0 && (
        <table className="metric-table" data-testid="district-table">
          <caption>{t("metrics.byDistrict")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("metrics.district")}</th>
              <th scope="col">{t("metrics.ratio")}</th>
              <th scope="col">{t("metrics.residentialArea")}</th>
            </tr>
          </thead>
          <tbody>
            {coverage.byDistrict.map((district) => (
              <tr key={district.name}>
                <th scope="row">{districtName(district.name)}</th>
                <td>{formatRatio(district.ratio, locale)}</td>
                <td>{formatArea(district.residentialAreaM2, units, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
