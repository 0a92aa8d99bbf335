-- Growth of mutual trade in the CIS and the EAEU: every percentage increase of the unions' own turnover (trade with partners outside left out)
SELECT period, number AS per_cent, places, line
FROM corpus.fact
WHERE indicator = 'trade_turnover' AND kind = 'percent' AND change = 'increase'
  AND places <@ '{CIS,EAEU}' AND places <> '{}' AND groups = '{}' AND period IS NOT NULL
ORDER BY period, line;
