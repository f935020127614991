import type { LayerMeta } from "../../domain/layer-meta";
import { useTranslate } from "../use-translate";
import { useExportText } from "./use-export-text";

/** Which layers the results rest on, where they come from, and which of them are schematic (示意). */
export function ReportProvenance({ metas }: { metas: LayerMeta[] }) {
  const { t, pick } = useTranslate();
  const text = useExportText();
  return (
    <section className="report-provenance" aria-labelledby="report-provenance-title">
      <h2 id="report-provenance-title">{t("report.provenance")}</h2>
      <table className="report-table" data-testid="report-provenance">
        <thead>
          <tr>
            <th scope="col">{text("provenance.layer")}</th>
            <th scope="col">{text("provenance.source")}</th>
            <th scope="col">{text("provenance.licence")}</th>
            <th scope="col">{text("provenance.attribution")}</th>
            <th scope="col">{text("provenance.schematic")}</th>
          </tr>
        </thead>
        <tbody>
          {metas.map((meta) => (
            <tr key={meta.id}>
              <th scope="row">{pick(meta.title)}</th>
              <td>{pick(meta.source)}</td>
              <td>{meta.licence}</td>
              <td>{meta.attribution}</td>
              <td>
                {meta.schematic ? <span className="badge-schematic">{t("layer.schematic")}</span> : text("no")}
                {meta.schematicAttributes && meta.schematicAttributes.length > 0 && (
                  <> {t("report.schematicAttributes", { attributes: meta.schematicAttributes.join(", ") })}</>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-note">{t("report.schematicNote")}</p>
    </section>
  );
}
