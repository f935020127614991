import type { LayerMeta } from "../../domain/layer-meta";
import { useTranslate } from "../use-translate";
import { graduatedRangeLabels } from "./legend-ranges";

/** One swatch per style class (e.g. park type, or a graduated class with its range and unit). */
export function LegendSwatches({ meta }: { meta: LayerMeta }) {
  const { pick, t, language } = useTranslate();
  const categories = meta.style.categories ?? [];
  const shape = meta.geometryType === "LineString" ? "line" : meta.geometryType === "Point" ? "point" : "area";
  const graduated = meta.style.graduated;
  if (graduated) {
    const locale = language === "zh" ? "zh-CN" : "en";
    const ranges = graduatedRangeLabels(graduated.breaks, graduated.property, locale, { ha: t("unit.ha"), m: t("unit.m") });
    return (
      <ul className="legend" aria-label={`${t("legend.title")}: ${graduated.property}`} data-testid={`legend-${meta.id}`}>
        {graduated.colors.map((color, index) => (
          <li key={index}>
            <span className={`swatch swatch-${shape}`} style={{ background: color }} aria-hidden="true" />
            {ranges[index]}
          </li>
        ))}
      </ul>
    );
  }
  if (categories.length === 0) return null;
  return (
    <ul className="legend" aria-label={t("legend.title")}>
      {categories.map((category) => (
        <li key={category.value}>
          <span className={`swatch swatch-${shape}`} style={{ background: category.color }} aria-hidden="true" />
          {pick(category.label)}
        </li>
      ))}
    </ul>
  );
}
