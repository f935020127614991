import { useCallback } from "react";
import { districtNameEn } from "../../domain/district-names";
import { useCurrentRegion, useUi } from "../../state/hooks";
import { useTranslate } from "../use-translate";

/** The name of the region the metrics are computed for, in the current language. */
export function useRegionName(): string {
  const { pick } = useTranslate();
  const region = useUi((state) => state.region);
  const info = useCurrentRegion();
  return info ? pick(info.name) : region;
}

/** Names a district in the current language: its official romanised name in English, when known. */
export function useDistrictName(): (nameZh: string) => string {
  const { language } = useTranslate();
  return useCallback((nameZh: string) => (language === "en" ? (districtNameEn(nameZh) ?? nameZh) : nameZh), [language]);
}
