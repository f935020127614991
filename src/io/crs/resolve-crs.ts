/**
 * Decides the source CRS of a layer: the user's choice, else the declared CRS
 * (.prj, GeoJSON `crs`, GeoPackage srs, format rule), else detection from
 * coordinate ranges, refined by a reference shoreline when one is given. Every
 * inference is reported as an issue ("crs-assumed", "crs-doubtful",
 * "crs-missing", "crs-unknown") so the UI can ask; nothing is silent. Whatever
 * CRS results — the user's choice included — is checked against the data
 * (`checkCrsFit`): no valid longitude/latitude is fatal ("crs-implausible"),
 * features outside Qingdao/Yantai are a warning ("crs-outside-region").
 */
import type { FeatureCollection } from "geojson";
import type { CrsCandidate, CrsGuess, ImportIssue, ReadOptions } from "../import-types";
import type { DeclaredCrs, DriverContext } from "../formats/driver";
import { checkCrsFit } from "./crs-fit";
import { createToWgs84, describeCrs, WGS84 } from "./crs-registry";
import { boundsOf, detectCrsCandidates, regionFit } from "./detect-crs";
import { samplePositions } from "./geometry-positions";
import { declaredCrsName, identifyCrs } from "./identify-crs";
import { indexShoreline, scoreByShoreline } from "./shoreline-score";

export interface CrsResolution {
  guess?: CrsGuess;
  issues: ImportIssue[];
}

const SHORELINE_DOUBT_RATIO = 0.75;
const SHORELINE_DOUBT_MIN_M = 100;
/**
 * An offset (GCJ-02, BD-09, another datum) is diagnosed only when the better CRS brings the coastal vertices
 * within this median distance of the reference shoreline: real offset data meets the GSHHG full-resolution coast
 * within ≈ 260 m (Qingdao's GCJ-02 districts), while schematic outlines drawn by hand meet it under no CRS
 * (≈ 480 m at best for the import fixtures), and their CRS is not in doubt.
 */
const SHORELINE_FIT_MAX_M = 350;

function label(crs: string): string {
  return describeCrs(crs)?.label ?? crs;
}

function listCandidates(candidates: readonly CrsCandidate[]): string {
  return candidates
    .slice(0, 4)
    .map((candidate) => `${label(candidate.crs)} (${candidate.crs})`)
    .join(", ");
}

function refine(candidates: CrsCandidate[], positions: [number, number][], options: ReadOptions) {
  if (!options.referenceShoreline || candidates.length < 2) return undefined;
  const shoreline = indexShoreline(options.referenceShoreline);
  return shoreline ? scoreByShoreline(candidates, positions, shoreline) : undefined;
}

/** Resolves the CRS of `collection` (features in source coordinates). */
export function resolveCrs(collection: FeatureCollection, declared: DeclaredCrs | undefined, context: DriverContext): CrsResolution {
  const resolution = resolveCrsGuess(collection, declared, context);
  const guess = resolution.guess;
  if (!guess) return resolution;
  guess.fit ??= checkCrsFit(collection, guess.crs);
  return { guess, issues: [...resolution.issues, ...fitIssues(collection, guess, context)] };
}

/**
 * Issues that say where the data lands under the CRS of `guess` (its `fit`): "crs-implausible" (fatal) when no
 * feature becomes a valid longitude/latitude, "crs-outside-region" when features land outside Qingdao/Yantai.
 * Each names the CRS, the better detected candidate when there is one, and where the data went.
 */
function fitIssues(collection: FeatureCollection, guess: CrsGuess, context: DriverContext): ImportIssue[] {
  const { fit } = guess;
  const { fileName } = context;
  if (!fit || fit.featureCount === 0 || fit.insideCount === fit.featureCount) return [];
  const better = guess.candidates.find((candidate) => candidate.crs !== guess.crs);
  const suggestion: Record<string, string> = better ? { bestCrs: better.crs } : {};
  const suggest = better ? ` ${label(better.crs)} (${better.crs}) places it in Qingdao/Yantai.` : "";
  if (fit.validCount === 0) {
    const bounds = boundsOf(samplePositions(collection));
    const range = bounds ? `x ${Math.round(bounds.minX)}…${Math.round(bounds.maxX)}, y ${Math.round(bounds.minY)}…${Math.round(bounds.maxY)}` : "";
    return [
      context.issue(
        "crs-implausible",
        `${fileName}: read as ${label(guess.crs)} (${guess.crs}), the coordinates (${range}) are no valid longitude/latitude; no feature can be drawn. Choose another CRS.${suggest}`,
        {
          severity: "fatal",
          count: fit.featureCount,
          details: { crs: guess.crs, range, ...suggestion },
        },
      ),
    ];
  }
  const outside = fit.featureCount - fit.insideCount;
  const [lon = 0, lat = 0] = fit.centreLonLat ?? [];
  const distanceKm = Math.round(fit.distanceToRegionKm ?? 0);
  const where = fit.insideCount === 0 ? ` The data lies around ${lon.toFixed(2)}°, ${lat.toFixed(2)}°, ${distanceKm} km from Qingdao/Yantai.` : "";
  return [
    {
      ...context.issue(
        "crs-outside-region",
        `${fileName}: read as ${label(guess.crs)} (${guess.crs}), ${outside} of ${fit.featureCount} feature(s) lie outside Qingdao/Yantai: feature ${fit.outsideFeatureIds.join(", ")}.${where}${fit.insideCount === 0 ? suggest : ""}`,
        {
          severity: "warning",
          count: outside,
          details: {
            crs: guess.crs,
            outside,
            total: fit.featureCount,
            inside: fit.insideCount,
            lon: lon.toFixed(2),
            lat: lat.toFixed(2),
            distanceKm,
            ...suggestion,
          },
        },
      ),
      featureIds: fit.outsideFeatureIds,
    },
  ];
}

function resolveCrsGuess(collection: FeatureCollection, declared: DeclaredCrs | undefined, context: DriverContext): CrsResolution {
  const { options, fileName } = context;
  const issues: ImportIssue[] = [];
  const positions = samplePositions(collection);
  const bounds = boundsOf(positions);
  if (options.sourceCrs) {
    if (createToWgs84(options.sourceCrs)) {
      const chosen: CrsCandidate = { crs: options.sourceCrs, score: 1, reason: "chosen by the user" };
      // The detected candidates stay listed (and suggested) whatever the user picks.
      const detected = detectCrsCandidates(positions).filter((candidate) => candidate.crs !== options.sourceCrs);
      const fit = checkCrsFit(collection, options.sourceCrs);
      const confidence = fit && fit.featureCount > 0 ? fit.insideCount / fit.featureCount : 1;
      return { guess: { crs: options.sourceCrs, confidence, source: "option", candidates: [chosen, ...detected], ...(fit ? { fit } : {}) }, issues };
    }
    issues.push(context.issue("crs-unknown", `${fileName}: the chosen CRS ${options.sourceCrs} is not supported.`, { severity: "fatal" }));
    return { issues };
  }
  if (!bounds) return { guess: undefined, issues };
  const detected = detectCrsCandidates(positions);
  const declaredId = declared ? identifyCrs(declared.text) : undefined;
  if (declared && !declaredId) {
    issues.push(context.issue("crs-unknown", `${fileName}: declared CRS "${declaredCrsName(declared.text)}" is not supported; detecting from coordinates.`));
  }
  if (declaredId) {
    const declaredKind = describeCrs(declaredId)?.kind;
    const degreesOk = bounds.minX >= -180 && bounds.maxX <= 180 && bounds.minY >= -90 && bounds.maxY <= 90;
    const plausible = declaredKind === "geographic" ? degreesOk : regionFit(declaredId, bounds) > 0 || detected.length === 0;
    if (plausible) {
      const confidence = declared?.origin === "format" ? 0.9 : 1;
      const own: CrsCandidate = { crs: declaredId, score: confidence, reason: `declared (${declared!.origin})` };
      const rest = detected.filter((candidate) => candidate.crs !== declaredId);
      const refined = declaredKind === "geographic" ? refine([own, ...rest], positions, options) : undefined;
      const guess: CrsGuess = { crs: declaredId, confidence, source: "declared", candidates: [own, ...rest] };
      if (refined) {
        const best = refined.candidates[0]!;
        const ownDistance = refined.medianDistanceM[declaredId]!;
        const bestDistance = refined.medianDistanceM[best.crs]!;
        guess.candidates = refined.candidates;
        if (
          best.crs !== declaredId &&
          bestDistance <= SHORELINE_FIT_MAX_M &&
          bestDistance < ownDistance * SHORELINE_DOUBT_RATIO &&
          ownDistance - bestDistance > SHORELINE_DOUBT_MIN_M
        ) {
          guess.confidence = 0.4;
          issues.push(
            context.issue(
              "crs-doubtful",
              `${fileName}: read as ${label(declaredId)}, but its coast lies ${Math.round(ownDistance)} m from the real shoreline; as ${label(best.crs)} it lies ${Math.round(bestDistance)} m. Please confirm the CRS.`,
              {
                severity: "warning",
                details: { kind: "shoreline", crs: declaredId, bestCrs: best.crs, ownM: Math.round(ownDistance), bestM: Math.round(bestDistance) },
              },
            ),
          );
        } else guess.candidates = [own, ...refined.candidates.filter((candidate) => candidate.crs !== declaredId)];
      }
      return { guess, issues };
    }
    if (detected.length > 0) {
      const best = detected[0]!;
      issues.push(
        context.issue(
          "crs-doubtful",
          `${fileName}: declared CRS ${label(declaredId)} does not fit the coordinates; read as ${label(best.crs)} instead. Candidates: ${listCandidates(detected)}. Please confirm.`,
          {
            severity: "warning",
            details: { kind: "declared", declaredCrs: declaredId, crs: best.crs },
          },
        ),
      );
      return { guess: { crs: best.crs, confidence: Math.min(best.score, 0.5), source: "detected", candidates: detected }, issues };
    }
  }
  if (detected.length === 0) {
    const range = `x ${Math.round(bounds.minX)}…${Math.round(bounds.maxX)}, y ${Math.round(bounds.minY)}…${Math.round(bounds.maxY)}`;
    issues.push(
      context.issue(
        "crs-missing",
        `${fileName}: no CRS is declared and none of the supported CRSs places the coordinates (${range}) in Qingdao or Yantai. Please choose the CRS.`,
        { severity: "fatal", details: { range } },
      ),
    );
    return { issues };
  }
  const refined = refine(detected, positions, options);
  const candidates = refined?.candidates ?? detected;
  const best = candidates[0]!;
  const others = candidates.slice(1).map((candidate) => candidate.crs);
  if (best.crs === WGS84) {
    // Longitude/latitude degrees that land in the regions are WGS84 unless they fit the coast better with an offset
    // (refined above): not a doubt, but said once, with the offsets the user may know the data to carry.
    issues.push(
      context.issue(
        "crs-assumed",
        `${fileName}: no CRS declared; the coordinates are longitude/latitude degrees, read as WGS 84. If they were taken from a Chinese web map, choose GCJ-02 (Amap, Tencent) or BD-09 (Baidu).`,
        {
          severity: "info",
          details: { kind: "degrees", crs: best.crs },
        },
      ),
    );
    return { guess: { crs: best.crs, confidence: 0.9, source: "detected", candidates }, issues };
  }
  issues.push(
    context.issue(
      "crs-assumed",
      `${fileName}: no usable CRS declared; assumed ${label(best.crs)} (${best.crs}) because ${best.reason}. Other candidates: ${listCandidates(candidates.slice(1)) || "none"}. Please confirm.`,
      {
        severity: "warning",
        details: { kind: describeCrs(best.crs)?.kind === "geographic" ? "offset" : "projected", crs: best.crs, others: others.slice(0, 4).join(", ") },
      },
    ),
  );
  return { guess: { crs: best.crs, confidence: Math.min(best.score, 0.9), source: "detected", candidates }, issues };
}
