import { describe, expect, it } from "vitest";
import { createToWgs84 } from "./crs-registry";
import { identifyCrs } from "./identify-crs";

// .prj written by GDAL 3.6.2 (`ogr2ogr -t_srs EPSG:4549`, ESRI WKT) and `gdalsrsinfo -o wkt_esri`.
const ESRI_4549 =
  'PROJCS["CGCS2000_3_Degree_GK_CM_120E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
const ESRI_4528 =
  'PROJCS["CGCS2000_3_Degree_GK_Zone_40",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",40500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
const ESRI_XIAN_CM120 =
  'PROJCS["Xian_1980_3_Degree_GK_CM_120E",GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
const ESRI_BEIJING_ZONE20 =
  'PROJCS["Beijing_1954_GK_Zone_20",GEOGCS["GCS_Beijing_1954",DATUM["D_Beijing_1954",SPHEROID["Krasovsky_1940",6378245.0,298.3]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",20500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",117.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
const ESRI_WEB_MERCATOR =
  'PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],PARAMETER["Auxiliary_Sphere_Type",0.0],UNIT["Meter",1.0]]';
// OGC WKT 1 from epsg.io/4528 (with AUTHORITY) and WKT 2 from `gdalsrsinfo -o wkt2_2019 EPSG:4549` (abridged).
const OGC_4528 =
  'PROJCS["CGCS2000 / 3-degree Gauss-Kruger zone 40",GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4490"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",120],PARAMETER["scale_factor",1],PARAMETER["false_easting",40500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AUTHORITY["EPSG","4528"]]';
const WKT2_4549 =
  'PROJCRS["CGCS2000 / 3-degree Gauss-Kruger CM 120E", BASEGEOGCRS["China Geodetic Coordinate System 2000", DATUM["China 2000", ELLIPSOID["CGCS2000",6378137,298.257222101]], ID["EPSG",4490]], CONVERSION["3-degree Gauss-Kruger CM 120E", METHOD["Transverse Mercator", ID["EPSG",9807]], PARAMETER["Longitude of natural origin",120], PARAMETER["False easting",500000]], ID["EPSG",4549]]';
const GEOGCS_CGCS2000 =
  'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const UTM_51N =
  'PROJCS["WGS_1984_UTM_Zone_51N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",123.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

describe("identifyCrs", () => {
  it.each([
    ["ESRI CGCS2000 CM 120E", ESRI_4549, "EPSG:4549"],
    ["ESRI CGCS2000 zone 40", ESRI_4528, "EPSG:4528"],
    ["ESRI Xi'an 1980 CM 120E", ESRI_XIAN_CM120, "EPSG:2385"],
    ["ESRI Beijing 1954 zone 20", ESRI_BEIJING_ZONE20, "EPSG:21420"],
    ["ESRI Web Mercator", ESRI_WEB_MERCATOR, "EPSG:3857"],
    ["OGC WKT 1 with AUTHORITY", OGC_4528, "EPSG:4528"],
    ["OGC WKT 1 without AUTHORITY", OGC_4528.replace(/,AUTHORITY\["EPSG","\d+"\]/g, ""), "EPSG:4528"],
    ["WKT 2", WKT2_4549, "EPSG:4549"],
    ["ESRI geographic CGCS2000", GEOGCS_CGCS2000, "EPSG:4490"],
    ["URN", "urn:ogc:def:crs:EPSG::4549", "EPSG:4549"],
    ["CRS84 URN", "urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:4326"],
    ["EPSG code", "EPSG:4528", "EPSG:4528"],
    ["ESRI Web Mercator code", "EPSG:102100", "EPSG:3857"],
    ["GCJ-02 name", "gcj02", "GCJ-02"],
    ["BD-09 name", "BD09", "BD-09"],
  ])("%s → %s", (_label, text, expected) => {
    expect(identifyCrs(text)).toBe(expected);
  });

  it("reads other WKT through proj4's parser: ESRI UTM 51N transforms like EPSG:32651", () => {
    const id = identifyCrs(UTM_51N);
    expect(id).toBe("WKT:WGS_1984_UTM_Zone_51N");
    const viaWkt = createToWgs84(id!)!([264_000, 3_993_000]);
    const viaCode = createToWgs84("EPSG:32651")!([264_000, 3_993_000]);
    expect(viaWkt[0]).toBeCloseTo(viaCode[0], 9);
    expect(viaWkt[1]).toBeCloseTo(viaCode[1], 9);
  });

  it("returns undefined for unknown codes and junk", () => {
    expect(identifyCrs("EPSG:9999")).toBeUndefined();
    expect(identifyCrs("PROJCS[")).toBeUndefined();
    expect(identifyCrs("")).toBeUndefined();
  });
});
