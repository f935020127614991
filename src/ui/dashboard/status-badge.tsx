import type { NoDataReason, TargetStatus } from "../../domain/indicators/indicator-types";
import { useTranslate } from "../use-translate";

/** A symbol per status, so the badge reads without colour (and in black-and-white print). */
const SYMBOL: Record<TargetStatus, string> = { met: "✓", "not-met": "✗", "no-data": "–" };

/** 达标 / 未达标 / 无数据 as text with a symbol and colour; the no-data reason follows in small text. */
export function StatusBadge({ status, reason }: { status: TargetStatus; reason?: NoDataReason }) {
  const { t } = useTranslate();
  return (
    <span className="status-cell">
      <span className={`status-badge status-${status}`}>
        <span aria-hidden="true">{SYMBOL[status]} </span>
        {t(`dashboard.status.${status}`)}
      </span>
      {reason && <span className="status-reason">{t(`dashboard.reason.${reason}`)}</span>}
    </span>
  );
}
