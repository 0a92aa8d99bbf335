-- How the book speaks of each indicator: levels and changes, in per cent, times and money
SELECT indicator,
       count(*) FILTER (WHERE change IS NULL) AS levels,
       count(*) FILTER (WHERE change = 'increase') AS increases,
       count(*) FILTER (WHERE change = 'decrease') AS decreases,
       count(*) FILTER (WHERE kind = 'ratio') AS "times"
FROM corpus.fact
GROUP BY indicator
HAVING count(*) >= 5
ORDER BY count(*) DESC;
