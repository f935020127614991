import { MapView } from "../../map/map-view";
import { uiStore } from "../../state/app-stores";
import { ErrorBoundary } from "../error-boundary";
import { FeatureInspector } from "../feature-inspector";
import { Notices } from "../notices";
import { useTranslate } from "../use-translate";
import { LocateButton } from "./locate-button";
import { PlaceSearchBox } from "./place-search-box";
import { ProximityCard } from "./proximity-card";
import { PublicLegend } from "./public-legend";

/** The calm, read-only public viewer for residents on a phone (`?mode=public`). */
export function PublicShell() {
  const { t, language } = useTranslate();
  return (
    <div className="public-shell">
      <header className="header-bar">
        <h1>{t("public.title")}</h1>
        <button type="button" onClick={() => uiStore.getState().switchMode("planner")} aria-label={t("mode.plannerLink")}>
          {t("mode.planner")}
        </button>
        <button
          type="button"
          data-testid="language-switch"
          title={t("language.switchLabel")}
          lang={language === "zh" ? "en" : "zh-CN"}
          onClick={() => uiStore.getState().switchLanguage()}
        >
          {t("language.switch")}
        </button>
      </header>
      <main className="public-map">
        <MapView label={t("public.title")} />
        <ErrorBoundary>
          <FeatureInspector audience="public" />
        </ErrorBoundary>
        <div className="public-tools">
          <Notices />
          <PlaceSearchBox />
          <LocateButton />
          <PublicLegend />
        </div>
      </main>
      <ErrorBoundary>
        <ProximityCard />
      </ErrorBoundary>
    </div>
  );
}
