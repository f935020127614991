import type { CSSProperties } from "react";
import { useTranslate } from "../use-translate";

/** A layer row's visibility toggle: check box, swatch and title in one button. */
export function LayerToggle({
  title,
  isVisible,
  swatchClassName,
  swatchStyle,
  testId,
  onToggle,
}: {
  title: string;
  isVisible: boolean;
  swatchClassName: string;
  swatchStyle?: CSSProperties;
  testId: string;
  onToggle: () => void;
}) {
  const { t } = useTranslate();
  return (
    <button type="button" className="layer-toggle" aria-pressed={isVisible} aria-label={t("layer.toggle", { title })} data-testid={testId} onClick={onToggle}>
      <span className="toggle-box" aria-hidden="true">
        {isVisible ? "✓" : ""}
      </span>
      <span className={swatchClassName} style={swatchStyle} aria-hidden="true" />
      <span className="layer-title">{title}</span>
    </button>
  );
}

/** A layer row's opacity slider, 0–100 %, reporting a ratio 0–1. */
export function OpacitySlider({
  title,
  opacityRatio,
  testId,
  onChange,
}: {
  title: string;
  opacityRatio: number;
  testId?: string;
  onChange: (opacityRatio: number) => void;
}) {
  const { t } = useTranslate();
  return (
    <input
      type="range"
      min={0}
      max={100}
      value={Math.round(opacityRatio * 100)}
      aria-label={t("layer.opacity", { title })}
      data-testid={testId}
      onChange={(event) => onChange(Number(event.target.value) / 100)}
    />
  );
}
