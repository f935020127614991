-- Ecological red line of one city in its local transverse Mercator (:srid), each polygon made valid when it is not,
-- with its zone from the `zone` column, trimmed and lower-cased: sea (sea, marine, 海, 海域, 海洋), land (land, 陆,
-- 陆域, 陆地) or unknown (anything else, or none).
CREATE TEMP TABLE red_line_parts AS
SELECT CASE WHEN z IN ('sea', 'marine', '海', '海域', '海洋') THEN 'sea'
            WHEN z IN ('land', '陆', '陆域', '陆地') THEN 'land'
            ELSE 'unknown' END AS zone,
       ST_CollectionExtract(CASE WHEN ST_IsValid(g) THEN g ELSE ST_MakeValid(g) END, 3) AS g
FROM (SELECT lower(btrim(coalesce(zone::text, ''), E' \t\n\r\f' || chr(11) || chr(160) || chr(12288) || chr(65279))) AS z,
             ST_Transform(geom, :srid) AS g
      FROM {{redLine}}
      WHERE GeometryType(geom) IN ('POLYGON', 'MULTIPOLYGON')) AS projected;
