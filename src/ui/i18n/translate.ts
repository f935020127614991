import type { Language } from "../../state/ui-store";
import { en } from "./en";
import { type MessageKey, zh } from "./zh";

const TABLES: Record<Language, Record<MessageKey, string>> = { zh, en };

const ENGLISH_PLURAL = new Intl.PluralRules("en");

/**
 * Looks up `key` in the table for `language` and fills `{name}` placeholders with `values`; `{name|one|other}`
 * picks the word for the number `values[name]` by the language's plural rules (`{count|park|parks}`).
 */
export function translate(language: Language, key: MessageKey, values: Record<string, string | number> = {}): string {
  const template = TABLES[language][key];
  return template
    .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (_, name: string, one: string, other: string) =>
      ENGLISH_PLURAL.select(Number(String(values[name]).replace(/[,\s]/g, ""))) === "one" ? one : other,
    )
    .replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** True when `key` names a message of the tables. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zh, key);
}

export type { MessageKey };
