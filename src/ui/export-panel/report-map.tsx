import { useEffect, useState } from "react";
import { exportMapImage } from "../../state/export-actions";
import { useTranslate } from "../use-translate";

type MapPicture = { kind: "loading" } | { kind: "ready"; url: string; dpi: number } | { kind: "error"; message: string };

/** Renders the current map once at `dpi` (with scale bar, north arrow and attribution) for the report. */
export function ReportMap({ dpi, attribution }: { dpi: number; attribution: string }) {
  const { t } = useTranslate();
  const [picture, setPicture] = useState<MapPicture>({ kind: "loading" });
  useEffect(() => {
    let isCurrent = true;
    let url: string | null = null;
    exportMapImage({ dpi, attribution })
      .then((image) => {
        url = URL.createObjectURL(image.blob);
        if (isCurrent) setPicture({ kind: "ready", url, dpi: image.dpi });
        else URL.revokeObjectURL(url);
      })
      .catch((error: unknown) => {
        if (isCurrent) setPicture({ kind: "error", message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      isCurrent = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [dpi, attribution]);
  if (picture.kind === "loading")
    return (
      <p className="hint" role="status" data-testid="report-map-loading">
        {t("report.mapLoading")}
      </p>
    );
  if (picture.kind === "error")
    return (
      <p className="error-text" role="alert">
        {t("report.mapFailed", { error: picture.message })}
      </p>
    );
  return (
    <figure className="report-map">
      <img src={picture.url} alt={t("report.map")} data-testid="report-map-image" />
      <figcaption>{t("report.mapCaption", { dpi: picture.dpi })}</figcaption>
    </figure>
  );
}
