-- Greenways of one city and their service zones: each line cut into pieces of at most 33 vertices, the radius
-- scaled by the projection's point scale at the piece's centre (as for parks), buffered with 64 segments per
-- quarter circle. Layer 0 only.
CREATE TEMP TABLE greenway_lines AS
SELECT ST_Transform(geom, :srid) AS g
FROM {{greenways}}
WHERE GeometryType(geom) IN ('LINESTRING', 'MULTILINESTRING');

CREATE TEMP TABLE greenway_sources AS
SELECT 0 AS layer, piece AS g, :radius_m * (1 + power((ST_XMin(piece) + ST_XMax(piece)) / 2, 2) / :two_mn) AS reach_m
FROM (SELECT ST_Subdivide(g, 33) AS piece FROM greenway_lines) AS pieces;

ALTER TABLE greenway_sources ADD COLUMN zone geometry;
UPDATE greenway_sources SET zone = ST_Buffer(g, reach_m, 'quad_segs=64');
CREATE INDEX ON greenway_sources USING gist (zone);
ANALYZE greenway_sources;
