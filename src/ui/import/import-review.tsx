import { useMemo } from "react";
import { CANONICAL_ATTRIBUTES, type LayerRole, ROLE_DEFINITIONS } from "../../domain/layer-roles";
import { importStore, layersStore, uiStore } from "../../state/app-stores";
import { commitImport, geometryKindOf } from "../../state/import-actions";
import { useImport } from "../../state/hooks";
import type { MessageKey } from "../i18n/translate";
import { useTranslate } from "../use-translate";
import { IssueList } from "./issue-list";
import { useImportContext } from "./use-import-context";

const COMMON_CRS = ["EPSG:4326", "EPSG:4490", "EPSG:4549", "EPSG:4528", "EPSG:4527", "EPSG:2383", "EPSG:2435", "EPSG:3857", "GCJ-02", "BD-09"];

/** Review an import before it joins the map: CRS, role, attribute mapping, issues. */
export function ImportReview() {
  const { t, pick } = useTranslate();
  const context = useImportContext();
  const fileName = useImport((state) => state.fileName) ?? "";
  const result = useImport((state) => state.result);
  const sourceCrs = useImport((state) => state.sourceCrs);
  const role = useImport((state) => state.role);
  const mapping = useImport((state) => state.mapping);
  const fieldNames = useImport((state) => state.fieldNames);
  const layerTitle = useImport((state) => state.layerTitle);
  const pointCount = useMemo(() => result?.featureCollection.features.filter((feature) => geometryKindOf(feature.geometry) === "Point").length ?? 0, [result]);
  if (!result) return null;
  const actions = importStore.getState();
  const guess = result.detectedCrs;
  const isDoubtful = !guess || guess.confidence < 0.9 || result.issues.some((issue) => issue.code.startsWith("crs-"));
  const crsChoices = [...new Set([...(guess?.candidates.map((candidate) => candidate.crs) ?? []), ...COMMON_CRS, sourceCrs ?? ""])].filter(Boolean);
  return (
    <form
      className="import-review"
      data-testid="import-review"
      onSubmit={(event) => {
        event.preventDefault();
        void commitImport(importStore, layersStore).then((id) => {
          const meta = id ? layersStore.getState().metas[id] : undefined;
          if (meta) uiStore.getState().requestView(meta.bbox);
        });
      }}
    >
      <p>{t("import.summary", { file: fileName, format: result.format, count: result.featureCollection.features.length })}</p>
      {isDoubtful && <p className="warning-text" role="alert">{t("import.crsAsk")}</p>}
      <label>
        {t("import.crs")} {guess && `(${t("import.crsConfidence", { percent: Math.round(guess.confidence * 100) })})`}
        <select data-testid="import-crs" value={sourceCrs ?? ""} onChange={(event) => void actions.rereadWithCrs(event.target.value, context())}>
          {crsChoices.map((crs) => (
            <option key={crs} value={crs}>{crs}</option>
          ))}
        </select>
      </label>
      <label>
        {t("import.role")}
        <select data-testid="import-role" value={role} onChange={(event) => actions.chooseRole(event.target.value as LayerRole)}>
          {ROLE_DEFINITIONS.map((definition) => (
            <option key={definition.role} value={definition.role}>{pick(definition.title)}</option>
          ))}
        </select>
      </label>
      {role === "park" && pointCount > 0 && (
        <p className="hint" data-testid="import-point-parks">
          {t("import.pointParks", { count: pointCount })}
          {!mapping.areaM2 && ` ${t("import.pointParksNoArea")}`}
        </p>
      )}
      {CANONICAL_ATTRIBUTES.map((attribute) => (
        <label key={attribute}>
          {t("import.field", { attribute: t(`attribute.${attribute}` as MessageKey) })}
          <select
            data-testid={`import-field-${attribute}`}
            value={mapping[attribute] ?? ""}
            onChange={(event) => actions.mapAttribute(attribute, event.target.value || undefined)}
          >
            <option value="">{t("import.fieldNone")}</option>
            {fieldNames.map((field) => (
              <option key={field} value={field}>{field}</option>
            ))}
          </select>
        </label>
      ))}
      <label>
        {t("import.layerTitle")}
        <input value={layerTitle} onChange={(event) => actions.renameLayer(event.target.value)} />
      </label>
      <IssueList issues={result.issues} />
      <div className="button-row">
        <button type="submit" data-testid="import-add">{t("import.add")}</button>
        <button type="button" onClick={() => actions.closeImport()}>{t("import.cancel")}</button>
      </div>
    </form>
  );
}
