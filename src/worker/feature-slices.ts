import type { Feature } from "geojson";
import { sliceEnd } from "../domain/geometry-size";

/**
 * Features per message when a parsed layer crosses to the main thread: decoding a message (a structured clone)
 * takes the main thread time in proportion to its values, so slices are bounded by positions as well as features —
 * 2,000 features of long street lines (≈ 200k positions) took 300 ms to decode, 20k positions take ≈ 10–30 ms.
 */
const FEATURES_PER_SLICE = 2_000;
const POSITIONS_PER_SLICE = 20_000;

/** One slice of a feature list and the index after it. */
export interface FeatureSlice {
  features: Feature[];
  end: number;
}

/**
 * The feature lists of the worker's last read, kept until the main thread has taken them slice by slice. Each
 * slice is let go here as it is taken (so the worker's copy shrinks while the page's grows, instead of both being
 * whole at once), and the lists once the last slice of the last list is taken.
 */
export class PendingFeatures {
  private lists: (Feature | null)[][] = [];

  /** Keeps `lists` for `take` and returns their lengths. */
  hold(lists: Feature[][]): number[] {
    this.lists = lists;
    return lists.map((features) => features.length);
  }

  /** The slice of list `list` that starts at `start`: at most 2,000 features and 20k positions (`sliceEnd`). */
  take(list: number, start: number): FeatureSlice {
    const features = this.lists[list] ?? [];
    const end = sliceEnd(features, start, FEATURES_PER_SLICE, POSITIONS_PER_SLICE);
    // Each range is taken once, so the slice holds the list's own entries: a null written in a project file stays
    // null here, for the project guard on the page to drop and report.
    const slice = features.slice(start, end) as Feature[];
    features.fill(null, start, end);
    if (list === this.lists.length - 1 && end >= features.length) this.lists = [];
    return { features: slice, end };
  }
}

/** Takes all `count` features of list `list` through `take` (a worker call), slice by slice, in order. */
export async function takeFeatures(
  take: (list: number, start: number) => Promise<FeatureSlice>,
  list: number,
  count: number,
  onTaken?: (taken: number) => void,
): Promise<Feature[]> {
  const features: Feature[] = [];
  for (let start = 0; start < count; ) {
    const slice = await take(list, start);
    for (const feature of slice.features) features.push(feature);
    start = Math.max(slice.end, start + 1);
    onTaken?.(features.length);
  }
  return features;
}
