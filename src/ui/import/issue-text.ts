import type { ImportIssue } from "../../state/import-store";
import type { Language } from "../../state/ui-store";
import { isMessageKey, type MessageKey, translate } from "../i18n/translate";
import { localeNumber } from "../locale-number";

/**
 * The problem an import issue reports, in `language`: the sentence for its code and kind filled with the facts the
 * reader found (`details`: the part of the file, the record, the counts, what the .cpg said…) when the tables have
 * one, else the text of its code. Numbers are written with the language's digit grouping.
 */
export function issueProblem(issue: ImportIssue, language: Language): string {
  const kind = issue.details?.kind;
  const detailed = `issue.detail.${issue.code}.${kind}`;
  if (kind === undefined || !isMessageKey(detailed)) return translate(language, `issue.${issue.code}` as MessageKey);
  const locale = language === "zh" ? "zh-CN" : "en";
  const values = Object.fromEntries(
    Object.entries(issue.details ?? {}).map(([name, value]) => [name, typeof value === "number" ? localeNumber(value, locale) : value]),
  );
  return translate(language, detailed, values);
}
