export { listRuleSets, resolveRuleSet, type RuleSet } from "../domain/rule-sets";
export type { MetricsReport } from "../domain/metrics-report";
