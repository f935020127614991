import { useEffect, useMemo } from "react";
import { ParkWalkingFacts } from "./park-walking-facts";
import { PLANS } from "../domain/indicators/plans";
import { placeNoteFor } from "../domain/place-notes";
import { uiStore } from "../state/app-stores";
import { describeFeature, featureNameOf } from "../state/feature-details";
import { useLayers, useLayersShallow, useUi } from "../state/hooks";
import { selectIsDataPending } from "../state/layers-store";
import { SITING_SITES_LAYER_ID } from "../state/siting-store";
import { SiteInspector } from "./siting/site-inspector";
import { formatArea, formatHectares, formatLengthKm, propertyText } from "./format";
import { useTranslate } from "./use-translate";

/**
 * The panel for a clicked feature. Every value is rendered as text: properties are untrusted. Planners see every
 * attribute; residents (the public viewer) see the name, type, size, plan note and whether the data is schematic.
 */
export function FeatureInspector({ audience = "planner" }: { audience?: "planner" | "public" }) {
  const isPublic = audience === "public";
  const { t, pick, language } = useTranslate();
  const selection = useUi((state) => state.selection);
  const meta = useLayers((state) => (selection ? state.metas[selection.layerId] : undefined));
  const feature = useLayers((state) => (selection ? state.data[selection.layerId]?.features[selection.featureIndex] : undefined));
  const isLoading = useLayers((state) => (selection ? selectIsDataPending(state, selection.layerId) : false));
  const details = useMemo(() => (meta && feature ? describeFeature(meta, feature) : null), [meta, feature]);
  const isOpen = selection !== null;
  const alternatives = useUi((state) => state.selectionAlternatives);
  // Flat lists of stable values (names, metas), so the shallow comparison holds between renders.
  const alsoHereNames = useLayersShallow((state) =>
    alternatives.map((alternative) => {
      const other = state.data[alternative.layerId]?.features[alternative.featureIndex];
      return other ? featureNameOf(other) : null;
    }),
  );
  const alsoHereMetas = useLayersShallow((state) => alternatives.map((alternative) => state.metas[alternative.layerId]));
  const alsoHere = alternatives.map((alternative, index) => ({ alternative, meta: alsoHereMetas[index], name: alsoHereNames[index] ?? null }));
  useEffect(() => {
    if (!isOpen) return;
    // Escape closes the inspector, unless something else (a menu, a drawing tool) has handled it.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented) uiStore.getState().selectFeature(null);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [isOpen]);
  if (selection?.layerId === SITING_SITES_LAYER_ID) return <SiteInspector featureIndex={selection.featureIndex} />;
  if (!details) {
    // Picked from the tile set before the layer's GeoJSON has arrived (it loads after the first frame).
    if (!meta || !isLoading) return null;
    return (
      <aside className="inspector" aria-label={t("inspect.title")} data-testid="inspector" aria-busy="true">
        <header>
          <h2>{pick(meta.title)}</h2>
          <button type="button" onClick={() => uiStore.getState().selectFeature(null)} aria-label={t("inspect.close")}>
            ×
          </button>
        </header>
        <p role="status">{t("inspect.loading")}</p>
      </aside>
    );
  }
  const locale = language === "zh" ? "zh-CN" : "en";
  const className = details.className && (details.meta.style.categories?.find((category) => category.value === details.className)?.label ?? null);
  const properties = Object.entries(details.feature.properties ?? {});
  const note = details.name ? placeNoteFor(details.name) : undefined;
  // A feature's English name (the district layer's `nameEn`) titles it in English; it stays untrusted text.
  const nameEn = details.feature.properties?.nameEn;
  const title = language === "en" && typeof nameEn === "string" && nameEn.trim() !== "" ? nameEn : details.name;
  return (
    <aside className="inspector" aria-label={t("inspect.title")} data-testid="inspector">
      <header>
        <h2 data-testid="inspector-name">{title ?? t("inspect.unnamed")}</h2>
        <button type="button" onClick={() => uiStore.getState().selectFeature(null)} aria-label={t("inspect.close")}>
          ×
        </button>
      </header>
      <dl className="inspector-summary">
        <dt>{t("inspect.layer")}</dt>
        <dd>
          {pick(details.meta.title)}
          {details.meta.schematic && <span className="badge-schematic">{t("layer.schematic")}</span>}
        </dd>
        {details.className && (
          <>
            <dt>{t("inspect.class")}</dt>
            <dd>{className ? pick(className) : details.className}</dd>
          </>
        )}
        {details.areaM2 !== null && (
          <>
            <dt>{t("inspect.area")}</dt>
            <dd title={t("inspect.ellipsoidal")}>
              {isPublic ? formatHectares(details.areaM2, t("unit.ha"), locale) : formatArea(details.areaM2, { ha: t("unit.ha"), km2: t("unit.km2") }, locale)}
            </dd>
          </>
        )}
        {details.lengthM !== null && (
          <>
            <dt>{t("inspect.length")}</dt>
            <dd title={t("inspect.ellipsoidal")}>{formatLengthKm(details.lengthM, t("unit.km"), locale)}</dd>
          </>
        )}
      </dl>
      {isPublic && details.meta.schematic && (
        <p className="hint" data-testid="schematic-note">
          {t("public.schematicNote")}
        </p>
      )}
      {!isPublic && details.meta.kind === "park" && selection && <ParkWalkingFacts layerId={selection.layerId} featureIndex={selection.featureIndex} />}
      {note && (
        <section className="place-note" data-testid="place-note">
          <h3>{t("inspect.planNote")}</h3>
          <p>{pick(note.summary)}</p>
          <blockquote lang="zh-CN">“{note.quote}”</blockquote>
          <p className="hint">{t("inspect.planSource", { title: pick(PLANS[note.plan].title) })}</p>
        </section>
      )}
      {alsoHere.length > 0 && selection && (
        <section className="also-here" data-testid="inspector-also-here">
          <h3>{t("inspect.alsoHere")}</h3>
          <ul>
            {alsoHere.map(({ alternative, meta: otherMeta, name }) => {
              const layer = otherMeta ? pick(otherMeta.title) : alternative.layerId;
              const label = name ?? t("inspect.unnamed");
              // The one shown now joins the others, so a person can switch back.
              const rest = [selection, ...alternatives.filter((candidate) => candidate !== alternative)];
              return (
                <li key={`${alternative.layerId}:${alternative.featureIndex}`}>
                  <button
                    type="button"
                    aria-label={t("inspect.switchTo", { name: label, layer })}
                    onClick={() => uiStore.getState().selectFeature(alternative, rest)}
                  >
                    {label} <span className="hint">{layer}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {!isPublic && (
        <>
          <h3>{t("inspect.attributes")}</h3>
          <table className="attribute-table">
            <tbody>
              {properties.map(([key, value]) => (
                <tr key={key}>
                  <th scope="row">{key}</th>
                  <td>{propertyText(value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </aside>
  );
}
