-- Park counts and area: every park, the parks reaching the rule set's smallest class (:min_area_m2), their
-- total ellipsoidal area in m².
SELECT count(*) AS count,
       count(*) FILTER (WHERE area_m2 >= :min_area_m2) AS counted_count,
       coalesce(sum(area_m2), 0) AS area_m2
FROM park_records;
