/**
 * The analysis Web Worker: exposes the pure engine's session host (Placemark worker pattern), and keeps large
 * data off the main thread: layers are fetched here by URL (shipped files, object URLs of imported layers) and
 * cached while the input names them; blind spots go back as an
 * object URL that MapLibre loads in its own worker. One instance answers the radius metrics (`computeMetrics`,
 * which never reads the walking network); another runs the walking-network coverage (`computeWalking`), so a slow
 * walking run neither delays the radius figures nor is lost when a newer one terminates it.
 */
import { expose } from "comlink";
import type { Feature, FeatureCollection } from "geojson";
import { createAnalysisHost, type MetricsInput, type MetricsParams } from "../analysis/index";
import { createRegionLocator, featuresInRegion, type RegionLocator } from "../analysis/region-filter";
import type { RegionId } from "../domain/layer-meta";
import { REGIONS } from "../domain/regions";
import { citySitingInstance } from "../analysis/siting/city-instance";
import { loadHighsSolver } from "../analysis/siting/mip-solver";
import type { SitingInstance } from "../analysis/siting/instance";
import { lpBoundStatusOf, type SitingBound } from "../analysis/siting/siting-bound";
import { sitingReport, type SitingReport } from "../analysis/siting/siting-report";
import { fewestSites, type SitingResult, suggestSites, withLpBound } from "../analysis/siting/suggest-sites";
import { resolveRuleSet } from "../domain/rule-sets";
import highsWasmUrl from "highs/runtime?url";
import clipperWasmUrl from "clipper2-wasm/dist/es/clipper2z.wasm?url";
import { loadWasmOffsetKernel } from "../analysis/geometry/offset-kernel";
import type { LayerRef, MetricsInputRefs, ReportSummary, SitingParams, WalkingGeometryUrls, WalkingSummary } from "./layer-refs";

const INPUT_KEYS = ["residential", "parks", "greenways", "redLine", "districts", "shoreline", "bays", "walkingNetwork"] as const;
type InputKey = (typeof INPUT_KEYS)[number];
/** What the radius metrics read: everything but the walking network. */
const RADIUS_KEYS: readonly InputKey[] = INPUT_KEYS.filter((key) => key !== "walkingNetwork");
/** What the walking-network coverage reads (districts also place layers that span regions). */
const WALKING_KEYS: readonly InputKey[] = ["residential", "parks", "districts", "walkingNetwork"];

const host = createAnalysisHost();
/** Buffers run on Clipper2's WebAssembly build once it is loaded (clipper2-ts until then, or if it cannot load). */
const offsetKernelReady = loadWasmOffsetKernel(() => clipperWasmUrl);
/** Instances up to this many candidate–demand pairs load HiGHS and are solved exactly. */
const SMALL_INSTANCE_PAIRS = 20_000;
const fetched = new Map<string, Promise<FeatureCollection>>();
let blindSpotsUrl: string | null = null;
/** The last siting answer and its instance, kept for the LP-relaxation bound asked for after it is shown. */
let lastSiting: { instance: SitingInstance; result: SitingResult; target: { count: number } | { targetRatio: number } } | null = null;
/**
 * The walking view's object URLs for the current walking session, made on the first request after each change:
 * the map's (overall service area only) and the exports' (with one service area per rule-set class).
 */
const walkingGeometry: { map: WalkingGeometryUrls | null; export: WalkingGeometryUrls | null } = { map: null, export: null };

/** Replaces an object URL of GeoJSON features made by this worker (null for none). */
function featuresUrl(previous: string | null, features: unknown[] | undefined): string | null {
  if (previous) URL.revokeObjectURL(previous);
  if (!features) return null;
  const collection = { type: "FeatureCollection", features };
  return URL.createObjectURL(new Blob([JSON.stringify(collection)], { type: "application/geo+json" }));
}

/** Revokes the walking view's object URLs (the session they were made of changed). */
function releaseWalkingGeometry(): void {
  for (const urls of [walkingGeometry.map, walkingGeometry.export]) {
    if (urls?.serviceAreasUrl) URL.revokeObjectURL(urls.serviceAreasUrl);
    if (urls?.radiusOnlyUrl) URL.revokeObjectURL(urls.radiusOnlyUrl);
  }
  walkingGeometry.map = walkingGeometry.export = null;
}

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
function evictUnreferenced(refs: MetricsInputRefs, keys: readonly InputKey[]): void {
  const named = new Set<string>();
  for (const key of keys) {
    for (const ref of refs[key] ?? []) if ("url" in ref) named.add(ref.url);
  }
  for (const url of fetched.keys()) if (!named.has(url)) fetched.delete(url);
}

/** The region rule of the current districts (rebuilt when they change), and the layers it has filtered. */
let regionRule: { districts: FeatureCollection[]; locate: RegionLocator; filtered: WeakMap<FeatureCollection, Map<RegionId, FeatureCollection>> } | null = null;

function regionRuleFor(districts: FeatureCollection[]) {
  const isSame = regionRule && regionRule.districts.length === districts.length && regionRule.districts.every((item, index) => item === districts[index]);
  if (!regionRule || !isSame) {
    regionRule = {
      districts,
      locate: createRegionLocator(
        districts.flatMap((collection) => collection.features),
        REGIONS,
      ),
      filtered: new WeakMap(),
    };
  }
  return regionRule;
}

/** A layer's features in `region` (memoised per layer, so an unchanged layer keeps its identity between runs). */
function inRegion(collection: FeatureCollection, region: RegionId, districts: FeatureCollection[]): FeatureCollection {
  const rule = regionRuleFor(districts);
  let byRegion = rule.filtered.get(collection);
  if (!byRegion) rule.filtered.set(collection, (byRegion = new Map()));
  let result = byRegion.get(region);
  if (!result) byRegion.set(region, (result = featuresInRegion(collection, region, rule.locate)));
  return result;
}

/**
 * Fetches the referenced layers, keeps the features of each ref's region, and concatenates them per input; an
 * input left without features is omitted (the region has no data of that kind), except parks with candidate parks.
 */
async function resolveInput(refs: MetricsInputRefs, keys: readonly InputKey[]): Promise<{ input: MetricsInput; baseParkCount: number }> {
  evictUnreferenced(refs, keys);
  await offsetKernelReady;
  const fetchedByKey = await Promise.all(keys.map((key) => Promise.all((refs[key] ?? []).map(resolveRef))));
  const districts = fetchedByKey[keys.indexOf("districts")] ?? [];
  const input: Partial<Record<keyof MetricsInput, FeatureCollection>> = {};
  let baseParkCount = 0;
  keys.forEach((key, keyIndex) => {
    const layers = refs[key] ?? [];
    const collections = (fetchedByKey[keyIndex] ?? []).map((collection, index) => {
      const region = layers[index]?.region;
      return region ? inRegion(collection, region, districts) : collection;
    });
    const features = collections.flatMap((collection) => collection.features);
    const extraParks = key === "parks" ? (refs.extraParks ?? []) : key === "walkingNetwork" ? (refs.extraPaths ?? []) : [];
    if (features.length === 0 && extraParks.length === 0) return;
    if (key === "parks") baseParkCount = features.length;
    if (extraParks.length > 0) features.push(...extraParks);
    input[key] = collections.length === 1 && extraParks.length === 0 ? (collections[0] as FeatureCollection) : { type: "FeatureCollection", features };
  });
  return { input: input as MetricsInput, baseParkCount };
}

const lib = {
  /**
   * The radius metrics from layer references (the walking network and candidate paths are not read); the blind
   * spots come back as an object URL.
   */
  async computeMetrics(refs: MetricsInputRefs, params: MetricsParams): Promise<ReportSummary> {
    const { input, baseParkCount } = await resolveInput(refs, RADIUS_KEYS);
    const report = host.computeMetrics(input, { ...params, blindSpots: true });
    const { blindSpots = [], ...summary } = report;
    blindSpotsUrl = featuresUrl(blindSpotsUrl, blindSpots);
    return {
      ...summary,
      blindSpotsUrl,
      blindSpotCount: blindSpots.length,
      blindSpotAreaM2: blindSpots.reduce((sum, feature) => sum + feature.properties.areaM2, 0),
      baseParkCount,
      populationTotal: (input.residential?.features ?? []).reduce((sum, feature) => sum + (Number(feature.properties?.population) || 0), 0),
    };
  },
  /**
   * Suggests new park sites (maximal covering, or the fewest reaching a ratio) over the region's residential land,
   * existing and scenario parks counted as built; exact with HiGHS on small instances, greedy with its greedy bound
   * beyond (`sitingLpBound` then tightens it). Progress goes to `onProgress` (a comlink proxy); the client cancels
   * by terminating the worker.
   */
  async suggestSites(refs: MetricsInputRefs, params: SitingParams, onProgress?: (fraction: number) => void): Promise<SitingReport> {
    const { input } = await resolveInput(refs, RADIUS_KEYS);
    const candidateLayers = params.candidates ? await Promise.all(params.candidates.map(resolveRef)) : undefined;
    const networkLayers = params.network ? await Promise.all(params.network.map(resolveRef)) : undefined;
    void onProgress?.(0.05);
    const siting = citySitingInstance({
      residential: input.residential ?? { type: "FeatureCollection", features: [] },
      parks: input.parks ?? { type: "FeatureCollection", features: [] },
      districts: input.districts ?? { type: "FeatureCollection", features: [] },
      excluded: [input.redLine, input.bays].filter((layer): layer is FeatureCollection => layer !== undefined),
      ruleSet: resolveRuleSet(params.ruleSetId),
      radiusM: params.radiusM,
      ...(candidateLayers ? { candidates: { type: "FeatureCollection", features: candidateLayers.flatMap((layer) => layer.features) } } : {}),
      ...(params.spacingM ? { spacingM: params.spacingM } : {}),
      ...(networkLayers ? { network: { type: "FeatureCollection", features: networkLayers.flatMap((layer) => layer.features) } } : {}),
    });
    void onProgress?.(0.5);
    const pairs = siting.instance.coverage.reduce((sum, units) => sum + units.length, 0);
    const solver = pairs <= SMALL_INSTANCE_PAIRS ? await loadHighsSolver(() => highsWasmUrl) : undefined;
    const control = { onProgress: (fraction: number) => void onProgress?.(0.5 + 0.5 * fraction) };
    const target: { count: number } | { targetRatio: number } =
      params.targetRatio !== undefined ? { targetRatio: params.targetRatio } : { count: params.count ?? 10 };
    const result =
      "targetRatio" in target
        ? fewestSites(siting.instance, { targetRatio: target.targetRatio, solver, control })
        : suggestSites(siting.instance, { count: target.count, method: solver ? "auto" : "greedy", solver, control });
    lastSiting = { instance: siting.instance, result, target };
    return sitingReport(siting, result, lpBoundStatusOf(result, pairs));
  },
  /**
   * The last siting answer's bound tightened by its LP relaxation (HiGHS, loaded here if the answer did not need it;
   * the greedy bound stays when it is tighter or the solver does not finish), or null when that answer needs none
   * (proven optimal, already LP-bounded, or beyond the size limit). Synchronous inside: the client cancels it by
   * terminating the worker.
   */
  async sitingLpBound(): Promise<SitingBound | null> {
    if (!lastSiting) return null;
    const { instance, result, target } = lastSiting;
    const pairs = instance.coverage.reduce((sum, units) => sum + units.length, 0);
    if (lpBoundStatusOf(result, pairs) !== "computing") return null;
    // Generous: the planner already has the sites and can stop it.
    const bounded = withLpBound(instance, result, target, await loadHighsSolver(() => highsWasmUrl), 120);
    lastSiting = { ...lastSiting, result: bounded };
    return { bound: bounded.bound, gapRatio: bounded.gapRatio, boundKind: bounded.boundKind };
  },
  /**
   * Walking-network coverage (the 步行 figures) from the same references: residential land, parks and candidate
   * parks, districts, and the walking network with candidate paths; this instance's session then answers walking
   * edits, park facts and the walking view. Without a walking network the summary is empty.
   */
  async computeWalking(refs: MetricsInputRefs, params: MetricsParams): Promise<WalkingSummary> {
    releaseWalkingGeometry();
    const { input } = await resolveInput(refs, WALKING_KEYS);
    if (!input.walkingNetwork) return {};
    const { networkCoverage } = host.computeMetrics(input, { ...params, blindSpots: false, networkGeometry: false });
    return networkCoverage ? { networkCoverage } : {};
  },
  /** Adds, moves or removes (null) one park of the walking session; its walking view is made again when asked. */
  walkingSetPark(index: number, feature: Feature | null): WalkingSummary {
    releaseWalkingGeometry();
    const { networkCoverage } = host.setPark(index, feature);
    return networkCoverage ? { networkCoverage } : {};
  },
  /** Adds, moves or removes (null) one candidate path of the walking session. */
  walkingSetPath(index: number, feature: Feature | null): WalkingSummary {
    releaseWalkingGeometry();
    return host.setPath(index, feature);
  },
  /**
   * The walking view of the walking session as object URLs (computed once per session state): for the map the
   * overall service area only, for an export (`forExport`) with one service area per rule-set class as well.
   */
  walkingGeometry(forExport = false): WalkingGeometryUrls {
    const kind = forExport ? "export" : "map";
    let urls = walkingGeometry[kind];
    if (!urls) {
      const { networkServiceAreas, radiusOnlyLand } = host.networkGeometry(forExport);
      urls = { serviceAreasUrl: featuresUrl(null, networkServiceAreas), radiusOnlyUrl: featuresUrl(null, radiusOnlyLand) };
      walkingGeometry[kind] = urls;
    }
    return urls;
  },
  setPark: host.setPark,
  networkParkFacts: host.networkParkFacts,
  /** Dissolved park service areas of the current session (the scenario's when one ran last), for export. */
  serviceAreas: (): FeatureCollection => ({ type: "FeatureCollection", features: host.serviceAreas() }),
  previewRatio: host.previewRatio,
  listRuleSets: host.listRuleSets,
};

export type AnalysisLib = typeof lib;
expose(lib);
