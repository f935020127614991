import { createLocalProjection } from "../geometry/local-projection";
import { projectPolygonal, type ProjectedShape } from "../geometry/projected-shape";

/** The projection of the test scenes of per-district metrics, centred at (120.4, 36.1). */
export const gridProjection = createLocalProjection(120.4, 36.1);

/** Side of a grid district in degrees. */
export const GRID_STEP = 0.01;

/** A `size` × `size` grid of `GRID_STEP` square districts from (120.4, 36.1), projected by `gridProjection`. */
export function districtGrid(size: number): ProjectedShape[] {
  const shapes: ProjectedShape[] = [];
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      const [x0, y0] = [120.4 + column * GRID_STEP, 36.1 + row * GRID_STEP];
      const ring = [
        [x0, y0],
        [x0 + GRID_STEP, y0],
        [x0 + GRID_STEP, y0 + GRID_STEP],
        [x0, y0 + GRID_STEP],
        [x0, y0],
      ];
      const shape = projectPolygonal({ type: "Polygon", coordinates: [ring] }, gridProjection);
      if (shape) shapes.push(shape);
    }
  }
  return shapes;
}
