-- Service coverage of the residential units by the zones of {{sources}} (park_sources or greenway_sources), per
-- layer and district. The zones of each layer are dissolved (ST_Union) and cut into pieces of at most 64 vertices
-- (ST_Subdivide); the pieces do not overlap, so a unit's covered planar area is the sum of its intersections with
-- the pieces it meets. Covered land = covered share × the unit's
-- ellipsoidal area; residents likewise.
CREATE TEMP TABLE cover AS
SELECT layer, ST_Subdivide(ST_Union(zone), 64) AS g
FROM {{sources}}
GROUP BY layer;

CREATE INDEX ON cover USING gist (g);
ANALYZE cover;

WITH unit_cover AS (
  SELECT u.district, u.area_m2, u.population, l.layer,
         coalesce((
           SELECT sum(ST_Area(ST_Intersection(u.g, c.g)))
           FROM cover c
           WHERE c.layer = l.layer AND ST_Intersects(c.g, u.g)
         ), 0) / u.planar_m2 AS share
  FROM units u CROSS JOIN generate_series(0, :last_layer) AS l(layer)
)
SELECT layer, district,
       sum(area_m2) AS residential_m2, sum(area_m2 * share) AS covered_m2,
       sum(population) AS population, sum(population * share) AS covered_population
FROM unit_cover
GROUP BY layer, district
ORDER BY layer, district;

DROP TABLE cover;
