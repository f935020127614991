import { uiStore } from "../state/app-stores";
import { useRegions, useUi } from "../state/hooks";
import { PlaceSearchBox } from "./public/place-search-box";
import { useTranslate } from "./use-translate";

/** Title, place search, region switch, language switch and the phone-only layer-panel button. */
export function HeaderBar() {
  const { t, pick, language } = useTranslate();
  const region = useUi((state) => state.region);
  const isPanelOpen = useUi((state) => state.isLayerPanelOpen);
  const regions = useRegions();
  const ui = uiStore.getState();
  return (
    <header className="header-bar">
      <button type="button" className="panel-button" aria-expanded={isPanelOpen} aria-controls="side-panel" onClick={() => ui.toggleLayerPanel()}>
        {isPanelOpen ? t("panel.close") : t("panel.layers")}
      </button>
      <h1>
        {t("app.title")} <small>{t("app.subtitle")}</small>
      </h1>
      <PlaceSearchBox />
      <label className="region-switch">
        <span>{t("region.label")}</span>
        <select
          value={region}
          data-testid="region-switch"
          onChange={(event) => {
            const next = regions.find((candidate) => candidate.id === event.target.value);
            if (next) ui.chooseRegion(next.id, next.bbox);
          }}
        >
          {regions.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {pick(candidate.name)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="public-mode-link" aria-label={t("mode.publicLink")} onClick={() => ui.switchMode("public")}>
        {t("mode.public")}
      </button>
      <button
        type="button"
        title={t("language.switchLabel")}
        lang={language === "zh" ? "en" : "zh-CN"}
        data-testid="language-switch"
        onClick={() => ui.switchLanguage()}
      >
        {t("language.switch")}
      </button>
    </header>
  );
}
