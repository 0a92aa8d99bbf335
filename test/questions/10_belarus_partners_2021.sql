-- Belarus's partners in 2021: the largest bilateral turnover and export figure given for each
SELECT partner,
       max(amount) FILTER (WHERE indicator = 'trade_turnover') AS turnover,
       max(amount) FILTER (WHERE indicator = 'exports') AS exports
FROM corpus.fact, unnest(places) AS partner
WHERE places @> '{BY}' AND cardinality(places) = 2 AND partner <> 'BY'
  AND period = '2021' AND kind = 'amount'
GROUP BY partner
ORDER BY turnover DESC NULLS LAST;
