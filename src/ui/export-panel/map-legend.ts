import type { LayerMeta, RegionId } from "../../domain/layer-meta";
import type { MapLegend, MapLegendEntry, MapLegendSwatch } from "../../state/map-exporter-registry";
import type { Language } from "../../state/ui-store";
import { translate } from "../i18n/translate";
import { graduatedRangeLabels } from "../layer-panel/legend-ranges";

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
 * A layer's legend entries: one entry with its colour; or, when it is coloured by classes (categories such as park
 * type, or graduated ranges), its title without a swatch followed by one class entry per colour, as the layer
 * panel lists them.
 */
function layerEntries(meta: LayerMeta, language: Language): MapLegendEntry[] {
  const title = meta.title[language] || meta.title.zh;
  const swatch = swatchOf(meta);
  const classSwatch = swatch === "outline" ? "fill" : swatch;
  const { categories, graduated } = meta.style;
  let classes: { title: string; color: string }[] = [];
  if (graduated && graduated.colors.length === graduated.breaks.length + 1) {
    const unitLabels = { ha: translate(language, "unit.ha"), m: translate(language, "unit.m") };
    const ranges = graduatedRangeLabels(graduated.breaks, graduated.property, language === "zh" ? "zh-CN" : "en", unitLabels);
    classes = graduated.colors.map((color, index) => ({ title: ranges[index] ?? "", color }));
  } else if (meta.style.categoryProperty && categories && categories.length > 0) {
    classes = categories.map((category) => ({ title: category.label[language] || category.label.zh, color: category.color }));
  }
  if (classes.length === 0) return [{ title, color: meta.style.color, swatch, schematic: meta.schematic }];
  return [
    { title, color: meta.style.color, swatch: "none", schematic: meta.schematic },
    ...classes.map((entry) => ({ ...entry, swatch: classSwatch, schematic: false, isClass: true })),
  ];
}

/**
 * The legend of a map picture: the visible layers of the region the layer panel lists, top first, each with its
 * colour (or its classes) and whether it is schematic (示意), then the blind-spot hatch when the overlay is shown.
 */
export function mapLegendOf(input: MapLegendInput): MapLegend {
  const entries: MapLegendEntry[] = input.order
    .map((id) => input.metas[id])
    .filter((meta): meta is LayerMeta => meta?.regions.includes(input.region) === true && input.isVisible(meta.id))
    .flatMap((meta) => layerEntries(meta, input.language));
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
