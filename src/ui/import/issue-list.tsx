import type { ImportIssue } from "../../state/import-store";
import { useTranslate } from "../use-translate";
import { issueProblem } from "./issue-text";

/** Issues whose ids are line numbers of a table (header = line 1), not features. */
const ROW_CODES = new Set(["row-skipped", "row-swapped"]);

/** Import checks and repairs, each naming its file, the problem with the facts found, the count and the feature ids. */
export function IssueList({ issues }: { issues: readonly ImportIssue[] }) {
  const { t, language } = useTranslate();
  if (issues.length === 0) return null;
  return (
    <details className="issue-list" open>
      <summary>{t("import.issues")}</summary>
      <ul>
        {issues.map((issue, index) => {
          const ids = issue.featureIds ?? (issue.featureId !== undefined ? [issue.featureId] : issue.featureIndex !== undefined ? [issue.featureIndex] : []);
          const shown = ids.slice(0, 8).join(", ") + (ids.length > 8 ? " …" : "");
          return (
            <li key={`${issue.code}-${index}`} className={`issue-${issue.severity ?? "warning"}`} title={issue.message}>
              {t("import.issueLine", {
                file: issue.fileName,
                problem: issueProblem(issue, language),
                count: issue.count ?? Math.max(1, ids.length),
                ids: ids.length === 0 ? "" : ROW_CODES.has(issue.code) ? t("import.rowLines", { ids: shown }) : t("import.featureIds", { ids: shown }),
              })}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
