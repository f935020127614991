/**
 * Names, kinds and WGS84 transforms of the CRSs in `crs-definitions.ts`, plus
 * the Chinese web-map offsets GCJ-02 (国测局, "Mars") and BD-09 (Baidu), which
 * are converted with `gcoord` (its published inverse of the GCJ-02 obfuscation).
 */
import proj4 from "proj4";
import gcoord from "gcoord";
import type { CrsId } from "../import-types";
import { allProj4Definitions, listGaussKrugerCrs, type GeodeticDatum } from "./crs-definitions";

export const WGS84: CrsId = "EPSG:4326";
const CGCS2000: CrsId = "EPSG:4490";
export const WEB_MERCATOR: CrsId = "EPSG:3857";
export const GCJ02: CrsId = "GCJ-02";
export const BD09: CrsId = "BD-09";

type Position2 = [number, number];

let registered = false;
/** Registers every definition with proj4 once. */
function ensureRegistered(): void {
  if (registered) return;
  const definitions = allProj4Definitions();
  proj4.defs(Object.entries(definitions));
  registered = true;
}

const DATUM_LABEL: Record<GeodeticDatum, string> = {
  CGCS2000: "CGCS2000",
  Xian1980: "Xi'an 1980",
  Beijing1954: "Beijing 1954",
};

/** Turns "EPSG:4549", "urn:ogc:def:crs:EPSG::4549", "CRS84", "gcj02", "BD09", "900913" … into a CrsId. */
export function normalizeCrsId(text: string | number): CrsId | undefined {
  const value = String(text).trim();
  if (/^(urn:ogc:def:crs:OGC:[\d.]*:CRS84|CRS84|WGS ?84|WGS1984)$/i.test(value)) return WGS84;
  if (/^gcj[-_ ]?02$|^amap$|^mars$/i.test(value)) return GCJ02;
  if (/^bd[-_ ]?09(ll)?$|^baidu$/i.test(value)) return BD09;
  const match = /(?:EPSG|ESRI)?:*(\d{4,6})$/i.exec(value.replace(/^urn:ogc:def:crs:/i, ""));
  if (!match) return undefined;
  const code = Number(match[1]);
  if (code === 900913 || code === 102100 || code === 102113 || code === 3785) return WEB_MERCATOR;
  const id = `EPSG:${code}`;
  return describeCrs(id) ? id : undefined;
}

export interface CrsDescription {
  id: CrsId;
  kind: "geographic" | "projected";
  /** English label, e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 120E". */
  label: string;
}

/** Describes a supported CRS, or undefined when Shanhai cannot transform it. */
export function describeCrs(id: CrsId): CrsDescription | undefined {
  if (id === WGS84) return { id, kind: "geographic", label: "WGS 84" };
  if (id === GCJ02) return { id, kind: "geographic", label: "GCJ-02 (China web-map offset)" };
  if (id === BD09) return { id, kind: "geographic", label: "BD-09 (Baidu offset)" };
  if (id === WEB_MERCATOR) return { id, kind: "projected", label: "WGS 84 / Pseudo-Mercator" };
  if (id === CGCS2000) return { id, kind: "geographic", label: "CGCS2000" };
  if (id === "EPSG:4610") return { id, kind: "geographic", label: "Xi'an 1980" };
  if (id === "EPSG:4214") return { id, kind: "geographic", label: "Beijing 1954" };
  const custom = customCrs.get(id);
  if (custom) return custom;
  const code = Number(id.replace("EPSG:", ""));
  if (code >= 32649 && code <= 32652) return { id, kind: "projected", label: `WGS 84 / UTM zone ${code - 32600}N` };
  const aliasCode = code >= 21473 && code <= 21483 ? code - 20 : code;
  const crs = listGaussKrugerCrs().find((candidate) => candidate.code === aliasCode);
  if (!crs) return undefined;
  const width = `${crs.family.zoneWidthDeg}-degree`;
  const tail = crs.family.withZonePrefix ? `zone ${crs.zone}` : `CM ${crs.centralMeridianDeg}E`;
  const label = `${DATUM_LABEL[crs.family.datum]} / ${crs.family.zoneWidthDeg === 6 ? "" : `${width} `}Gauss-Kruger ${tail}`;
  return { id, kind: "projected", label };
}

const customCrs = new Map<CrsId, CrsDescription>();

/**
 * Registers a CRS that is not in the built-in table from its WKT, using
 * proj4's WKT parser (OGC WKT 1, ESRI WKT, parts of WKT 2). Returns its id
 * ("WKT:<name>") or undefined when proj4 cannot use it.
 */
export function registerWktCrs(wkt: string, name: string): CrsId | undefined {
  ensureRegistered();
  const id = `WKT:${name}`;
  if (customCrs.has(id)) return id;
  try {
    proj4.defs(id, wkt);
    const definition = proj4.defs(id) as { projName?: string } | undefined;
    proj4(id, WGS84); // throws for projections proj4 cannot run
    if (!definition) return undefined;
    customCrs.set(id, { id, kind: definition.projName === "longlat" ? "geographic" : "projected", label: name });
    return id;
  } catch {
    return undefined;
  }
}

/** A function mapping source coordinates (x/lon first) to WGS84 lon/lat. */
export type ToWgs84 = (position: Position2) => Position2;

const toWgs84Cache = new Map<CrsId, ToWgs84 | undefined>();

/** Builds (and caches) the transform from `id` to WGS84, or undefined for an unsupported CRS. */
export function createToWgs84(id: CrsId): ToWgs84 | undefined {
  if (!toWgs84Cache.has(id)) toWgs84Cache.set(id, buildToWgs84(id));
  return toWgs84Cache.get(id);
}

function buildToWgs84(id: CrsId): ToWgs84 | undefined {
  if (id === WGS84) return (position) => [position[0], position[1]];
  if (id === GCJ02) return (position) => gcoord.transform(position, gcoord.GCJ02, gcoord.WGS84) as Position2;
  if (id === BD09) return (position) => gcoord.transform(position, gcoord.BD09, gcoord.WGS84) as Position2;
  if (!describeCrs(id)) return undefined;
  ensureRegistered();
  const converter = proj4(id, WGS84);
  return (position) => converter.forward([position[0], position[1]]) as Position2;
}

/** Builds the transform from WGS84 to `id` (used by tests and exporters). */
export function createFromWgs84(id: CrsId): ToWgs84 | undefined {
  if (id === WGS84) return (position) => [position[0], position[1]];
  if (id === GCJ02) return (position) => gcoord.transform(position, gcoord.WGS84, gcoord.GCJ02) as Position2;
  if (id === BD09) return (position) => gcoord.transform(position, gcoord.WGS84, gcoord.BD09) as Position2;
  if (!describeCrs(id)) return undefined;
  ensureRegistered();
  const converter = proj4(WGS84, id);
  return (position) => converter.forward([position[0], position[1]]) as Position2;
}
