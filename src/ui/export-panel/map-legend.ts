import type { LayerMeta, RegionId } from "../../domain/layer-meta";
import type { MapLegend, MapLegendEntry, MapLegendSwatch } from "../../state/map-exporter-registry";
import type { Language } from "../../state/ui-store";
import { translate } from "../i18n/translate";

/** The blind-spot hatch colour (`map/blind-spot-style.ts`, and `.swatch-blind-spot` in the layer panel). */
export const BLIND_SPOT_HATCH_COLOR = "#b2182b";

function swatchOf(meta: LayerMeta): MapLegendSwatch {
  if (meta.geometryType === "LineString") return "line";
  if (meta.geometryType === "Point") return "circle";
  return meta.style.fillOpacity === 0 ? "outline" : "fill";
}

export interface MapLegendInput {
  /** Layers top first, as `layersStore`'s `order` lists them. */
  order: readonly string[];
  metas: Readonly<Record<string, LayerMeta | undefined>>;
  isVisible: (id: string) => boolean;
  region: RegionId;
  /** The blind-spot overlay is on and has polygons. */
  hasBlindSpots: boolean;
  language: Language;
}

/**
 * The legend of a map picture: the visible layers of the region the layer panel lists, top first, each with its
 * colour and whether it is schematic (示意), then the blind-spot hatch when the overlay is shown.
 */
export function mapLegendOf(input: MapLegendInput): MapLegend {
  const entries: MapLegendEntry[] = input.order
    .map((id) => input.metas[id])
    .filter((meta): meta is LayerMeta => meta !== undefined && meta.regions.includes(input.region) && input.isVisible(meta.id))
    .map((meta) => ({ title: meta.title[input.language] || meta.title.zh, color: meta.style.color, swatch: swatchOf(meta), schematic: meta.schematic }));
  if (input.hasBlindSpots) {
    entries.push({ title: translate(input.language, "report.blindSpotLegend"), color: BLIND_SPOT_HATCH_COLOR, swatch: "hatch", schematic: false });
  }
  return {
    heading: translate(input.language, "legend.title"),
    schematicLabel: translate(input.language, "layer.schematic"),
    entries,
    moreLabel: translate(input.language, "legend.more"),
  };
}
