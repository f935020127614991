/**
 * The format-independent second half of every import: CRS resolution,
 * reprojection to WGS84 and validation/repair, shared by `readLayerFile` and
 * `readLayerFileSet`. Never throws for bad data.
 */
import type { FeatureCollection } from "geojson";
import { landsInRegions, splitSuspectedOutliers } from "./crs/coordinate-outliers";
import { reprojectToWgs84 } from "./crs/reproject";
import { resolveCrs } from "./crs/resolve-crs";
import { emptyCollection, type DriverContext, type RawLayer } from "./formats/driver";
import { groupIssues } from "./group-issues";
import type { ImportIssue, ReadOptions, ReadResult } from "./import-types";
import { validateCollection } from "./validate/validate-collection";

/** A DriverContext whose issues name `fileName` (severity "warning" unless given). */
export function createDriverContext(fileName: string, options: ReadOptions): DriverContext {
  return {
    fileName,
    options,
    issue: (code, message, extra) => ({ code, message, fileName, severity: extra?.severity ?? "warning", ...extra }),
  };
}

/** A result with no features (issues about single features grouped, see `groupIssues`). */
export function failedRead(format: string, issues: ImportIssue[], detectedCrs?: ReadResult["detectedCrs"]): ReadResult {
  return { featureCollection: emptyCollection(), issues: groupIssues(issues), format, ...(detectedCrs ? { detectedCrs } : {}) };
}

function isFatal(issues: readonly ImportIssue[]): boolean {
  return issues.some((issue) => issue.severity === "fatal");
}

/**
 * When no CRS places the whole layer, tries again without the few features lying far from all the others
 * (`coordinate-outliers.ts`); when the rest resolves, those features are dropped and listed.
 */
function resolveWithoutOutliers(collection: FeatureCollection, raw: RawLayer, context: DriverContext) {
  const split = splitSuspectedOutliers(collection);
  if (!split) return undefined;
  const resolution = resolveCrs(split.bulk, raw.declaredCrs, context);
  if (!resolution.guess || isFatal(resolution.issues)) return undefined;
  const crs = resolution.guess.crs;
  const outliers = new Set(split.suspects.filter((index) => !landsInRegions(collection.features[index]!, crs)));
  if (outliers.size === 0) return undefined;
  const ids = [...outliers].map((index) => collection.features[index]!.id ?? index);
  const listed = ids.slice(0, 50).join(", ") + (ids.length > 50 ? ` and ${ids.length - 50} more` : "");
  resolution.issues.unshift({
    ...context.issue(
      "coordinate-outlier",
      `${context.fileName}: ${ids.length} feature(s) lie far from all the others and outside Qingdao/Yantai in any supported CRS (mistyped coordinates?) and were dropped: feature ${listed}.`,
      { count: ids.length, ...(ids.length === 1 ? { featureId: ids[0]! } : {}) },
    ),
    featureIds: ids,
  });
  return { collection: { ...collection, features: collection.features.filter((_, index) => !outliers.has(index)) }, resolution };
}

/** Resolves the CRS of a driver's output, reprojects it to WGS84 and validates it. */
export async function finishLayer(raw: RawLayer, format: string, context: DriverContext): Promise<ReadResult> {
  const { options, fileName } = context;
  options.onProgress?.(0.5);
  const issues = [...raw.issues];
  const cancelled = () => context.issue("read-cancelled", `${fileName}: import cancelled.`, { severity: "fatal" });
  if (isFatal(issues)) return failedRead(format, issues);
  if (options.signal?.aborted) return failedRead(format, [...issues, cancelled()]);
  if (raw.featureCollection.features.length === 0) {
    const skipped = issues.find((issue) => issue.severity === "warning");
    const why = skipped
      ? ` (${skipped.message.startsWith(`${fileName}: `) ? skipped.message.slice(fileName.length + 2).replace(/\.$/, "") : skipped.message})`
      : "";
    return failedRead(format, [...issues, context.issue("empty-layer", `${fileName}: the file contains no features${why}.`, { severity: "fatal" })]);
  }
  let collection: FeatureCollection = raw.featureCollection;
  let resolution = resolveCrs(collection, raw.declaredCrs, context);
  if (resolution.issues.some((issue) => issue.code === "crs-missing") && !options.sourceCrs) {
    const retry = resolveWithoutOutliers(collection, raw, context);
    if (retry) ({ collection, resolution } = retry);
  }
  issues.push(...resolution.issues);
  if (isFatal(issues)) return failedRead(format, issues, resolution.guess);
  if (resolution.guess) collection = reprojectToWgs84(collection, resolution.guess.crs) ?? collection;
  options.onProgress?.(0.75);
  if (options.signal?.aborted) return failedRead(format, [...issues, cancelled()], resolution.guess);
  if (!options.skipValidation) {
    const validated = await validateCollection(collection, context);
    collection = validated.featureCollection;
    issues.push(...validated.issues);
  }
  options.onProgress?.(1);
  if (collection.features.length === 0) {
    return failedRead(
      format,
      [...issues, context.issue("empty-layer", `${fileName}: no valid feature remains after validation.`, { severity: "fatal" })],
      resolution.guess,
    );
  }
  return { featureCollection: collection, issues: groupIssues(issues), format, ...(resolution.guess ? { detectedCrs: resolution.guess } : {}) };
}
