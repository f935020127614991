/**
 * Turns a table (CSV or spreadsheet rows) into point features. Coordinate
 * columns are found by name — lon/lng/longitude/x/经度/东经 and
 * lat/latitude/y/纬度/北纬, plus surveying names (easting/northing, X坐标/Y坐标).
 * Chinese surveys often label the northing "X": when the values only land in
 * Qingdao/Yantai with the columns swapped, they are swapped and reported.
 * A single row whose pair lands in the regions only swapped (under the CRS
 * the other rows are detected in) is swapped and reported by line number.
 */
import type { Feature } from "geojson";
import { createToWgs84 } from "../crs/crs-registry";
import { detectCrsCandidates, isInRegions } from "../crs/detect-crs";
import { emptyCollection, type DriverContext, type RawLayer } from "./driver";
import { createPropertyRecord } from "./property-record";
import { inferNumericColumns } from "./property-types";

export type Cell = string | number | boolean | null | undefined;

const X_NAMES = ["lon", "lng", "long", "longitude", "x", "经度", "东经", "point_x", "easting", "east", "x坐标", "横坐标", "东坐标", "坐标x"];
const Y_NAMES = ["lat", "latitude", "y", "纬度", "北纬", "point_y", "northing", "north", "y坐标", "纵坐标", "北坐标", "坐标y"];

function normalise(name: string): string {
  return name
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s()（）]/g, "")
    .replace(/^(wgs84|gcj02|cgcs2000)[_-]?/, "");
}

function findColumn(headers: string[], names: string[]): number {
  for (const name of names) {
    const index = headers.findIndex((header) => normalise(header) === name);
    if (index >= 0) return index;
  }
  return -1;
}

function toNumber(cell: Cell): number {
  if (typeof cell === "number") return cell;
  if (typeof cell !== "string") return NaN;
  const text = cell.trim();
  return text === "" ? NaN : Number(text);
}

/** Builds point features from a header row and data rows. */
export function tableToPoints(rows: Cell[][], context: DriverContext, format: string): RawLayer {
  const raw: RawLayer = { featureCollection: emptyCollection(), issues: [], format };
  const headers = (rows[0] ?? []).map((cell) => String(cell ?? ""));
  let xColumn = findColumn(headers, X_NAMES);
  let yColumn = findColumn(headers, Y_NAMES);
  if (xColumn < 0 || yColumn < 0) {
    raw.issues.push(
      context.issue(
        "columns-missing",
        `${context.fileName}: no coordinate columns found (expected e.g. lon/lat, x/y or 经度/纬度; got ${headers.slice(0, 12).join(", ") || "no header"}).`,
        { severity: "fatal" },
      ),
    );
    return raw;
  }
  const data = rows.slice(1).filter((row) => row.some((cell) => cell !== null && cell !== undefined && String(cell).trim() !== ""));
  const positions = data.map((row) => [toNumber(row[xColumn]), toNumber(row[yColumn])] as [number, number]);
  const finite = positions.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  if (finite.length > 0 && detectCrsCandidates(finite).length === 0) {
    const swapped = finite.map(([x, y]) => [y, x] as [number, number]);
    if (detectCrsCandidates(swapped).length > 0) {
      [xColumn, yColumn] = [yColumn, xColumn];
      positions.forEach((position) => position.reverse());
      raw.issues.push(
        context.issue(
          "columns-swapped",
          `${context.fileName}: column "${headers[xColumn]}" holds the east coordinate and "${headers[yColumn]}" the north one (surveying convention); read them swapped.`,
        ),
      );
    }
  }
  const swappedLines = swapMisorderedRows(positions);
  if (swappedLines.length > 0) {
    raw.issues.push({
      ...context.issue(
        "row-swapped",
        `${context.fileName}: ${swappedLines.length} row(s) held "${headers[xColumn]}" and "${headers[yColumn]}" the wrong way round and were read swapped: line ${swappedLines.slice(0, 50).join(", ")}.`,
        { count: swappedLines.length },
      ),
      featureIds: swappedLines,
    });
  }
  const skipped: number[] = [];
  const features: Feature[] = [];
  data.forEach((row, index) => {
    const [x, y] = positions[index]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      skipped.push(index + 2);
      return;
    }
    const properties = createPropertyRecord();
    headers.forEach((header, column) => {
      if (column !== xColumn && column !== yColumn && header !== "") properties[header] = row[column] ?? null;
    });
    features.push({ type: "Feature", properties, geometry: { type: "Point", coordinates: [x, y] } });
  });
  if (skipped.length > 0) {
    raw.issues.push({
      ...context.issue(
        "row-skipped",
        `${context.fileName}: ${skipped.length} row(s) without numeric coordinates skipped: line ${skipped.slice(0, 50).join(", ")}${skipped.length > 50 ? " …" : ""}.`,
        { count: skipped.length },
      ),
      featureIds: skipped,
    });
  }
  inferNumericColumns(features);
  raw.featureCollection = { type: "FeatureCollection", features };
  return raw;
}

/**
 * Swaps, in place, the pairs that land in Qingdao/Yantai only when swapped, under the best CRS detected from all
 * rows (a row typed the wrong way round in a spreadsheet). Returns their 1-based line numbers (header = line 1).
 */
function swapMisorderedRows(positions: [number, number][]): number[] {
  const finite = positions.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  const best = detectCrsCandidates(finite)[0];
  const toWgs84 = best ? createToWgs84(best.crs) : undefined;
  if (!toWgs84) return [];
  const lands = (position: [number, number]) => {
    const [lon, lat] = toWgs84(position);
    return Number.isFinite(lon) && Number.isFinite(lat) && isInRegions(lon, lat);
  };
  const lines: number[] = [];
  positions.forEach((position, index) => {
    if (!Number.isFinite(position[0]) || !Number.isFinite(position[1]) || lands(position)) return;
    if (!lands([position[1], position[0]])) return;
    position.reverse();
    lines.push(index + 2);
  });
  return lines;
}
