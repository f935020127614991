import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { layerSource, layersStore } from "./state/app-stores";
import { wireLazyLayerLoading } from "./state/wiring";
import { AppShell } from "./ui/app-shell";
import "./ui/styles.css";

void layersStore.getState().loadManifest(layerSource);
wireLazyLayerLoading(layersStore, layerSource);

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppShell />
    </StrictMode>,
  );
}
