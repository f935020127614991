import { exportZoneChoices, gaussKrugerZoneOf } from "../../state/export-actions";
import { useCurrentRegion } from "../../state/hooks";
import { useTranslate } from "../use-translate";

const AUTO = "auto";

/**
 * The Gauss-Krüger zone of a projected export: "automatic" (the zone of the exported data's centre; the option
 * names the zone of the current region's centre) or one zone chosen from the list, each with its central
 * meridian and EPSG code.
 */
export function ExportZoneSelect({ kind, zone, onChange }: { kind: "gk3" | "gk6"; zone: number | undefined; onChange: (zone: number | undefined) => void }) {
  const { t, language } = useTranslate();
  const region = useCurrentRegion();
  const zoneWidthDeg = kind === "gk3" ? 3 : 6;
  const regionZone = region ? gaussKrugerZoneOf((region.bbox[0] + region.bbox[2]) / 2, zoneWidthDeg) : undefined;
  return (
    <label className="export-crs">
      {t("export.zone")}
      <select
        value={zone === undefined ? AUTO : String(zone)}
        onChange={(event) => onChange(event.target.value === AUTO ? undefined : Number(event.target.value))}
        data-testid="export-zone"
      >
        <option value={AUTO}>
          {region && regionZone !== undefined ? t("export.zoneAuto", { region: region.name[language], zone: regionZone }) : t("export.zoneAutoPlain")}
        </option>
        {exportZoneChoices(kind).map((choice) => (
          <option key={choice.code} value={choice.zone}>
            {t("export.zoneOption", { zone: choice.zone, cm: choice.centralMeridianDeg, epsg: choice.code })}
          </option>
        ))}
      </select>
    </label>
  );
}
