-- The city's local transverse Mercator (+proj=tmerc at the centre of its residential land, scale 1 on the central
-- meridian) as a spatial reference system numbered for this connection (:srid), so that PostGIS builds the
-- projection once and caches it. The city's transaction is rolled back at its end, which removes it again.
DELETE FROM spatial_ref_sys WHERE srid = :srid;
INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, proj4text) VALUES (:srid, 'shanhai', :srid, :proj);
