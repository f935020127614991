import * as turf from "@turf/turf";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { REGIONS } from "../../../src/domain/regions";
import type { RegionId } from "../../../src/domain/layer-meta";
import type { BaseInputs } from "./base-inputs";
import { createLocalProjection, type LocalProjection, type PlanarPoint } from "./projection";
import { SegmentIndex } from "./segment-index";

/** One district as the generators need it. */
export interface DistrictInfo {
  name: string;
  adcode: string;
  population: number;
  geometry: Polygon | MultiPolygon;
  index: SegmentIndex;
}

/** Everything a schematic generator needs to know about one region. */
export interface RegionContext {
  region: RegionId;
  bbox: [number, number, number, number];
  projection: LocalProjection;
  /** Real land (GSHHG) clipped to the region bbox, WGS84. */
  land: Feature<Polygon | MultiPolygon>;
  /** The municipality's land: union of its districts ∩ land (or land in the bbox without districts). */
  municipality: Feature<Polygon | MultiPolygon>;
  landIndex: SegmentIndex;
  municipalityIndex: SegmentIndex;
  shorelineIndex: SegmentIndex;
  districts: DistrictInfo[];
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

/** Projects every ring of a polygonal geometry to planar metres. */
export function projectRings(geometry: Polygon | MultiPolygon, projection: LocalProjection): PlanarPoint[][] {
  return polygonsOf(geometry).flatMap((polygon) => polygon.map((ring) => ring.map(projection.forward)));
}

function unionAll(features: Feature<Polygon | MultiPolygon>[]): Feature<Polygon | MultiPolygon> | null {
  if (features.length === 0) return null;
  if (features.length === 1) return features[0] as Feature<Polygon | MultiPolygon>;
  return turf.union(turf.featureCollection(features));
}

/** Builds the context of one region from the base inputs. */
export function buildRegionContext(inputs: BaseInputs, region: RegionId): RegionContext {
  const definition = REGIONS.find((candidate) => candidate.id === region);
  if (!definition) throw new Error(`unknown region ${region}`);
  const bbox = definition.bbox;
  const projection = createLocalProjection((bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2);
  const clipped = inputs.land
    .map((feature) => turf.bboxClip(feature, bbox) as Feature<Polygon | MultiPolygon>)
    .filter((feature) => polygonsOf(feature.geometry).some((polygon) => (polygon[0]?.length ?? 0) >= 4 && turf.area(turf.polygon(polygon)) > 1));
  const land = unionAll(clipped);
  if (!land) throw new Error(`no land in region ${region}`);
  const regionDistricts = inputs.districts.filter((feature) => feature.properties?.region === region);
  const districtUnion = unionAll(regionDistricts.map((feature) => turf.feature(feature.geometry)));
  const municipality = (districtUnion && turf.intersect(turf.featureCollection([land, districtUnion]))) || land;
  const shorelineLines = inputs.shoreline.flatMap((feature) =>
    feature.geometry.type === "LineString" ? [feature.geometry.coordinates] : feature.geometry.coordinates,
  );
  const nearRegion = shorelineLines.filter((line) =>
    line.some((p) => (p[0] ?? 0) >= bbox[0] - 0.2 && (p[0] ?? 0) <= bbox[2] + 0.2 && (p[1] ?? 0) >= bbox[1] - 0.2 && (p[1] ?? 0) <= bbox[3] + 0.2),
  );
  const districts: DistrictInfo[] = regionDistricts.map((feature) => ({
    name: String(feature.properties?.name ?? ""),
    adcode: String(feature.properties?.adcode ?? ""),
    population: Number(feature.properties?.population ?? 0),
    geometry: feature.geometry,
    index: new SegmentIndex(projectRings(feature.geometry, projection)),
  }));
  return {
    region,
    bbox,
    projection,
    land,
    municipality,
    landIndex: new SegmentIndex(projectRings(land.geometry, projection)),
    municipalityIndex: new SegmentIndex(projectRings(municipality.geometry, projection)),
    shorelineIndex: new SegmentIndex(nearRegion.map((line) => line.map(projection.forward))),
    districts,
  };
}
