/**
 * The walking-network coverage computed by PostGIS + pgRouting, step by step as the engine's method: network
 * edges (already split, with node ids) and parks in a local transverse Mercator with the engine's centre; access
 * zones `ST_Buffer(park, accessM, 'quad_segs=64')`; edges cut at the zones (`ST_Intersection`, positions by
 * `ST_LineLocatePoint`); one `pgr_drivingDistance` from a virtual source joined to both ends of every cut edge
 * with cost (Rmax − park radius) + the distance to the zone, so each park walks its own radius; partial edges by
 * `ST_LineSubstring`; `ST_Buffer(walkBufferM, 'quad_segs=16')`, `ST_Union`, `ST_Intersection` with the parcels,
 * areas on the ellipsoid. Only the overall figure (every park at its own radius).
 */
import type { FeatureCollection } from "geojson";
import { writeTsv, type PostgisCluster } from "../bench-coverage/postgis-cluster";

const LOCAL_SRID = 990002;

export interface NetworkScene {
  residential: FeatureCollection;
  parks: FeatureCollection;
  /** LineString edges with `fromNodeId`, `toNodeId` and optionally `lengthM`. */
  network: FeatureCollection;
}

export interface PgroutingResult {
  ratio: number;
  residentialAreaM2: number;
  coveredAreaM2: number;
  /** Wall time of the computation (loading excluded), ms. */
  ms: number;
}

/** Loads the scene into fresh tables (untimed); `centre` is the engine's projection centre (residential bbox centre). */
export function loadNetworkScene(cluster: PostgisCluster, scene: NetworkScene, centre: [number, number]): void {
  const [lon, lat] = centre;
  cluster.sql(`
    CREATE EXTENSION IF NOT EXISTS pgrouting;
    DROP TABLE IF EXISTS n_parcels, n_parks, n_edges;
    DELETE FROM spatial_ref_sys WHERE srid = ${LOCAL_SRID};
    INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, proj4text)
      VALUES (${LOCAL_SRID}, 'shanhai', ${LOCAL_SRID}, '+proj=tmerc +lat_0=${lat} +lon_0=${lon} +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs');
    CREATE TABLE n_parcels (id int, j text);
    CREATE TABLE n_parks (id int, j text);
    CREATE TABLE n_edges (id bigint, src bigint, dst bigint, declared float8, j text);`);
  const rows = (collection: FeatureCollection) => collection.features.map((f, i) => `${i}\t${JSON.stringify(f.geometry)}`);
  cluster.copy("n_parcels", "id, j", writeTsv(cluster, "n_parcels.tsv", rows(scene.residential)));
  cluster.copy("n_parks", "id, j", writeTsv(cluster, "n_parks.tsv", rows(scene.parks)));
  // An edge end without a node id (cut at the clip boundary) is a node of its own, as in the engine.
  const nodeId = (id: unknown, fresh: number) => (id === undefined || id === null ? -fresh : id);
  const edgeRows = scene.network.features.map((f, i) => {
    const declared = Number(f.properties?.lengthM);
    return `${i + 1}\t${nodeId(f.properties?.fromNodeId, 2 * i + 1)}\t${nodeId(f.properties?.toNodeId, 2 * i + 2)}\t${Number.isFinite(declared) && declared > 0 ? declared : "\\N"}\t${JSON.stringify(f.geometry)}`;
  });
  cluster.copy("n_edges", "id, src, dst, declared, j", writeTsv(cluster, "n_edges.tsv", edgeRows));
  cluster.sql(`
    ALTER TABLE n_parcels ADD COLUMN geom geometry, ADD COLUMN g geometry;
    UPDATE n_parcels SET geom = ST_SetSRID(ST_GeomFromGeoJSON(j), 4326);
    UPDATE n_parcels SET g = ST_Transform(geom, ${LOCAL_SRID});
    CREATE INDEX ON n_parcels USING gist (g);
    ALTER TABLE n_parks ADD COLUMN geom geometry;
    UPDATE n_parks SET geom = ST_SetSRID(ST_GeomFromGeoJSON(j), 4326);
    ALTER TABLE n_edges ADD COLUMN geom geometry, ADD COLUMN g geometry, ADD COLUMN len float8;
    UPDATE n_edges SET geom = ST_SetSRID(ST_GeomFromGeoJSON(j), 4326);
    UPDATE n_edges SET g = ST_Transform(geom, ${LOCAL_SRID}), len = coalesce(declared, ST_Length(geom::geography));
    CREATE INDEX ON n_edges USING gist (g);
    VACUUM ANALYZE n_parcels; VACUUM ANALYZE n_edges;`);
}

/** Computes the overall walking coverage (timed) under rule-set classes (ascending minimum area). */
export function pgroutingNetworkCoverage(
  cluster: PostgisCluster,
  classes: readonly { minAreaM2: number; radiusM: number }[],
  accessM: number,
  walkBufferM: number,
  timeoutS: number,
): PgroutingResult {
  const radius = `CASE ${[...classes]
    .reverse()
    .map((c) => `WHEN area >= ${c.minAreaM2} THEN ${c.radiusM}`)
    .join(" ")} END`;
  const start = performance.now();
  const out = cluster.sql(`
    SET statement_timeout = '${timeoutS}s';
    CREATE TEMP TABLE pk AS
      SELECT id, ST_Transform(geom, ${LOCAL_SRID}) AS g, ${radius}::float8 AS r
      FROM (SELECT id, geom, ST_Area(geom::geography) AS area FROM n_parks WHERE GeometryType(geom) IN ('POLYGON', 'MULTIPOLYGON')) s;
    DELETE FROM pk WHERE r IS NULL;
    CREATE TEMP TABLE zone AS SELECT id, r, ST_Buffer(g, ${accessM}, 'quad_segs=64') AS z FROM pk;
    CREATE INDEX ON zone USING gist (z);
    CREATE TEMP TABLE seeds AS
      SELECT e.id AS edge, e.src, e.dst, e.len, e.g AS eg, z.r, (ST_Dump(ST_Intersection(e.g, z.z))).geom AS piece
      FROM n_edges e JOIN zone z ON ST_Intersects(e.g, z.z) WHERE e.len > 0;
    DELETE FROM seeds WHERE GeometryType(piece) <> 'LINESTRING';
    CREATE TEMP TABLE cut AS
      SELECT edge, src, dst, len, r,
        least(ST_LineLocatePoint(eg, ST_StartPoint(piece)), ST_LineLocatePoint(eg, ST_EndPoint(piece))) AS a,
        greatest(ST_LineLocatePoint(eg, ST_StartPoint(piece)), ST_LineLocatePoint(eg, ST_EndPoint(piece))) AS b
      FROM seeds;
    CREATE TEMP TABLE consts AS SELECT coalesce((SELECT max(r) FROM cut), 0) AS rmax,
      (SELECT least(min(src), min(dst)) - 1 FROM n_edges) AS s, (SELECT max(id) FROM n_edges) AS maxid;
    CREATE TEMP TABLE routing AS
      SELECT id, src AS source, dst AS target, len AS cost, len AS reverse_cost FROM n_edges WHERE len > 0
      UNION ALL SELECT maxid + 2 * k - 1, s, src, rmax - r + a * len, -1 FROM (SELECT row_number() OVER () AS k, * FROM cut) c, consts
      UNION ALL SELECT maxid + 2 * k, s, dst, rmax - r + (1 - b) * len, -1 FROM (SELECT row_number() OVER () AS k, * FROM cut) c, consts;
    CREATE TEMP TABLE dd AS
      SELECT d.node, c.rmax - d.agg_cost AS rem
      FROM consts c, pgr_drivingDistance('SELECT id, source, target, cost, reverse_cost FROM routing', c.s, c.rmax, true) d
      WHERE d.node <> c.s;
    CREATE TEMP TABLE stretch AS
      SELECT e.id, 0::float8 AS f0, least(1, d.rem / e.len) AS f1 FROM n_edges e JOIN dd d ON d.node = e.src WHERE d.rem > 0 AND e.len > 0
      UNION ALL SELECT e.id, greatest(0, 1 - d.rem / e.len), 1 FROM n_edges e JOIN dd d ON d.node = e.dst WHERE d.rem > 0 AND e.len > 0
      UNION ALL SELECT edge, greatest(0, a - r / len), least(1, b + r / len) FROM cut;
    CREATE TEMP TABLE cover AS
      SELECT (ST_Dump(ST_Subdivide(ST_Union(ST_Buffer(ST_LineSubstring(e.g, s.f0, s.f1), ${walkBufferM}, 'quad_segs=16')), 256))).geom AS g
      FROM stretch s JOIN n_edges e ON e.id = s.id WHERE s.f1 > s.f0;
    CREATE INDEX ON cover USING gist (g);
    SELECT (SELECT sum(ST_Area(geom::geography)) FROM n_parcels) || '|' ||
      (SELECT coalesce(sum(ST_Area(ST_Transform(ST_Intersection(p.g, c.g), 4326)::geography)), 0)
         FROM n_parcels p JOIN cover c ON ST_Intersects(p.g, c.g));
    DROP TABLE pk, zone, seeds, cut, consts, routing, dd, stretch, cover;`);
  const ms = performance.now() - start;
  const [residentialAreaM2, coveredAreaM2] = out.trim().split("|").map(Number) as [number, number];
  return { ratio: coveredAreaM2 / residentialAreaM2, residentialAreaM2, coveredAreaM2, ms };
}
