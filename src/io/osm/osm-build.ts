/** Assembles an `OsmProject`: role features by the mapping, clipped to the chosen boundary, with the report. */
import type { Feature, LineString } from "geojson";
import { BoundaryClip, clipFeatures } from "./osm-clip";
import { CooperativeYield, OsmReadError, type OsmData } from "./osm-data";
import { relationPolygons, roleFeatures } from "./osm-features";
import { lineLengthM } from "./osm-geodesic";
import { OSM_ROLES, type OsmClip, type OsmMapping, type OsmProject, type OsmReadOptions, type OsmRole, type OsmScan } from "./osm-types";
import { scanOf } from "./osm-read";

const ATTRIBUTION = "© OpenStreetMap contributors, ODbL";

/**
 * The district admin level when the mapping names none: the level with the most boundaries in the file
 * (the lower level on a tie), or null when the file has none.
 */
function defaultDistrictLevel(scan: OsmScan): number | null {
  const counts = new Map<number, number>();
  for (const boundary of scan.boundaries) if (boundary.adminLevel !== null) counts.set(boundary.adminLevel, (counts.get(boundary.adminLevel) ?? 0) + 1);
  let best: number | null = null;
  for (const [level, count] of counts) if (best === null || count > counts.get(best)! || (count === counts.get(best)! && level < best)) best = level;
  return best;
}

/** Network edges after a clip: one LineString per piece, `lengthM` recomputed, a cut end without node id. */
function networkPieces(original: Feature<LineString>, clipped: Feature): Feature<LineString>[] {
  const geometry = clipped.geometry;
  const lines = geometry.type === "LineString" ? [geometry.coordinates] : geometry.type === "MultiLineString" ? geometry.coordinates : [];
  const start = original.geometry.coordinates[0]!,
    end = original.geometry.coordinates[original.geometry.coordinates.length - 1]!;
  const same = (a: number[], b: number[]) => Math.abs(a[0]! - b[0]!) < 1e-7 && Math.abs(a[1]! - b[1]!) < 1e-7;
  return lines.map((line) => ({
    type: "Feature",
    properties: {
      ...original.properties,
      lengthM: lineLengthM(line),
      fromNodeId: same(line[0]!, start) ? original.properties?.fromNodeId : null,
      toNodeId: same(line[line.length - 1]!, end) ? original.properties?.toNodeId : null,
    },
    geometry: { type: "LineString", coordinates: line },
  }));
}

/** The clip boundary of a boundary clip (null for the extent); throws when the relation has no closed rings. */
function boundaryOf(data: OsmData, fileName: string, clip: OsmClip): BoundaryClip | null {
  if (clip.kind !== "boundary") return null;
  const relation = data.relations.get(clip.relationId);
  const polygons = relation ? relationPolygons(relation, data) : null;
  if (!polygons)
    throw new OsmReadError("osm-boundary-not-found", fileName, `boundary relation ${clip.relationId} is not in the file or its rings do not close`);
  return new BoundaryClip(polygons);
}

/**
 * Maps, clips and counts the role layers of parsed OSM data. Takes `data` over: its ways and relations are
 * released as they are mapped (`roleFeatures`), so they are freed while the features are built.
 */
export async function buildProject(data: OsmData, fileName: string, mapping: OsmMapping, clip: OsmClip, options: OsmReadOptions): Promise<OsmProject> {
  const pause = new CooperativeYield(fileName, options.signal);
  pause.throwIfCancelled();
  const scan = scanOf(data, fileName);
  const level = mapping.districtAdminLevel ?? defaultDistrictLevel(scan);
  const boundary = boundaryOf(data, fileName, clip);
  const mapped = await roleFeatures(data, mapping, level, pause);
  options.onProgress?.(0.85);
  let clippedFeatures = 0;
  if (boundary) {
    for (const role of OSM_ROLES) {
      await pause.maybeYield();
      const result = clipFeatures(mapped.features[role], boundary);
      clippedFeatures += result.cut;
      if (role === "network") {
        mapped.features.network = result.features.flatMap((f, i) =>
          f === result.originals[i] ? [f] : networkPieces(result.originals[i] as Feature<LineString>, f),
        );
      } else mapped.features[role] = result.features;
    }
  }
  const layers = {} as OsmProject["layers"];
  const counts = {} as Record<OsmRole, number>;
  for (const role of OSM_ROLES) {
    layers[role] = { type: "FeatureCollection", features: mapped.features[role] };
    counts[role] = mapped.features[role].length;
  }
  return {
    scan,
    layers,
    report: { counts, incompleteWays: mapped.incompleteWays, incompleteRelations: mapped.incompleteRelations, clippedFeatures, clipRule: "cut" },
    attribution: ATTRIBUTION,
  };
}
