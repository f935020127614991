/**
 * Identifies a declared CRS (OGC WKT 1/2 and ESRI WKT from .prj files and
 * GeoPackage `gpkg_spatial_ref_sys`, URNs, "EPSG:nnnn") as one of the CRSs in
 * `crs-registry.ts`. WKT is matched by authority code first, then by datum
 * name, projection method, central meridian and false easting — ESRI .prj
 * files written by ArcGIS/GDAL (e.g. "CGCS2000_3_Degree_GK_CM_120E") carry no
 * EPSG code. Any other WKT that proj4 can parse is registered as a custom CRS.
 */
import type { CrsId } from "../import-types";
import { findGaussKrugerCrs, GEOGRAPHIC_CODES, type GeodeticDatum } from "./crs-definitions";
import { normalizeCrsId, registerWktCrs, WEB_MERCATOR, WGS84 } from "./crs-registry";

type Datum = GeodeticDatum | "WGS84";

function datumOf(wkt: string): Datum | undefined {
  const geographic = /(?:GEOGCS|GEOGCRS|BASEGEOGCRS|BASEGEODCRS|GEODCRS)\s*\[\s*"([^"]*)"[\s\S]*?DATUM\s*\[\s*"([^"]*)"/i.exec(wkt);
  const names = geographic ? `${geographic[1]} ${geographic[2]}` : wkt;
  if (/2000|CGCS/i.test(names)) return "CGCS2000";
  if (/xi.?an|1980/i.test(names)) return "Xian1980";
  if (/beijing|1954/i.test(names)) return "Beijing1954";
  if (/WGS.?(19)?84/i.test(names)) return "WGS84";
  return undefined;
}

function parameter(wkt: string, names: string[]): number | undefined {
  for (const name of names) {
    const match = new RegExp(`PARAMETER\\s*\\[\\s*"${name}"\\s*,\\s*(-?[\\d.eE+]+)`, "i").exec(wkt);
    if (match) return Number(match[1]);
  }
  return undefined;
}

function outermostEpsgCode(wkt: string): CrsId | undefined {
  const matches = [...wkt.matchAll(/(?:AUTHORITY|ID)\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]/gi)];
  const last = matches.at(-1);
  if (!last) return undefined;
  // The outermost authority closes the whole WKT: only `]`s and spaces may follow.
  const tail = wkt.slice((last.index ?? 0) + last[0].length);
  if (!/^[\s\]]*$/.test(tail)) return undefined;
  return normalizeCrsId(`EPSG:${last[1]}`);
}

function identifyWkt(wkt: string): CrsId | undefined {
  const byCode = outermostEpsgCode(wkt);
  if (byCode) return byCode;
  const datum = datumOf(wkt);
  const projected = /^\s*(PROJCS|PROJCRS|PROJECTEDCRS)\s*\[/i.test(wkt);
  if (!projected) {
    if (!datum) return undefined;
    return datum === "WGS84" ? WGS84 : `EPSG:${GEOGRAPHIC_CODES[datum]}`;
  }
  if (/Mercator_Auxiliary_Sphere|Pseudo.?Mercator|Popular Visuali[sz]ation|Web_Mercator/i.test(wkt)) return WEB_MERCATOR;
  if (!/Transverse.?Mercator|Gauss.?Kru[e]?ger/i.test(wkt) || !datum || datum === "WGS84") return undefined;
  const centralMeridian = parameter(wkt, ["central_meridian", "Longitude of natural origin", "longitude_of_center"]);
  const falseEasting = parameter(wkt, ["false_easting", "False easting"]);
  const scale = parameter(wkt, ["scale_factor", "Scale factor at natural origin"]) ?? 1;
  const latitudeOfOrigin = parameter(wkt, ["latitude_of_origin", "Latitude of natural origin"]) ?? 0;
  const falseNorthing = parameter(wkt, ["false_northing", "False northing"]) ?? 0;
  if (centralMeridian === undefined || falseEasting === undefined) return undefined;
  if (Math.abs(scale - 1) > 1e-9 || latitudeOfOrigin !== 0 || falseNorthing !== 0) return undefined;
  const widthHint = /3.?Degree|3度/i.test(wkt) ? 3 : /6.?Degree|6度/i.test(wkt) ? 6 : undefined;
  const crs = findGaussKrugerCrs(datum, centralMeridian, falseEasting, widthHint);
  return crs ? `EPSG:${crs.code}` : undefined;
}

/**
 * Returns the supported CrsId for a declared CRS text (WKT, URN, EPSG code,
 * "GCJ-02"/"BD-09"), or undefined when it is unknown or unsupported.
 */
export function identifyCrs(text: string): CrsId | undefined {
  const trimmed = text.trim();
  if (/^[A-Z]+\s*\[/i.test(trimmed)) return identifyWkt(trimmed) ?? registerWktCrs(trimmed, declaredCrsName(trimmed));
  return normalizeCrsId(trimmed);
}

/** A short human name of a declared CRS (WKT name or the text itself), for messages. */
export function declaredCrsName(text: string): string {
  const match = /^\s*[A-Z]+\s*\[\s*"([^"]*)"/i.exec(text);
  return (match?.[1] ?? text).slice(0, 120);
}
