import type { LayerKind } from "./layer-meta";

/** Layer kinds the calm public viewer shows by default (no analysis layers such as residential parcels). */
export const PUBLIC_LAYER_KINDS: readonly LayerKind[] = ["land", "shoreline", "district", "place", "park", "greenway", "bay", "river", "ecological-red-line"];
