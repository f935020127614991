-- Greenway length with overlapping lines counted once: snapped to a 5 cm grid in the local frame, dissolved
-- (ST_Union), measured on the ellipsoid (geography), in km.
SELECT coalesce(ST_Length(ST_Transform(ST_Union(ST_SnapToGrid(g, 0.05)), 4326)::geography), 0) / 1000 AS length_km
FROM greenway_lines;
