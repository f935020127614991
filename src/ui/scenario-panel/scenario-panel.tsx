import { scenarioStore } from "../../state/app-stores";
import { useScenarios, useUi } from "../../state/hooks";
import type { DrawTool } from "../../state/scenario-store";
import { useTranslate } from "../use-translate";
import { ScenarioComparisonTable } from "./scenario-comparison-table";
import { SitingPanel } from "../siting/siting-panel";

const TOOLS: readonly DrawTool[] = ["off", "draw", "path", "edit"];
const TOOL_KEYS = { off: "scenario.toolOff", draw: "scenario.toolDraw", path: "scenario.toolPath", edit: "scenario.toolEdit" } as const;

/** Named scenarios of candidate parks: create, pick, rename, delete, draw/edit, and compare with the baseline. */
export function ScenarioPanel() {
  const { t } = useTranslate();
  const scenarios = useScenarios((state) => state.scenarios);
  const activeId = useScenarios((state) => state.activeScenarioId);
  const tool = useScenarios((state) => state.tool);
  const isDrawToolReady = useUi((state) => state.isDrawToolReady);
  const active = scenarios.find((scenario) => scenario.id === activeId);
  const actions = scenarioStore.getState();
  return (
    <section className="scenario-panel" aria-labelledby="scenario-title" data-testid="scenario-panel">
      <h3 id="scenario-title">{t("scenario.title")}</h3>
      <div className="button-row">
        <select
          value={activeId ?? ""}
          onChange={(event) => actions.activateScenario(event.target.value || null)}
          aria-label={t("scenario.title")}
          data-testid="scenario-select"
        >
          <option value="">{t("scenario.none")}</option>
          {scenarios.map((scenario) => (
            <option key={scenario.id} value={scenario.id}>
              {scenario.name}
            </option>
          ))}
        </select>
        <button type="button" data-testid="scenario-new" onClick={() => actions.createScenario(t("scenario.defaultName", { n: scenarios.length + 1 }))}>
          {t("scenario.new")}
        </button>
      </div>
      {active && (
        <>
          <label>
            {t("scenario.name")}
            <input value={active.name} onChange={(event) => actions.renameScenario(active.id, event.target.value)} />
          </label>
          <div role="radiogroup" aria-label={t("scenario.tool")} className="tool-group">
            {TOOLS.map((candidate) => (
              <button
                key={candidate}
                type="button"
                role="radio"
                aria-checked={tool === candidate}
                data-testid={`tool-${candidate}`}
                onClick={() => actions.chooseTool(candidate)}
              >
                {t(TOOL_KEYS[candidate])}
              </button>
            ))}
          </div>
          <p className="hint" data-testid="scenario-hint">
            {t(isDrawToolReady ? "scenario.hint" : "draw.loading")}
          </p>
          <p data-testid="scenario-park-count">{t("scenario.parks", { count: active.parks.length })}</p>
          <p data-testid="scenario-path-count">{t("scenario.paths", { count: active.paths?.length ?? 0 })}</p>
          <ScenarioComparisonTable />
          <button type="button" onClick={() => actions.deleteScenario(active.id)}>
            {t("scenario.delete")}
          </button>
        </>
      )}
      <SitingPanel />
    </section>
  );
}
