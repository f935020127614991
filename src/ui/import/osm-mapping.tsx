import { useState } from "react";
import { roleDefinition } from "../../domain/layer-roles";
import { importStore, layersStore, uiStore } from "../../state/app-stores";
import { useImport } from "../../state/hooks";
import { formatConditions, type OsmRoleRule, parseConditions, withRoleConditions } from "../../state/osm-mapping-text";
import { importOsmProject, OSM_ROLE_TO_LAYER_ROLE } from "../../state/osm-project-actions";
import { currentImportContext } from "../../state/service-actions";
import { useTranslate } from "../use-translate";

type Side = "include" | "exclude";

/** One editable condition list of a role (wrapped over as many lines as it needs); refuses (and names) a piece that is not `key=value`. */
function ConditionInput({ rule, side, onValidity }: { rule: OsmRoleRule; side: Side; onValidity: (key: string, isValid: boolean) => void }) {
  const { t, pick } = useTranslate();
  const [text, setText] = useState(() => formatConditions(rule[side]));
  const [badPart, setBadPart] = useState<string | null>(null);
  const roleTitle = pick(roleDefinition(OSM_ROLE_TO_LAYER_ROLE[rule.role]).title);
  return (
    <td>
      <textarea
        rows={Math.max(1, Math.ceil(text.length / 24))}
        value={text}
        aria-label={t(side === "include" ? "osm.includeLabel" : "osm.excludeLabel", { role: roleTitle })}
        data-testid={`osm-${side}-${rule.role}`}
        onChange={(event) => {
          setText(event.target.value);
          const parsed = parseConditions(event.target.value);
          setBadPart(parsed.ok ? null : parsed.badPart);
          onValidity(`${rule.role}-${side}`, parsed.ok);
          if (parsed.ok) importStore.getState().changeOsmMapping(withRoleConditions(importStore.getState().osmMapping, rule.role, side, parsed.conditions));
        }}
      />
      {badPart !== null && (
        <span className="warning-text" role="alert">
          {t("osm.badCondition", { part: badPart, role: roleTitle })}
        </span>
      )}
    </td>
  );
}

/**
 * The mapping step of an OpenStreetMap import: what the file holds, the clip (a boundary of the file or the
 * extract's extent), the admin level read as districts, and the tag → role table, editable before the read.
 */
export function OsmMapping() {
  const { t, pick } = useTranslate();
  const fileName = useImport((state) => state.fileName) ?? "";
  const scan = useImport((state) => state.osmScan);
  const mapping = useImport((state) => state.osmMapping);
  const clip = useImport((state) => state.osmClip);
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  if (!scan) return null;
  const actions = importStore.getState();
  const onValidity = (key: string, isValid: boolean) =>
    setInvalid((current) => {
      const next = new Set(current);
      if (isValid) next.delete(key);
      else next.add(key);
      return next;
    });
  return (
    <form
      className="import-review osm-mapping"
      data-testid="osm-mapping"
      onSubmit={(event) => {
        event.preventDefault();
        void importOsmProject(importStore, layersStore, uiStore, currentImportContext());
      }}
    >
      <p>
        {t("osm.summary", {
          file: fileName,
          format: scan.format,
          nodes: scan.elementCounts.nodes,
          ways: scan.elementCounts.ways,
          relations: scan.elementCounts.relations,
        })}{" "}
        {scan.dataDate ? t("osm.dataDate", { date: scan.dataDate.slice(0, 10) }) : t("osm.noDataDate")}
      </p>
      <label>
        {t("osm.clip")}
        <select
          data-testid="osm-clip"
          value={clip.kind === "boundary" ? String(clip.relationId) : "extent"}
          onChange={(event) =>
            actions.chooseOsmClip(event.target.value === "extent" ? { kind: "extent" } : { kind: "boundary", relationId: Number(event.target.value) })
          }
        >
          <option value="extent">{t("osm.clipExtent")}</option>
          {scan.boundaries.map((boundary) => (
            <option key={boundary.relationId} value={String(boundary.relationId)}>
              {t("osm.boundaryOption", {
                name: boundary.nameEn && boundary.nameEn !== boundary.name ? `${boundary.name} (${boundary.nameEn})` : boundary.name,
                level: boundary.adminLevel ?? "–",
                id: boundary.relationId,
              })}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">{t(clip.kind === "extent" ? "osm.clipExtentNote" : "osm.clipCutNote")}</p>
      <label>
        {t("osm.districtLevel")}
        <select
          data-testid="osm-admin-level"
          value={mapping.districtAdminLevel === null ? "" : String(mapping.districtAdminLevel)}
          onChange={(event) =>
            actions.changeOsmMapping({
              ...importStore.getState().osmMapping,
              districtAdminLevel: event.target.value === "" ? null : Number(event.target.value),
            })
          }
        >
          <option value="">{t("osm.districtAuto")}</option>
          {scan.adminLevels.map((level) => (
            <option key={level} value={String(level)}>
              {t("osm.adminLevel", { level })}
            </option>
          ))}
        </select>
      </label>
      <table className="osm-mapping-table" data-testid="osm-mapping-table">
        <caption>{t("osm.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("osm.colRole")}</th>
            <th scope="col">{t("osm.colInclude")}</th>
            <th scope="col">{t("osm.colExclude")}</th>
          </tr>
        </thead>
        <tbody>
          {mapping.rules.map((rule) => (
            <tr key={rule.role}>
              <th scope="row">{pick(roleDefinition(OSM_ROLE_TO_LAYER_ROLE[rule.role]).title)}</th>
              <ConditionInput rule={rule} side="include" onValidity={onValidity} />
              <ConditionInput rule={rule} side="exclude" onValidity={onValidity} />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t("osm.licence")}</p>
      <div className="button-row">
        <button type="submit" data-testid="osm-confirm" disabled={invalid.size > 0}>
          {t("osm.confirm")}
        </button>
        <button type="button" onClick={() => actions.closeImport()}>
          {t("import.cancel")}
        </button>
      </div>
    </form>
  );
}
