export { listRuleSets, resolveRuleSet, type RuleSet } from "../analysis/rules/rule-sets";
export type { MetricsReport } from "../analysis/index";
