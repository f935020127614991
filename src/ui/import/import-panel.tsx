import { useRef } from "react";
import { importStore } from "../../state/app-stores";
import { useImport } from "../../state/hooks";
import type { MessageKey } from "../i18n/translate";
import { useTranslate } from "../use-translate";
import { IssueList } from "./issue-list";
import { currentImportContext } from "../../state/service-actions";
import { LazyPart, lazyModule } from "../lazy-panel";

// The review forms appear only once a file has been read, so they are loaded then.
const importReview = lazyModule(async () => (await import("./import-review")).ImportReview);
const osmMapping = lazyModule(async () => (await import("./osm-mapping")).OsmMapping);
const osmReport = lazyModule(async () => (await import("./osm-report")).OsmReport);

const ACCEPT = ".geojson,.json,.zip,.shp,.kml,.kmz,.gpx,.csv,.xlsx,.gpkg,.osm,.pbf,.gz";

/** Starts reading a dropped or chosen file in the import worker. */
export function useStartImport() {
  // The File itself goes to the worker (a reference): reading 200 MB into memory here took the page 0.3–0.4 s.
  return (file: File) => importStore.getState().importFile({ name: file.name, content: file }, currentImportContext());
}

/** The import section of the side panel: choose a file, watch progress, review, add. */
export function ImportPanel() {
  const { t } = useTranslate();
  const startImport = useStartImport();
  const inputRef = useRef<HTMLInputElement>(null);
  const stage = useImport((state) => state.stage);
  const fileName = useImport((state) => state.fileName) ?? "";
  const progressRatio = useImport((state) => state.progressRatio);
  const failure = useImport((state) => state.failure);
  const result = useImport((state) => state.result);
  const failureDetail = useImport((state) => state.failureDetail);
  return (
    <section className="import-panel" aria-labelledby="import-title">
      <h2 id="import-title">{t("import.title")}</h2>
      <label className="file-button">
        {t("import.button")}
        <input
          ref={inputRef}
          type="file"
          accept={ACCEPT}
          data-testid="import-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void startImport(file);
            event.target.value = "";
          }}
        />
      </label>
      <p className="hint">{t("import.drop")}</p>
      {stage === "reading" && (
        <div className="import-progress">
          <span>{t("import.reading", { file: fileName })}</span>
          <progress value={progressRatio} max={1} aria-label={t("import.reading", { file: fileName })} />
          <button type="button" onClick={() => importStore.getState().cancelImport(currentImportContext())}>
            {t("import.cancel")}
          </button>
        </div>
      )}
      {stage === "failed" && (
        <div role="alert" className="import-failed" data-testid="import-failed">
          <p>{t("import.failed", { file: fileName, problem: t(`issue.${failure ?? "parse-error"}` as MessageKey) })}</p>
          {failureDetail && (
            <p className="hint" data-testid="import-failed-detail">
              {failureDetail}
            </p>
          )}
          {result && <IssueList issues={result.issues} />}
          <button type="button" onClick={() => importStore.getState().closeImport()}>
            {t("import.close")}
          </button>
        </div>
      )}
      {stage === "review" && <LazyPart part={importReview} />}
      {stage === "osm-mapping" && <LazyPart part={osmMapping} />}
      {stage === "osm-done" && <LazyPart part={osmReport} />}
    </section>
  );
}
