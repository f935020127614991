import { useAnalysis } from "../../state/hooks";
import { useTranslate } from "../use-translate";
import { CoverageSummary } from "./coverage-summary";
import { ExportPanel } from "../export-panel/export-panel";
import { OtherMetrics } from "./other-metrics";
import { RadiusSlider } from "./radius-slider";
import { ScenarioPanel } from "../scenario-panel/scenario-panel";
import { RuleSetPicker } from "./rule-set-picker";

/** The metrics tab: rule-set picker, coverage with its rule set, and the other planning figures. */
export function MetricsPanel() {
  const { t } = useTranslate();
  const status = useAnalysis((state) => state.status);
  const report = useAnalysis((state) => state.report);
  const scenarioReport = useAnalysis((state) => state.scenarioReport);
  const error = useAnalysis((state) => state.error);
  const isSchematic = useAnalysis((state) => state.isSchematic);
  const shown = scenarioReport ?? report;
  return (
    <section className="metrics-panel" aria-labelledby="metrics-title" data-testid="metrics-panel" aria-busy={status === "running"}>
      <h2 id="metrics-title">{t("metrics.title")}</h2>
      <RuleSetPicker />
      {status === "running" && (
        <p className="hint" role="status">
          {t("metrics.running")}
        </p>
      )}
      {status === "idle" && <p className="hint">{t("metrics.waiting")}</p>}
      {status === "error" && (
        <p role="alert" className="error-text">
          {t("metrics.error", { error: error ?? "" })}
        </p>
      )}
      {isSchematic && report && (
        <p className="hint">
          <span className="badge-schematic">{t("layer.schematic")}</span> {t("metrics.schematic")}
        </p>
      )}
      {report && status !== "error" && (
        <>
          <ScenarioPanel />
          <CoverageSummary report={shown ?? report} blindSpotCount={shown?.blindSpotCount ?? 0} blindSpotAreaM2={shown?.blindSpotAreaM2 ?? 0} />
          <RadiusSlider report={report} />
          <OtherMetrics report={report} />
          <ExportPanel />
          <p className="hint">{t("metrics.ellipsoidal")}</p>
        </>
      )}
    </section>
  );
}
