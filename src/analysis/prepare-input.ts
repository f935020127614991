import type { FeatureCollection } from "geojson";
import { parkRecords, type ParkRecord } from "./service-coverage/park-records";
import { buildResidentialUnits, type ResidentialParcel, type ResidentialUnit } from "./service-coverage/residential-units";
import { createLocalProjection, type LocalProjection } from "./geometry/local-projection";
import { projectPolygonal, type ProjectedShape } from "./geometry/projected-shape";
import type { MetricsInput } from "./types";
import { valueAt } from "./value-at";

/** A layer is empty or has no usable geometry of the kind a metric needs. */
export class InvalidLayerError extends Error {
  constructor(
    readonly layer: string,
    message: string,
  ) {
    super(message);
    this.name = "InvalidLayerError";
  }
}

/** Input projected once into the local frame: residential units split by district, parks, districts. */
export interface PreparedInput {
  projection: LocalProjection;
  units: ResidentialUnit[];
  parks: (ParkRecord | undefined)[];
  districts?: ProjectedShape[];
  districtNames?: string[];
  /** Residents per district: the district `population` property when every district has one, else summed parcels. */
  districtPopulation?: number[];
  totalPopulation: number;
}

/**
 * Projects the input into a local transverse Mercator frame centred on the residential data (on the first other
 * layer with coordinates when there is no residential layer) and splits residential parcels by district.
 * @throws InvalidLayerError when a given residential layer has no polygon with area
 */
export function prepareInput(input: MetricsInput): PreparedInput {
  const [lon, lat] = input.residential ? centre(input.residential) : centreOfAny(input);
  const projection = createLocalProjection(lon, lat);
  const parcels: ResidentialParcel[] = [];
  for (const feature of input.residential?.features ?? []) {
    const shape = projectPolygonal(feature.geometry, projection);
    const population = Number(feature.properties?.population);
    if (shape) parcels.push({ shape, population: Number.isFinite(population) && population > 0 ? population : 0 });
  }
  if (input.residential && parcels.length === 0) throw new InvalidLayerError("residential", "no Polygon or MultiPolygon features");
  let districts: ProjectedShape[] | undefined, districtNames: string[] | undefined;
  let declaredPopulation: number[] | undefined = [];
  if (input.districts) {
    districts = [];
    districtNames = [];
    for (const feature of input.districts.features ?? []) {
      const shape = projectPolygonal(feature.geometry, projection);
      if (!shape) continue;
      districts.push(shape);
      districtNames.push(String(feature.properties?.name ?? `#${districts.length}`));
      const population = Number(feature.properties?.population);
      if (Number.isFinite(population) && population > 0) declaredPopulation?.push(population);
      else declaredPopulation = undefined;
    }
    if (districts.length === 0) throw new InvalidLayerError("districts", "no Polygon or MultiPolygon features");
  }
  const units = parcels.length > 0 ? buildResidentialUnits(parcels, districts ?? [], projection) : [];
  if (input.residential && units.length === 0) throw new InvalidLayerError("residential", "every residential polygon has zero area");
  const totalPopulation = parcels.reduce((sum, p) => sum + p.population, 0);
  let districtPopulation: number[] | undefined;
  if (districts) {
    districtPopulation = declaredPopulation ?? districts.map(() => 0);
    if (!declaredPopulation)
      for (const u of units) if (u.districtIndex >= 0) districtPopulation[u.districtIndex] = valueAt(districtPopulation, u.districtIndex) + u.population;
  }
  return {
    projection,
    units,
    parks: parkRecords(input.parks, projection),
    districts,
    districtNames,
    districtPopulation,
    totalPopulation: declaredPopulation ? declaredPopulation.reduce((a, b) => a + b, 0) : totalPopulation,
  };
}

/** Centre of the first layer with coordinates (districts, parks, greenways, red line, shoreline, bays); 0, 0 for none. */
function centreOfAny(input: MetricsInput): [number, number] {
  for (const collection of [input.districts, input.parks, input.greenways, input.redLine, input.shoreline, input.bays]) {
    if (!collection) continue;
    try {
      return centre(collection);
    } catch {}
  }
  return [0, 0];
}

function centre(collection: FeatureCollection): [number, number] {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === "number") {
      const [x, y]: unknown[] = value;
      if (typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y)) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
      return;
    }
    for (const item of value) visit(item);
  };
  for (const feature of collection.features ?? []) {
    const geometry = feature.geometry;
    if (geometry && "coordinates" in geometry) visit(geometry.coordinates);
  }
  if (!Number.isFinite(minX)) throw new InvalidLayerError("residential", "no coordinates");
  return [(minX + maxX) / 2, (minY + maxY) / 2];
}
