-- EAEU trade with partners outside the union: each partner (a country, or a group with no ISO code), by period
SELECT p.place AS partner, f.period, f.amount, f.number, f.change, f.line
FROM corpus.fact f
JOIN corpus.fact_place p ON p.fact_id = f.id
WHERE f.indicator = 'trade_turnover' AND 'EAEU' = ANY (f.places) AND f.period IS NOT NULL
  AND p.place <> 'EAEU'
  AND NOT EXISTS (SELECT FROM corpus.place u WHERE u.code = 'EAEU' AND p.place = ANY (u.members))
ORDER BY partner, f.period, f.line;
