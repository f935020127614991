import { useState } from "react";
import { uiStore } from "../../state/app-stores";
import type { MessageKey } from "../i18n/translate";
import { useTranslate } from "../use-translate";

/** The browser's GeolocationPositionError codes (1 denied, 2 unavailable, 3 timeout) as messages. */
const LOCATE_ERRORS: Record<number, MessageKey> = {
  1: "public.locateDenied",
  2: "public.locateUnavailable",
  3: "public.locateTimeout",
};

/** Asks the browser for the device location and probes it (nothing leaves the device). */
export function LocateButton() {
  const { t } = useTranslate();
  const [status, setStatus] = useState<"idle" | "locating" | { error: MessageKey }>("idle");
  const locate = () => {
    if (!("geolocation" in navigator)) {
      setStatus({ error: "public.locateUnsupported" });
      return;
    }
    setStatus("locating");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setStatus("idle");
        const lonLat: [number, number] = [position.coords.longitude, position.coords.latitude];
        uiStore.getState().probePlace(lonLat);
        uiStore.getState().jumpTo({ center: lonLat, zoom: 15 });
      },
      (error) => setStatus({ error: LOCATE_ERRORS[error.code] ?? "public.locateUnavailable" }),
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };
  return (
    <div className="locate">
      <button type="button" className="big-button" onClick={locate} disabled={status === "locating"}>
        {status === "locating" ? t("public.locating") : t("public.locate")}
      </button>
      {typeof status === "object" && (
        <p role="alert" className="error-text">
          {t("public.locateError", { error: t(status.error) })}
        </p>
      )}
    </div>
  );
}
