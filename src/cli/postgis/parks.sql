-- Parks of one city and their service zones. A polygon park's area is ellipsoidal (geography); a point park takes
-- its area_m2 attribute. Layer 0: each park at the radius of the largest rule-set class it reaches; layer c + 1:
-- the parks of class c at that class's radius. The radius is scaled by the projection's point scale
-- k = 1 + x²/(2·M·N) at the park's centre (:two_mn = 2·M·N in m²), and the zone is the park buffered by it with 64
-- segments per quarter circle.
CREATE TEMP TABLE park_records AS
SELECT ST_Transform(geom, :srid) AS g,
       CASE WHEN GeometryType(geom) IN ('POINT', 'MULTIPOINT') THEN CASE WHEN area_m2 > 0 THEN area_m2::float8 ELSE 0 END
            ELSE ST_Area(geom::geography) END AS area_m2
FROM {{parks}}
WHERE GeometryType(geom) IN ('POLYGON', 'MULTIPOLYGON', 'POINT', 'MULTIPOINT');

CREATE TEMP TABLE park_sources AS
WITH classes AS (
  SELECT (c - 1)::int AS class, min_area_m2, radius_m
  FROM unnest(:min_areas_m2::float8[], :radii_m::float8[]) WITH ORDINALITY AS t(min_area_m2, radius_m, c)
),
layered AS (
  SELECT 0 AS layer, p.g,
         (SELECT radius_m FROM classes WHERE p.area_m2 >= min_area_m2 ORDER BY class DESC LIMIT 1) AS radius_m
  FROM park_records p
  UNION ALL
  SELECT c.class + 1, p.g, c.radius_m FROM park_records p JOIN classes c ON p.area_m2 >= c.min_area_m2
)
SELECT layer, g, radius_m * (1 + power((ST_XMin(g) + ST_XMax(g)) / 2, 2) / :two_mn) AS reach_m
FROM layered
WHERE radius_m IS NOT NULL;

ALTER TABLE park_sources ADD COLUMN zone geometry;
UPDATE park_sources SET zone = ST_Buffer(g, reach_m, 'quad_segs=64');
CREATE INDEX ON park_sources USING gist (zone);
ANALYZE park_sources;
