import type { LayerMeta } from "../../domain/layer-meta";
import { useTranslate } from "../use-translate";

/** One swatch per style class (e.g. park type), or a single swatch for the layer colour. */
export function LegendSwatches({ meta }: { meta: LayerMeta }) {
  const { pick, t } = useTranslate();
  const categories = meta.style.categories ?? [];
  const shape = meta.geometryType === "LineString" ? "line" : meta.geometryType === "Point" ? "point" : "area";
  const graduated = meta.style.graduated;
  if (graduated) {
    const limits = ["", ...graduated.breaks.map((value) => value.toLocaleString())];
    return (
      <ul className="legend" aria-label={`${t("legend.title")}: ${graduated.property}`} data-testid={`legend-${meta.id}`}>
        {graduated.colors.map((color, index) => (
          <li key={color}>
            <span className={`swatch swatch-${shape}`} style={{ background: color }} aria-hidden="true" />
            {index === 0 ? `< ${limits[1]}` : `≥ ${limits[index]}`}
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
