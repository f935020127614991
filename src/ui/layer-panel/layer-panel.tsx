import { LAYER_GROUP_ORDER, type LayerMeta } from "../../domain/layer-meta";
import { useLayers, useLayersShallow, useUi } from "../../state/hooks";
import { useTranslate } from "../use-translate";
import { BlindSpotRow } from "./blind-spot-row";
import { DeletedLayerNotice } from "./deleted-layer-notice";
import { LayerRow } from "./layer-row";

/** The layer panel, grouped the way planners think: 生态底线 / 蓝 / 绿 / 城乡 / 基础. */
export function LayerPanel() {
  const { t } = useTranslate();
  const region = useUi((state) => state.region);
  const order = useLayersShallow((state) => state.order);
  const metas = useLayers((state) => state.metas);
  const status = useLayers((state) => state.manifestStatus);
  const manifestError = useLayers((state) => state.manifestError);
  if (status === "error") return <p role="alert">{t("app.manifestError", { error: manifestError ?? "" })}</p>;
  if (status !== "ready") return <p>{t("app.loading")}</p>;
  const inRegion = order.map((id) => metas[id]).filter((meta): meta is LayerMeta => Boolean(meta) && (meta as LayerMeta).regions.includes(region));
  return (
    <nav aria-label={t("panel.layers")} className="layer-panel">
      <DeletedLayerNotice />
      {LAYER_GROUP_ORDER.map((group) => {
        const members = inRegion.filter((meta) => meta.group === group);
        if (members.length === 0) return null;
        return (
          <section key={group} className="layer-group" aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`}>{t(`group.${group}`)}</h2>
            <ul>
              {members.map((meta, index) => (
                <LayerRow key={meta.id} meta={meta} groupIds={members.map((member) => member.id)} isFirst={index === 0} isLast={index === members.length - 1} />
              ))}
            </ul>
          </section>
        );
      })}
      <BlindSpotRow />
    </nav>
  );
}
