-- The district names in layer order.
SELECT name FROM districts ORDER BY district;
