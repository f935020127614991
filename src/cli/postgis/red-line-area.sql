-- Red-line areas with overlaps counted once: the land parts (unknown zone counts as land here) and the sea parts
-- each dissolved (ST_Union), and all of them together, measured on the ellipsoid (geography), in m². The land
-- union is kept in red_line_land for the per-district split.
CREATE TEMP TABLE red_line_land AS
SELECT ST_Union(g) AS g FROM red_line_parts WHERE zone <> 'sea';

SELECT coalesce((SELECT ST_Area(ST_Transform(ST_Union(g), 4326)::geography) FROM red_line_parts), 0) AS area_m2,
       coalesce((SELECT ST_Area(ST_Transform(g, 4326)::geography) FROM red_line_land), 0) AS land_m2,
       coalesce((SELECT ST_Area(ST_Transform(ST_Union(g), 4326)::geography) FROM red_line_parts WHERE zone = 'sea'), 0) AS sea_m2;
