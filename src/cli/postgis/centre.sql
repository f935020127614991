-- Centre of the bounding box of the residential layer (the local projection's origin, as in the JS engine).
SELECT (ST_XMin(e) + ST_XMax(e)) / 2 AS lon, (ST_YMin(e) + ST_YMax(e)) / 2 AS lat
FROM (SELECT ST_Extent(geom)::geometry AS e FROM {{residential}}) AS extent;
