import { uiStore } from "../../state/app-stores";
import { useSiting } from "../../state/hooks";
import { useTranslate } from "../use-translate";

/**
 * The inspector of a suggested park site picked on the map (`featureIndex` = rank − 1): its rank, the people it
 * newly covers, its candidate id and position. Every value is rendered as text.
 */
export function SiteInspector({ featureIndex }: { featureIndex: number }) {
  const { t, language } = useTranslate();
  const site = useSiting((state) => state.report?.sites.find((candidate) => candidate.rank === featureIndex + 1));
  if (!site) return null;
  const locale = language === "zh" ? "zh-CN" : "en";
  return (
    <aside className="inspector" aria-label={t("inspect.title")} data-testid="inspector">
      <header>
        <h2 data-testid="inspector-name">{t("siting.siteTitle", { rank: site.rank })}</h2>
        <button type="button" onClick={() => uiStore.getState().selectFeature(null)} aria-label={t("inspect.close")}>
          ×
        </button>
      </header>
      <dl className="inspector-summary" data-testid="site-facts">
        <dt>{t("siting.siteRank")}</dt>
        <dd data-testid="site-rank">{site.rank}</dd>
        <dt>{t("siting.siteAdded")}</dt>
        <dd data-testid="site-added">{Math.round(site.addedWeight).toLocaleString(locale)}</dd>
        <dt>{t("siting.siteId")}</dt>
        <dd>{site.id}</dd>
        <dt>{t("siting.siteLocation")}</dt>
        <dd>
          {site.lon.toFixed(6)}, {site.lat.toFixed(6)}
        </dd>
      </dl>
    </aside>
  );
}
