import { useState } from "react";
import { uiStore } from "../../state/app-stores";
import { resolveRuleSet } from "../../domain/rule-sets";
import { useTranslate } from "../use-translate";

type AreaUnit = "ha" | "m2";

interface ClassDraft {
  minArea: string;
  unit: AreaUnit;
  radiusM: string;
}

const M2_PER_UNIT: Record<AreaUnit, number> = { ha: 10_000, m2: 1 };

/** The `custom:<minAreaM2>=<radiusM>,...` id of the drafted classes, or the first problem as a message key and row. */
function customRuleSetId(classes: readonly ClassDraft[]): { id: string } | { problem: "area" | "radius" | "duplicate"; row: number } {
  const parts: string[] = [];
  const seenAreas = new Set<number>();
  for (const [index, draft] of classes.entries()) {
    const minArea = Number(draft.minArea);
    const radiusM = Number(draft.radiusM);
    if (draft.minArea.trim() === "" || !Number.isFinite(minArea) || minArea < 0) return { problem: "area", row: index + 1 };
    if (draft.radiusM.trim() === "" || !Number.isFinite(radiusM) || radiusM <= 0) return { problem: "radius", row: index + 1 };
    const minAreaM2 = Math.round(minArea * M2_PER_UNIT[draft.unit] * 100) / 100;
    if (seenAreas.has(minAreaM2)) return { problem: "duplicate", row: index + 1 };
    seenAreas.add(minAreaM2);
    parts.push(`${minAreaM2}=${radiusM}`);
  }
  return { id: `custom:${parts.join(",")}` };
}

/** 自定义规则: park classes (minimum area in 公顷 or m² → service radius in m), checked in words, applied as a `custom:` rule set. */
export function CustomRuleForm() {
  const { t } = useTranslate();
  const [classes, setClasses] = useState<ClassDraft[]>([{ minArea: "", unit: "ha", radiusM: "" }]);
  const [problem, setProblem] = useState<string | null>(null);
  const change = (index: number, patch: Partial<ClassDraft>) =>
    setClasses((current) => current.map((draft, at) => (at === index ? { ...draft, ...patch } : draft)));
  const apply = () => {
    const result = customRuleSetId(classes);
    if ("problem" in result) {
      setProblem(t(`customRule.problem.${result.problem}`, { row: result.row }));
      return;
    }
    try {
      uiStore.getState().chooseRuleSet(resolveRuleSet(result.id).id);
      setProblem(null);
    } catch {
      setProblem(t("customRule.problem.duplicate", { row: classes.length }));
    }
  };
  return (
    <details className="custom-rule-form" data-testid="custom-rule-form">
      <summary>{t("customRule.title")}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        {classes.map((draft, index) => (
          <fieldset key={index} className="custom-rule-class">
            <legend>{t("customRule.class", { row: index + 1 })}</legend>
            <label>
              {t("customRule.minArea")}
              <input
                inputMode="decimal"
                value={draft.minArea}
                data-testid={`custom-rule-area-${index}`}
                onChange={(event) => change(index, { minArea: event.target.value })}
              />
            </label>
            <select
              value={draft.unit}
              aria-label={t("customRule.unit")}
              data-testid={`custom-rule-unit-${index}`}
              onChange={(event) => change(index, { unit: event.target.value as AreaUnit })}
            >
              <option value="ha">{t("unit.ha")}</option>
              <option value="m2">{t("unit.m2")}</option>
            </select>
            <label>
              {t("customRule.radius")}
              <input
                inputMode="decimal"
                value={draft.radiusM}
                data-testid={`custom-rule-radius-${index}`}
                onChange={(event) => change(index, { radiusM: event.target.value })}
              />
            </label>
          </fieldset>
        ))}
        <div className="button-row">
          <button type="button" data-testid="custom-rule-add" onClick={() => setClasses((current) => [...current, { minArea: "", unit: "ha", radiusM: "" }])}>
            {t("customRule.add")}
          </button>
          <button type="submit" data-testid="custom-rule-apply">
            {t("customRule.apply")}
          </button>
        </div>
        {problem && (
          <p role="alert" className="error-text" data-testid="custom-rule-error">
            {problem}
          </p>
        )}
      </form>
    </details>
  );
}
