import { analysisStore } from "../../state/app-stores";
import { useAnalysis } from "../../state/hooks";
import type { MetricsReport } from "../../domain/metrics-report";
import { formatArea } from "../format";
import { useTranslate } from "../use-translate";
import { formatNumber, formatRatio } from "./format-metrics";
import { useRegionName } from "./region-name";

/** Parks, greenways, red line and shoreline figures of the latest report; 无数据 for a kind the region lacks. */
export function OtherMetrics({ report }: { report: MetricsReport }) {
  const { t, language } = useTranslate();
  const region = useRegionName();
  const locale = language === "zh" ? "zh-CN" : "en";
  const greenwayRadiusM = useAnalysis((state) => state.greenwayRadiusM);
  const units = { ha: t("unit.ha"), km2: t("unit.km2") };
  const { parks, greenways, redLine, shoreline } = report;
  return (
    <>
      <section aria-labelledby="parks-title">
        <h3 id="parks-title">{t("metrics.parks")}</h3>
        {parks ? (
          <>
            <p>{t("metrics.parkCount", { count: parks.count, counted: parks.countedCount })}</p>
            <p>{t("metrics.parkArea", { area: formatArea(parks.areaM2, units, locale) })}</p>
            {parks.areaPerCapitaM2 !== undefined && <p>{t("metrics.perCapita", { value: formatNumber(parks.areaPerCapitaM2, locale) })}</p>}
          </>
        ) : (
          <p className="hint">{t("metrics.parksNoData", { region })}</p>
        )}
      </section>
      {!greenways && (
        <section aria-labelledby="greenways-title">
          <h3 id="greenways-title">{t("metrics.greenways")}</h3>
          <p className="hint">{t("metrics.greenwaysNoData", { region })}</p>
        </section>
      )}
      {greenways && (
        <section aria-labelledby="greenways-title">
          <h3 id="greenways-title">{t("metrics.greenways")}</h3>
          <p data-testid="greenway-length">{t("metrics.greenwayLength", { length: formatNumber(greenways.lengthKm, locale) })}</p>
          <p>
            {greenways.coverageRatio === undefined
              ? t("metrics.greenwayCoverageNoData", { radius: greenways.radiusM, region })
              : t("metrics.greenwayCoverage", { radius: greenways.radiusM, ratio: formatRatio(greenways.coverageRatio, locale) })}
          </p>
          <label>
            {t("metrics.greenwayRadius")}
            <input
              type="number"
              min={100}
              max={5000}
              step={100}
              value={greenwayRadiusM}
              onChange={(event) => {
                const radiusM = Number(event.target.value);
                if (radiusM >= 100 && radiusM <= 5000) analysisStore.getState().changeGreenwayRadius(radiusM);
              }}
            />
          </label>
        </section>
      )}
      <section aria-labelledby="red-line-title">
        <h3 id="red-line-title">{t("metrics.redLine")}</h3>
        {redLine ? (
          <>
            <p>
              {t("metrics.redLineArea", {
                km2: formatNumber(redLine.areaKm2, locale),
                ha: formatNumber(redLine.areaHa, locale, 0),
                mu: formatNumber(redLine.areaMu, locale, 0),
              })}
            </p>
            <p>{t("metrics.redLineSplit", { land: formatNumber(redLine.landAreaKm2, locale), sea: formatNumber(redLine.seaAreaKm2, locale) })}</p>
          </>
        ) : (
          <p className="hint">{t("metrics.redLineNoData", { region })}</p>
        )}
      </section>
      <section aria-labelledby="shoreline-title">
        <h3 id="shoreline-title">{t("metrics.shoreline")}</h3>
        {shoreline ? (
          <p>
            {t("metrics.shorelineLine", {
              length: formatNumber(shoreline.lengthKm, locale),
              natural: formatNumber(shoreline.naturalLengthKm, locale),
              ratio: formatRatio(shoreline.naturalRatio, locale),
            })}
          </p>
        ) : (
          <p className="hint">{t("metrics.shorelineNoData", { region })}</p>
        )}
      </section>
    </>
  );
}
