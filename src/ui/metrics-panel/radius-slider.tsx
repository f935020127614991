import { useState } from "react";
import { analysisStore, uiStore } from "../../state/app-stores";
import { previewServiceRadius } from "../../state/radius-preview";
import { useAnalysis } from "../../state/hooks";
import type { MetricsReport } from "../../state/rule-sets";
import { useTranslate } from "../use-translate";
import { formatRatio } from "./format-metrics";

/**
 * One service radius for every counted park: dragging previews an approximate ratio instantly in the
 * worker; releasing settles on the exact result with a custom rule set.
 */
export function RadiusSlider({ report }: { report: MetricsReport }) {
  const { t, language } = useTranslate();
  const locale = language === "zh" ? "zh-CN" : "en";
  const firstClass = report.ruleSet.classes[0];
  const lastClass = report.ruleSet.classes.at(-1);
  const [radiusM, setRadiusM] = useState(lastClass?.radiusM ?? 500);
  const preview = useAnalysis((state) => state.preview);
  if (!firstClass || !report.parkCoverage) return null;
  const settle = () => {
    analysisStore.getState().endPreview();
    uiStore.getState().chooseRuleSet(`custom:${firstClass.minAreaM2}=${radiusM}`);
  };
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
          onPointerUp={settle}
          onKeyUp={settle}
        />
      </label>
      {preview && <p className="hint" data-testid="radius-preview">{t("metrics.preview", { ratio: formatRatio(preview.ratio ?? undefined, locale) })}</p>}
    </div>
  );
}
