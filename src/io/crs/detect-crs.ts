/**
 * Detects a likely source CRS from coordinate ranges when a file declares none
 * (or a doubtful one): lon/lat degrees, Web Mercator metres, Gauss-Krüger with
 * the zone number prefixed to the easting (easting ≥ 13 500 000 m encodes the
 * zone), and Gauss-Krüger without prefix (easting 0–1 000 000 m, central
 * meridian unknown). Every candidate is transformed and kept only when the
 * data then lands in one of Shanhai's regions (Qingdao, Yantai).
 */
import { REGIONS } from "../../domain/regions";
import type { CrsCandidate, CrsId } from "../import-types";
import { GEOGRAPHIC_CODES, listGaussKrugerCrs } from "./crs-definitions";
import { BD09, createToWgs84, describeCrs, GCJ02, WEB_MERCATOR, WGS84 } from "./crs-registry";

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Bounding box of positions. */
export function boundsOf(positions: readonly [number, number][]): Bounds | undefined {
  if (positions.length === 0) return undefined;
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const [x, y] of positions) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return { minX, minY, maxX, maxY };
}

const REGION_MARGIN_DEG = 0.5;

/** True when a WGS84 lon/lat lies in (or within 0.5° of) a Shanhai region. */
export function isInRegions(lon: number, lat: number): boolean {
  return REGIONS.some(
    ({ bbox: [west, south, east, north] }) =>
      lon >= west - REGION_MARGIN_DEG && lon <= east + REGION_MARGIN_DEG && lat >= south - REGION_MARGIN_DEG && lat <= north + REGION_MARGIN_DEG,
  );
}

/** Fraction (0–1) of the bounds' corners and centre that land in a region under `crs`. */
export function regionFit(crs: CrsId, bounds: Bounds): number {
  const toWgs84 = createToWgs84(crs);
  if (!toWgs84) return 0;
  const probes: [number, number][] = [
    [bounds.minX, bounds.minY],
    [bounds.maxX, bounds.maxY],
    [bounds.minX, bounds.maxY],
    [bounds.maxX, bounds.minY],
    [(bounds.minX + bounds.maxX) / 2, (bounds.minY + bounds.maxY) / 2],
  ];
  let inside = 0;
  for (const probe of probes) {
    const [lon, lat] = toWgs84(probe);
    if (Number.isFinite(lon) && Number.isFinite(lat) && isInRegions(lon, lat)) inside++;
  }
  return inside / probes.length;
}

function projectedCandidates(bounds: Bounds): CrsCandidate[] {
  const candidates: CrsCandidate[] = [];
  const add = (crs: CrsId, base: number, reason: string) => {
    const fit = regionFit(crs, bounds);
    if (fit > 0) candidates.push({ crs, score: base * fit, reason });
  };
  add(WEB_MERCATOR, 0.6, "metres in the Web Mercator range");
  const prefixed = bounds.minX >= 13_000_000;
  const seenDefinitions = new Set<string>();
  // 3° families first: 3° CM 117/123 and 6° CM 117/123 without prefix are the same transform.
  const ordered = listGaussKrugerCrs().sort((a, b) => a.family.zoneWidthDeg - b.family.zoneWidthDeg);
  for (const crs of ordered) {
    if (crs.family.withZonePrefix !== prefixed) continue;
    const key = `${crs.family.datum}:${crs.centralMeridianDeg}:${crs.falseEastingM}`;
    if (seenDefinitions.has(key)) continue;
    const datumBase = crs.family.datum === "CGCS2000" ? 0.7 : 0.25;
    const reason = prefixed
      ? `easting ${Math.round(bounds.minX)} m starts with zone ${crs.zone}`
      : `easting within 0–1 000 000 m fits central meridian ${crs.centralMeridianDeg}°E`;
    const before = candidates.length;
    add(`EPSG:${crs.code}`, datumBase, reason);
    if (candidates.length > before) seenDefinitions.add(key);
  }
  return candidates;
}

function geographicCandidates(bounds: Bounds): CrsCandidate[] {
  const inChina = bounds.minX > 72 && bounds.maxX < 136 && bounds.minY > 17 && bounds.maxY < 54;
  const candidates: CrsCandidate[] = [{ crs: WGS84, score: 0.6, reason: "coordinates are longitude/latitude degrees" }];
  if (inChina) {
    candidates.push({ crs: GCJ02, score: 0.25, reason: "Chinese web maps (Amap, Tencent) publish GCJ-02" });
    candidates.push({ crs: BD09, score: 0.15, reason: "Baidu maps publish BD-09" });
    candidates.push({ crs: `EPSG:${GEOGRAPHIC_CODES.CGCS2000}`, score: 0.55, reason: "CGCS2000 degrees equal WGS84 within 0.1 m" });
  }
  return candidates;
}

/**
 * Ranked CRS candidates for positions with no usable declared CRS, best first.
 * Empty when no supported CRS puts the data in Qingdao/Yantai. Whether the
 * positions are degrees is decided by the majority of them.
 */
export function detectCrsCandidates(positions: readonly [number, number][]): CrsCandidate[] {
  // Positions decide by majority whether they are degrees, so one bad row (a swapped or mistyped pair) does not
  // turn a table of degrees into "metres"; the bounds are those of the majority.
  const isDegrees = ([x, y]: [number, number]) => x >= -180 && x <= 180 && y >= -90 && y <= 90;
  const degrees = positions.filter(isDegrees);
  const geographic = degrees.length * 2 > positions.length;
  const bounds = boundsOf(geographic ? degrees : positions.filter((position) => !isDegrees(position)));
  if (!bounds) return [];
  const candidates = geographic ? geographicCandidates(bounds) : projectedCandidates(bounds);
  return candidates.filter((candidate) => describeCrs(candidate.crs)).sort((a, b) => b.score - a.score);
}
