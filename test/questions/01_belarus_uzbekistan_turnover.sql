-- Belarus-Uzbekistan trade turnover by period: the results, with their source line (plans and forecasts left out)
SELECT period, amount, qualifier, line
FROM corpus.fact
WHERE indicator = 'trade_turnover' AND places = '{BY,UZ}' AND kind = 'amount' AND period IS NOT NULL
  AND status = 'actual'
ORDER BY period, line;
