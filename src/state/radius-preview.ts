import { analysisStore, getAnalysisClient } from "./app-stores";

/** Asks the worker for the slider's approximate coverage at one radius (latest drag position wins). */
export function previewServiceRadius(radiusM: number): void {
  analysisStore.getState().previewRadius(radiusM, analysisStore.getState().preview?.ratio ?? null);
  void getAnalysisClient()
    .previewRatio(radiusM)
    .then((outcome) => {
      if (outcome.status === "done") analysisStore.getState().previewRadius(radiusM, outcome.value);
    });
}
