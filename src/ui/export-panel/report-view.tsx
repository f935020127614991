import { useEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { selectMetricPairs, selectProvenance } from "../../state/export-actions";
import { useAnalysis, useCurrentRegion, useLayersShallow, useScenarios } from "../../state/hooks";
import { selectActiveScenario } from "../../state/scenario-store";
import { useTranslate } from "../use-translate";
import { currentAttribution } from "./current-attribution";
import { ReportLegend } from "./report-legend";
import { ReportMap } from "./report-map";
import { ReportProvenance } from "./report-provenance";
import { ReportTables } from "./report-tables";

export type Paper = "A4" | "A3";
export type Orientation = "portrait" | "landscape";

/**
 * The print-ready report (opened over the app, printed alone): title, date, the map picture with legend,
 * scale bar, north arrow and attribution, the metric tables with the rule set, and the data provenance.
 * The user prints it with the browser (Print → Save as PDF); `@page` follows the chosen paper.
 */
export function ReportView({ dpi, onClose }: { dpi: number; onClose: () => void }) {
  const { t, pick, language } = useTranslate();
  const locale = language === "zh" ? "zh-CN" : "en";
  const [paper, setPaper] = useState<Paper>("A4");
  const [orientation, setOrientation] = useState<Orientation>("landscape");
  const report = useAnalysis((state) => state.report);
  const scenarioReport = useAnalysis((state) => state.scenarioReport);
  const inputLayerIds = useAnalysis((state) => state.inputLayerIds);
  const scenarioName = useScenarios((state) => selectActiveScenario(state)?.name ?? null);
  const layers = useLayersShallow((state) => ({ order: state.order, metas: state.metas, views: state.views }));
  const pairs = useMemo(() => selectMetricPairs({ report, scenarioReport }) ?? [], [report, scenarioReport]);
  const provenance = useMemo(() => selectProvenance(layers, inputLayerIds), [layers, inputLayerIds]);
  const visible = useMemo(() => selectProvenance(layers, []), [layers]);
  const attribution = useMemo(() => currentAttribution(), []);
  const [createdAt] = useState(() => new Date());
  const dialogRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialogRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") onClose();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);
  const shown = scenarioReport ?? report;
  const ruleSet = report?.ruleSet;
  const region = useCurrentRegion();
  const classes = ruleSet?.classes
    .map(
      (item) =>
        `${item.label ? `${item.label} ` : ""}≥ ${item.minAreaM2 >= 10_000 ? `${item.minAreaM2 / 10_000} ${t("unit.ha")}` : `${item.minAreaM2} m²`} → ${item.radiusM} ${t("unit.m")}`,
    )
    .join(t("punct.listSeparator"));
  const ruleSetDescription = language === "zh" ? ruleSet?.descriptionZh : ruleSet?.description;
  return createPortal(
    <div
      className={`report-root paper-${paper} paper-${orientation}`}
      role="dialog"
      aria-modal="true"
      aria-labelledby="report-title"
      ref={dialogRef}
      tabIndex={-1}
      data-testid="report-view"
    >
      <style>{`@page { size: ${paper} ${orientation}; margin: 12mm; }`}</style>
      <div className="report-toolbar">
        <label>
          {t("report.paper")}
          <select value={paper} onChange={(event) => setPaper(event.target.value as Paper)} data-testid="report-paper">
            <option value="A4">A4</option>
            <option value="A3">A3</option>
          </select>
        </label>
        <label>
          {t("report.orientation")}
          <select value={orientation} onChange={(event) => setOrientation(event.target.value as Orientation)} data-testid="report-orientation">
            <option value="landscape">{t("report.landscape")}</option>
            <option value="portrait">{t("report.portrait")}</option>
          </select>
        </label>
        <button type="button" onClick={() => window.print()} data-testid="report-print">
          {t("report.print")}
        </button>
        <button type="button" onClick={onClose} data-testid="report-close">
          {t("report.close")}
        </button>
        <span className="hint">{t("report.printHint")}</span>
      </div>
      <article className="report-sheet">
        <header className="report-header">
          <h1 id="report-title">{t("report.title")}</h1>
          <p>
            {region && <span>{t("report.region", { region: pick(region.name) })} · </span>}
            <span data-testid="report-date">{t("report.date", { date: createdAt.toLocaleString(locale) })}</span>
          </p>
          {scenarioReport && scenarioName && <p>{t("report.scenario", { name: scenarioName })}</p>}
        </header>
        <section className="report-map-section" aria-label={t("report.map")}>
          <ReportMap dpi={dpi} attribution={attribution} />
          <ReportLegend metas={visible} hasBlindSpots={(shown?.blindSpotCount ?? 0) > 0} />
          {attribution && <p className="report-note">{t("report.attribution", { text: attribution })}</p>}
        </section>
        <section className="report-metrics" aria-labelledby="report-metrics-title">
          <h2 id="report-metrics-title">{t("report.metrics")}</h2>
          {ruleSet && (
            <p data-testid="report-rule-set">
              {t("report.ruleSet", { name: pick(ruleSet.name), id: ruleSet.id })}
              <br />
              {t("report.ruleClasses", { classes: classes ?? "" })}
            </p>
          )}
          {ruleSetDescription && (
            <p className="report-note" data-testid="report-rule-description">
              {ruleSetDescription}
            </p>
          )}
          <ReportTables pairs={pairs} hasScenario={scenarioReport !== null} />
          <p className="report-note">{t("report.methodNote")}</p>
        </section>
        <ReportProvenance metas={provenance} />
      </article>
    </div>,
    document.body,
  );
}
