import { analysisStore } from "../../state/app-stores";
import { useAnalysis } from "../../state/hooks";
import type { MetricsReport } from "../../state/rule-sets";
import { formatArea } from "../format";
import { useTranslate } from "../use-translate";
import { formatNumber, formatRatio } from "./format-metrics";

/** Parks, greenways, red line and shoreline figures of the latest report. */
export function OtherMetrics({ report }: { report: MetricsReport }) {
  const { t, language } = useTranslate();
  const locale = language === "zh" ? "zh-CN" : "en";
  const greenwayRadiusM = useAnalysis((state) => state.greenwayRadiusM);
  const units = { ha: t("unit.ha"), km2: t("unit.km2") };
  const { parks, greenways, redLine, shoreline } = report;
  return (
    <>
      {parks && (
        <section aria-labelledby="parks-title">
          <h3 id="parks-title">{t("metrics.parks")}</h3>
          <p>{t("metrics.parkCount", { count: parks.count, counted: parks.countedCount })}</p>
          <p>{t("metrics.parkArea", { area: formatArea(parks.areaM2, units, locale) })}</p>
          {parks.areaPerCapitaM2 !== undefined && <p>{t("metrics.perCapita", { value: formatNumber(parks.areaPerCapitaM2, locale) })}</p>}
        </section>
      )}
      {greenways && (
        <section aria-labelledby="greenways-title">
          <h3 id="greenways-title">{t("metrics.greenways")}</h3>
          <p data-testid="greenway-length">{t("metrics.greenwayLength", { length: formatNumber(greenways.lengthKm, locale) })}</p>
          <p>{t("metrics.greenwayCoverage", { radius: greenways.radiusM, ratio: formatRatio(greenways.coverageRatio, locale) })}</p>
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
      {redLine && (
        <section aria-labelledby="red-line-title">
          <h3 id="red-line-title">{t("metrics.redLine")}</h3>
          <p>{t("metrics.redLineArea", { km2: formatNumber(redLine.areaKm2, locale), ha: formatNumber(redLine.areaHa, locale, 0), mu: formatNumber(redLine.areaMu, locale, 0) })}</p>
          <p>{t("metrics.redLineSplit", { land: formatNumber(redLine.landAreaKm2, locale), sea: formatNumber(redLine.seaAreaKm2, locale) })}</p>
        </section>
      )}
      {shoreline && (
        <section aria-labelledby="shoreline-title">
          <h3 id="shoreline-title">{t("metrics.shoreline")}</h3>
          <p>{t("metrics.shorelineLine", { length: formatNumber(shoreline.lengthKm, locale), natural: formatNumber(shoreline.naturalLengthKm, locale), ratio: formatRatio(shoreline.naturalRatio, locale) })}</p>
        </section>
      )}
    </>
  );
}
