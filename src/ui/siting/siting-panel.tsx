import { useMemo } from "react";
import { isUserLayerId } from "../../domain/layer-meta";
import { listRuleSets } from "../../domain/rule-sets";
import { sitingStore } from "../../state/app-stores";
import { useLayers, useLayersShallow, useSiting, useUi } from "../../state/hooks";
import { acceptSites, cancelSiting, exportSites, runSiting } from "../../state/siting-actions";
import { LazyChart } from "../dashboard/lazy-chart";
import { SitingBoundNote } from "./siting-bound-note";
import { saveBlob } from "../export-panel/save-blob";
import { useTranslate } from "../use-translate";
import { localeNumber } from "../locale-number";

const percent = (ratio: number) => `${(ratio * 100).toFixed(2)} %`;

/** "建议新增公园": choose N or a target ratio, the park class and the candidates; see, accept and export the sites. */
export function SitingPanel() {
  const { t, pick } = useTranslate();
  const settings = useSiting((state) => state.settings);
  const status = useSiting((state) => state.status);
  const progress = useSiting((state) => state.progress);
  const report = useSiting((state) => state.report);
  const error = useSiting((state) => state.error);
  const selectedRanks = useSiting((state) => state.selectedRanks);
  const ruleSetId = useUi((state) => state.ruleSetId);
  const pointLayers = useLayersShallow((state) => state.order.filter((id) => isUserLayerId(id) && state.metas[id]?.geometryType === "Point"));
  const lineLayers = useLayersShallow((state) => state.order.filter((id) => state.metas[id]?.geometryType === "LineString" && Boolean(state.data[id])));
  const titles = useLayers((state) => state.metas);
  const classes = useMemo(() => listRuleSets().find((ruleSet) => ruleSet.id === ruleSetId)?.classes ?? [], [ruleSetId]);
  const radii = [...new Set(classes.map((radiusClass) => radiusClass.radiusM))];
  const actions = sitingStore.getState();
  const chart = useMemo(
    () =>
      report && {
        grid: { left: 48, right: 12, top: 12, bottom: 28 },
        xAxis: { type: "category", data: report.curve.map((_, k) => String(k)), name: t("siting.curveSites") },
        yAxis: {
          type: "value",
          axisLabel: { formatter: (value: number) => `${(value * 100).toFixed(0)}%` },
          min: (range: { min: number }) => Math.floor(range.min * 100) / 100,
        },
        series: [{ type: "line", data: report.curve, symbolSize: 4 }],
        tooltip: { trigger: "axis" },
      },
    [report, t],
  );
  const download = async (format: "geojson" | "shapefile" | "csv") => {
    const blob = await exportSites(format);
    if (blob) saveBlob(blob, `suggested-sites.${format === "shapefile" ? "zip" : format}`);
  };
  return (
    <section className="siting-panel" aria-labelledby="siting-title" data-testid="siting-panel">
      <h3 id="siting-title">{t("siting.title")}</h3>
      <div role="radiogroup" aria-label={t("siting.goal")} className="tool-group">
        <button type="button" role="radio" aria-checked={settings.goal === "count"} onClick={() => actions.changeSettings({ goal: "count" })}>
          {t("siting.goalCount")}
        </button>
        <button type="button" role="radio" aria-checked={settings.goal === "ratio"} onClick={() => actions.changeSettings({ goal: "ratio" })}>
          {t("siting.goalRatio")}
        </button>
      </div>
      {settings.goal === "count" ? (
        <label>
          {t("siting.count")}
          <input
            type="number"
            min={1}
            max={500}
            value={settings.count}
            data-testid="siting-count"
            onChange={(event) => actions.changeSettings({ count: Math.max(1, Math.round(Number(event.target.value) || 1)) })}
          />
        </label>
      ) : (
        <label>
          {t("siting.targetRatio")}
          <input
            type="number"
            min={1}
            max={100}
            step={0.5}
            value={settings.targetRatio * 100}
            data-testid="siting-ratio"
            onChange={(event) => actions.changeSettings({ targetRatio: Math.min(1, Math.max(0.01, Number(event.target.value) / 100)) })}
          />
        </label>
      )}
      <label>
        {t("siting.parkClass")}
        <select value={settings.radiusM} data-testid="siting-class" onChange={(event) => actions.changeSettings({ radiusM: Number(event.target.value) })}>
          {radii.map((radiusM) => (
            <option key={radiusM} value={radiusM}>
              {t("siting.radius", { radius: radiusM })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("siting.candidates")}
        <select
          value={settings.candidateLayerId ?? ""}
          data-testid="siting-candidates"
          onChange={(event) => actions.changeSettings({ candidateLayerId: event.target.value || null })}
        >
          <option value="">{t("siting.generated", { spacing: settings.spacingM })}</option>
          {pointLayers.map((id) => (
            <option key={id} value={id}>
              {titles[id] ? pick(titles[id].title) : id}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("siting.distance")}
        <select
          value={settings.networkLayerId ?? ""}
          data-testid="siting-network"
          onChange={(event) => actions.changeSettings({ networkLayerId: event.target.value || null })}
        >
          <option value="">{t("siting.straight")}</option>
          {lineLayers.map((id) => (
            <option key={id} value={id}>
              {t("siting.walking", { layer: titles[id] ? pick(titles[id].title) : id })}
            </option>
          ))}
        </select>
      </label>
      <div className="button-row">
        <button type="button" data-testid="siting-run" disabled={status === "running"} onClick={() => void runSiting()}>
          {t("siting.run")}
        </button>
        {status === "running" && (
          <button type="button" data-testid="siting-cancel" onClick={cancelSiting}>
            {t("siting.cancel")}
          </button>
        )}
      </div>
      {status === "running" && <progress value={progress} max={1} aria-label={t("siting.running")} data-testid="siting-progress" />}
      {status === "error" && (
        <p role="alert" className="error-text">
          {t(error === "layers-loading" ? "siting.layersLoading" : "siting.error", { error: error ?? "" })}
        </p>
      )}
      {report && status !== "running" && (
        <div
          data-testid="siting-result"
          data-added-weight={report.sites.reduce((sum, site) => sum + site.addedWeight, 0)}
          data-site-count={report.sites.length}
        >
          <p data-testid="siting-summary">
            {t("siting.summary", { count: report.sites.length, ratio: percent(report.coveredRatio), before: percent(report.curve[0] ?? 0) })}
          </p>
          <SitingBoundNote report={report} />
          <ol className="siting-sites" data-testid="siting-sites">
            {report.sites.map((site) => (
              <li key={site.rank}>
                <label>
                  <input type="checkbox" checked={selectedRanks.includes(site.rank)} onChange={() => actions.toggleSite(site.rank)} />
                  {t("siting.site", { rank: site.rank, people: localeNumber(Math.round(site.addedWeight)) })}
                </label>
              </li>
            ))}
          </ol>
          {chart && <LazyChart option={chart} summary={t("siting.curve", { from: percent(report.curve[0] ?? 0), to: percent(report.coveredRatio) })} />}
          <table className="siting-districts">
            <caption>{t("siting.byDistrict")}</caption>
            <tbody>
              {report.byGroup.map((row) => (
                <tr key={row.group}>
                  <th scope="row">{row.group || t("siting.noDistrict")}</th>
                  <td>+{localeNumber(Math.round(row.addedWeight))}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="button-row">
            <button type="button" data-testid="siting-accept" disabled={!selectedRanks.length} onClick={() => acceptSites(t("siting.scenarioName"))}>
              {t("siting.accept", { count: selectedRanks.length })}
            </button>
            <button type="button" onClick={() => void download("geojson")}>
              GeoJSON
            </button>
            <button type="button" onClick={() => void download("shapefile")}>
              Shapefile
            </button>
            <button type="button" onClick={() => void download("csv")}>
              CSV
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
