import { useState } from "react";
import { uiStore } from "../../state/app-stores";
import { useTranslate } from "../use-translate";

/** Asks the browser for the device location and probes it (nothing leaves the device). */
export function LocateButton() {
  const { t } = useTranslate();
  const [status, setStatus] = useState<"idle" | "locating" | { error: string }>("idle");
  const locate = () => {
    if (!("geolocation" in navigator)) {
      setStatus({ error: "geolocation unavailable" });
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
      (error) => setStatus({ error: error.message }),
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
          {t("public.locateError", { error: status.error })}
        </p>
      )}
    </div>
  );
}
