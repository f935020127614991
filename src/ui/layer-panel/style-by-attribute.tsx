import { useState } from "react";
import { useLayers } from "../../state/hooks";
import { layerFieldNames, selectStyleChoice, type StyleKind, styleLayerBy } from "../../state/restyle";
import { useTranslate } from "../use-translate";

/**
 * Categories or graduated colours by an attribute; the legend below the layer follows. The pickers show the
 * layer's current style (a restored one too), or the choice that could not be applied, beside its message.
 */
export function StyleByAttribute({ layerId }: { layerId: string }) {
  const { t } = useTranslate();
  const isLoaded = useLayers((state) => Boolean(state.data[layerId]));
  const currentKind = useLayers((state) => selectStyleChoice(state, layerId).kind);
  const currentProperty = useLayers((state) => selectStyleChoice(state, layerId).property);
  const [failedChoice, setFailedChoice] = useState<{ kind: StyleKind; property: string } | null>(null);
  if (!isLoaded) return null;
  const fields = layerFieldNames(layerId);
  const kind = failedChoice?.kind ?? currentKind;
  const property = failedChoice?.property ?? currentProperty;
  const apply = (nextKind: StyleKind, nextProperty: string) => {
    const isApplied = styleLayerBy(layerId, nextKind, nextProperty || fields[0]);
    setFailedChoice(isApplied ? null : { kind: nextKind, property: nextProperty });
  };
  return (
    <fieldset className="style-by-attribute">
      <legend>{t("style.title")}</legend>
      <label>
        {t("style.kind")}
        <select value={kind} onChange={(event) => apply(event.target.value as StyleKind, property)} data-testid={`style-kind-${layerId}`}>
          <option value="default">{t("style.default")}</option>
          <option value="categories">{t("style.categories")}</option>
          <option value="graduated">{t("style.graduated")}</option>
        </select>
      </label>
      {kind !== "default" && (
        <label>
          {t("style.field")}
          <select value={property || fields[0]} onChange={(event) => apply(kind, event.target.value)} data-testid={`style-field-${layerId}`}>
            {fields.map((field) => (
              <option key={field} value={field}>{field}</option>
            ))}
          </select>
        </label>
      )}
      {failedChoice && <p role="alert" className="error-text">{t("style.failed")}</p>}
    </fieldset>
  );
}
