import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { layerSource, layersStore, uiStore } from "./state/app-stores";
import { browserUrlEnvironment, startUrlSync } from "./state/url-sync";
import { wireLazyLayerLoading } from "./state/wiring";
import { AppShell } from "./ui/app-shell";
import "./ui/styles.css";

void layersStore.getState().loadManifest(layerSource);
startUrlSync(uiStore, layersStore, browserUrlEnvironment());
wireLazyLayerLoading(layersStore, layerSource);

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppShell />
    </StrictMode>,
  );
}
