import type { Language } from "../../state/ui-store";
import { en } from "./en";
import { type MessageKey, zh } from "./zh";

const TABLES: Record<Language, Record<MessageKey, string>> = { zh, en };

/** Looks up `key` in the table for `language` and fills `{name}` placeholders with `values`. */
export function translate(
  language: Language,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  const template = TABLES[language][key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

export type { MessageKey };
