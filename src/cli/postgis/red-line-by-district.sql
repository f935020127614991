-- Per district in layer order: its ellipsoidal area and that of the land red line inside it, in m².
SELECT d.district,
       ST_Area(ST_Transform(d.g, 4326)::geography) AS district_m2,
       coalesce(ST_Area(ST_Transform(ST_CollectionExtract(ST_Intersection(l.g, d.g), 3), 4326)::geography), 0) AS land_m2
FROM districts d CROSS JOIN red_line_land l
ORDER BY d.district;
