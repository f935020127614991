-- With districts, the red line of unknown zone is split by them: the part inside their union is land (the districts
-- cover land), the rest is sea.
CREATE TEMP TABLE district_union AS
SELECT ST_Union(g) AS g FROM districts;

INSERT INTO red_line_parts (zone, g)
SELECT 'land', ST_CollectionExtract(ST_Intersection(r.g, d.g), 3) FROM red_line_parts r, district_union d WHERE r.zone = 'unknown'
UNION ALL
SELECT 'sea', ST_CollectionExtract(ST_Difference(r.g, d.g), 3) FROM red_line_parts r, district_union d WHERE r.zone = 'unknown';

DELETE FROM red_line_parts WHERE zone = 'unknown';
