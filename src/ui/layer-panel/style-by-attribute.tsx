import { useState } from "react";
import { useLayers } from "../../state/hooks";
import { layerFieldNames, selectStyleChoice, type StyleKind, styleLayerBy, suggestedStyleField } from "../../state/restyle";
import { useTranslate } from "../use-translate";
import { CATEGORY_COLORS, RAMP_IDS, type RampId, rampColors } from "./style-palettes";

const CLASS_COUNTS = [3, 4, 5, 6, 7, 8, 9] as const;
const METHODS = ["equal-interval", "quantile", "natural-breaks"] as const;
type Method = (typeof METHODS)[number];

/**
 * Categories or graduated colours by an attribute; the legend below the layer follows. The field starts at the
 * one a planner would pick (a type/class field, or the first measure — never an identifier); graduated colours
 * offer class count, class-break method and colour ramp. The pickers show the layer's current style (a restored
 * one too), or the choice that could not be applied, beside its message.
 */
export function StyleByAttribute({ layerId }: { layerId: string }) {
  const { t } = useTranslate();
  const isLoaded = useLayers((state) => Boolean(state.data[layerId]));
  const currentKind = useLayers((state) => selectStyleChoice(state, layerId).kind);
  const currentProperty = useLayers((state) => selectStyleChoice(state, layerId).property);
  const currentClassCount = useLayers((state) => (state.metas[layerId]?.style.graduated?.breaks.length ?? 4) + 1);
  const [failedChoice, setFailedChoice] = useState<{ kind: StyleKind; property: string } | null>(null);
  const savedMethod = useLayers((state) => state.metas[layerId]?.style.graduated?.method);
  const savedRamp = useLayers((state) => RAMP_IDS.find((id) => id === state.metas[layerId]?.style.graduated?.rampId));
  // What the planner picked here; until then the pickers show the current (possibly restored) graduated style.
  const [pickedClassCount, setClassCount] = useState<number | null>(null);
  const [pickedMethod, setMethod] = useState<Method | null>(null);
  const [pickedRamp, setRamp] = useState<RampId | null>(null);
  const classCount = pickedClassCount ?? (currentKind === "graduated" ? currentClassCount : 5);
  const method = pickedMethod ?? savedMethod ?? "quantile";
  const ramp = pickedRamp ?? savedRamp ?? "YlGnBu";
  if (!isLoaded) return null;
  const fields = layerFieldNames(layerId);
  const kind = failedChoice?.kind ?? currentKind;
  const property = failedChoice?.property ?? currentProperty;
  const fieldFor = (nextKind: StyleKind) => (nextKind === "default" ? "" : (suggestedStyleField(layerId, nextKind) ?? fields[0] ?? ""));
  const apply = (nextKind: StyleKind, nextProperty: string, next: { classCount?: number; method?: Method; ramp?: RampId } = {}) => {
    const options = {
      classCount: next.classCount ?? classCount,
      method: next.method ?? method,
      categoryColors: CATEGORY_COLORS,
      rampColors: (count: number) => rampColors(next.ramp ?? ramp, count),
      rampId: next.ramp ?? ramp,
    };
    const isApplied = styleLayerBy(layerId, nextKind, nextProperty, options);
    setFailedChoice(isApplied ? null : { kind: nextKind, property: nextProperty });
  };
  const changeKind = (nextKind: StyleKind) => apply(nextKind, nextKind === kind && property ? property : fieldFor(nextKind));
  return (
    <fieldset className="style-by-attribute">
      <legend>{t("style.title")}</legend>
      <label>
        {t("style.kind")}
        <select value={kind} onChange={(event) => changeKind(event.target.value as StyleKind)} data-testid={`style-kind-${layerId}`}>
          <option value="default">{t("style.default")}</option>
          <option value="categories">{t("style.categories")}</option>
          <option value="graduated">{t("style.graduated")}</option>
        </select>
      </label>
      {kind !== "default" && (
        <label>
          {t("style.field")}
          <select value={property || fieldFor(kind)} onChange={(event) => apply(kind, event.target.value)} data-testid={`style-field-${layerId}`}>
            {fields.map((field) => (
              <option key={field} value={field}>
                {field}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === "graduated" && (
        <>
          <OptionSelect
            label={t("style.classCount")}
            value={String(classCount)}
            options={CLASS_COUNTS.map((count) => ({ value: String(count), label: String(count) }))}
            onChange={(value) => {
              setClassCount(Number(value));
              apply(kind, property, { classCount: Number(value) });
            }}
            testId={`style-classes-${layerId}`}
          />
          <OptionSelect
            label={t("style.method")}
            value={method}
            options={METHODS.map((candidate) => ({ value: candidate, label: t(`style.method.${candidate}`) }))}
            onChange={(value) => {
              setMethod(value as Method);
              apply(kind, property, { method: value as Method });
            }}
            testId={`style-method-${layerId}`}
          />
          <OptionSelect
            label={t("style.ramp")}
            value={ramp}
            options={RAMP_IDS.map((candidate) => ({ value: candidate, label: t(`style.ramp.${candidate}`) }))}
            onChange={(value) => {
              setRamp(value as RampId);
              apply(kind, property, { ramp: value as RampId });
            }}
            testId={`style-ramp-${layerId}`}
          />
        </>
      )}
      {failedChoice && (
        <p role="alert" className="error-text">
          {t("style.failed")}
        </p>
      )}
    </fieldset>
  );
}

/** A labelled select of a graduated style's option. */
function OptionSelect(props: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  testId: string;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(event) => props.onChange(event.target.value)} data-testid={props.testId}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
