import { useRef } from "react";
import type { NearestFeature } from "../../state/green-proximity";
import { uiStore } from "../../state/app-stores";
import { isPlaceInRegion, selectGreenProximity } from "../../state/green-proximity";
import { useCurrentRegion, useLayers, useUi } from "../../state/hooks";
import type { LayerKind } from "../../domain/layer-meta";
import { selectIsDataPending, selectLayerIdOfKind } from "../../state/layers-store";
import { useTranslate } from "../use-translate";
import { directionKey } from "./direction";
import { useBottomSheet } from "./use-bottom-sheet";
import { localeNumber } from "../locale-number";

/** The id of the current region's layer of a kind (undefined when the region has none). */
function useLayerIdOfKind(kind: LayerKind): string | undefined {
  const region = useUi((state) => state.region);
  return useLayers((state) => selectLayerIdOfKind(state, kind, region));
}

function useLayerDataOfKind(kind: LayerKind) {
  const id = useLayerIdOfKind(kind);
  return useLayers((state) => (id ? state.data[id] : undefined));
}

/** True while the data of the kind's layer is on its way (see `selectIsDataPending`). */
function useIsLoadingKind(kind: LayerKind) {
  const id = useLayerIdOfKind(kind);
  return useLayers((state) => id !== undefined && selectIsDataPending(state, id));
}

/** "离我最近的公园": the nearest park and greenway to the tapped place, and the 300 m / 500 m answers. */
export function ProximityCard() {
  const { t, language } = useTranslate();
  const headerRef = useRef<HTMLElement | null>(null);
  const sheet = useBottomSheet(headerRef);
  const probe = useUi((state) => state.probeLonLat);
  const ruleSetId = useUi((state) => state.ruleSetId);
  const hasParkLayer = useLayerIdOfKind("park") !== undefined;
  const parks = useLayerDataOfKind("park");
  const greenways = useLayerDataOfKind("greenway");
  const districts = useLayerDataOfKind("district");
  const region = useCurrentRegion();
  const isLoadingParks = useIsLoadingKind("park");
  const isLoadingGreenways = useIsLoadingKind("greenway");
  const isLoadingDistricts = useIsLoadingKind("district");
  const isLoading = isLoadingParks || isLoadingGreenways || isLoadingDistricts;
  const answer = isLoading ? null : selectGreenProximity(probe, ruleSetId, parks, greenways);
  const locale = language === "zh" ? "zh-CN" : "en";
  const isOutside =
    answer !== null && probe !== null && region !== undefined && !isPlaceInRegion(probe, region, districts, answer.nearestPark?.distanceM ?? null);
  const describe = (nearest: NearestFeature | null) => {
    if (!nearest) return t("public.none");
    const name = String(nearest.feature.properties?.name ?? "");
    if (nearest.distanceM === 0) return `${name} · ${t("public.inside")}`;
    const distance = localeNumber(Math.round(nearest.distanceM), locale);
    return `${name} · ${t("public.distance", { distance, direction: t(directionKey(nearest.bearingDeg)) })}`;
  };
  return (
    <section
      ref={sheet.sheetRef}
      className={sheet.isCollapsed ? "proximity-card is-collapsed" : "proximity-card"}
      style={sheet.sheetStyle}
      aria-labelledby="proximity-title"
      aria-live="polite"
      data-testid="proximity-card"
    >
      <button
        type="button"
        className="sheet-handle"
        aria-label={t("public.sheetHandle")}
        aria-expanded={!sheet.isCollapsed}
        data-testid="sheet-handle"
        {...sheet.handleProps}
      />
      <header className="proximity-header" ref={headerRef}>
        <h2 id="proximity-title">{t("public.askTitle")}</h2>
        {answer && !isOutside && (
          <button type="button" onClick={() => uiStore.getState().probePlace(null)}>
            {t("public.clear")}
          </button>
        )}
      </header>
      {!hasParkLayer && region ? (
        <p data-testid="no-park-data">{t("public.noParkData", { region: region.name[language] })}</p>
      ) : !answer ? (
        <p role={probe && isLoading ? "status" : undefined}>{t(probe && isLoading ? "public.loading" : "public.askHint")}</p>
      ) : isOutside && region ? (
        <>
          <p data-testid="outside-region">{t("public.outsideRegion", { region: region.name[language] })}</p>
          <button
            type="button"
            onClick={() => {
              uiStore.getState().probePlace(null);
              uiStore.getState().chooseRegion(region.id, region.bbox);
            }}
          >
            {t("public.goToRegion", { region: region.name[language] })}
          </button>
        </>
      ) : (
        <>
          <dl>
            <dt>{t("public.nearestPark")}</dt>
            <dd data-testid="nearest-park">{describe(answer.nearestPark)}</dd>
            <dt>{t("public.nearestGreenway")}</dt>
            <dd data-testid="nearest-greenway">{describe(answer.nearestGreenway)}</dd>
          </dl>
          <ul className="class-answers" data-testid="class-answers">
            {answer.classes.map((item) => {
              const area = item.minAreaM2 >= 10_000 ? `${item.minAreaM2 / 10_000} ha` : `${item.minAreaM2} m²`;
              const text = t(item.isWithin ? "public.within" : "public.notWithin", { radius: item.radiusM, area });
              return (
                <li key={item.radiusM} className={item.isWithin ? "is-within" : "is-not-within"}>
                  {item.label ? `${item.label}${t("punct.colon")}` : ""}
                  {text}
                </li>
              );
            })}
          </ul>
          <p className="hint">
            {t("public.straightLineNote")} {t("public.ruleSet")}: {answer.ruleSetId}
          </p>
        </>
      )}
    </section>
  );
}
