/** The part of a rendered feature the pick order looks at: the style layer it was drawn by. */
export interface PickCandidate {
  layer: { id: string; type: string };
}

/**
 * Which of the features under the pointer a click or hover means, given MapLibre's rendered-feature queries
 * (each sorted topmost first, in draw order):
 *
 * 1. the topmost feature under the pointer that is drawn where it is (`hollow` lists style layers drawn with zero
 *    opacity, such as the invisible fill of an area shown only by its outline);
 * 2. else the topmost line or point drawn within the few pixels of slack around the pointer (thin lines, small
 *    points, and the outlines of hollow areas);
 * 3. else a hollow area under the pointer (its invisible fill still tells which area the pointer is in);
 * 4. else anything within the slack.
 *
 * `nearby` is queried only when needed (a box query costs more than a point query).
 */
export function pickTopmost<Feature extends PickCandidate>(
  under: readonly Feature[],
  nearby: () => readonly Feature[],
  hollow: ReadonlySet<string>,
): Feature | undefined {
  const isDrawn = (feature: Feature) => !hollow.has(feature.layer.id);
  const drawnUnder = under.find(isDrawn);
  if (drawnUnder) return drawnUnder;
  const near = nearby();
  const drawnThinNear = near.find((feature) => isDrawn(feature) && feature.layer.type !== "fill");
  if (drawnThinNear) return drawnThinNear;
  return under[0] ?? near.find(isDrawn) ?? near[0];
}
