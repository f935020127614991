import { useState } from "react";
import { analysisStore, uiStore } from "../../state/app-stores";
import { previewServiceRadius } from "../../state/radius-preview";
import { useAnalysis, useUi } from "../../state/hooks";
import type { MetricsReport } from "../../domain/metrics-report";
import { useTranslate } from "../use-translate";
import { formatRatio } from "./format-metrics";

/**
 * One service radius for every counted park: dragging previews an approximate ratio instantly in the worker and
 * never changes the chosen rule set. Applying the radius is an explicit choice (a custom rule set, computed
 * exactly), and 撤销 returns to the rule set chosen before.
 */
export function RadiusSlider({ report }: { report: MetricsReport }) {
  const { t, language } = useTranslate();
  const locale = language === "zh" ? "zh-CN" : "en";
  const firstClass = report.ruleSet.classes[0];
  const lastClass = report.ruleSet.classes.at(-1);
  const [radiusM, setRadiusM] = useState(lastClass?.radiusM ?? 500);
  const preview = useAnalysis((state) => state.preview);
  const ruleSetId = useUi((state) => state.ruleSetId);
  const previousRuleSetId = useUi((state) => state.previousRuleSetId);
  if (!firstClass || !report.parkCoverage) return null;
  const apply = () => {
    analysisStore.getState().endPreview();
    uiStore.getState().chooseRuleSet(`custom:${firstClass.minAreaM2}=${radiusM}`);
  };
  const cancel = () => {
    analysisStore.getState().endPreview();
    setRadiusM(lastClass?.radiusM ?? 500);
  };
  const canUndo = ruleSetId.startsWith("custom:") && previousRuleSetId !== null && !previousRuleSetId.startsWith("custom:");
  return (
    <div className="radius-slider">
      <label>
        {t("metrics.slider", { radius: radiusM })}
        <input
          type="range"
          min={100}
          max={1500}
          step={50}
          value={radiusM}
          data-testid="radius-slider"
          onChange={(event) => {
            const next = Number(event.target.value);
            setRadiusM(next);
            previewServiceRadius(next);
          }}
        />
      </label>
      {preview && (
        <>
          <p className="hint" data-testid="radius-preview">
            {t("metrics.preview", { ratio: formatRatio(preview.ratio ?? undefined, locale) })}
          </p>
          <div className="button-row">
            <button type="button" data-testid="radius-apply" onClick={apply}>
              {t("metrics.radiusApply", { radius: radiusM })}
            </button>
            <button type="button" data-testid="radius-cancel" onClick={cancel}>
              {t("metrics.radiusCancel")}
            </button>
          </div>
        </>
      )}
      {!preview && canUndo && previousRuleSetId && (
        <button type="button" data-testid="radius-undo" onClick={() => uiStore.getState().chooseRuleSet(previousRuleSetId)}>
          {t("metrics.radiusUndo", { ruleSet: previousRuleSetId })}
        </button>
      )}
    </div>
  );
}
