import { Fragment, type ReactNode, useId, useState } from "react";
import type { IndicatorEvaluation, IndicatorUnit, TargetEvaluation } from "../../domain/indicators/indicator-types";
import type { MetricsSnapshot } from "../../domain/indicators/metrics-snapshot";
import { PLANS } from "../../domain/indicators/plans";
import { useTranslate } from "../use-translate";
import { formatGap, formatIndicatorValue, formatTarget } from "./format-indicator";
import { StatusBadge } from "./status-badge";
import { localeNumber } from "../locale-number";

type Translate = ReturnType<typeof useTranslate>;

const unitLabel = (t: Translate["t"], unit: IndicatorUnit) => (unit === "percent" || unit === "index" ? "" : t(`dashboard.unit.${unit}`));

const KNOWN_BAY_STATUSES = ["built", "target-2025", "target-2030", "target-2035", "phased"] as const;

/**
 * The bays of the region by status: "已建成 1/10（10%）" per status in programme order, built shown even when none
 * is (an unknown status is shown as written, after the known ones).
 */
function BayStatusList({ bays }: { bays: NonNullable<MetricsSnapshot["bays"]> }) {
  const { t, language } = useTranslate();
  const locale = language === "zh" ? "zh-CN" : "en";
  const total = bays.count ?? 0;
  const byStatus = bays.byStatus ?? [];
  const built = byStatus.find((row) => row.status === "built") ?? { status: "built", count: 0, share: 0 };
  const order = (status: string) => {
    const index = (KNOWN_BAY_STATUSES as readonly string[]).indexOf(status);
    return index < 0 ? KNOWN_BAY_STATUSES.length : index;
  };
  const rows = byStatus.length > 0 ? [built, ...byStatus.filter((row) => row !== built)].sort((a, b) => order(a.status) - order(b.status)) : [];
  if (bays.withoutStatusCount) rows.push({ status: "", count: bays.withoutStatusCount, share: bays.withoutStatusCount / total });
  if (total === 0 || rows.length === 0) return null;
  const label = (status: string) => {
    if (!status) return t("dashboard.bayStatus.none");
    const known = KNOWN_BAY_STATUSES.find((entry) => entry === status);
    return known ? t(`dashboard.bayStatus.${known}`) : status;
  };
  return (
    <ul className="bay-status-list">
      {rows.map((row) => (
        <li key={row.status}>
          {t("dashboard.bayStatusLine", {
            status: label(row.status),
            count: row.count,
            total,
            share: localeNumber(row.share, locale, { style: "percent", maximumFractionDigits: 0 }),
          })}
        </li>
      ))}
    </ul>
  );
}

function MeasuredCell({ evaluation, rowSpan, metrics }: { evaluation: IndicatorEvaluation; rowSpan: number; metrics: MetricsSnapshot | null }) {
  const { t, language } = useTranslate();
  const { indicator, measured } = evaluation;
  const locale = language === "zh" ? "zh-CN" : "en";
  const bays = indicator.metric === "bays.beautifulBayCount" ? metrics?.bays : undefined;
  return (
    <td rowSpan={rowSpan} className="measured-cell">
      {measured === null ? (
        <span className="muted">{indicator.metric ? "—" : t("dashboard.reference")}</span>
      ) : (
        <strong>{formatIndicatorValue(measured, indicator.unit, unitLabel(t, indicator.unit), locale)}</strong>
      )}
      {evaluation.isSchematic && (
        <span className="badge-schematic" title={t("layer.schematicTitle")}>
          {t("layer.schematic")}
        </span>
      )}
      {bays && <BayStatusList bays={bays} />}
    </td>
  );
}

/** One target row: value, year, plan, status, and the quoted sentence on demand. */
function TargetRow({ evaluation, entry, lead }: { evaluation: IndicatorEvaluation; entry: TargetEvaluation; lead: ReactNode }) {
  const { t, pick, language } = useTranslate();
  const [isOpen, setOpen] = useState(false);
  const quoteId = useId();
  const { indicator } = evaluation;
  const { target } = entry;
  const plan = PLANS[target.planId];
  const locale = language === "zh" ? "zh-CN" : "en";
  const label = unitLabel(t, indicator.unit);
  return (
    <>
      <tr className="target-row">
        {lead}
        <td>
          {target.value === null ? (
            <span className="muted">{t("dashboard.qualitative")}</span>
          ) : (
            <span className="target-value">{formatTarget(target.value, indicator.direction, indicator.unit, label, locale)}</span>
          )}
          {target.term && <span className="target-detail">{t("dashboard.term", { term: target.term })}</span>}
          {target.places && <span className="target-detail">{t("dashboard.places", { places: target.places.join(t("punct.enumSeparator")) })}</span>}
          {target.note && <span className="target-detail">{pick(target.note)}</span>}
        </td>
        <td>{target.year === null ? t("dashboard.yearNotStated", { end: plan.period.endYear }) : t("dashboard.year", { year: target.year })}</td>
        <td>
          <span className="plan-title">
            {t("punct.titleOpen")}
            {pick(plan.title)}
            {t("punct.titleClose")}
          </span>
          <button
            type="button"
            className="quote-toggle"
            aria-expanded={isOpen}
            aria-controls={quoteId}
            aria-label={t("dashboard.quote.label", { name: pick(indicator.name) })}
            onClick={() => setOpen((open) => !open)}
          >
            {t("dashboard.quote.show")}
          </button>
        </td>
        <td>
          <StatusBadge status={entry.status} reason={entry.reason} />
          {entry.gap !== undefined && entry.status === "not-met" && (
            <span className="status-reason">
              {t("dashboard.gap", { gap: formatGap(entry.gap, indicator.unit, label, locale, (value) => t("unit.percentagePoints", { value })) })}
            </span>
          )}
          {entry.missingPlaces && entry.missingPlaces.length > 0 && (
            <span className="status-reason">{t("dashboard.missingPlaces", { places: entry.missingPlaces.join(t("punct.enumSeparator")) })}</span>
          )}
        </td>
      </tr>
      <tr className="quote-row" id={quoteId} hidden={!isOpen}>
        <td colSpan={4}>
          <blockquote lang="zh-CN">“{target.quote}”</blockquote>
          <p className="quote-source">
            {t("dashboard.quote.source")}
            {t("punct.colon")}《{plan.title.zh}》
          </p>
        </td>
      </tr>
    </>
  );
}

/**
 * All rows of one indicator: a row per target (name and measured value span them), then baselines. `metrics`
 * gives the detail some measured values carry (the bays by status).
 */
export function IndicatorRows({ evaluation, metrics }: { evaluation: IndicatorEvaluation; metrics: MetricsSnapshot | null }) {
  const { t, pick, language } = useTranslate();
  const { indicator } = evaluation;
  const locale = language === "zh" ? "zh-CN" : "en";
  const references = [...(indicator.references ?? []), ...indicator.targets.flatMap((target) => (target.baseline ? [target.baseline] : []))];
  const span = (evaluation.targets.length === 0 ? 1 : evaluation.targets.length * 2) + (references.length > 0 ? 1 : 0);
  const lead = (
    <>
      <th scope="rowgroup" rowSpan={span} className="indicator-name">
        {pick(indicator.name)}
        {indicator.note && <span className="target-detail">{pick(indicator.note)}</span>}
      </th>
      <MeasuredCell evaluation={evaluation} rowSpan={span} metrics={metrics} />
    </>
  );
  return (
    <tbody className="indicator-group" data-indicator={indicator.id}>
      {evaluation.targets.length === 0 ? (
        <tr>
          {lead}
          <td colSpan={4} className="muted">
            {t("dashboard.noTarget")}
          </td>
        </tr>
      ) : (
        evaluation.targets.map((entry, index) => <TargetRow key={index} evaluation={evaluation} entry={entry} lead={index === 0 ? lead : null} />)
      )}
      {references.length > 0 && (
        <tr className="reference-row">
          <td colSpan={4}>
            {t("dashboard.baseline")}
            {t("punct.colon")}
            {references.map((reference, index) => (
              <Fragment key={index}>
                {index > 0 && t("punct.listSeparator")}
                <span title={reference.quote}>
                  {formatIndicatorValue(reference.value, indicator.unit, unitLabel(t, indicator.unit), locale, true)}
                  {reference.term ? ` ${reference.term}` : ""}
                  {reference.year !== null ? `${t("punct.parenOpen")}${t("dashboard.year", { year: reference.year })}${t("punct.parenClose")}` : ""}·
                  {t("punct.titleOpen")}
                  {pick(PLANS[reference.planId].shortTitle)}
                  {t("punct.titleClose")}
                </span>
              </Fragment>
            ))}
          </td>
        </tr>
      )}
    </tbody>
  );
}
