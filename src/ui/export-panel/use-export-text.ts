import { useCallback } from "react";
import type { ExportText, ExportTextKey } from "../../state/export-actions";
import { useTranslate } from "../use-translate";

/** The export labels (column headers, metric names, units) in the interface language. */
export function useExportText(): ExportText {
  const { t } = useTranslate();
  return useCallback((key: ExportTextKey) => t(`export.${key}`), [t]);
}
