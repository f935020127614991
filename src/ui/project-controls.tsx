import { useState } from "react";
import { uiStore } from "../state/app-stores";
import { useUi } from "../state/hooks";
import { currentUserLayerCount, exportProjectBlob, openProjectFile } from "../state/project-file-actions";
import { useTranslate } from "./use-translate";

/** Download the project as one file, open one, and see storage failures. */
export function ProjectControls() {
  const { t } = useTranslate();
  const storageError = useUi((state) => state.storageError);
  const [openError, setOpenError] = useState<string | null>(null);
  /** A chosen project file waiting for the user's answer: replace the current imports, or add beside them. */
  const [waiting, setWaiting] = useState<{ file: File; count: number } | null>(null);
  const open = async (file: File, how: "replace" | "add") => {
    setWaiting(null);
    setOpenError((await openProjectFile(file, how)) ? null : t("project.openError", { file: file.name }));
  };
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
          <button type="button" onClick={() => uiStore.getState().reportStorageError(null)}>
            {t("storage.dismiss")}
          </button>
        </div>
      )}
      <div className="button-row">
        <button type="button" onClick={() => void download()} data-testid="project-export">
          {t("project.export")}
        </button>
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
              const count = currentUserLayerCount();
              if (count > 0) setWaiting({ file, count });
              else await open(file, "replace");
            }}
          />
        </label>
      </div>
      {waiting && (
        <div role="alertdialog" aria-labelledby="project-replace-text" className="notice" data-testid="project-replace-dialog">
          <p id="project-replace-text">{t("project.replaceAsk", { file: waiting.file.name, count: waiting.count })}</p>
          <div className="button-row">
            <button type="button" data-testid="project-replace" onClick={() => void open(waiting.file, "replace")}>
              {t("project.replace")}
            </button>
            <button type="button" data-testid="project-add" onClick={() => void open(waiting.file, "add")}>
              {t("project.addLayers")}
            </button>
            <button type="button" className="secondary" data-testid="project-cancel" onClick={() => setWaiting(null)}>
              {t("project.cancel")}
            </button>
          </div>
        </div>
      )}
      {openError && (
        <p role="alert" className="error-text">
          {openError}
        </p>
      )}
    </section>
  );
}
