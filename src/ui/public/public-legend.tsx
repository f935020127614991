import type { LayerMeta } from "../../domain/layer-meta";
import { useLayers, useLayersShallow } from "../../state/hooks";
import { selectVisibleLayerIds } from "../../state/layers-store";
import { LegendSwatches } from "../layer-panel/legend-swatches";
import { useTranslate } from "../use-translate";

/** A read-only legend of the visible thematic layers. */
export function PublicLegend() {
  const { t, pick } = useTranslate();
  const visible = useLayersShallow(selectVisibleLayerIds);
  const metas = useLayers((state) => state.metas);
  const shown = visible.map((id) => metas[id]).filter((meta): meta is LayerMeta => Boolean(meta) && (meta as LayerMeta).group !== "base");
  const hasSchematic = shown.some((meta) => meta.schematic);
  return (
    <details className="public-legend">
      <summary className="big-button">{t("public.legend")}</summary>
      <ul>
        {shown.map((meta) => (
          <li key={meta.id}>
            <span className="swatch-main" style={{ background: meta.style.color }} aria-hidden="true" /> {pick(meta.title)}
            {meta.schematic && <span className="badge-schematic">{t("layer.schematic")}</span>}
            <LegendSwatches meta={meta} />
          </li>
        ))}
      </ul>
      {hasSchematic && <p className="hint">{t("public.schematicNote")}</p>}
    </details>
  );
}
