/**
 * The analysis Web Worker: exposes the pure engine's session host (Placemark worker pattern), and keeps large
 * data off the main thread: layers are fetched here by URL (shipped files, object URLs of imported layers) and
 * cached while the input names them; blind spots go back as an
 * object URL that MapLibre loads in its own worker.
 */
import { expose } from "comlink";
import type { FeatureCollection } from "geojson";
import { createAnalysisHost, type MetricsInput, type MetricsParams } from "../analysis/index";
import type { LayerRef, MetricsInputRefs, ReportSummary } from "./layer-refs";

const host = createAnalysisHost();
const fetched = new Map<string, Promise<FeatureCollection>>();
let blindSpotsUrl: string | null = null;

function resolveRef(ref: LayerRef): Promise<FeatureCollection> {
  if ("data" in ref) return Promise.resolve(ref.data);
  let pending = fetched.get(ref.url);
  if (!pending) {
    pending = fetch(ref.url).then((response) => {
      if (!response.ok) throw new Error(`${ref.url}: HTTP ${response.status}`);
      return response.json() as Promise<FeatureCollection>;
    });
    fetched.set(ref.url, pending);
    pending.catch(() => fetched.delete(ref.url));
  }
  return pending;
}

/** Forgets fetched layers the current input no longer names (an imported layer's replaced or removed data). */
function evictUnreferenced(refs: MetricsInputRefs): void {
  const named = new Set<string>();
  for (const key of ["residential", "parks", "greenways", "redLine", "districts", "shoreline"] as const) {
    for (const ref of refs[key] ?? []) if ("url" in ref) named.add(ref.url);
  }
  for (const url of fetched.keys()) if (!named.has(url)) fetched.delete(url);
}

async function resolveInput(refs: MetricsInputRefs): Promise<{ input: MetricsInput; baseParkCount: number }> {
  evictUnreferenced(refs);
  const input: Partial<Record<keyof MetricsInput, FeatureCollection>> = {};
  let baseParkCount = 0;
  for (const key of ["residential", "parks", "greenways", "redLine", "districts", "shoreline"] as const) {
    const layers = refs[key];
    if (!layers || layers.length === 0) continue;
    const collections = await Promise.all(layers.map(resolveRef));
    const features = collections.flatMap((collection) => collection.features);
    if (key === "parks") baseParkCount = features.length;
    if (key === "parks" && refs.extraParks) features.push(...refs.extraParks);
    input[key] = collections.length === 1 && !(key === "parks" && refs.extraParks) ? (collections[0] as FeatureCollection) : { type: "FeatureCollection", features };
  }
  return { input: input as MetricsInput, baseParkCount };
}

const lib = {
  /** Full computation from layer references; the blind spots come back as an object URL. */
  async computeMetrics(refs: MetricsInputRefs, params: MetricsParams): Promise<ReportSummary> {
    const { input, baseParkCount } = await resolveInput(refs);
    const report = host.computeMetrics(input, { ...params, blindSpots: true });
    const { blindSpots = [], ...summary } = report;
    if (blindSpotsUrl) URL.revokeObjectURL(blindSpotsUrl);
    const collection = { type: "FeatureCollection", features: blindSpots };
    blindSpotsUrl = URL.createObjectURL(new Blob([JSON.stringify(collection)], { type: "application/geo+json" }));
    return {
      ...summary,
      blindSpotsUrl,
      blindSpotCount: blindSpots.length,
      blindSpotAreaM2: blindSpots.reduce((sum, feature) => sum + feature.properties.areaM2, 0),
      baseParkCount,
      populationTotal: input.residential.features.reduce((sum, feature) => sum + (Number(feature.properties?.population) || 0), 0),
    };
  },
  setPark: host.setPark,
  /** Dissolved park service areas of the current session (the scenario's when one ran last), for export. */
  serviceAreas: (): FeatureCollection => ({ type: "FeatureCollection", features: host.serviceAreas() }),
  previewRatio: host.previewRatio,
  listRuleSets: host.listRuleSets,
};

export type AnalysisLib = typeof lib;
expose(lib);
