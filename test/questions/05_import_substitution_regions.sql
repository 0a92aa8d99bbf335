-- Import substitution by Belarusian region in 2022
SELECT region, amount, qualifier, text, line
FROM corpus.fact, unnest(places) AS region
WHERE indicator = 'import_substitution' AND region LIKE 'BY-%'
  AND period && '2022' AND kind = 'amount'
ORDER BY region, line;
