import { uiStore } from "../state/app-stores";
import { useUi } from "../state/hooks";
import type { MessageKey } from "./i18n/translate";
import { useTranslate } from "./use-translate";

const SETTING_KEYS: Record<string, MessageKey> = {
  language: "project.setting.language",
  region: "project.setting.region",
  ruleSetId: "project.setting.ruleSetId",
  basemap: "project.setting.basemap",
  view: "project.setting.view",
};

/** What an opened or restored project held that was repaired or left out, and address parameters that were ignored. */
export function Notices() {
  const { t } = useTranslate();
  const repairs = useUi((state) => state.projectRepairs);
  const ignored = useUi((state) => state.ignoredLinkParameters);
  const offeredBasemap = useUi((state) => state.pendingBasemap);
  return (
    <>
      {offeredBasemap && (
        <div role="alertdialog" aria-labelledby="basemap-offer-text" className="notice warning-text" data-testid="basemap-offer">
          <p id="basemap-offer-text">{t("basemap.pending", { url: offeredBasemap.kind === "osm" ? offeredBasemap.urlTemplate : t("basemap.tianditu") })}</p>
          <div className="button-row">
            <button type="button" data-testid="basemap-offer-decline" onClick={() => uiStore.getState().answerPendingBasemap(false)}>
              {t("basemap.decline")}
            </button>
            <button type="button" className="secondary" data-testid="basemap-offer-accept" onClick={() => uiStore.getState().answerPendingBasemap(true)}>
              {t("basemap.accept")}
            </button>
          </div>
        </div>
      )}
      {repairs && repairs.items.length > 0 && (
        <div role="status" className="notice warning-text" data-testid="project-repairs">
          <p>{t(repairs.origin === "file" ? "project.repairs.file" : "project.repairs.storage")}</p>
          <ul>
            {repairs.items.slice(0, 20).map((item, index) => (
              <li key={`${item.kind}-${item.subject}-${index}`}>
                {t(`project.repair.${item.kind}`, {
                  subject: item.kind === "setting-reset" ? t(SETTING_KEYS[item.subject] ?? "project.setting.view") : item.subject,
                  count: item.count ?? 0,
                })}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => uiStore.getState().reportProjectRepairs(null)}>
            {t("project.repairs.dismiss")}
          </button>
        </div>
      )}
      {ignored.length > 0 && (
        <div role="status" className="notice warning-text" data-testid="link-notice">
          {t("link.ignored", { names: ignored.join(", ") })}
          <button type="button" onClick={() => uiStore.getState().reportIgnoredLinkParameters([])}>
            {t("link.dismiss")}
          </button>
        </div>
      )}
    </>
  );
}
