import type { Feature, MultiPolygon } from "geojson";
import type { ServiceAreaProperties } from "./service-coverage/service-areas";
import { MetricsSession } from "./metrics-session";
import { listRuleSets, type RuleSet } from "../domain/rule-sets";
import type { MetricsReport, NetworkCoverageResult, NetworkParkFacts, ParkCoverageResult, ParksSummary } from "../domain/metrics-report";
import type { MetricsInput, MetricsParams } from "./types";

/** The engine API a worker exposes: one current session kept between calls for cheap edits and previews. */
export interface AnalysisHost {
  /** Full computation; also becomes the session later `setPark`/`previewRatio` calls work on. */
  computeMetrics(input: MetricsInput, params: MetricsParams): MetricsReport;
  /** Adds (index = park count), moves or removes (null) one park of the current session. */
  setPark(index: number, feature: Feature | null): { parkCoverage?: ParkCoverageResult; parks: ParksSummary; networkCoverage?: NetworkCoverageResult };
  /** Adds (index = path count), moves or removes (null) one walking-network line (a candidate path). */
  setPath(index: number, feature: Feature | null): { networkCoverage?: NetworkCoverageResult };
  /** Walking-network facts of one park for its inspector; undefined without a walking network. */
  networkParkFacts(index: number): NetworkParkFacts | undefined;
  /**
   * The walking service areas (overall, and per rule-set class `withClasses`) and "radius yes, walking no" land of
   * the current session (empty without a network).
   */
  networkGeometry(withClasses?: boolean): Pick<MetricsReport, "networkServiceAreas" | "radiusOnlyLand">;
  /** Approximate coverage if every counted park served `radiusM` (slider preview). */
  previewRatio(radiusM: number): number;
  /** Dissolved park service areas of the current session (overall, then one per rule-set class). */
  serviceAreas(): Feature<MultiPolygon, ServiceAreaProperties>[];
  listRuleSets(): RuleSet[];
}

/**
 * Creates the stateful host behind the worker (kept here, not in the worker file, so it is unit-testable).
 * @throws Error from `setPark`/`previewRatio` before any `computeMetrics`
 */
export function createAnalysisHost(): AnalysisHost {
  let session: MetricsSession | undefined;
  const current = () => {
    if (!session) throw new Error("no metrics session: call computeMetrics first");
    return session;
  };
  return {
    computeMetrics(input, params) {
      session = undefined;
      const next = new MetricsSession(input, params);
      const report = next.report();
      session = next;
      return report;
    },
    setPark: (index, feature) => current().setPark(index, feature),
    setPath: (index, feature) => current().setPath(index, feature),
    networkParkFacts: (index) => current().networkParkFacts(index),
    networkGeometry: (withClasses) => current().networkGeometry(withClasses),
    previewRatio: (radiusM) => current().previewRatio(radiusM),
    serviceAreas: () => current().serviceAreas(),
    listRuleSets,
  };
}
