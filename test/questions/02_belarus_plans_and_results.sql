-- Belarus's plans and what came of them: each target amount beside the latest result for the same indicator and partners
SELECT t.indicator, t.places, t.period AS for_period, t.amount AS target, t.line,
	r.period AS latest_result_for, r.amount AS result, r.line AS result_line
FROM corpus.fact t
LEFT JOIN LATERAL (SELECT a.period, a.amount, a.line FROM corpus.fact a
	WHERE a.status = 'actual' AND a.kind = 'amount' AND a.indicator = t.indicator
	  AND a.places = t.places AND a.period IS NOT NULL
	ORDER BY a.period DESC, a.line LIMIT 1) r ON true
WHERE t.status = 'target' AND t.kind = 'amount' AND t.places && '{BY}'
ORDER BY t.indicator, t.places, t.line;
