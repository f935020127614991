import { useMemo } from "react";
import { CANONICAL_ATTRIBUTES, type LayerRole, ROLE_DEFINITIONS } from "../../domain/layer-roles";
import { importStore, layersStore, uiStore } from "../../state/app-stores";
import { commitImport, geometryKindOf } from "../../state/import-actions";
import type { ImportIssue } from "../../state/import-store";
import { useImport } from "../../state/hooks";
import type { MessageKey } from "../i18n/translate";
import { useTranslate } from "../use-translate";
import { IssueList } from "./issue-list";
import { currentImportContext } from "../../state/service-actions";

/** CRS issues the review explains in a sentence of their own (the issue list leaves them out). */
const EXPLAINED_CRS_CODES = new Set(["crs-assumed", "crs-doubtful", "crs-outside-region", "crs-implausible", "crs-missing"]);

/** The i18n key of the sentence explaining a CRS issue. */
function crsSentenceKey(issue: ImportIssue): MessageKey | undefined {
  const kind = issue.details?.kind;
  switch (issue.code) {
    case "crs-assumed":
      return kind === "degrees" ? "import.crsWhy.degrees" : kind === "offset" ? "import.crsWhy.offset" : "import.crsWhy.projected";
    case "crs-doubtful":
      return kind === "shoreline" ? "import.crsWhy.shoreline" : "import.crsWhy.declared";
    case "crs-outside-region":
      return issue.details?.inside === 0 ? "import.crsWhy.outsideAll" : "import.crsWhy.outsideSome";
    case "crs-implausible":
      return "import.crsWhy.implausible";
    case "crs-missing":
      return "import.crsWhy.missing";
    default:
      return undefined;
  }
}

/** Sentences saying how the CRS was decided and where the data lands under it. */
function CrsCheck({ issues, isDoubtful }: { issues: readonly ImportIssue[]; isDoubtful: boolean }) {
  const { t } = useTranslate();
  const explained = issues.filter((issue) => EXPLAINED_CRS_CODES.has(issue.code));
  if (!isDoubtful && explained.length === 0) return null;
  return (
    <div className="import-crs-check" data-testid="import-crs-check">
      {isDoubtful && (
        <p className="warning-text" role="alert">
          {t("import.crsAsk")}
        </p>
      )}
      {explained.map((issue, index) => {
        const key = crsSentenceKey(issue);
        if (!key) return null;
        const ids = (issue.featureIds ?? []).slice(0, 8).join(", ") + ((issue.featureIds?.length ?? 0) > 8 ? " …" : "");
        const values = { ...issue.details, ids };
        const suggests = issue.code === "crs-implausible" || (issue.code === "crs-outside-region" && issue.details?.inside === 0);
        const suggestion = suggests && issue.details?.bestCrs ? ` ${t("import.crsSuggest", values)}` : "";
        return (
          <p key={`${issue.code}-${index}`} className={issue.severity === "info" ? "hint" : "warning-text"}>
            {t(key, values)}
            {suggestion}
          </p>
        );
      })}
    </div>
  );
}

const COMMON_CRS = ["EPSG:4326", "EPSG:4490", "EPSG:4549", "EPSG:4528", "EPSG:4527", "EPSG:2383", "EPSG:2435", "EPSG:3857", "GCJ-02", "BD-09"];

/** Review an import before it joins the map: CRS, role, attribute mapping, issues. */
export function ImportReview() {
  const { t, pick } = useTranslate();
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
  const isDoubtful = !guess || result.issues.some((issue) => issue.code.startsWith("crs-") && issue.severity !== "info");
  const isAddable = result.featureCollection.features.length > 0 && !result.issues.some((issue) => issue.severity === "fatal");
  const crsChoices = [...new Set([...(guess?.candidates.map((candidate) => candidate.crs) ?? []), ...COMMON_CRS, sourceCrs ?? ""])].filter(Boolean);
  return (
    <form
      className="import-review"
      data-testid="import-review"
      onSubmit={(event) => {
        event.preventDefault();
        void commitImport(importStore, layersStore, uiStore.getState().region).then((id) => {
          const meta = id ? layersStore.getState().metas[id] : undefined;
          if (meta) uiStore.getState().requestView(meta.bbox);
        });
      }}
    >
      <p>{t("import.summary", { file: fileName, format: result.format, count: result.featureCollection.features.length })}</p>
      <label>
        {t("import.crs")}{" "}
        {guess && `(${guess.source === "option" ? t("import.crsChosen") : t("import.crsConfidence", { percent: Math.round(guess.confidence * 100) })})`}
        <select
          data-testid="import-crs"
          value={sourceCrs ?? ""}
          onChange={(event) => {
            if (event.target.value) void actions.rereadWithCrs(event.target.value, currentImportContext());
          }}
        >
          {!sourceCrs && <option value="">{t("import.crsPick")}</option>}
          {crsChoices.map((crs) => (
            <option key={crs} value={crs}>
              {crs}
            </option>
          ))}
        </select>
      </label>
      <CrsCheck issues={result.issues} isDoubtful={isDoubtful} />
      <label>
        {t("import.role")}
        <select data-testid="import-role" value={role} onChange={(event) => actions.chooseRole(event.target.value as LayerRole)}>
          {ROLE_DEFINITIONS.map((definition) => (
            <option key={definition.role} value={definition.role}>
              {pick(definition.title)}
            </option>
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
              <option key={field} value={field}>
                {field}
              </option>
            ))}
          </select>
        </label>
      ))}
      <label>
        {t("import.layerTitle")}
        <input value={layerTitle} onChange={(event) => actions.renameLayer(event.target.value)} />
      </label>
      <IssueList issues={result.issues.filter((issue) => !EXPLAINED_CRS_CODES.has(issue.code))} />
      <div className="button-row">
        <button type="submit" data-testid="import-add" disabled={!isAddable}>
          {t("import.add")}
        </button>
        <button type="button" onClick={() => actions.closeImport()}>
          {t("import.cancel")}
        </button>
      </div>
    </form>
  );
}
