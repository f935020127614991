import type { Feature, FeatureCollection } from "geojson";
import type { RuleSet } from "../../domain/rule-sets";
import { polygonsAreaM2 } from "../geometry/ellipsoidal";
import { parkRadiusM } from "../rules/park-radius";
import { gridCandidates } from "./candidate-grid";
import type { SitingInstance } from "./instance";
import { networkCoverage } from "./network-coverage";
import { coveredByExisting, pointsFromLayer, radiusCoverage, type DemandPoint, type SitingPoint } from "./point-coverage";

/** The layers of a city the app's siting tool reads. */
export interface CitySitingInput {
  /** Residential land (polygons); weight = `population` when present, else area. */
  readonly residential: FeatureCollection;
  /** Existing parks; each serves the radius of its rule-set class. */
  readonly parks: FeatureCollection;
  /** Study area (districts of the region). */
  readonly districts: FeatureCollection;
  /** Land a new park cannot go on besides residential land and parks: red line, water. */
  readonly excluded: readonly FeatureCollection[];
  readonly ruleSet: RuleSet;
  /** Service radius of the park class being added (e.g. 300 m for pocket parks). */
  readonly radiusM: number;
  /** Candidate sites given by the user; generated on a grid when absent. */
  readonly candidates?: FeatureCollection;
  /** Grid spacing of generated candidates, metres (default 100). */
  readonly spacingM?: number;
  /** A walking network (lines): coverage by walking distance along it instead of a straight line. */
  readonly network?: FeatureCollection;
}

/** An instance with the points behind it, for drawing and export. */
export interface CitySiting {
  readonly instance: SitingInstance;
  readonly demand: readonly DemandPoint[];
  readonly candidates: readonly SitingPoint[];
}

function parkAreaM2(park: Feature): number {
  const stated = Number(park.properties?.areaM2);
  if (Number.isFinite(stated) && stated > 0) return stated;
  const geometry = park.geometry;
  if (geometry?.type === "Polygon") return polygonsAreaM2([geometry.coordinates]);
  if (geometry?.type === "MultiPolygon") return polygonsAreaM2(geometry.coordinates);
  return 0;
}

/**
 * Builds the city's siting instance: residential parcels as demand (centroid or pole of inaccessibility, population or area),
 * those within an existing park's rule-set radius marked covered, and candidates from the user's layer or on a grid
 * over the districts minus residential land, parks and the excluded layers — only grid points within `radiusM` of
 * demand still to cover, since the others could add nothing.
 * @param input - the city's layers, rule set and the new park class's radius
 * @returns the instance and its points
 * @example citySitingInstance({ residential, parks, districts, excluded: [redLine, bays], ruleSet, radiusM: 300 })
 */
export function citySitingInstance(input: CitySitingInput): CitySiting {
  const demand = pointsFromLayer(input.residential, { groupField: "district" });
  const alreadyCovered = coveredByExisting(demand, input.parks, (park) => parkRadiusM(input.ruleSet, parkAreaM2(park)));
  const openUnits = demand.map((_, unit) => unit).filter((unit) => !alreadyCovered[unit]);
  const open = openUnits.map((unit) => demand[unit] as DemandPoint);
  const candidates = input.candidates
    ? pointsFromLayer(input.candidates)
    : gridCandidates(input.districts, [input.residential, input.parks, ...input.excluded], {
        spacingM: input.spacingM,
        near: { points: open, radiusM: input.radiusM },
      });
  const instance: SitingInstance = {
    demandIds: demand.map((point) => point.id),
    demandWeights: Float64Array.from(demand, (point) => point.weight),
    alreadyCovered,
    candidateIds: candidates.map((point) => point.id),
    // Only demand still to cover can gain from a new site, so coverage is computed over it alone.
    coverage: (input.network ? networkCoverage(input.network, input.radiusM) : radiusCoverage(input.radiusM))(open, candidates).map((units) =>
      units.map((openIndex) => openUnits[openIndex] ?? -1),
    ),
  };
  return { instance, demand, candidates };
}
