-- The sources the figures come from most
SELECT n.number, n.year, left(n.title, 60) AS title, count(*) AS figures
FROM corpus.fact f
JOIN corpus.footnote n ON n.document_id = f.document_id AND n.number = f.footnote_number
GROUP BY n.number, n.year, n.title
ORDER BY figures DESC, n.number
LIMIT 5;
