-- Shoreline length and its natural part with overlapping lines counted once: lines (and polygon boundaries) in the
-- local frame snapped to a 5 cm grid, dissolved (ST_Union), measured on the ellipsoid (geography), in km. Natural
-- is a `type` of natural, 自然 or 自然岸线 (trimmed, lower-cased).
WITH lines AS (
  SELECT ST_SnapToGrid(ST_Transform(CASE WHEN GeometryType(geom) IN ('POLYGON', 'MULTIPOLYGON') THEN ST_Boundary(geom) ELSE geom END, :srid), 0.05) AS g,
         lower(btrim(type::text, E' \t\n\r\f' || chr(11) || chr(160) || chr(12288) || chr(65279))) IN ('natural', '自然', '自然岸线') AS is_natural
  FROM {{shoreline}}
  WHERE GeometryType(geom) IN ('LINESTRING', 'MULTILINESTRING', 'POLYGON', 'MULTIPOLYGON')
)
SELECT coalesce(ST_Length(ST_Transform(ST_Union(g), 4326)::geography), 0) / 1000 AS length_km,
       coalesce(ST_Length(ST_Transform(ST_Union(g) FILTER (WHERE is_natural), 4326)::geography), 0) / 1000 AS natural_length_km
FROM lines;
