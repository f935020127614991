import { uiStore } from "../state/app-stores";
import { useUi } from "../state/hooks";
import type { PanelTab } from "../state/ui-store";
import { useTranslate } from "./use-translate";

const TABS: readonly PanelTab[] = ["layers", "metrics", "dashboard", "table"];

/** Tabs of the side panel (WAI-ARIA tabs pattern, arrow keys move between tabs). */
export function PanelTabs() {
  const { t } = useTranslate();
  const current = useUi((state) => state.panelTab);
  return (
    <div role="tablist" aria-label={t("tabs.label")} className="panel-tabs">
      {TABS.map((tab, index) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={`tab-${tab}`}
          aria-controls={`tabpanel-${tab}`}
          aria-selected={current === tab}
          tabIndex={current === tab ? 0 : -1}
          data-testid={`tab-${tab}`}
          onClick={() => uiStore.getState().openPanelTab(tab)}
          onKeyDown={(event) => {
            const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
            if (!step) return;
            const next = TABS[(index + step + TABS.length) % TABS.length] ?? "layers";
            uiStore.getState().openPanelTab(next);
            document.getElementById(`tab-${next}`)?.focus();
          }}
        >
          {t(`tab.${tab}`)}
        </button>
      ))}
    </div>
  );
}
