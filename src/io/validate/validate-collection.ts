/**
 * Validates and repairs every feature of a WGS84 collection, aggregating the
 * problems into one issue per code with a count and the feature ids
 * (feature `id`, else the 0-based index in the file). What cannot be repaired
 * is dropped and listed; the rest still imports.
 */
import type { Feature, FeatureCollection } from "geojson";
import type { DriverContext } from "../formats/driver";
import type { ImportIssue, ImportIssueCode, ImportIssueSeverity } from "../import-types";
import { createRepairCounts, type RepairCounts } from "./repair-rings";
import { checkSelfIntersections } from "./self-intersections";
import { validateGeometry } from "./validate-geometry";

const MAX_LISTED_IDS = 50;

const DESCRIPTIONS: Partial<Record<ImportIssueCode, [string, ImportIssueSeverity]>> = {
  "coordinate-invalid": ["feature(s) with missing or non-numeric (NaN) coordinates were dropped", "warning"],
  "coordinate-out-of-range": ["feature(s) with coordinates outside longitude ±180° / latitude ±90° were dropped", "warning"],
  "geometry-empty": ["feature(s) with empty or degenerate geometry were dropped", "warning"],
  "geometry-unsupported": ["feature(s) with unsupported geometry were dropped", "warning"],
  "geometry-mixed": ["feature(s) hold mixed geometry types (kept as GeometryCollection)", "info"],
  "ring-not-closed": ["feature(s) had unclosed polygon rings (closed)", "info"],
  "ring-too-short": ["feature(s) had polygon rings with fewer than 3 distinct vertices (removed)", "warning"],
  "ring-winding-fixed": ["feature(s) had rings wound against RFC 7946 (rewound)", "info"],
  "vertex-duplicate": ["feature(s) had consecutive duplicate vertices (removed)", "info"],
  "self-intersection-repaired": ["self-intersecting polygon(s) were split into simple polygons", "warning"],
  "self-intersection": ["self-intersecting polygon(s) could not be repaired safely (kept as is)", "warning"],
};

interface Tally {
  features: (string | number)[];
  items: number;
}

function countsToCodes(counts: RepairCounts): [ImportIssueCode, number][] {
  return [
    ["vertex-duplicate", counts.duplicateVertices],
    ["ring-not-closed", counts.unclosedRings],
    ["ring-too-short", counts.shortRings],
    ["ring-winding-fixed", counts.rewoundRings],
    ["geometry-empty", counts.shortLines],
  ];
}

/** Validates and repairs `collection`; returns kept features and aggregated issues. */
export async function validateCollection(
  collection: FeatureCollection,
  context: DriverContext,
): Promise<{ featureCollection: FeatureCollection; issues: ImportIssue[] }> {
  const tallies = new Map<ImportIssueCode, Tally>();
  const note = (code: ImportIssueCode, featureKey: string | number, items = 1) => {
    const tally = tallies.get(code) ?? { features: [], items: 0 };
    if (tally.features.at(-1) !== featureKey) tally.features.push(featureKey);
    tally.items += items;
    tallies.set(code, tally);
  };
  const kept: Feature[] = [];
  for (const [index, feature] of collection.features.entries()) {
    const key = feature.id ?? index;
    const counts = createRepairCounts();
    const check = validateGeometry(feature.geometry, counts);
    for (const [code, count] of countsToCodes(counts)) if (count > 0) note(code, key, count);
    if ("dropReason" in check) {
      note(check.dropReason, key);
      continue;
    }
    let geometry = check.geometry;
    if (check.mixed) note("geometry-mixed", key);
    const outcome = await checkSelfIntersections(geometry);
    if (outcome.status === "repaired") {
      geometry = outcome.geometry;
      note("self-intersection-repaired", key);
    } else if (outcome.status === "unrepaired") note("self-intersection", key);
    kept.push({ ...feature, geometry });
  }
  const issues: ImportIssue[] = [];
  for (const [code, tally] of tallies) {
    const [description, severity] = DESCRIPTIONS[code] ?? [code, "warning"];
    const listed = tally.features.slice(0, MAX_LISTED_IDS).join(", ");
    const more = tally.features.length > MAX_LISTED_IDS ? ` and ${tally.features.length - MAX_LISTED_IDS} more` : "";
    const single = tally.features.length === 1 ? { featureId: tally.features[0]! } : {};
    issues.push({
      ...context.issue(
        code,
        `${context.fileName}: ${tally.features.length} ${description}${tally.items !== tally.features.length ? ` (${tally.items} occurrences)` : ""}: feature ${listed}${more}.`,
        { severity, count: tally.features.length, ...single },
      ),
      featureIds: tally.features,
    });
  }
  return { featureCollection: { type: "FeatureCollection", features: kept }, issues };
}
