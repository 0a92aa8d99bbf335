-- Every USD figure above $100 million for 2021, largest first, with the source to check it at
SELECT line, text, indicator, places, source_url
FROM corpus.fact_flat
WHERE currency = 'USD' AND value > 100000000
  AND start_date >= '2021-01-01' AND end_date <= '2021-12-31'
ORDER BY value DESC, line
LIMIT 8;
