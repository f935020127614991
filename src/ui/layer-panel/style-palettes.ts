/**
 * The colours of styles by attribute (the analysis core returns classes only): ColorBrewer (Brewer, Penn State)
 * "Dark2"+"Paired" qualitative colours for categories, colour-blind-safer first, and four sequential ramps.
 */
export const CATEGORY_COLORS: readonly string[] = [
  "#1b9e77",
  "#d95f02",
  "#7570b3",
  "#e7298a",
  "#66a61e",
  "#e6ab02",
  "#a6761d",
  "#666666",
  "#1f78b4",
  "#b2df8a",
  "#fb9a99",
  "#cab2d6",
];

/** ColorBrewer sequential ramps, light to dark, in their 9-class form. */
const RAMPS = {
  YlGnBu: ["#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#253494", "#081d58"],
  YlOrRd: ["#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#bd0026", "#800026"],
  Greens: ["#f7fcf5", "#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#006d2c", "#00441b"],
  Purples: ["#fcfbfd", "#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#54278f", "#3f007d"],
} as const satisfies Record<string, readonly string[]>;

export type RampId = keyof typeof RAMPS;
export const RAMP_IDS = Object.keys(RAMPS) as RampId[];

/** `count` distinct colours spread evenly over a ramp (its lightest tints left out below 8 classes, for contrast). */
export function rampColors(ramp: RampId, count: number): string[] {
  const colours = RAMPS[ramp];
  if (count <= 1) return [colours[colours.length - 1] as string];
  const first = count >= 8 ? 0 : count >= 5 ? 1 : 2;
  const last = colours.length - 1;
  return Array.from({ length: count }, (_, index) => colours[Math.round(first + ((last - first) * index) / (count - 1))] as string);
}
