import { uiStore } from "../state/app-stores";
import { useUi } from "../state/hooks";
import type { MeasureTool } from "../state/ui-store";
import { formatAreaWithMu, formatLengthKm } from "./format";
import { useTranslate } from "./use-translate";

const TOOLS: readonly Exclude<MeasureTool, "off">[] = ["distance", "area"];

/** Distance and area measuring on the map, computed on the WGS84 ellipsoid. */
export function MeasureBar() {
  const { t, language } = useTranslate();
  const tool = useUi((state) => state.measureTool);
  const measurement = useUi((state) => state.measurement);
  const isDrawToolReady = useUi((state) => state.isDrawToolReady);
  const locale = language === "zh" ? "zh-CN" : "en";
  const length = measurement ? formatLengthKm(measurement.lengthM, t("unit.km"), locale) : "";
  return (
    <div className="measure-bar" role="group" aria-label={t("measure.label")}>
      {TOOLS.map((candidate) => (
        <button
          key={candidate}
          type="button"
          aria-pressed={tool === candidate}
          data-testid={`measure-${candidate}`}
          onClick={() => uiStore.getState().chooseMeasureTool(tool === candidate ? "off" : candidate)}
        >
          {t(candidate === "distance" ? "measure.distance" : "measure.area")}
        </button>
      ))}
      {tool !== "off" && !measurement && (
        <span className="hint" data-testid="measure-hint">
          {t(isDrawToolReady ? "measure.hint" : "draw.loading")}
        </span>
      )}
      {measurement && (
        <output data-testid="measure-result" title={t("inspect.ellipsoidal")}>
          {measurement.areaM2 === null
            ? t("measure.length", { value: length })
            : `${t("measure.areaValue", { value: formatAreaWithMu(measurement.areaM2, { m2: t("unit.m2"), km2: t("unit.km2"), ha: t("unit.ha"), mu: t("unit.mu") }, locale) })} · ${t("measure.perimeter", { value: length })}`}
        </output>
      )}
    </div>
  );
}
