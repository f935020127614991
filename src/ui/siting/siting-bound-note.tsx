import type { SitingState } from "../../state/siting-store";
import { cancelSiting } from "../../state/siting-actions";
import { useTranslate } from "../use-translate";

type SitingReport = NonNullable<SitingState["report"]>;

const percent = (ratio: number) => `${(ratio * 100).toFixed(2)} %`;

/**
 * How good the suggested sites are: proven optimal, or the optimality gap to the bound and which bound it is (the
 * LP relaxation, or the greedy bound while the LP relaxation is computed, when it is too large, or when stopped).
 */
export function SitingBoundNote({ report }: { report: SitingReport }) {
  const { t } = useTranslate();
  const gap = percent(report.gapRatio);
  const count = report.sites.length;
  const bound = report.goal === "coverage" ? percent(report.totalWeight > 0 ? report.bound / report.totalWeight : 1) : String(report.bound);
  const quality =
    report.goal === "coverage"
      ? { optimum: t("siting.exact"), "lp-relaxation": t("siting.gapLp", { gap, bound, count }), greedy: t("siting.gapGreedy", { gap, bound, count }) }
      : { optimum: t("siting.fewestExact"), "lp-relaxation": t("siting.fewestLp", { gap, bound }), greedy: t("siting.fewestGreedy", { gap, bound }) };
  return (
    <div data-testid="siting-bound" data-bound-kind={report.boundKind} data-bound-status={report.lpBoundStatus} data-gap-ratio={report.gapRatio}>
      <p>
        {report.method === "greedy" && `${t("siting.greedy")} `}
        <span data-testid="siting-gap">{quality[report.boundKind]}</span>
      </p>
      {report.lpBoundStatus === "computing" && (
        <p role="status" className="hint">
          {t("siting.boundComputing")}{" "}
          <button type="button" data-testid="siting-bound-cancel" onClick={cancelSiting}>
            {t("siting.boundCancel")}
          </button>
        </p>
      )}
      {report.lpBoundStatus === "too-large" && <p className="hint">{t("siting.boundTooLarge")}</p>}
      {report.lpBoundStatus === "cancelled" && <p className="hint">{t("siting.boundCancelled")}</p>}
    </div>
  );
}
