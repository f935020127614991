import { expect, test } from "vitest";
import { resolveRuleSet } from "../../domain/rule-sets";
import { parkRadiusM } from "./park-radius";

test("a park takes the radius of the largest class it reaches", () => {
  const qingdao = resolveRuleSet("qingdao-300-500");
  expect(parkRadiusM(qingdao, 399)).toBeUndefined();
  expect(parkRadiusM(qingdao, 400)).toBe(300);
  expect(parkRadiusM(qingdao, 9999)).toBe(300);
  expect(parkRadiusM(qingdao, 10000)).toBe(500);
  expect(parkRadiusM(resolveRuleSet("gb50563-2010"), 5000)).toBe(500);
  expect(parkRadiusM(resolveRuleSet("who-2016"), 4999)).toBeUndefined();
});
