import { readFileSync } from "node:fs";
import { centroid, distance } from "@turf/turf";
import type { FeatureCollection } from "geojson";

/** A shipped residential parcel far (> 800 m) from every park centroid: drawing a park there must raise coverage. */
export function uncoveredPlace(): [number, number] {
  const read = (id: string) => JSON.parse(readFileSync(`layers/${id}/data.geojson`, "utf8")) as FeatureCollection;
  const parkCentres = read("park").features.map((feature) => centroid(feature));
  for (const parcel of read("residential-land").features.slice(0, 3000)) {
    const centre = centroid(parcel);
    if (parkCentres.every((park) => distance(centre, park, { units: "meters" }) > 800)) return centre.geometry.coordinates as [number, number];
  }
  throw new Error("no uncovered parcel found");
}
