import type { Feature, MultiPolygon } from "geojson";
import { blindSpotFeatures } from "./service-coverage/blind-spots";
import { ParkCoverage } from "./service-coverage/park-coverage";
import { serviceAreaFeatures, type ServiceAreaProperties } from "./service-coverage/service-areas";
import { parkRecordFromFeature } from "./service-coverage/park-records";
import { RadiusPreview } from "./service-coverage/radius-preview";
import { DEFAULT_GREENWAY_RADIUS_M } from "../domain/rule-sets";
import { greenwayMetrics } from "./metrics/greenways";
import { bayMetrics } from "./metrics/bays";
import { parksSummary } from "./metrics/parks-summary";
import { redLineMetrics } from "./metrics/red-line";
import { shorelineMetrics } from "./metrics/shoreline";
import { prepareInput, type PreparedInput } from "./prepare-input";
import { NetworkCoverage } from "./network/network-coverage";
import { networkParkFacts, networkServiceAreaFeatures } from "./network/network-geometry";
import { RadiusOnlyTracker, radiusOnlyFeatures, radiusOnlyLand } from "./network/radius-only";
import { resolveRuleSet, type RuleSet } from "../domain/rule-sets";
import {
  DEFAULT_NETWORK_SETTINGS,
  type MetricsReport,
  type NetworkCoverageResult,
  type NetworkParkFacts,
  type NetworkSettings,
  type ParkCoverageResult,
  type ParksSummary,
} from "../domain/metrics-report";
import type { MetricsInput, MetricsParams } from "./types";
import { valueAt } from "./value-at";

/** Largest radius the slider preview answers (farther land counts as uncovered). */
const PREVIEW_MAX_RADIUS_M = 1500;

/**
 * One loaded dataset and rule set, kept in memory so that a park edit or a radius-slider step is cheap:
 * park coverage keeps per-unit state (flatbush over units and parks); the slider uses a sampled distance field.
 */
export class MetricsSession {
  readonly ruleSet: RuleSet;
  private readonly prepared: PreparedInput;
  private readonly coverage: ParkCoverage;
  private preview: RadiusPreview | undefined;
  /** Walking-network settings: the defaults overridden by `MetricsParams.network`. */
  readonly networkSettings: NetworkSettings;
  /** Walking-network coverage, when the input has a walking network, parks and residential land. */
  private readonly network: NetworkCoverage | undefined;
  private readonly baseLineCount: number;
  private readonly radiusOnly: RadiusOnlyTracker;

  /** @throws InvalidLayerError for unusable layers, Error for an unknown rule set */
  constructor(
    private readonly input: MetricsInput,
    private readonly params: MetricsParams,
  ) {
    this.ruleSet = resolveRuleSet(params.ruleSetId);
    this.networkSettings = { ...DEFAULT_NETWORK_SETTINGS, ...params.network };
    this.prepared = prepareInput(input);
    const p = this.prepared;
    this.coverage = new ParkCoverage(p.units, p.districtNames, p.parks, this.ruleSet, p.projection);
    const lines = input.walkingNetwork?.features ?? [];
    this.baseLineCount = lines.length;
    this.radiusOnly = new RadiusOnlyTracker(p.units);
    if (input.walkingNetwork && input.parks && input.residential) {
      this.network = new NetworkCoverage(p.units, p.districtNames, [...p.parks], this.ruleSet, p.projection, lines, this.networkSettings);
    }
  }

  /** The full report: every block whose input layer is present. */
  report(): MetricsReport {
    const p = this.prepared;
    const { id, classes, name, description, descriptionZh } = this.ruleSet;
    const report: MetricsReport = { ruleSet: { id, classes, name, description, descriptionZh } };
    const hasResidential = this.input.residential !== undefined;
    if (this.input.parks) {
      if (hasResidential) report.parkCoverage = this.coverage.result();
      report.parks = this.parksBlock();
    }
    if (this.input.greenways) {
      const radiusM = this.params.greenwayRadiusM ?? DEFAULT_GREENWAY_RADIUS_M;
      const greenways = greenwayMetrics(this.input.greenways, p.projection, p.units, p.districts, p.districtNames, radiusM);
      if (!hasResidential) delete greenways.coverageRatio;
      report.greenways = greenways;
    }
    if (this.input.redLine) report.redLine = redLineMetrics(this.input.redLine, p.projection, p.districts, p.districtNames);
    if (this.input.shoreline) report.shoreline = shorelineMetrics(this.input.shoreline, p.projection);
    if (this.input.bays) report.bays = bayMetrics(this.input.bays);
    if (this.params.blindSpots && hasResidential) report.blindSpots = blindSpotFeatures(this.coverage, p.projection);
    if (this.network) {
      report.networkCoverage = this.networkBlock(this.network, report.parkCoverage ?? this.coverage.result());
      if (this.params.networkGeometry) {
        report.networkServiceAreas = networkServiceAreaFeatures(this.network, p.projection);
        report.radiusOnlyLand = this.radiusOnlyLand(this.network);
      }
    }
    return report;
  }

  /**
   * The walking view's polygons of the current state, for the map and its exports: the walking service areas and
   * the residential land the radius covers but walking does not; empty without a walking network. Computed only
   * when asked (the app's walking view switch, an export), not with every report. Without `withClasses` the
   * service areas are the overall one only (what the map draws).
   */
  networkGeometry(withClasses = true): Pick<MetricsReport, "networkServiceAreas" | "radiusOnlyLand"> {
    if (!this.network) return {};
    return {
      networkServiceAreas: networkServiceAreaFeatures(this.network, this.prepared.projection, withClasses),
      radiusOnlyLand: this.radiusOnlyLand(this.network),
    };
  }

  private radiusOnlyLand(network: NetworkCoverage): MetricsReport["radiusOnlyLand"] {
    const p = this.prepared;
    const pieces = radiusOnlyLand(
      p.units,
      valueAt(this.coverage.fractions, 0),
      valueAt(this.coverage.layers, 0),
      valueAt(network.fractions, 0),
      valueAt(network.layers, 0),
      true,
    );
    return radiusOnlyFeatures(pieces, p.units, p.districtNames, p.projection);
  }

  /**
   * Adds (index = current park count), moves/reshapes, or removes (`feature` null) one park and returns the
   * updated park coverage (absent without residential land) and park statistics; only units near the old and new position are re-evaluated.
   */
  setPark(index: number, feature: Feature | null): { parkCoverage?: ParkCoverageResult; parks: ParksSummary; networkCoverage?: NetworkCoverageResult } {
    const record = feature ? parkRecordFromFeature(feature, this.prepared.projection) : undefined;
    this.coverage.setPark(index, record);
    this.preview = undefined;
    const parks = this.parksBlock();
    if (!this.input.residential) return { parks };
    const parkCoverage = this.coverage.result();
    if (!this.network) return { parkCoverage, parks };
    this.network.setPark(index, record);
    return { parkCoverage, parks, networkCoverage: this.networkBlock(this.network, parkCoverage) };
  }

  /**
   * Adds (index = current path count), moves or removes (`feature` null) one walking-network line and returns the
   * updated walking-network coverage (absent without a network, residential land or parks).
   */
  setPath(index: number, feature: Feature | null): { networkCoverage?: NetworkCoverageResult } {
    if (!this.network) return {};
    this.network.setLine(this.baseLineCount + index, feature);
    return { networkCoverage: this.networkBlock(this.network, this.coverage.result()) };
  }

  /** Walking-network facts of park `index` (access points, its service area, land it alone serves). */
  networkParkFacts(index: number): NetworkParkFacts | undefined {
    return this.network ? networkParkFacts(this.network, index, this.prepared.projection) : undefined;
  }

  private networkBlock(network: NetworkCoverage, radius: ParkCoverageResult): NetworkCoverageResult {
    const result = network.result();
    return {
      ...result,
      ...(radius.ratio > 0 ? { ratioToRadius: result.ratio / radius.ratio } : {}),
      radiusOnlyAreaM2: this.radiusOnly.update(
        valueAt(this.coverage.fractions, 0),
        valueAt(this.coverage.layers, 0),
        valueAt(network.fractions, 0),
        valueAt(network.layers, 0),
        this.prepared.projection,
      ),
      settings: { ...this.networkSettings },
      network: { edgeCount: network.graph.edges.filter(Boolean).length, lengthM: network.lengthM() },
      parksWithoutNetworkCount: network.parksWithoutNetworkCount(),
    };
  }

  /** Dissolved service areas of the counted parks, overall and per rule-set class (see `serviceAreaFeatures`). */
  serviceAreas(): Feature<MultiPolygon, ServiceAreaProperties>[] {
    return serviceAreaFeatures(this.coverage, this.prepared.projection);
  }

  /** Approximate overall coverage if every counted park served `radiusM` (slider preview, about ±1 pp). */
  previewRatio(radiusM: number): number {
    if (!this.preview) {
      const minimum = this.ruleSet.classes[0]?.minAreaM2 ?? Infinity;
      const counted = this.prepared.parks.filter((park) => park !== undefined && park.areaM2 >= minimum);
      this.preview = new RadiusPreview(this.prepared.units, counted as NonNullable<(typeof counted)[number]>[], this.prepared.projection, PREVIEW_MAX_RADIUS_M);
    }
    return this.preview.ratio(radiusM);
  }

  private parksBlock(): ParksSummary {
    const p = this.prepared;
    return parksSummary(p.parks, this.ruleSet, p.districts, p.districtNames, p.districtPopulation, p.totalPopulation);
  }
}

/**
 * Computes every planning metric for the given layers under a named rule set (see `MetricsReport`).
 * @example computeMetrics({ residential, parks }, { ruleSetId: "gb50563-2010" }).parkCoverage?.ratio
 */
export function computeMetrics(input: MetricsInput, params: MetricsParams): MetricsReport {
  return new MetricsSession(input, params).report();
}
