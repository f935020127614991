import { useState } from "react";
import { useLayers } from "../../state/hooks";
import { layerFieldNames, styleLayerBy } from "../../state/restyle";
import { useTranslate } from "../use-translate";

type Kind = "default" | "categories" | "graduated";

/** Categories or graduated colours by an attribute; the legend below the layer follows. */
export function StyleByAttribute({ layerId }: { layerId: string }) {
  const { t } = useTranslate();
  const isLoaded = useLayers((state) => Boolean(state.data[layerId]));
  const [kind, setKind] = useState<Kind>("default");
  const [property, setProperty] = useState("");
  const [failed, setFailed] = useState(false);
  if (!isLoaded) return null;
  const fields = layerFieldNames(layerId);
  const apply = (nextKind: Kind, nextProperty: string) => {
    setKind(nextKind);
    setProperty(nextProperty);
    setFailed(!styleLayerBy(layerId, nextKind, nextProperty || fields[0]));
  };
  return (
    <fieldset className="style-by-attribute">
      <legend>{t("style.title")}</legend>
      <label>
        {t("style.kind")}
        <select value={kind} onChange={(event) => apply(event.target.value as Kind, property)} data-testid={`style-kind-${layerId}`}>
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
      {failed && <p role="alert" className="error-text">{t("style.failed")}</p>}
    </fieldset>
  );
}
