/**
 * A maximal covering location instance (Church & ReVelle 1974): demand units with weights, candidate
 * sites and, for each candidate, the demand units it covers within the service distance. Demand units
 * already served by existing parks are marked covered; they count in the covered weight but no new
 * site gains anything from them.
 */
export interface SitingInstance {
  /** Demand unit ids, in index order (parcel ids, tract ids…). */
  readonly demandIds: readonly string[];
  /** Weight of each demand unit: population when known, else residential area in m². */
  readonly demandWeights: Float64Array;
  /** 1 where an existing park already covers the demand unit. */
  readonly alreadyCovered: Uint8Array;
  /** Candidate site ids, in index order. */
  readonly candidateIds: readonly string[];
  /** For each candidate, the indices of the demand units within its service distance. */
  readonly coverage: readonly Int32Array[];
}

/** One origin–destination distance: a candidate, a demand unit and the distance between them in metres. */
export interface DistancePair {
  readonly candidateId: string;
  readonly demandId: string;
  readonly distanceM: number;
}

/**
 * Builds an instance from an origin–destination distance table (network distances from any routing tool):
 * a candidate covers a demand unit when their distance is at most `radiusM`.
 * Pairs naming an unknown candidate or demand unit throw, so a typo in a table never silently drops coverage.
 * @param demand - demand ids and weights
 * @param candidateIds - candidate ids
 * @param pairs - distances; pairs that are absent mean "out of reach"
 * @param radiusM - service distance in metres
 * @param alreadyCoveredIds - demand ids an existing park already covers
 * @returns the instance
 * @example instanceFromDistances([{ id: "a", weight: 3 }], ["s"], [{ candidateId: "s", demandId: "a", distanceM: 90 }], 300).coverage[0] // Int32Array [0]
 */
export function instanceFromDistances(
  demand: readonly { id: string; weight: number }[],
  candidateIds: readonly string[],
  pairs: Iterable<DistancePair>,
  radiusM: number,
  alreadyCoveredIds: Iterable<string> = [],
): SitingInstance {
  const demandIndex = indexOf(
    demand.map((unit) => unit.id),
    "demand",
  );
  const candidateIndex = indexOf(candidateIds, "candidate");
  const lists: number[][] = candidateIds.map(() => []);
  for (const pair of pairs) {
    const candidate = candidateIndex.get(pair.candidateId);
    if (candidate === undefined) throw new UnknownIdError("candidate", pair.candidateId);
    const unit = demandIndex.get(pair.demandId);
    if (unit === undefined) throw new UnknownIdError("demand", pair.demandId);
    if (pair.distanceM <= radiusM) lists[candidate]?.push(unit);
  }
  const alreadyCovered = new Uint8Array(demand.length);
  for (const id of alreadyCoveredIds) {
    const unit = demandIndex.get(id);
    if (unit !== undefined) alreadyCovered[unit] = 1;
  }
  return {
    demandIds: demand.map((unit) => unit.id),
    demandWeights: Float64Array.from(demand, (unit) => unit.weight),
    alreadyCovered,
    candidateIds: [...candidateIds],
    coverage: lists.map((list) => Int32Array.from(new Set(list)).sort()),
  };
}

/** An id in a distance table that names no demand unit or candidate. */
export class UnknownIdError extends Error {
  constructor(
    readonly kind: "demand" | "candidate",
    readonly id: string,
  ) {
    super(`unknown ${kind} id "${id}" in the distance table`);
  }
}

function indexOf(ids: readonly string[], kind: "demand" | "candidate"): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, position) => {
    if (index.has(id)) throw new Error(`duplicate ${kind} id "${id}"`);
    index.set(id, position);
  });
  return index;
}
