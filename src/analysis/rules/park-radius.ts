import type { RuleSet } from "../../domain/rule-sets";

/**
 * The service radius of a park under a rule set: the radius of the largest class its area reaches.
 * @param areaM2 - ellipsoidal park area in m²
 * @returns radius in metres, or `undefined` when the park is too small to count
 * @example parkRadiusM(resolveRuleSet("qingdao-300-500"), 12000) // 500
 */
export function parkRadiusM(ruleSet: RuleSet, areaM2: number): number | undefined {
  let radiusM: number | undefined;
  for (const radiusClass of ruleSet.classes) {
    if (areaM2 >= radiusClass.minAreaM2) radiusM = radiusClass.radiusM;
  }
  return radiusM;
}
