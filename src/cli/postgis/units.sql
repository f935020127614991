-- Residential units of one city: each parcel with area, projected to the city's local transverse Mercator
-- (:srid), its ellipsoidal area (geography) and its residents; outside every district (no district layer).
CREATE TEMP TABLE units AS
SELECT -1 AS district,
       ST_Transform(geom, :srid) AS g,
       ST_Area(geom::geography) AS area_m2,
       CASE WHEN population > 0 THEN population::float8 ELSE 0 END AS population
FROM {{residential}}
WHERE GeometryType(geom) IN ('POLYGON', 'MULTIPOLYGON') AND ST_Area(geom) > 0;

ALTER TABLE units ADD COLUMN planar_m2 float8;
UPDATE units SET planar_m2 = ST_Area(g);
CREATE INDEX ON units USING gist (g);
ANALYZE units;
