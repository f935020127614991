/**
 * Decides the source CRS of a layer: the user's choice, else the declared CRS
 * (.prj, GeoJSON `crs`, GeoPackage srs, format rule), else detection from
 * coordinate ranges, refined by a reference shoreline when one is given. Every
 * inference is reported as an issue ("crs-assumed", "crs-doubtful",
 * "crs-missing", "crs-unknown") so the UI can ask; nothing is silent.
 */
import type { FeatureCollection } from "geojson";
import type { CrsCandidate, CrsGuess, ImportIssue, ReadOptions } from "../import-types";
import type { DeclaredCrs, DriverContext } from "../formats/driver";
import { createToWgs84, describeCrs } from "./crs-registry";
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

function label(crs: string): string {
  return describeCrs(crs)?.label ?? crs;
}

function listCandidates(candidates: readonly CrsCandidate[]): string {
  return candidates.slice(0, 4).map((candidate) => `${label(candidate.crs)} (${candidate.crs})`).join(", ");
}

function refine(candidates: CrsCandidate[], positions: [number, number][], options: ReadOptions) {
  if (!options.referenceShoreline || candidates.length < 2) return undefined;
  const shoreline = indexShoreline(options.referenceShoreline);
  return shoreline ? scoreByShoreline(candidates, positions, shoreline) : undefined;
}

/** Resolves the CRS of `collection` (features in source coordinates). */
export function resolveCrs(
  collection: FeatureCollection,
  declared: DeclaredCrs | undefined,
  context: DriverContext,
): CrsResolution {
  const { options, fileName } = context;
  const issues: ImportIssue[] = [];
  if (options.sourceCrs) {
    if (createToWgs84(options.sourceCrs)) {
      return { guess: { crs: options.sourceCrs, confidence: 1, source: "option", candidates: [{ crs: options.sourceCrs, score: 1, reason: "chosen by the user" }] }, issues };
    }
    issues.push(context.issue("crs-unknown", `${fileName}: the chosen CRS ${options.sourceCrs} is not supported.`, { severity: "fatal" }));
    return { issues };
  }
  const positions = samplePositions(collection);
  const bounds = boundsOf(positions);
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
        if (best.crs !== declaredId && bestDistance < ownDistance * SHORELINE_DOUBT_RATIO && ownDistance - bestDistance > SHORELINE_DOUBT_MIN_M) {
          guess.confidence = 0.4;
          issues.push(context.issue("crs-doubtful", `${fileName}: read as ${label(declaredId)}, but its coast lies ${Math.round(ownDistance)} m from the real shoreline; as ${label(best.crs)} it lies ${Math.round(bestDistance)} m. Please confirm the CRS.`, { severity: "warning" }));
        }
      }
      return { guess, issues };
    }
    if (detected.length > 0) {
      const best = detected[0]!;
      issues.push(context.issue("crs-doubtful", `${fileName}: declared CRS ${label(declaredId)} does not fit the coordinates; read as ${label(best.crs)} instead. Candidates: ${listCandidates(detected)}. Please confirm.`, { severity: "warning" }));
      return { guess: { crs: best.crs, confidence: Math.min(best.score, 0.5), source: "detected", candidates: detected }, issues };
    }
  }
  if (detected.length === 0) {
    issues.push(context.issue("crs-missing", `${fileName}: no CRS is declared and none of the supported CRSs places the coordinates (x ${Math.round(bounds.minX)}…${Math.round(bounds.maxX)}, y ${Math.round(bounds.minY)}…${Math.round(bounds.maxY)}) in Qingdao or Yantai. Please choose the CRS.`, { severity: "fatal" }));
    return { issues };
  }
  const refined = refine(detected, positions, options);
  const candidates = refined?.candidates ?? detected;
  const best = candidates[0]!;
  issues.push(context.issue("crs-assumed", `${fileName}: no usable CRS declared; assumed ${label(best.crs)} (${best.crs}) because ${best.reason}. Other candidates: ${listCandidates(candidates.slice(1)) || "none"}. Please confirm.`, { severity: "warning" }));
  return { guess: { crs: best.crs, confidence: Math.min(best.score, 0.9), source: "detected", candidates }, issues };
}
