-- Residential units of one city split by district. Districts (made valid when their projection is not) are cut
-- into pieces of at most 256 vertices (ST_Subdivide), which do not overlap: a parcel covered by a piece stays
-- whole, a parcel crossing piece boundaries becomes its intersection with each piece it meets, and the part of a
-- parcel outside every district is one more unit (district −1); pieces of 0.01 m² or less are dropped. Units
-- carry their ellipsoidal area (geography) and the parcel's residents in proportion to area.
CREATE TEMP TABLE districts AS
SELECT (row_number() OVER (ORDER BY id) - 1)::int AS district,
       coalesce(name, '#' || row_number() OVER (ORDER BY id)) AS name,
       ST_CollectionExtract(CASE WHEN ST_IsValid(g) THEN g ELSE ST_MakeValid(g) END, 3) AS g
FROM (SELECT id, name, ST_Transform(geom, :srid) AS g FROM {{districts}}
      WHERE GeometryType(geom) IN ('POLYGON', 'MULTIPOLYGON')) AS projected;

CREATE TEMP TABLE district_pieces AS
SELECT district, ST_Subdivide(g, 256) AS g FROM districts;

CREATE INDEX ON district_pieces USING gist (g);
ANALYZE district_pieces;

CREATE TEMP TABLE parcels AS
SELECT row_number() OVER () AS parcel, g, ST_Area(g) AS parcel_m2, population
FROM (SELECT ST_Transform(geom, :srid) AS g, CASE WHEN population > 0 THEN population::float8 ELSE 0 END AS population
      FROM {{residential}}
      WHERE GeometryType(geom) IN ('POLYGON', 'MULTIPOLYGON') AND ST_Area(geom) > 0) AS projected;

CREATE TEMP TABLE units AS
WITH inside AS MATERIALIZED (
  SELECT p.parcel, d.district, p.population, p.parcel_m2,
         CASE WHEN ST_Covers(d.g, p.g) THEN p.g ELSE ST_CollectionExtract(ST_Intersection(p.g, d.g), 3) END AS g
  FROM parcels p JOIN district_pieces d ON ST_Intersects(d.g, p.g)
),
inside_area AS (
  SELECT parcel, sum(ST_Area(g)) AS area_m2 FROM inside GROUP BY parcel
),
outside AS (
  SELECT p.parcel, -1 AS district, p.population, p.parcel_m2,
         CASE WHEN i.parcel IS NULL THEN p.g
              ELSE ST_CollectionExtract(ST_Difference(p.g, (SELECT ST_Union(x.g) FROM inside x WHERE x.parcel = p.parcel)), 3) END AS g
  FROM parcels p LEFT JOIN inside_area i ON i.parcel = p.parcel
  WHERE i.parcel IS NULL OR p.parcel_m2 - i.area_m2 > 0.01
),
pieces AS (
  SELECT district, g, population, parcel_m2 FROM inside
  UNION ALL
  SELECT district, g, population, parcel_m2 FROM outside
)
SELECT district, g, ST_Area(ST_Transform(g, 4326)::geography) AS area_m2,
       population * ST_Area(g) / parcel_m2 AS population
FROM pieces
WHERE ST_Area(g) > 0.01;

ALTER TABLE units ADD COLUMN planar_m2 float8;
UPDATE units SET planar_m2 = ST_Area(g);
CREATE INDEX ON units USING gist (g);
ANALYZE units;
