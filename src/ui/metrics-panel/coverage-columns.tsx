import type { ClassCoverage, DistrictCoverage, MetricsReport } from "../../domain/metrics-report";
import type { WalkingResult } from "../../state/analysis-store";
import { formatArea } from "../format";
import { useTranslate } from "../use-translate";
import { formatMinArea, formatRatio, formatWalkingToRadius } from "./format-metrics";
import { useDistrictName } from "./region-name";

type Coverage = NonNullable<MetricsReport["parkCoverage"]>;
type Walking = MetricsReport["networkCoverage"];

/** What the 步行 cell says when it has no number: 计算中… while the walking run is out, 无数据 without a network. */
const WALKING_PLACEHOLDER = {
  none: "metrics.noData",
  running: "metrics.walkingRunning",
  ready: "metrics.noData",
  failed: "metrics.walkingFailedShort",
} as const;

/** One figure in the two columns: 半径, 步行 (a placeholder without a walking figure) and 步行/半径. */
function PairCells({
  radius,
  walking,
  status,
  testId,
}: {
  radius: number | undefined;
  walking: number | undefined;
  status: WalkingResult["status"];
  testId?: string;
}) {
  const { t, language } = useTranslate();
  const locale = language === "zh" ? "zh-CN" : "en";
  return (
    <>
      <td data-testid={testId && `${testId}-radius`}>{formatRatio(radius, locale)}</td>
      <td data-testid={testId && `${testId}-walking`}>{walking === undefined ? t(WALKING_PLACEHOLDER[status]) : formatRatio(walking, locale)}</td>
      <td data-testid={testId && `${testId}-ratio`}>{walking === undefined ? "—" : formatWalkingToRadius(walking, radius, locale)}</td>
    </>
  );
}

const walkingClass = (walking: Walking, index: number): ClassCoverage | undefined => walking?.byClass[index];
const walkingDistrict = (walking: Walking, name: string): DistrictCoverage | undefined => walking?.byDistrict?.find((district) => district.name === name);

/**
 * Every coverage figure in two columns, 半径 (the straight radius the standard asks for) and 步行 (along the walking
 * network), with the ratio 步行/半径; the 步行 column says 无数据 when the region has no walking network and 计算中…
 * while the walking figures of the current input are being computed.
 */
export function CoverageColumns({ coverage, walking: result }: { coverage: Coverage; walking: WalkingResult }) {
  const walking: Walking = result.coverage ?? undefined;
  const status = result.status;
  const { t, language } = useTranslate();
  const locale = language === "zh" ? "zh-CN" : "en";
  const districtName = useDistrictName();
  const units = { ha: t("unit.ha"), km2: t("unit.km2") };
  const head = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">{t("metrics.columnRadius")}</th>
        <th scope="col">{t("metrics.columnWalking")}</th>
        <th scope="col">{t("metrics.columnWalkingToRadius")}</th>
      </tr>
    </thead>
  );
  return (
    <>
      <table className="metric-table coverage-columns" data-testid="coverage-columns">
        {head(t("metrics.figure"))}
        <tbody>
          <tr>
            <th scope="row">{t("metrics.ratio")}</th>
            <PairCells radius={coverage.ratio} walking={walking?.ratio} status={status} testId="coverage-overall" />
          </tr>
          {coverage.byClass.map((item, index) => (
            <tr key={item.radiusM}>
              <th scope="row">
                {item.label ? `${item.label} · ` : ""}
                {t("metrics.classLine", { area: formatMinArea(item.minAreaM2, locale), radius: item.radiusM })}
              </th>
              <PairCells radius={item.ratio} walking={walkingClass(walking, index)?.ratio} status={status} />
            </tr>
          ))}
          {coverage.populationRatio !== undefined && (
            <tr>
              <th scope="row">{t("metrics.populationRatio")}</th>
              <PairCells radius={coverage.populationRatio} walking={walking?.populationRatio} status={status} />
            </tr>
          )}
        </tbody>
      </table>
      {walking && (
        <p className="hint" data-testid="radius-only-area">
          {t("metrics.radiusOnly", { area: formatArea(walking.radiusOnlyAreaM2, units, locale), parks: walking.parksWithoutNetworkCount })}
        </p>
      )}
      {coverage.byDistrict && coverage.byDistrict.length > 0 && (
        <table className="metric-table" data-testid="district-table">
          <caption>{t("metrics.byDistrict")}</caption>
          {head(t("metrics.district"))}
          <tbody>
            {coverage.byDistrict.map((district) => (
              <tr key={district.name}>
                <th scope="row">{districtName(district.name)}</th>
                <PairCells radius={district.ratio} walking={walkingDistrict(walking, district.name)?.ratio} status={status} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
