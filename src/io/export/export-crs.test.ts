import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { exportZoneChoices, gaussKrugerZoneOf, reprojectFromWgs84, resolveExportCrs } from "./export-crs";
import { writeProjectedGeoJsonText } from "./geojson-text";

describe("export CRS", () => {
  it("detects the 3° zone 40 (CM 120°E, EPSG:4549) and the 6° zone 21 (CM 123°E, EPSG:4510) for Qingdao", () => {
    expect(gaussKrugerZoneOf(120.38, 3)).toBe(40);
    expect(gaussKrugerZoneOf(120.38, 6)).toBe(21);
    const gk3 = resolveExportCrs("gk3", 120.38);
    expect(gk3?.code).toBe("EPSG:4549");
    expect(gk3?.gaussKruger?.centralMeridianDeg).toBe(120);
    expect(gk3?.prjWkt).toContain('PROJCS["CGCS2000_3_Degree_GK_CM_120E"');
    expect(gk3?.prjWkt).toContain('PARAMETER["False_Easting",500000.0]');
    const gk6 = resolveExportCrs("gk6", 120.38);
    expect(gk6?.code).toBe("EPSG:4510");
    expect(gk6?.gaussKruger?.centralMeridianDeg).toBe(123);
    expect(resolveExportCrs("gk6", 0, 20)?.code).toBe("EPSG:4509");
    expect(resolveExportCrs("gk3", 0, 99)).toBeUndefined();
    expect(resolveExportCrs("cgcs2000", 120)?.prjWkt).toContain("GCS_China_Geodetic_Coordinate_System_2000");
  });

  it("projects Qingdao to X(north) ≈ 4.0e6 m, Y(east) ≈ 5.3e5 m and names the CRS in the GeoJSON", () => {
    const crs = resolveExportCrs("gk3", 120.38)!;
    const collection: FeatureCollection = {
      type: "FeatureCollection",
      features: [{ type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [120.38, 36.07] } }],
    };
    const projected = reprojectFromWgs84(collection, crs);
    const [easting, northing] = (projected.features[0]!.geometry as { coordinates: number[] }).coordinates;
    expect(easting).toBeGreaterThan(530_000);
    expect(easting).toBeLessThan(540_000);
    expect(northing).toBeGreaterThan(3_990_000);
    expect(northing).toBeLessThan(4_000_000);
    const text = JSON.parse(writeProjectedGeoJsonText(projected, crs.epsg));
    expect(text.crs).toEqual({ type: "name", properties: { name: "urn:ogc:def:crs:EPSG::4549" } });
  });
});

describe("exportZoneChoices", () => {
  it("lists the 3° zones 25–45 (EPSG:4534–4554) and the 6° zones 13–23 (EPSG:4502–4512) in zone order", () => {
    const threeDegree = exportZoneChoices("gk3");
    expect(threeDegree.map((crs) => crs.zone)).toEqual(Array.from({ length: 21 }, (_, index) => 25 + index));
    expect(threeDegree.map((crs) => crs.code)).toEqual(Array.from({ length: 21 }, (_, index) => 4534 + index));
    const sixDegree = exportZoneChoices("gk6");
    expect(sixDegree.map((crs) => crs.zone)).toEqual(Array.from({ length: 11 }, (_, index) => 13 + index));
    expect(sixDegree.map((crs) => crs.code)).toEqual(Array.from({ length: 11 }, (_, index) => 4502 + index));
  });

  it("gives every listed zone to resolveExportCrs unchanged, whatever the data's centre", () => {
    for (const kind of ["gk3", "gk6"] as const) {
      for (const choice of exportZoneChoices(kind)) {
        const crs = resolveExportCrs(kind, 120.38, choice.zone);
        expect(crs?.epsg).toBe(choice.code);
        expect(crs?.gaussKruger?.centralMeridianDeg).toBe(choice.centralMeridianDeg);
      }
    }
  });
});
