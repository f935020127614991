import { useEffect, useMemo, useState } from "react";
import { uiStore } from "../../state/app-stores";
import { useUi } from "../../state/hooks";
import { listRuleSets, resolveRuleSet } from "../../domain/rule-sets";
import { useTranslate } from "../use-translate";
import { CustomRuleForm } from "./custom-rule-form";

/** Picks the named, versioned rule set (or a custom one) that every coverage number is computed with. */
export function RuleSetPicker() {
  const { t, pick, language } = useTranslate();
  const ruleSetId = useUi((state) => state.ruleSetId);
  const ruleSets = useMemo(() => listRuleSets(), []);
  const isCustom = ruleSetId.startsWith("custom:");
  const [customText, setCustomText] = useState(isCustom ? ruleSetId : "custom:400=300,10000=500");
  const [isCustomInvalid, setIsCustomInvalid] = useState(false);
  // A custom rule set chosen elsewhere (the 自定义规则 form, a permalink) is what the text field shows.
  useEffect(() => {
    if (ruleSetId.startsWith("custom:")) setCustomText(ruleSetId);
  }, [ruleSetId]);
  /** Applies a custom rule set only when it parses; otherwise says so and keeps the current one. */
  const applyCustom = (text: string) => {
    try {
      resolveRuleSet(text.trim());
    } catch {
      setIsCustomInvalid(true);
      return;
    }
    setIsCustomInvalid(false);
    uiStore.getState().chooseRuleSet(text.trim());
  };
  const selected = ruleSets.find((ruleSet) => ruleSet.id === ruleSetId);
  return (
    <div className="rule-set-picker">
      <label>
        {t("metrics.ruleSet")}
        <select
          data-testid="rule-set"
          value={isCustom ? "custom" : ruleSetId}
          onChange={(event) => (event.target.value === "custom" ? applyCustom(customText) : uiStore.getState().chooseRuleSet(event.target.value))}
        >
          {(["radius", "walking"] as const).map((measure) => (
            <optgroup key={measure} label={t(measure === "radius" ? "metrics.ruleSetsRadius" : "metrics.ruleSetsWalking")}>
              {ruleSets
                .filter((ruleSet) => ruleSet.measure === measure)
                .map((ruleSet) => (
                  <option key={ruleSet.id} value={ruleSet.id}>
                    {ruleSet.id} · {pick(ruleSet.name)}
                  </option>
                ))}
              {measure === "radius" && <option value="custom">custom:…</option>}
            </optgroup>
          ))}
        </select>
      </label>
      {isCustom && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            applyCustom(customText);
          }}
        >
          <label>
            {t("metrics.custom")}
            <input value={customText} onChange={(event) => setCustomText(event.target.value)} data-testid="rule-set-custom" aria-invalid={isCustomInvalid} />
          </label>
          {isCustomInvalid && (
            <p role="alert" className="error-text" data-testid="rule-set-custom-error">
              {t("metrics.customInvalid", { ruleSet: ruleSetId })}
            </p>
          )}
        </form>
      )}
      <CustomRuleForm />
      {selected && (
        <p className="hint" data-testid="rule-set-description">
          {language === "zh" ? selected.descriptionZh : selected.description}
        </p>
      )}
    </div>
  );
}
