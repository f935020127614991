import { useEffect } from "react";
import { layersStore } from "../../state/app-stores";
import { useLayers } from "../../state/hooks";
import { useTranslate } from "../use-translate";

/** How long the undo of a deleted layer is offered. */
const UNDO_DURATION_MS = 10_000;

/** "已删除图层 X · 撤销": the last deleted user layer, with a button that puts it back, for a few seconds. */
export function DeletedLayerNotice() {
  const { t, pick } = useTranslate();
  const deleted = useLayers((state) => state.deletedLayer);
  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => {
      if (layersStore.getState().deletedLayer === deleted) layersStore.getState().forgetDeleted();
    }, UNDO_DURATION_MS);
    return () => clearTimeout(timer);
  }, [deleted]);
  if (!deleted) return null;
  return (
    <div role="status" className="notice" data-testid="deleted-layer-notice">
      <span>{t("layer.deleted", { title: pick(deleted.meta.title) })}</span>
      {" · "}
      <button type="button" data-testid="undo-delete-layer" onClick={() => layersStore.getState().undoDelete()}>
        {t("layer.undoDelete")}
      </button>
    </div>
  );
}
