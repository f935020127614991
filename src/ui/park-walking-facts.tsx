import { type ReactNode, useEffect, useState } from "react";
import type { NetworkParkFacts } from "../domain/metrics-report";
import { useAnalysis } from "../state/hooks";
import { loadParkWalkingFacts } from "../state/service-actions";
import { formatArea } from "./format";
import { useTranslate } from "./use-translate";

type Facts = NetworkParkFacts | undefined | "unavailable" | "loading";

/**
 * A park's walking facts in its inspector: its walking radius, where the walking network leaves its access zone,
 * the residential land its walking service area reaches and the part only it serves; "步行不可达：附近没有步行网络"
 * when no street reaches its access zone.
 */
export function ParkWalkingFacts({ layerId, featureIndex }: { layerId: string; featureIndex: number }) {
  const { t, language } = useTranslate();
  const locale = language === "zh" ? "zh-CN" : "en";
  const status = useAnalysis((state) => state.walking.status);
  const coverage = useAnalysis((state) => state.walking.coverage);
  const [facts, setFacts] = useState<Facts>("loading");
  useEffect(() => {
    if (status === "running") {
      setFacts("loading");
      return;
    }
    if (!coverage) {
      setFacts(undefined);
      return;
    }
    let isCurrent = true;
    setFacts("loading");
    loadParkWalkingFacts(layerId, featureIndex)
      .then((loaded) => isCurrent && setFacts(loaded))
      .catch(() => isCurrent && setFacts("unavailable"));
    return () => {
      isCurrent = false;
    };
  }, [layerId, featureIndex, status, coverage]);
  const units = { ha: t("unit.ha"), km2: t("unit.km2") };
  let body: ReactNode;
  if (facts === "loading") body = <p className="hint">{t("inspect.walkingLoading")}</p>;
  else if (facts === undefined) body = <p className="hint">{t("inspect.walkingNoData")}</p>;
  else if (facts === "unavailable") body = <p className="hint">{t("inspect.walkingUnavailable")}</p>;
  else if (facts.noNetworkNearby) body = <p data-testid="walking-unreachable">{t("inspect.walkingUnreachable")}</p>;
  else {
    body = (
      <dl className="inspector-summary">
        {facts.radiusM !== undefined && (
          <>
            <dt>{t("inspect.walkingRadius")}</dt>
            <dd>{t("inspect.metres", { value: facts.radiusM })}</dd>
          </>
        )}
        <dt>{t("inspect.walkingAccessPoints")}</dt>
        <dd data-testid="walking-access-points">{facts.accessPoints.length}</dd>
        <dt>{t("inspect.walkingServed")}</dt>
        <dd data-testid="walking-served">{formatArea(facts.servedAreaM2, units, locale)}</dd>
        <dt>{t("inspect.walkingAlone")}</dt>
        <dd data-testid="walking-alone">{formatArea(facts.aloneServedAreaM2, units, locale)}</dd>
      </dl>
    );
  }
  return (
    <section className="park-walking" data-testid="park-walking">
      <h3>{t("inspect.walkingTitle")}</h3>
      {body}
    </section>
  );
}
