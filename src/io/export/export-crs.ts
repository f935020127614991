/**
 * The coordinate reference system of an export: WGS84 (EPSG:4326), CGCS2000 geographic (EPSG:4490), or CGCS2000
 * Gauss-Krüger 3° / 6° zones without zone prefix (false easting 500 000 m; EPSG:4534–4554 and 4502–4512, the
 * "CM" families of `io/crs/crs-definitions`), the zone taken from the data's centre unless chosen.
 * Shapefile .prj text is the ESRI WKT GDAL writes for the EPSG code (`gdalsrsinfo -o wkt_esri`).
 */
import type { FeatureCollection } from "geojson";
import { createFromWgs84 } from "../crs/crs-registry";
import { findGaussKrugerCrs, type GaussKrugerCrs, listGaussKrugerCrs, zoneOfCentralMeridian } from "../crs/crs-definitions";
import { mapPositions } from "../crs/geometry-positions";

export type ExportCrsKind = "wgs84" | "cgcs2000" | "gk3" | "gk6";

export interface ExportCrs {
  kind: ExportCrsKind;
  /** "EPSG:nnnn". */
  code: string;
  epsg: number;
  /** Geographic (lon/lat degrees) or projected (metres). */
  isGeographic: boolean;
  /** The Gauss-Krüger zone of a projected choice. */
  gaussKruger?: GaussKrugerCrs;
  /** ESRI-flavoured WKT for a Shapefile .prj. */
  prjWkt: string;
}

const CGCS2000_GEOGCS =
  'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const WGS84_GEOGCS =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

/** ESRI WKT of a CGCS2000 Gauss-Krüger CRS, as GDAL morphs the EPSG definition to ESRI. */
function gaussKrugerEsriWkt(crs: GaussKrugerCrs): string {
  const { zoneWidthDeg, withZonePrefix } = crs.family;
  const family = zoneWidthDeg === 3 ? "CGCS2000_3_Degree_GK" : "CGCS2000_GK";
  const name = withZonePrefix ? `${family}_Zone_${crs.zone}` : `${family}_CM_${crs.centralMeridianDeg}E`;
  return (
    `PROJCS["${name}",${CGCS2000_GEOGCS},PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",${crs.falseEastingM.toFixed(1)}],` +
    `PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${crs.centralMeridianDeg.toFixed(1)}],PARAMETER["Scale_Factor",1.0],` +
    `PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`
  );
}

/** The zone (3° or 6°) whose central meridian is nearest `longitudeDeg`. */
export function gaussKrugerZoneOf(longitudeDeg: number, zoneWidthDeg: 3 | 6): number {
  return zoneWidthDeg === 3 ? Math.round(longitudeDeg / 3) : Math.floor(longitudeDeg / 6) + 1;
}

/**
 * Resolves an export choice. `centreLongitudeDeg` (the data's centre) picks the Gauss-Krüger zone unless `zone`
 * is given; returns undefined for a zone outside the registry (central meridians 75°E–135°E).
 */
export function resolveExportCrs(kind: ExportCrsKind, centreLongitudeDeg: number, zone?: number): ExportCrs | undefined {
  if (kind === "wgs84") return { kind, code: "EPSG:4326", epsg: 4326, isGeographic: true, prjWkt: WGS84_GEOGCS };
  if (kind === "cgcs2000") return { kind, code: "EPSG:4490", epsg: 4490, isGeographic: true, prjWkt: CGCS2000_GEOGCS };
  const zoneWidthDeg = kind === "gk3" ? 3 : 6;
  const chosenZone = zone ?? gaussKrugerZoneOf(centreLongitudeDeg, zoneWidthDeg);
  const centralMeridianDeg = zoneWidthDeg === 3 ? chosenZone * 3 : chosenZone * 6 - 3;
  if (zoneOfCentralMeridian(centralMeridianDeg, zoneWidthDeg) !== chosenZone) return undefined;
  const gaussKruger = findGaussKrugerCrs("CGCS2000", centralMeridianDeg, 500_000, zoneWidthDeg);
  if (!gaussKruger || gaussKruger.family.zoneWidthDeg !== zoneWidthDeg) return undefined;
  return { kind, code: `EPSG:${gaussKruger.code}`, epsg: gaussKruger.code, isGeographic: false, gaussKruger, prjWkt: gaussKrugerEsriWkt(gaussKruger) };
}

/**
 * Every zone `kind` ("gk3" or "gk6") can be exported in: the registry's CGCS2000 zones without zone prefix
 * (central meridians 75°E–135°E), in ascending zone order.
 */
export function exportZoneChoices(kind: "gk3" | "gk6"): GaussKrugerCrs[] {
  const zoneWidthDeg = kind === "gk3" ? 3 : 6;
  return listGaussKrugerCrs()
    .filter((crs) => crs.family.datum === "CGCS2000" && !crs.family.withZonePrefix && crs.family.zoneWidthDeg === zoneWidthDeg)
    .sort((a, b) => a.zone - b.zone);
}

/**
 * Reprojects a WGS84 collection into `crs` with proj4 (CGCS2000 taken as identical to WGS84, as on import).
 * Extra ordinates (Z, M) are kept.
 */
export function reprojectFromWgs84(collection: FeatureCollection, crs: ExportCrs): FeatureCollection {
  if (crs.isGeographic) return collection;
  const fromWgs84 = createFromWgs84(crs.code);
  if (!fromWgs84) throw new Error(`Unsupported export CRS ${crs.code}.`);
  return {
    ...collection,
    features: collection.features.map((feature) =>
      feature.geometry
        ? {
            ...feature,
            geometry: mapPositions(feature.geometry, ([x, y, ...rest]) => [...fromWgs84([x as number, y as number]), ...rest]),
          }
        : feature,
    ),
  };
}
