import { useCallback } from "react";
import type { LocalizedText } from "../domain/layer-meta";
import { useUi } from "../state/hooks";
import { type MessageKey, translate } from "./i18n/translate";

/** Returns `t(key, values)` for the current language, and `pick(text)` for bilingual data. */
export function useTranslate() {
  const language = useUi((state) => state.language);
  const t = useCallback((key: MessageKey, values?: Record<string, string | number>) => translate(language, key, values), [language]);
  const pick = useCallback((text: LocalizedText) => text[language] || text.zh, [language]);
  return { t, pick, language };
}
