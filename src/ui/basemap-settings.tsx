import { useEffect, useState } from "react";
import { uiStore } from "../state/app-stores";
import { useUi } from "../state/hooks";
import type { BasemapKind } from "../state/ui-store";
import { useTranslate } from "./use-translate";

/** Optional online raster basemap (off by default so the app stays on localhost). */
export function BasemapSettings() {
  const { t } = useTranslate();
  const basemap = useUi((state) => state.basemap);
  const [draft, setDraft] = useState(basemap);
  // The form follows the basemap in use when it changes elsewhere (a restored project, an accepted offer).
  useEffect(() => setDraft(basemap), [basemap]);
  const inUse =
    basemap.kind === "off"
      ? t("basemap.off")
      : `${t(basemap.kind === "osm" ? "basemap.osm" : "basemap.tianditu")}${basemap.kind === "osm" ? ` (${basemap.urlTemplate})` : ""}`;
  return (
    <details className="basemap-settings">
      <summary>{t("basemap.title")}</summary>
      <p className="hint" data-testid="basemap-in-use">
        {t("basemap.current", { state: inUse })}
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          uiStore.getState().configureBasemap(draft);
        }}
      >
        <label>
          {t("basemap.title")}
          <select value={draft.kind} onChange={(event) => setDraft({ ...draft, kind: event.target.value as BasemapKind })}>
            <option value="off">{t("basemap.off")}</option>
            <option value="osm">{t("basemap.osm")}</option>
            <option value="tianditu">{t("basemap.tianditu")}</option>
          </select>
        </label>
        {draft.kind === "osm" && (
          <>
            <label>
              {t("basemap.url")}
              <input value={draft.urlTemplate} onChange={(event) => setDraft({ ...draft, urlTemplate: event.target.value })} />
            </label>
            <label>
              {t("basemap.attribution")}
              <input value={draft.attribution} onChange={(event) => setDraft({ ...draft, attribution: event.target.value })} />
            </label>
          </>
        )}
        {draft.kind === "tianditu" && (
          <label>
            {t("basemap.key")}
            <input value={draft.tiandituKey} onChange={(event) => setDraft({ ...draft, tiandituKey: event.target.value })} />
          </label>
        )}
        <p className="hint">{t("basemap.notice")}</p>
        <button type="submit">{t("basemap.apply")}</button>
      </form>
    </details>
  );
}
