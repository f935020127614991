import type { LayerMeta } from "../../domain/layer-meta";
import { isUserLayerId } from "../../domain/layer-meta";
import { layersStore, uiStore } from "../../state/app-stores";
import { useLayers } from "../../state/hooks";
import { useTranslate } from "../use-translate";
import { LayerToggle, OpacitySlider } from "./layer-controls";
import { LegendSwatches } from "./legend-swatches";
import { StyleByAttribute } from "./style-by-attribute";
import { localeNumber } from "../locale-number";

/**
 * One layer in the panel: toggle, opacity, order, zoom-to, count, legend, provenance and the 示意 badge. ▲/▼ move it
 * past its neighbour row in its group (`groupIds`, top first), on the map and in the panel alike.
 */
export function LayerRow({ meta, groupIds, isFirst, isLast }: { meta: LayerMeta; groupIds: readonly string[]; isFirst: boolean; isLast: boolean }) {
  const { t, pick, language } = useTranslate();
  const view = useLayers((state) => state.views[meta.id]);
  const status = useLayers((state) => state.dataStatus[meta.id]);
  const error = useLayers((state) => state.dataError[meta.id]);
  const loadedCount = useLayers((state) => state.data[meta.id]?.features.length);
  if (!view) return null;
  const title = pick(meta.title);
  const count = loadedCount ?? meta.featureCount;
  const actions = layersStore.getState();
  return (
    <li className="layer-row" data-layer-id={meta.id}>
      <div className="layer-head">
        <LayerToggle
          title={title}
          isVisible={view.isVisible}
          swatchClassName="swatch-main"
          swatchStyle={{ background: meta.style.color }}
          testId={`toggle-${meta.id}`}
          onToggle={() => actions.toggleLayer(meta.id)}
        />
        {(meta.schematic || (meta.schematicAttributes?.length ?? 0) > 0) && (
          <span
            className="badge-schematic"
            title={meta.schematic ? t("layer.schematicTitle") : t("layer.schematicAttributes", { attributes: meta.schematicAttributes?.join(", ") ?? "" })}
          >
            {t("layer.schematic")}
          </span>
        )}
      </div>
      <div className="layer-meta-line">
        <span>{count === 0 ? t("layer.empty") : t("layer.features", { count: localeNumber(count, language) })}</span>
        {status === "loading" && <span>{t("layer.loading")}</span>}
        {status === "error" && (
          <span role="alert" className="error-text">
            {t("layer.loadError", { title, error: error ?? "" })}
          </span>
        )}
      </div>
      <div className="layer-controls">
        <OpacitySlider title={title} opacityRatio={view.opacityRatio} onChange={(opacityRatio) => actions.changeOpacity(meta.id, opacityRatio)} />
        <button type="button" disabled={isFirst} aria-label={t("layer.up", { title })} onClick={() => actions.moveLayer(meta.id, "up", groupIds)}>
          ▲
        </button>
        <button type="button" disabled={isLast} aria-label={t("layer.down", { title })} onClick={() => actions.moveLayer(meta.id, "down", groupIds)}>
          ▼
        </button>
        <button type="button" aria-label={t("layer.zoomTo", { title })} onClick={() => uiStore.getState().requestView(meta.bbox)}>
          ⤢
        </button>
        {isUserLayerId(meta.id) && (
          <button type="button" aria-label={t("layer.remove", { title })} data-testid={`remove-${meta.id}`} onClick={() => actions.deleteLayer(meta.id)}>
            🗑
          </button>
        )}
      </div>
      <LegendSwatches meta={meta} />
      <details className="layer-details">
        <summary>{t("layer.details")}</summary>
        <dl>
          <dt>{t("layer.source")}</dt>
          <dd>{pick(meta.source)}</dd>
          <dt>{t("layer.licence")}</dt>
          <dd>{meta.licence}</dd>
          <dt>{t("layer.crs")}</dt>
          <dd>{meta.declaredCrs}</dd>
        </dl>
        {meta.kind !== "land" && <StyleByAttribute layerId={meta.id} />}
      </details>
    </li>
  );
}
