-- Exports that touch Kazakhstan, by period: who exports (origin) and who buys (destination), so that Kazakhstan's own exports are told from exports to it
SELECT period, origin, destination, amount, number, change, line
FROM corpus.fact
WHERE indicator = 'exports' AND (origin && '{KZ}' OR destination && '{KZ}') AND period IS NOT NULL
ORDER BY period, line;
