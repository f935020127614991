#!/usr/bin/python3
"""Polygonize GSHHG shoreline segments (from `gmt coast -W -M`) into land polygons.

Usage: gshhg-polygonize.py SEGMENTS.txt WEST SOUTH EAST NORTH OUT.geojson

Method (GEOS through Debian python3-gdal): union of all shoreline segments plus
the clip-box outline (the union nodes the lines), polygonize, then keep the faces
whose PointOnSurface GMT classifies as land (`gmt select -Df -Ns/k/s/k/s`), and
dissolve them. Output: a GeoJSON FeatureCollection of Polygons, 6 decimals.
"""
import json
import subprocess
import sys

from osgeo import ogr

ogr.UseExceptions()


def read_segments(path):
    segments, current = [], []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(">"):
                if len(current) > 1:
                    segments.append(current)
                current = []
                continue
            parts = line.split()
            if len(parts) >= 2:
                current.append((float(parts[0]), float(parts[1])))
    if len(current) > 1:
        segments.append(current)
    return segments


def main():
    seg_path, west, south, east, north, out_path = sys.argv[1:7]
    west, south, east, north = map(float, (west, south, east, north))
    lines = ogr.Geometry(ogr.wkbMultiLineString)
    for segment in read_segments(seg_path):
        line = ogr.Geometry(ogr.wkbLineString)
        for lon, lat in segment:
            line.AddPoint_2D(lon, lat)
        lines.AddGeometry(line)
    outline = ogr.Geometry(ogr.wkbLineString)
    for lon, lat in ((west, south), (east, south), (east, north), (west, north), (west, south)):
        outline.AddPoint_2D(lon, lat)
    lines.AddGeometry(outline)
    anchor = ogr.Geometry(ogr.wkbPoint)
    anchor.AddPoint_2D(west, south)
    noded = lines.Union(anchor)  # a union with a point on the outline nodes the whole set (GEOS)
    faces = noded.Polygonize()
    probes = [faces.GetGeometryRef(i).PointOnSurface() for i in range(faces.GetGeometryCount())]
    text = "".join(f"{p.GetX():.9f} {p.GetY():.9f} {i}\n" for i, p in enumerate(probes))
    result = subprocess.run(
        ["gmt", "select", "-Df", "-Ns/k/s/k/s", "-fg", f"-R{west}/{east}/{south}/{north}"],
        input=text, capture_output=True, text=True, check=True,
    )
    land_ids = {int(row.split()[2]) for row in result.stdout.splitlines() if row.strip()}
    land = ogr.Geometry(ogr.wkbMultiPolygon)
    for i in sorted(land_ids):
        land.AddGeometry(faces.GetGeometryRef(i))
    dissolved = land.UnionCascaded()
    polygons = []
    if dissolved.GetGeometryType() in (ogr.wkbPolygon, ogr.wkbPolygon25D):
        polygons = [dissolved]
    else:
        polygons = [dissolved.GetGeometryRef(i) for i in range(dissolved.GetGeometryCount())]
    features = []
    for polygon in polygons:
        rings = []
        for r in range(polygon.GetGeometryCount()):
            ring = polygon.GetGeometryRef(r)
            rings.append([[round(ring.GetX(k), 6), round(ring.GetY(k), 6)] for k in range(ring.GetPointCount())])
        features.append({"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": rings}})
    with open(out_path, "w", encoding="utf-8") as handle:
        json.dump({"type": "FeatureCollection", "features": features}, handle, separators=(",", ":"))
        handle.write("\n")
    print(f"{len(probes)} faces, {len(land_ids)} land, {len(features)} polygons", file=sys.stderr)


if __name__ == "__main__":
    main()
