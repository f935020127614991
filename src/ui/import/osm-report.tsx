import { roleDefinition } from "../../domain/layer-roles";
import { importStore } from "../../state/app-stores";
import { useCurrentRegion, useImport } from "../../state/hooks";
import { OSM_ROLE_TO_LAYER_ROLE } from "../../state/osm-project-actions";
import type { OsmRole } from "../../state/osm-mapping-text";
import { useTranslate } from "../use-translate";

/** What the OSM import just did: features per role, incomplete geometry dropped or cut, and the clip. */
export function OsmReport() {
  const { t, pick } = useTranslate();
  const fileName = useImport((state) => state.fileName) ?? "";
  const summary = useImport((state) => state.osmSummary);
  const region = useCurrentRegion();
  if (!summary) return null;
  const { report } = summary;
  const roles = Object.keys(summary.layerIds) as OsmRole[];
  return (
    <div className="import-review" role="status" data-testid="osm-report">
      <p>{t("osm.done", { file: fileName, region: region ? pick(region.name) : "" })}</p>
      <ul>
        {roles.map((role) => (
          <li key={role}>{t("osm.roleCount", { role: pick(roleDefinition(OSM_ROLE_TO_LAYER_ROLE[role]).title), count: report.counts[role] })}</li>
        ))}
      </ul>
      {(report.incompleteWays > 0 || report.incompleteRelations > 0) && (
        <p className="hint" data-testid="osm-incomplete">
          {t("osm.incomplete", { ways: report.incompleteWays, relations: report.incompleteRelations })}
        </p>
      )}
      {report.clippedFeatures > 0 && (
        <p className="hint">{t(report.clipRule === "cut" ? "osm.clippedCut" : "osm.clippedWhole", { count: report.clippedFeatures })}</p>
      )}
      <div className="button-row">
        <button type="button" onClick={() => importStore.getState().closeImport()}>
          {t("import.close")}
        </button>
      </div>
    </div>
  );
}
