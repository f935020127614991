import type { MetricsReport } from "../../domain/metrics-report";
import { useAnalysis } from "../../state/hooks";
import { formatArea } from "../format";
import { useTranslate } from "../use-translate";
import { CoverageColumns } from "./coverage-columns";
import { formatRatio } from "./format-metrics";
import { useRegionName } from "./region-name";

/**
 * The headline coverage with its rule set, then every figure in the 半径 and 步行 columns (overall, per class,
 * population-weighted, per district); 无数据 when the region has no residential land or no parks. The 步行 figures
 * come from their own, later run: until it ends they say 计算中…, never an older input's number.
 */
export function CoverageSummary({ report, blindSpotCount, blindSpotAreaM2 }: { report: MetricsReport; blindSpotCount: number; blindSpotAreaM2: number }) {
  const { t, pick, language } = useTranslate();
  const regionName = useRegionName();
  const locale = language === "zh" ? "zh-CN" : "en";
  const coverage = report.parkCoverage;
  const walking = useAnalysis((state) => state.walking);
  if (!coverage) {
    return (
      <section className="coverage-summary" aria-labelledby="coverage-title">
        <h3 id="coverage-title">{t("metrics.coverage")}</h3>
        <p className="hint" data-testid="coverage-no-data">
          {t("metrics.coverageNoData", { region: regionName })}
        </p>
      </section>
    );
  }
  const units = { ha: t("unit.ha"), km2: t("unit.km2") };
  return (
    <section className="coverage-summary" aria-labelledby="coverage-title">
      <h3 id="coverage-title">{t("metrics.coverage")}</h3>
      <p className="headline" data-testid="coverage-ratio">
        {formatRatio(coverage.ratio, locale)}
      </p>
      {walking.coverage && (
        <p className="headline-secondary" data-testid="coverage-walking-ratio">
          {t("metrics.walkingHeadline", { ratio: formatRatio(walking.coverage.ratio, locale) })}
        </p>
      )}
      {walking.status === "running" && (
        <p className="headline-secondary" data-testid="coverage-walking-pending">
          {t("metrics.walkingHeadline", { ratio: t("metrics.walkingRunning") })}
        </p>
      )}
      {walking.status === "failed" && (
        <p role="alert" className="error-text">
          {t("metrics.walkingFailed", { error: walking.error ?? "" })}
        </p>
      )}
      <p className="hint" data-testid="coverage-rule">
        {t("metrics.coverageRule", { name: pick(report.ruleSet.name), id: report.ruleSet.id })}
      </p>
      <CoverageColumns coverage={coverage} walking={walking} />
      <p>{t("metrics.blindSpots", { count: blindSpotCount, area: formatArea(blindSpotAreaM2, units, locale) })}</p>
    </section>
  );
}
