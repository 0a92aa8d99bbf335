/*
 * core_fuzz.c
 *		libFuzzer harness for the parsing core: the amount and period input
 *		parsers (whatever parses must print and parse back to itself) and the
 *		mention scanner.  Built and run by `make fuzz`.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "amount.h"
#include "period.h"
#include "scan.h"

static void
sink(const EcMention *m, void *arg)
{
	char		buf[EC_PERIOD_BUFLEN];

	if (m->kind == EC_MENTION_PERIOD && m->has_period)
		ec_period_format(&m->period, buf);
}

static bool
anchor(size_t pos, int *year, void *arg)
{
	*year = 2021;
	return true;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = malloc(size ? size : 1);	/* exactly size bytes: no NUL */
	EcAmount	a,
				a2;
	EcAmountError ae;
	EcPeriod	p,
				p2;
	EcPeriodError pe;
	char		buf[EC_AMOUNT_BUFLEN > EC_PERIOD_BUFLEN ? EC_AMOUNT_BUFLEN : EC_PERIOD_BUFLEN];
	EcScanHooks hooks = {sink, anchor, NULL, NULL};

	memcpy(s, data, size);
	if (ec_amount_parse(s, size, &a, &ae) == EC_AMOUNT_OK)
	{
		ec_amount_format(&a, buf);
		if (ec_amount_parse(buf, strlen(buf), &a2, &ae) != EC_AMOUNT_OK ||
			a2.value != a.value || a2.currency != a.currency)
			abort();
	}
	if (ec_period_parse(s, size, true, 2021, &p, &pe) == EC_PERIOD_OK)
	{
		if (!ec_period_valid(&p))
			abort();
		ec_period_format(&p, buf);
		if (ec_period_parse(buf, strlen(buf), false, 0, &p2, &pe) != EC_PERIOD_OK ||
			p2.start != p.start || p2.end != p.end || p2.grain != p.grain || p2.mod != p.mod)
			abort();
	}
	ec_scan(s, size, &hooks);
	free(s);
	return 0;
}
