/**
 * The same park-coverage metric computed by PostGIS on the same synthetic city: parks buffered in a local
 * transverse Mercator (same centre as the engine) with `quad_segs=64`, ST_Union, ST_Subdivide, per-parcel
 * ST_Intersection; areas on the ellipsoid (geography). Rule set qingdao-300-500 (≥ 400 m² → 300 m, ≥ 1 ha → 500 m).
 * Greenway length: ST_Union after snapping to a 5 cm grid (the engine's dissolve tolerance), geography length.
 */
import type { FeatureCollection } from "geojson";
import type { SyntheticCity } from "../../src/analysis/synthetic/synthetic-city";
import { writeTsv, type PostgisCluster } from "./postgis-cluster";

export interface PostgisResult {
  ratio: number;
  residentialAreaM2: number;
  coveredAreaM2: number;
  greenwayLengthKm: number;
  /** Wall time of the coverage computation (loading and parcel indexing excluded). */
  ms: number;
}

const LOCAL_SRID = 990001;

/** Centre of the bounding box of a collection (the engine's projection centre for its residential layer). */
export function centre(collection: FeatureCollection): [number, number] {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === "number") {
      minX = Math.min(minX, value[0]);
      maxX = Math.max(maxX, value[0]);
      minY = Math.min(minY, value[1]);
      maxY = Math.max(maxY, value[1]);
      return;
    }
    value.forEach(visit);
  };
  for (const f of collection.features) if (f.geometry && "coordinates" in f.geometry) visit(f.geometry.coordinates);
  return [(minX + maxX) / 2, (minY + maxY) / 2];
}

/** Loads the city into fresh tables (untimed). */
export function loadCity(cluster: PostgisCluster, city: SyntheticCity): void {
  const [lon, lat] = centre(city.residential);
  const rows = (collection: FeatureCollection) => collection.features.map((f, i) => `${i}\t${JSON.stringify(f.geometry)}`);
  cluster.sql(`
    DROP TABLE IF EXISTS parcels, parks, greenways;
    DELETE FROM spatial_ref_sys WHERE srid = ${LOCAL_SRID};
    INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, proj4text)
      VALUES (${LOCAL_SRID}, 'shanhai', ${LOCAL_SRID}, '+proj=tmerc +lat_0=${lat} +lon_0=${lon} +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs');
    CREATE TABLE parcels (id int, j text);
    CREATE TABLE parks (id int, j text);
    CREATE TABLE greenways (id int, j text);`);
  cluster.copy("parcels", "id, j", writeTsv(cluster, "parcels.tsv", rows(city.residential)));
  cluster.copy("parks", "id, j", writeTsv(cluster, "parks.tsv", rows(city.parks)));
  cluster.copy("greenways", "id, j", writeTsv(cluster, "greenways.tsv", rows(city.greenways)));
  cluster.sql(`
    ALTER TABLE parcels ADD COLUMN geom geometry, ADD COLUMN g geometry;
    UPDATE parcels SET geom = ST_SetSRID(ST_GeomFromGeoJSON(j), 4326);
    UPDATE parcels SET g = ST_Transform(geom, ${LOCAL_SRID});
    CREATE INDEX ON parcels USING gist (g);
    ALTER TABLE parks ADD COLUMN geom geometry;
    UPDATE parks SET geom = ST_SetSRID(ST_GeomFromGeoJSON(j), 4326);
    ALTER TABLE greenways ADD COLUMN geom geometry;
    UPDATE greenways SET geom = ST_SetSRID(ST_GeomFromGeoJSON(j), 4326);
    VACUUM ANALYZE parcels; VACUUM ANALYZE parks;`);
}

/** Computes coverage (timed) and the dissolved greenway length (untimed). */
export function postgisCoverage(cluster: PostgisCluster, timeoutS: number): PostgisResult {
  const baselineStart = performance.now();
  cluster.sql("SELECT 1;");
  const baseline = performance.now() - baselineStart;
  const start = performance.now();
  const out = cluster.sql(`
    SET statement_timeout = '${timeoutS}s';
    CREATE TEMP TABLE cover AS
      WITH sized AS (SELECT geom, ST_Area(geom::geography) AS area FROM parks),
      buffered AS (
        SELECT ST_Buffer(ST_Transform(geom, ${LOCAL_SRID}), CASE WHEN area >= 10000 THEN 500 ELSE 300 END, 'quad_segs=64') AS g
        FROM sized WHERE area >= 400)
      SELECT (ST_Dump(ST_Subdivide(ST_Union(g), 256))).geom AS g FROM buffered;
    CREATE INDEX ON cover USING gist (g);
    SELECT (SELECT sum(ST_Area(geom::geography)) FROM parcels) || '|' ||
      (SELECT coalesce(sum(ST_Area(ST_Transform(ST_Intersection(p.g, c.g), 4326)::geography)), 0)
         FROM parcels p JOIN cover c ON ST_Intersects(p.g, c.g));`);
  const ms = performance.now() - start - baseline;
  const [residentialAreaM2 = NaN, coveredAreaM2 = NaN] = out.trim().split("|").map(Number);
  // Same dissolve tolerance as the engine (5 cm): snap in the local metric frame, union, measure on the ellipsoid.
  const greenwayLengthKm = Number(
    cluster
      .sql(`SELECT ST_Length(ST_Transform(ST_Union(ST_SnapToGrid(ST_Transform(geom, ${LOCAL_SRID}), 0.05)), 4326)::geography) / 1000 FROM greenways;`)
      .trim(),
  );
  return { ratio: coveredAreaM2 / residentialAreaM2, residentialAreaM2, coveredAreaM2, greenwayLengthKm, ms };
}
