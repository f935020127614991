import type { ImportIssue } from "./import-types";

/** Feature ids kept on a grouped issue: the list shows the first few, the count says how many there are. */
const KEPT_IDS = 100;

const concernsOneFeature = (issue: ImportIssue) =>
  (issue.featureIndex !== undefined || issue.featureId !== undefined) && issue.count === undefined && issue.featureIds === undefined;

/**
 * Merges issues that each concern one feature into one issue per file, code and severity, with the count and the
 * first `KEPT_IDS` feature ids (the feature's id, else its index), placed where the first of them was: 200,000
 * invalid items make one line, not 200,000. The message names the file, the number of features, the first ids and
 * the first feature's own message as an example. Other issues are kept as they are, in order.
 */
export function groupIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  const groups = new Map<string, ImportIssue[]>();
  for (const issue of issues) {
    if (!concernsOneFeature(issue)) continue;
    const key = `${issue.fileName}\u0000${issue.code}\u0000${issue.severity ?? ""}`;
    const group = groups.get(key);
    if (group) group.push(issue);
    else groups.set(key, [issue]);
  }
  const grouped: ImportIssue[] = [];
  const placed = new Set<ImportIssue[]>();
  for (const issue of issues) {
    const group = concernsOneFeature(issue) ? groups.get(`${issue.fileName}\u0000${issue.code}\u0000${issue.severity ?? ""}`) : undefined;
    if (!group || group.length === 1) {
      grouped.push(issue);
      continue;
    }
    if (placed.has(group)) continue;
    placed.add(group);
    const ids = group.slice(0, KEPT_IDS).map((member) => member.featureId ?? member.featureIndex ?? 0);
    const first = issue.message.startsWith(`${issue.fileName}: `) ? issue.message.slice(issue.fileName.length + 2) : issue.message;
    const listed = ids.slice(0, 10).join(", ") + (group.length > 10 ? ` and ${(group.length - 10).toLocaleString("en")} more` : "");
    const { featureIndex: _index, featureId: _id, ...rest } = issue;
    grouped.push({
      ...rest,
      count: group.length,
      featureIds: ids,
      message: `${issue.fileName}: ${group.length.toLocaleString("en")} features (${listed}) have the same problem, e.g. ${first}`,
    });
  }
  return grouped;
}
