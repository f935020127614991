import type { Feature, LineString, Polygon } from "geojson";
import type { AnalysisStore } from "../state/analysis-store";
import type { UiStore } from "../state/ui-store";
import type { AnalysisClient, MetricsInputRefs, MetricsParams, WalkingSummary } from "../worker/analysis-client";
import type { Outcome } from "../worker/latest-wins";

/** What the walking session must hold: a baseline's layers plus the active scenario's candidate parks and paths. */
export interface WalkingTarget {
  /** Number of the baseline request whose layers these are (a new baseline means a new walking session). */
  baselineRequestId: number;
  refs: MetricsInputRefs;
  /** Parks the baseline layers hold: candidate parks are numbered from here, as in the radius session. */
  baseParkCount: number;
  parks: Feature<Polygon>[];
  paths: Feature<LineString>[];
}

/** A candidate's index in the walking session and its geometry as text (to tell an edited candidate apart). */
interface Slot {
  index: number;
  key: string;
}

/** The walking session the worker holds once a run is done, kept up to date by incremental edits. */
interface WalkingSession {
  baselineRequestId: number;
  parks: Map<string, Slot>;
  paths: Map<string, Slot>;
  nextParkIndex: number;
  nextPathIndex: number;
}

interface WalkingDependencies {
  client: AnalysisClient;
  analysisStore: AnalysisStore;
  uiStore: UiStore;
  params: () => MetricsParams;
}

const hasNetwork = (refs: MetricsInputRefs): boolean => (refs.walkingNetwork?.length ?? 0) > 0;
const keyOf = (feature: Feature): string => JSON.stringify(feature.geometry);
const listKey = (features: Feature[]): string => features.map((feature) => `${String(feature.id)}=${keyOf(feature)}`).join("|");
const sameTarget = (a: WalkingTarget, b: WalkingTarget): boolean =>
  a.baselineRequestId === b.baselineRequestId && listKey(a.parks) === listKey(b.parks) && listKey(a.paths) === listKey(b.paths);

/**
 * The walking-network figures (步行), run after the radius figures and never in their way: a full run starts only
 * once the radius figures of the same input are on screen (`ensure`), in the walking worker, and is stopped
 * (`invalidate`) as soon as a newer input starts a radius run; a result whose run was overtaken is dropped, so the
 * 步行 column shows 计算中… rather than an older input's number. A candidate park or path edited while the walking
 * session holds the same baseline is applied incrementally; the walking view (service areas, "radius yes, walking
 * no" land) is made only while its switch is on.
 */
export class WalkingRuns {
  /** Number of the newest walking request; a result of an older one is dropped. */
  private requestId = 0;
  /** Number of the newest incremental edit; only the last edit's figures are shown. */
  private editCount = 0;
  private session: WalkingSession | null = null;
  /** The target of the full run in flight. */
  private pending: WalkingTarget | null = null;
  private edits: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: WalkingDependencies) {}

  /** The input changed (a new baseline run starts): stops the walking run and drops the figures on screen. */
  invalidate(refs: MetricsInputRefs): void {
    this.requestId += 1;
    this.session = null;
    this.pending = null;
    this.deps.client.cancelWalking();
    const store = this.deps.analysisStore.getState();
    if (hasNetwork(refs)) store.walkingStarted();
    else store.walkingFinished(undefined);
  }

  /** A radius run of `target` starts: a walking run in flight for another target is stopped, so it takes no CPU. */
  radiusRunStarting(target: WalkingTarget): void {
    if (this.pending && !sameTarget(this.pending, target)) this.invalidate(target.refs);
  }

  /**
   * The radius figures of `target` are on screen: brings the walking session to it — incremental edits when it
   * holds the same baseline, nothing when a run for it is in flight, else a full run.
   */
  ensure(target: WalkingTarget): void {
    if (!hasNetwork(target.refs)) {
      this.invalidate(target.refs);
      return;
    }
    if (this.session && this.session.baselineRequestId === target.baselineRequestId) this.applyEdits(target);
    else if (!this.pending || !sameTarget(this.pending, target)) this.run(target);
  }

  /** Candidate parks or paths were edited: applied incrementally when a walking session holds the baseline. */
  edited(target: WalkingTarget): void {
    if (this.session && this.session.baselineRequestId === target.baselineRequestId) this.applyEdits(target);
    else if (this.pending && !sameTarget(this.pending, target)) this.invalidate(target.refs);
  }

  /** The walking view's switch changed: makes the view of the figures on screen when it is on. */
  viewChanged(): void {
    const walking = this.deps.analysisStore.getState().walking;
    if (!this.deps.uiStore.getState().walkingView.isVisible || walking.status !== "ready" || walking.geometry) return;
    const requestId = this.requestId;
    const editCount = this.editCount;
    this.deps.client.walkingGeometry().then(
      (urls) => {
        if (requestId === this.requestId && editCount === this.editCount) this.deps.analysisStore.getState().walkingGeometryReady(urls);
      },
      () => undefined,
    );
  }

  /** Stops the walking run and ignores results still on their way. */
  stop(): void {
    this.requestId += 1;
    this.session = null;
    this.pending = null;
    this.deps.client.cancelWalking();
  }

  private run(target: WalkingTarget): void {
    const requestId = ++this.requestId;
    this.session = null;
    this.pending = target;
    const { analysisStore, client } = this.deps;
    analysisStore.getState().walkingStarted();
    const refs = { ...target.refs, extraParks: target.parks, extraPaths: target.paths };
    void client.computeWalking(refs, this.deps.params()).then((outcome) => {
      if (requestId !== this.requestId) return;
      this.pending = null;
      if (outcome.status === "done") {
        this.session = {
          baselineRequestId: target.baselineRequestId,
          parks: new Map(target.parks.map((park, index) => [String(park.id), { index: target.baseParkCount + index, key: keyOf(park) }])),
          paths: new Map(target.paths.map((path, index) => [String(path.id), { index, key: keyOf(path) }])),
          nextParkIndex: target.baseParkCount + target.parks.length,
          nextPathIndex: target.paths.length,
        };
        this.show(outcome.value);
      } else if (outcome.status === "failed") analysisStore.getState().walkingFailed(outcome.error);
    });
  }

  private show(value: WalkingSummary): void {
    this.deps.analysisStore.getState().walkingFinished(value.networkCoverage);
    this.viewChanged();
  }

  /** Sends the session's differences from `target` to the walking worker, one after another. */
  private applyEdits(target: WalkingTarget): void {
    const session = this.session as WalkingSession;
    const parkChanges = diffSlots(session.parks, target.parks, () => session.nextParkIndex++);
    const pathChanges = diffSlots(session.paths, target.paths, () => session.nextPathIndex++);
    if (parkChanges.length + pathChanges.length === 0) return;
    const requestId = this.requestId;
    const editCount = ++this.editCount;
    const { analysisStore, client } = this.deps;
    analysisStore.getState().walkingStarted();
    const steps: (() => Promise<Outcome<WalkingSummary>>)[] = [
      ...parkChanges.map(
        ([index, park]) =>
          () =>
            client.walkingSetPark(index, park),
      ),
      ...pathChanges.map(
        ([index, path]) =>
          () =>
            client.walkingSetPath(index, path),
      ),
    ];
    this.edits = this.edits.then(async () => {
      let last: Outcome<WalkingSummary> | undefined;
      for (const step of steps) {
        if (requestId !== this.requestId) return;
        last = await step();
        if (last.status !== "done") break;
      }
      if (requestId !== this.requestId || !last) return;
      if (last.status === "done") {
        if (editCount === this.editCount) this.show(last.value);
      } else if (last.status === "failed") {
        this.session = null;
        analysisStore.getState().walkingFailed(last.error);
      }
    });
  }
}

/**
 * The edits that turn the candidates in `slots` into `features` (removals as null), updating `slots`; a new
 * candidate takes the index `nextIndex` gives.
 */
function diffSlots(slots: Map<string, Slot>, features: Feature[], nextIndex: () => number): [number, Feature | null][] {
  const changes: [number, Feature | null][] = [];
  const ids = new Set(features.map((feature) => String(feature.id)));
  for (const [id, slot] of slots) {
    if (ids.has(id)) continue;
    changes.push([slot.index, null]);
    slots.delete(id);
  }
  for (const feature of features) {
    const id = String(feature.id);
    const key = keyOf(feature);
    const slot = slots.get(id);
    if (slot?.key === key) continue;
    const index = slot?.index ?? nextIndex();
    slots.set(id, { index, key });
    changes.push([index, feature]);
  }
  return changes;
}
