-- What the book says about the first half of 2021: figures whose period overlaps it, by indicator
SELECT indicator, count(*) AS figures,
       count(*) FILTER (WHERE change = 'increase') AS increases,
       count(DISTINCT line) AS lines
FROM corpus.fact
WHERE period && '2021-H1'
GROUP BY indicator
ORDER BY figures DESC, indicator
LIMIT 6;
