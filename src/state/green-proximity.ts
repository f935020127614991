import type { FeatureCollection } from "geojson";
import { type GreenProximity, greenProximity } from "../analysis/nearest/green-proximity";
export type { NearestFeature } from "../analysis/nearest/nearest-feature";
export { isPlaceInRegion } from "../analysis/nearest/place-in-region";
import { resolveRuleSet } from "../domain/rule-sets";

const EMPTY: FeatureCollection = { type: "FeatureCollection", features: [] };
let last: { key: unknown[]; result: GreenProximity } | null = null;

/**
 * The public viewer's answer for the probed place, recomputed only when the place, the rule set
 * or the park/greenway data change. Null until a place is probed or when the rule set id is invalid.
 */
export function selectGreenProximity(
  probeLonLat: [number, number] | null,
  ruleSetId: string,
  parks: FeatureCollection | undefined,
  greenways: FeatureCollection | undefined,
): GreenProximity | null {
  if (!probeLonLat || !parks) return null;
  const key = [probeLonLat, ruleSetId, parks, greenways];
  if (last?.key.every((part, index) => part === key[index])) return last.result;
  let ruleSet: ReturnType<typeof resolveRuleSet>;
  try {
    ruleSet = resolveRuleSet(ruleSetId);
  } catch {
    return null;
  }
  const result = greenProximity(probeLonLat, parks, greenways ?? EMPTY, ruleSet);
  last = { key, result };
  return result;
}
