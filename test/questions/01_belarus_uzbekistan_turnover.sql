-- Belarus-Uzbekistan trade turnover by period: the levels, with their source line
SELECT period, amount, qualifier, line
FROM corpus.fact
WHERE indicator = 'trade_turnover' AND places = '{BY,UZ}' AND kind = 'amount' AND period IS NOT NULL
ORDER BY period, line;
