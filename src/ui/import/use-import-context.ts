import { isUserLayerId } from "../../domain/layer-meta";
import { useCallback } from "react";
import { getImportClient, layersStore } from "../../state/app-stores";
import type { ImportContext } from "../../state/import-store";

/** The reader's context: the worker client and the loaded shoreline, used to detect GCJ-02 offsets. */
export function useImportContext(): () => ImportContext {
  return useCallback(() => {
    const state = layersStore.getState();
    const shorelineId = state.order.find((id) => state.metas[id]?.kind === "shoreline" && !isUserLayerId(id));
    return { client: getImportClient(), referenceShoreline: shorelineId ? state.data[shorelineId] : undefined };
  }, []);
}
