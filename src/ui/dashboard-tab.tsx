import { selectIndicatorEvaluations } from "../state/indicator-evaluations";
import { useAnalysis, useUi } from "../state/hooks";
import { IndicatorDashboard } from "./dashboard/indicator-dashboard";

/** The plan-targets tab: the indicator dashboard fed with the latest metrics of the current region. */
export function DashboardTab() {
  const region = useUi((state) => state.region);
  const report = useAnalysis((state) => state.report);
  const isSchematic = useAnalysis((state) => state.isSchematic);
  const evaluations = selectIndicatorEvaluations(region, report, isSchematic);
  return <IndicatorDashboard region={region} metrics={report} isSchematic={isSchematic} evaluations={evaluations} />;
}
