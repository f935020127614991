/**
 * The coordinate reference systems Shanhai reads, as proj4 definition strings
 * keyed by EPSG code. Gauss-Krüger families follow the EPSG registry numbering
 * (verified against GDAL `gdalsrsinfo` / epsg.io):
 *
 * | datum (geographic)       | 6° with zone prefix | 6° "CM" no prefix | 3° with zone prefix | 3° "CM" no prefix |
 * |--------------------------|---------------------|-------------------|---------------------|-------------------|
 * | CGCS2000 (EPSG:4490)     | 4491–4501 (z13–23)  | 4502–4512         | 4513–4533 (z25–45)  | 4534–4554         |
 * | Xi'an 1980 (EPSG:4610)   | 2327–2337           | 2338–2348         | 2349–2369           | 2370–2390         |
 * | Beijing 1954 (EPSG:4214) | 21413–21423         | 21453–21463 (*)   | 2401–2421           | 2422–2442         |
 *
 * (*) the deprecated duplicates 21473–21483 are registered as aliases.
 *
 * Central meridians run 75°E–135°E (6°: every 6°, 3°: every 3°). A zone prefix
 * means the false easting is `zone × 10⁶ + 500 000` m.
 *
 * Datum shifts: CGCS2000 is treated as identical to WGS84 (difference < 0.1 m
 * at map scale). Beijing 1954 uses the common 3-parameter shift (15.8, -154.4,
 * -82.3) m; Xi'an 1980 has no published EPSG shift, so it is treated as
 * geocentric on its own ellipsoid (errors of tens of metres are possible).
 */

export type GeodeticDatum = "CGCS2000" | "Xian1980" | "Beijing1954";

interface GaussKrugerFamily {
  datum: GeodeticDatum;
  zoneWidthDeg: 3 | 6;
  withZonePrefix: boolean;
  firstCode: number;
}

/** proj4 ellipsoid/datum part for each geodetic datum. */
const DATUM_PROJ4: Record<GeodeticDatum, string> = {
  CGCS2000: "+ellps=GRS80 +towgs84=0,0,0,0,0,0,0",
  Xian1980: "+a=6378140 +rf=298.257 +towgs84=0,0,0,0,0,0,0",
  Beijing1954: "+ellps=krass +towgs84=15.8,-154.4,-82.3,0,0,0,0",
};

export const GEOGRAPHIC_CODES: Record<GeodeticDatum, number> = {
  CGCS2000: 4490,
  Xian1980: 4610,
  Beijing1954: 4214,
};

const GAUSS_KRUGER_FAMILIES: readonly GaussKrugerFamily[] = [
  { datum: "CGCS2000", zoneWidthDeg: 6, withZonePrefix: true, firstCode: 4491 },
  { datum: "CGCS2000", zoneWidthDeg: 6, withZonePrefix: false, firstCode: 4502 },
  { datum: "CGCS2000", zoneWidthDeg: 3, withZonePrefix: true, firstCode: 4513 },
  { datum: "CGCS2000", zoneWidthDeg: 3, withZonePrefix: false, firstCode: 4534 },
  { datum: "Xian1980", zoneWidthDeg: 6, withZonePrefix: true, firstCode: 2327 },
  { datum: "Xian1980", zoneWidthDeg: 6, withZonePrefix: false, firstCode: 2338 },
  { datum: "Xian1980", zoneWidthDeg: 3, withZonePrefix: true, firstCode: 2349 },
  { datum: "Xian1980", zoneWidthDeg: 3, withZonePrefix: false, firstCode: 2370 },
  { datum: "Beijing1954", zoneWidthDeg: 6, withZonePrefix: true, firstCode: 21413 },
  { datum: "Beijing1954", zoneWidthDeg: 6, withZonePrefix: false, firstCode: 21453 },
  { datum: "Beijing1954", zoneWidthDeg: 3, withZonePrefix: true, firstCode: 2401 },
  { datum: "Beijing1954", zoneWidthDeg: 3, withZonePrefix: false, firstCode: 2422 },
];

const FIRST_CENTRAL_MERIDIAN = 75;
const LAST_CENTRAL_MERIDIAN = 135;

/** A resolved Gauss-Krüger CRS. */
export interface GaussKrugerCrs {
  code: number;
  family: GaussKrugerFamily;
  centralMeridianDeg: number;
  zone: number;
  falseEastingM: number;
}

/** Zone number of a central meridian (6°: CM = 6n − 3; 3°: CM = 3n). */
export function zoneOfCentralMeridian(centralMeridianDeg: number, zoneWidthDeg: 3 | 6): number {
  return zoneWidthDeg === 6 ? (centralMeridianDeg + 3) / 6 : centralMeridianDeg / 3;
}

/** Every Gauss-Krüger CRS of the registry table above. */
export function listGaussKrugerCrs(): GaussKrugerCrs[] {
  const result: GaussKrugerCrs[] = [];
  for (const family of GAUSS_KRUGER_FAMILIES) {
    const step = family.zoneWidthDeg;
    for (let cm = FIRST_CENTRAL_MERIDIAN, index = 0; cm <= LAST_CENTRAL_MERIDIAN; cm += step, index++) {
      const zone = zoneOfCentralMeridian(cm, step);
      const falseEastingM = family.withZonePrefix ? zone * 1_000_000 + 500_000 : 500_000;
      result.push({ code: family.firstCode + index, family, centralMeridianDeg: cm, zone, falseEastingM });
    }
  }
  return result;
}

/** Finds the registry GK CRS for a datum, central meridian and false easting. */
export function findGaussKrugerCrs(datum: GeodeticDatum, centralMeridianDeg: number, falseEastingM: number, zoneWidthHint?: 3 | 6): GaussKrugerCrs | undefined {
  const matches = listGaussKrugerCrs().filter(
    (crs) => crs.family.datum === datum && crs.centralMeridianDeg === centralMeridianDeg && crs.falseEastingM === falseEastingM,
  );
  return matches.find((crs) => crs.family.zoneWidthDeg === zoneWidthHint) ?? matches[0];
}

/** proj4 definition of a Gauss-Krüger CRS. */
function gaussKrugerProj4(crs: GaussKrugerCrs): string {
  return `+proj=tmerc +lat_0=0 +lon_0=${crs.centralMeridianDeg} +k=1 +x_0=${crs.falseEastingM} +y_0=0 ${DATUM_PROJ4[crs.family.datum]} +units=m +no_defs`;
}

/** All proj4 definitions keyed "EPSG:nnnn". */
export function allProj4Definitions(): Record<string, string> {
  const definitions: Record<string, string> = {
    "EPSG:4326": "+proj=longlat +datum=WGS84 +no_defs",
    "EPSG:3857": "+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs",
  };
  // WGS 84 / UTM zones 49N–52N (EPSG:32649–32652), read when declared (never guessed: they look like GK without prefix).
  for (let zone = 49; zone <= 52; zone++) definitions[`EPSG:${32600 + zone}`] = `+proj=utm +zone=${zone} +datum=WGS84 +units=m +no_defs`;
  for (const datum of Object.keys(GEOGRAPHIC_CODES) as GeodeticDatum[]) {
    definitions[`EPSG:${GEOGRAPHIC_CODES[datum]}`] = `+proj=longlat ${DATUM_PROJ4[datum]} +no_defs`;
  }
  for (const crs of listGaussKrugerCrs()) {
    definitions[`EPSG:${crs.code}`] = gaussKrugerProj4(crs);
    if (crs.code >= 21453 && crs.code <= 21463) definitions[`EPSG:${crs.code + 20}`] = gaussKrugerProj4(crs);
  }
  return definitions;
}
