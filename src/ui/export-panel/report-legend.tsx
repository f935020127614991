import type { LayerMeta } from "../../domain/layer-meta";
import { LegendSwatches } from "../layer-panel/legend-swatches";
import { useTranslate } from "../use-translate";

/** The legend of the report's map: every visible layer with its swatch and classes, and the blind spots. */
export function ReportLegend({ metas, hasBlindSpots }: { metas: LayerMeta[]; hasBlindSpots: boolean }) {
  const { t, pick } = useTranslate();
  return (
    <section className="report-legend" aria-label={t("legend.title")} data-testid="report-legend">
      <h3>{t("legend.title")}</h3>
      <ul>
        {metas.map((meta) => (
          <li key={meta.id}>
            <span
              className={`swatch swatch-${meta.geometryType === "LineString" ? "line" : meta.geometryType === "Point" ? "point" : "area"}`}
              style={{ background: meta.style.color }}
              aria-hidden="true"
            />
            {pick(meta.title)}
            {meta.schematic && <span className="badge-schematic">{t("layer.schematic")}</span>}
            <LegendSwatches meta={meta} />
          </li>
        ))}
        {hasBlindSpots && (
          <li>
            <span className="swatch swatch-blind-spot" aria-hidden="true" />
            {t("report.blindSpotLegend")}
          </li>
        )}
      </ul>
    </section>
  );
}
