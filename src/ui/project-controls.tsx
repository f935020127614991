import { useState } from "react";
import { uiStore } from "../state/app-stores";
import { useUi } from "../state/hooks";
import { exportProjectBlob, openProjectFile } from "../state/project-file";
import { useTranslate } from "./use-translate";

/** Download the project as one file, open one, and see storage failures. */
export function ProjectControls() {
  const { t } = useTranslate();
  const storageError = useUi((state) => state.storageError);
  const [openError, setOpenError] = useState<string | null>(null);
  const download = async () => {
    const url = URL.createObjectURL(await exportProjectBlob());
    const link = document.createElement("a");
    link.href = url;
    link.download = `shanhai-project-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section className="project-controls" aria-labelledby="project-title">
      <h2 id="project-title">{t("project.title")}</h2>
      {storageError && (
        <div role="alert" className="warning-text" data-testid="storage-error">
          {t("storage.error", { error: storageError })}
          <button type="button" onClick={() => uiStore.getState().reportStorageError(null)}>{t("storage.dismiss")}</button>
        </div>
      )}
      <div className="button-row">
        <button type="button" onClick={() => void download()} data-testid="project-export">{t("project.export")}</button>
        <label className="file-button secondary">
          {t("project.open")}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="project-open"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (!file) return;
              setOpenError((await openProjectFile(file)) ? null : t("project.openError", { file: file.name }));
            }}
          />
        </label>
      </div>
      {openError && <p role="alert" className="error-text">{openError}</p>}
    </section>
  );
}
