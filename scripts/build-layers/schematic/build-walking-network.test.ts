import type { Feature, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { rectangleRing } from "./build-parks";
import { ARTERIAL_M, BLOCK_X_M, BLOCK_Y_M, STREET_M } from "./build-residential";
import { buildWalkingNetwork } from "./build-walking-network";
import { URBAN_CLUSTERS } from "./definitions/urban-clusters";
import { createLocalProjection, type PlanarPoint } from "./projection";
import { toPositions } from "./shapes";

const projection = createLocalProjection(120.3, 36.3);
const cluster = URBAN_CLUSTERS[0] as (typeof URBAN_CLUSTERS)[number];
const angle = (cluster.gridAngleDeg * Math.PI) / 180;
const origin = projection.forward(cluster.center);
const planar = ([x, y]: PlanarPoint): PlanarPoint => [
  origin[0] + x * Math.cos(angle) - y * Math.sin(angle),
  origin[1] + x * Math.sin(angle) + y * Math.cos(angle),
];

/** The parcels of block (0, 0) of the first cluster split into `columns` × `rows`, as the residential grid lays them. */
function blockParcels(columns: number, rows: number): Feature<Polygon>[] {
  const innerX = BLOCK_X_M - ARTERIAL_M;
  const innerY = BLOCK_Y_M - ARTERIAL_M;
  const cellX = (innerX - (columns - 1) * STREET_M) / columns;
  const cellY = (innerY - (rows - 1) * STREET_M) / rows;
  const parcels: Feature<Polygon>[] = [];
  for (let c = 0; c < columns; c += 1) {
    for (let r = 0; r < rows; r += 1) {
      const center = planar([-innerX / 2 + c * (cellX + STREET_M) + cellX / 2, -innerY / 2 + r * (cellY + STREET_M) + cellY / 2]);
      const ring = rectangleRing(center, cellX, cellY, cluster.gridAngleDeg);
      parcels.push({ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [toPositions(ring, projection)] } });
    }
  }
  return parcels;
}

const farAway: Polygon = {
  type: "Polygon",
  coordinates: [
    [
      [0, 0],
      [0.001, 0],
      [0.001, 0.001],
      [0, 0],
    ],
  ],
};

describe("schematic walking network", () => {
  it("recovers a 3 × 2 block: four arterials, two local streets across and one along, all meeting at shared vertices", () => {
    const network = buildWalkingNetwork(projection, farAway, blockParcels(3, 2), []);
    const local = network.filter((feature) => feature.properties?.kind === "local");
    const arterial = network.filter((feature) => feature.properties?.kind === "arterial");
    expect(local).toHaveLength(3);
    expect(arterial).toHaveLength(4);
    const arterialVertices = new Set(arterial.flatMap((feature) => feature.geometry.coordinates.map((position) => position.join())));
    for (const street of local) {
      const ends = [street.geometry.coordinates[0], street.geometry.coordinates.at(-1)];
      for (const end of ends) expect(arterialVertices.has((end ?? []).join())).toBe(true);
    }
    // The long sides carry the two T-junctions of the cross streets; the short sides the one of the long street.
    expect(arterial.map((feature) => feature.geometry.coordinates.length).sort()).toEqual([3, 3, 4, 4]);
  });

  it("adds nothing for parcels off every cluster's grid", () => {
    const parcel: Feature<Polygon> = {
      type: "Feature",
      properties: {},
      geometry: { type: "Polygon", coordinates: [toPositions(rectangleRing(planar([100, 100]), 100, 80, cluster.gridAngleDeg + 7), projection)] },
    };
    expect(buildWalkingNetwork(projection, farAway, [parcel], [])).toEqual([]);
  });
});
