import type { ImportIssue } from "../../state/import-store";
import type { MessageKey } from "../i18n/translate";
import { useTranslate } from "../use-translate";

/** Issues whose ids are line numbers of a table (header = line 1), not features. */
const ROW_CODES = new Set(["row-skipped", "row-swapped"]);

/** Import checks and repairs, translated by code, with counts and feature ids. */
export function IssueList({ issues }: { issues: readonly ImportIssue[] }) {
  const { t } = useTranslate();
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
                problem: t(`issue.${issue.code}` as MessageKey),
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
