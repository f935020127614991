declare module "polylabel" {
  /** Pole of inaccessibility of a polygon (rings of [x, y]); `distance` is how far it lies from the edge. */
  export default function polylabel(polygon: number[][][], precision?: number): [number, number] & { distance: number };
}
