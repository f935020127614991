import { uiStore } from "../../state/app-stores";
import { useUi } from "../../state/hooks";
import { useTranslate } from "../use-translate";
import { LayerToggle, OpacitySlider } from "./layer-controls";
import { WalkingRow } from "./walking-row";

/**
 * The blind-spot overlay (服务盲区) as a row of the layer panel: toggle, opacity and its hatch in the legend. It is
 * computed from the current rule set, not read from a file, and says so.
 */
export function BlindSpotRow() {
  const { t } = useTranslate();
  const view = useUi((state) => state.blindSpotView);
  const ruleSetId = useUi((state) => state.ruleSetId);
  const title = t("layer.blindSpots");
  const actions = uiStore.getState();
  return (
    <section className="layer-group" aria-labelledby="group-computed">
      <h2 id="group-computed">{t("layer.computedGroup")}</h2>
      <ul>
        <li className="layer-row" data-testid="blind-spot-row">
          <div className="layer-head">
            <LayerToggle
              title={title}
              isVisible={view.isVisible}
              swatchClassName="swatch-main swatch-blind-spot"
              testId="toggle-blind-spots"
              onToggle={() => actions.toggleBlindSpots()}
            />
          </div>
          <div className="layer-meta-line">
            <span>{t("layer.blindSpotsComputed", { ruleSet: ruleSetId })}</span>
          </div>
          <div className="layer-controls">
            <OpacitySlider
              title={title}
              opacityRatio={view.opacityRatio}
              testId="opacity-blind-spots"
              onChange={(opacityRatio) => actions.changeBlindSpotOpacity(opacityRatio)}
            />
          </div>
          <ul className="legend" aria-label={t("legend.title")} data-testid="legend-blind-spots">
            <li>
              <span className="swatch swatch-blind-spot" aria-hidden="true" />
              {t("report.blindSpotLegend")}
            </li>
          </ul>
        </li>
        <WalkingRow />
      </ul>
    </section>
  );
}
