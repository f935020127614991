/** Public API of the pure analysis engine (used by the worker, the CLI and tests). */
export { computeMetrics, MetricsSession, PREVIEW_MAX_RADIUS_M } from "./metrics-session";
export { InvalidLayerError } from "./prepare-input";
export { parkRadiusM } from "./rules/park-radius";
export { DEFAULT_GREENWAY_RADIUS_M } from "./metrics/greenways";
export { SQUARE_METRES_PER_MU } from "./metrics/red-line";
export type * from "./types";
export type { ServiceAreaProperties } from "./service-coverage/service-areas";
export { createAnalysisHost, type AnalysisHost } from "./session-host";
