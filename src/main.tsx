import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { browserServices } from "./app/browser-services";
import { compose } from "./app/compose";
import { analysisStore, layersStore, scenarioStore, uiStore } from "./state/app-stores";
import { AppShell } from "./ui/app-shell";
import "./ui/styles.css";

compose({ layersStore, uiStore, analysisStore, scenarioStore }, browserServices());

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppShell />
    </StrictMode>,
  );
}
