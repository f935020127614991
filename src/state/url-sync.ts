import { PUBLIC_LAYER_KINDS } from "../domain/public-layers";
import { DEFAULT_RULE_SET_ID } from "../domain/rule-sets";
import { type LayersStore, selectRegion, selectVisibleLayerIds } from "./layers-store";
import { formatPermalink, type Permalink, readPermalink } from "./permalink";
import type { ScenarioStore } from "./scenario-store";
import type { UiStore } from "./ui-store";

/** The browser pieces url-sync needs; injected so it can be tested without a DOM. */
export interface UrlEnvironment {
  search: () => string;
  push: (search: string) => void;
  replace: (search: string) => void;
  onPopState: (listener: () => void) => () => void;
}

/** The permalink of the current screen. */
function currentPermalink(
  uiStore: UiStore,
  layersStore: LayersStore,
  extras?: Record<string, string>,
  scenarioStore?: ScenarioStore,
): Permalink {
  const ui = uiStore.getState();
  const layers = layersStore.getState();
  return {
    mode: ui.mode,
    region: ui.region,
    language: ui.language,
    view: ui.mapView ?? undefined,
    layers: layers.manifestStatus === "ready" ? selectVisibleLayerIds(layers) : undefined,
    feature: ui.selection ?? undefined,
    rules: ui.ruleSetId,
    scenario: scenarioStore?.getState().activeScenarioId ?? undefined,
    extras,
  };
}

/** The layers the public viewer shows when its address names none. */
function publicLayerIds(layersStore: LayersStore): string[] {
  return Object.values(layersStore.getState().metas).filter((meta) => PUBLIC_LAYER_KINDS.includes(meta.kind)).map((meta) => meta.id);
}

/**
 * What the address the app was opened with chose, which wins over a saved project when that is restored: the
 * visible layers (its list, or the public viewer's layers when it opens the public viewer without one), the
 * region and the rule set. Call once the manifest has loaded.
 */
export function addressChoices(link: Permalink, uiStore: UiStore, layersStore: LayersStore): Pick<Permalink, "layers" | "region" | "rules"> {
  const layers = link.layers ?? (uiStore.getState().mode === "public" ? publicLayerIds(layersStore) : undefined);
  return { layers, region: link.region, rules: link.rules };
}

function applyPermalink(link: Permalink, uiStore: UiStore, layersStore: LayersStore): void {
  const ui = uiStore.getState();
  if (link.mode && link.mode !== ui.mode) ui.switchMode(link.mode);
  if (link.language && link.language !== ui.language) ui.switchLanguage();
  if (link.region && link.region !== ui.region) {
    const region = selectRegion(layersStore.getState(), link.region);
    if (region && !link.view) ui.chooseRegion(region.id, region.bbox);
    else if (region) uiStore.setState({ region: region.id });
  }
  if (link.view) ui.jumpTo(link.view);
  if (link.rules && link.rules !== ui.ruleSetId) ui.chooseRuleSet(link.rules);
  ui.selectFeature(link.feature ?? null);
  if (link.layers && layersStore.getState().manifestStatus === "ready") layersStore.getState().showOnlyLayers(link.layers);
}

/**
 * Keeps the URL and the stores in step: the URL is read once at start (and on back/forward),
 * discrete changes push a history entry, camera moves replace it. Returns a stop function.
 */
export function startUrlSync(
  uiStore: UiStore,
  layersStore: LayersStore,
  environment: UrlEnvironment,
  scenarioStore?: ScenarioStore,
): () => void {
  const read = () => {
    const { link: parsed, ignored } = readPermalink(environment.search());
    uiStore.getState().reportIgnoredLinkParameters(ignored);
    return parsed;
  };
  let link = read();
  /** A scenario named in the URL is activated once it exists (scenarios are restored from storage later). */
  let pendingScenario = link.scenario;
  const applyScenario = () => {
    if (!scenarioStore || pendingScenario === undefined) return;
    const state = scenarioStore.getState();
    if (state.scenarios.some((scenario) => scenario.id === pendingScenario)) {
      const id = pendingScenario;
      pendingScenario = undefined;
      if (state.activeScenarioId !== id) state.activateScenario(id);
    }
  };
  let isApplying = true;
  applyPermalink(link, uiStore, layersStore);
  isApplying = false;
  let pendingLayers = link.layers;
  let needsPublicDefaults = !link.layers && uiStore.getState().mode === "public";
  const write = () => {
    if (isApplying) return;
    if (needsPublicDefaults && layersStore.getState().manifestStatus === "ready") {
      needsPublicDefaults = false;
      pendingLayers = publicLayerIds(layersStore);
    }
    if (pendingLayers && layersStore.getState().manifestStatus === "ready") {
      const layers = pendingLayers;
      pendingLayers = undefined;
      layersStore.getState().showOnlyLayers(layers);
      return;
    }
    if (pendingScenario !== undefined) applyScenario();
    const next = currentPermalink(uiStore, layersStore, link.extras, scenarioStore);
    if (pendingScenario !== undefined) next.scenario = pendingScenario;
    const search = formatPermalink(next);
    if (search === formatPermalink(link)) return;
    const onlyViewChanged = formatPermalink({ ...next, view: undefined }) === formatPermalink({ ...link, view: undefined });
    if (onlyViewChanged) environment.replace(search);
    else environment.push(search);
    link = next;
  };
  const stopUi = uiStore.subscribe(write);
  const stopLayers = layersStore.subscribe(write);
  const stopScenarios = scenarioStore?.subscribe(write);
  const stopPop = environment.onPopState(() => {
    link = read();
    isApplying = true;
    applyPermalink({ rules: DEFAULT_RULE_SET_ID, ...link }, uiStore, layersStore);
    pendingScenario = link.scenario;
    if (pendingScenario === undefined) scenarioStore?.getState().activateScenario(null);
    applyScenario();
    isApplying = false;
  });
  return () => {
    stopScenarios?.();
    stopUi();
    stopLayers();
    stopPop();
  };
}

/** The real browser environment. */
export function browserUrlEnvironment(): UrlEnvironment {
  return {
    search: () => window.location.search,
    push: (search) => window.history.pushState(null, "", `${window.location.pathname}${search}`),
    replace: (search) => window.history.replaceState(null, "", `${window.location.pathname}${search}`),
    onPopState: (listener) => {
      window.addEventListener("popstate", listener);
      return () => window.removeEventListener("popstate", listener);
    },
  };
}
