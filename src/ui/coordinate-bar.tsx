import { cursorCoordinates } from "../state/cursor-coordinates";
import { usePointer } from "../state/hooks";
import { useTranslate } from "./use-translate";

/**
 * Pointer coordinates in WGS84 and CGCS2000 3° GK zone 40 (EPSG:4549), the latter labelled as Chinese surveying
 * does: X the northing, Y the easting.
 */
export function CoordinateBar() {
  const { t } = useTranslate();
  const coordinates = cursorCoordinates(usePointer((state) => state.cursorLonLat));
  return (
    <output className="coordinate-bar" aria-live="off" data-testid="coordinates">
      {coordinates ? (
        <>
          <span>
            {t("coords.wgs84")} {coordinates.lon.toFixed(6)}°E {coordinates.lat.toFixed(6)}°N
          </span>
          <span>
            {t("coords.cgcs2000")} {t("coords.northing")} {coordinates.northingM.toFixed(1)} m · {t("coords.easting")} {coordinates.eastingM.toFixed(1)} m
          </span>
        </>
      ) : (
        <span>{t("coords.hint")}</span>
      )}
    </output>
  );
}
