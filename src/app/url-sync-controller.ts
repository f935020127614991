import { PUBLIC_LAYER_KINDS } from "../domain/public-layers";
import { DEFAULT_RULE_SET_ID } from "../domain/rule-sets";
import { type LayersStore, selectRegion, selectVisibleLayerIds } from "../state/layers-store";
import { formatPermalink, type Permalink, readPermalink } from "../state/permalink";
import type { ScenarioStore } from "../state/scenario-store";
import type { UiStore } from "../state/ui-store";
import type { UrlEnvironment } from "../services/url-environment";

/** The permalink of the current screen. */
function currentPermalink(uiStore: UiStore, layersStore: LayersStore, extras?: Record<string, string>, scenarioStore?: ScenarioStore): Permalink {
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
  return Object.values(layersStore.getState().metas)
    .filter((meta) => PUBLIC_LAYER_KINDS.includes(meta.kind))
    .map((meta) => meta.id);
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

/** What the URL sync reads and writes. */
export interface UrlSyncOptions {
  uiStore: UiStore;
  layersStore: LayersStore;
  environment: UrlEnvironment;
  scenarioStore?: ScenarioStore;
}

/**
 * Keeps the URL and the stores in step: the URL is read once at `start` (and on back/forward), discrete changes
 * push a history entry, camera moves replace it (`storesChanged`). What the address asks for but the stores cannot
 * show yet waits in named fields: its layer list until the manifest has loaded (`pendingLayers`), its scenario
 * until a project restore brings it (`pendingScenario`) — a restore arriving later does not undo the permalink.
 */
export class UrlSyncController {
  /** The permalink last read or written. */
  private link: Permalink = {};
  /** A scenario named in the URL, activated once it exists (scenarios are restored from storage later). */
  pendingScenario: string | undefined;
  /** A layer list named in the URL (or the public viewer's defaults), shown once the manifest is loaded. */
  pendingLayers: string[] | undefined;
  private needsPublicDefaults = false;
  /** True while the URL is being applied to the stores, whose changes then must not be written back. */
  private isApplying = false;
  private stopPopState: () => void = () => {};

  constructor(private readonly options: UrlSyncOptions) {}

  /** Applies the address the app was opened with and listens to back/forward. */
  start(): void {
    const { uiStore, layersStore, environment } = this.options;
    this.link = this.read();
    this.pendingScenario = this.link.scenario;
    this.isApplying = true;
    applyPermalink(this.link, uiStore, layersStore);
    this.isApplying = false;
    this.pendingLayers = this.link.layers;
    this.needsPublicDefaults = !this.link.layers && uiStore.getState().mode === "public";
    this.stopPopState = environment.onPopState(() => this.popState());
  }

  stop(): void {
    this.stopPopState();
  }

  /** A store changed: shows what the address still waits for, else writes the address of the current screen. */
  storesChanged(): void {
    if (this.isApplying) return;
    const { uiStore, layersStore, scenarioStore, environment } = this.options;
    const isManifestReady = layersStore.getState().manifestStatus === "ready";
    if (this.needsPublicDefaults && isManifestReady) {
      this.needsPublicDefaults = false;
      this.pendingLayers = publicLayerIds(layersStore);
    }
    if (this.pendingLayers && isManifestReady) {
      const layers = this.pendingLayers;
      this.pendingLayers = undefined;
      layersStore.getState().showOnlyLayers(layers);
      return;
    }
    if (this.pendingScenario !== undefined) this.applyScenario();
    const next = currentPermalink(uiStore, layersStore, this.link.extras, scenarioStore);
    if (this.pendingScenario !== undefined) next.scenario = this.pendingScenario;
    const search = formatPermalink(next);
    if (search === formatPermalink(this.link)) return;
    const onlyViewChanged = formatPermalink({ ...next, view: undefined }) === formatPermalink({ ...this.link, view: undefined });
    if (onlyViewChanged) environment.replace(search);
    else environment.push(search);
    this.link = next;
  }

  private read(): Permalink {
    const { link, ignored } = readPermalink(this.options.environment.search());
    this.options.uiStore.getState().reportIgnoredLinkParameters(ignored);
    return link;
  }

  private applyScenario(): void {
    const { scenarioStore } = this.options;
    if (!scenarioStore || this.pendingScenario === undefined) return;
    const state = scenarioStore.getState();
    if (state.scenarios.some((scenario) => scenario.id === this.pendingScenario)) {
      const id = this.pendingScenario;
      this.pendingScenario = undefined;
      if (state.activeScenarioId !== id) state.activateScenario(id);
    }
  }

  private popState(): void {
    const { uiStore, layersStore, scenarioStore } = this.options;
    this.link = this.read();
    this.isApplying = true;
    applyPermalink({ rules: DEFAULT_RULE_SET_ID, ...this.link }, uiStore, layersStore);
    this.pendingScenario = this.link.scenario;
    if (this.pendingScenario === undefined) scenarioStore?.getState().activateScenario(null);
    this.applyScenario();
    this.isApplying = false;
  }
}
