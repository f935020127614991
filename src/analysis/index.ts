/** Public API of the pure analysis engine (used by the worker, the CLI and tests). */
export { computeMetrics, MetricsSession } from "./metrics-session";
export { InvalidLayerError } from "./prepare-input";
export type * from "./types";
export { createAnalysisHost } from "./session-host";
