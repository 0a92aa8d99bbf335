/*
 * run_tests.c
 *		Runs every unit test group of the plain-C core.
 */
#include "unit.h"

#include <stdarg.h>

int			unit_passed;
int			unit_failed;

void
unit_check(bool ok, const char *file, int line, const char *fmt,...)
{
	va_list		ap;

	printf("%s %d - ", ok ? "ok" : "not ok", unit_passed + unit_failed + 1);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	if (!ok)
		printf("  (%s:%d)", file, line);
	putchar('\n');
	if (ok)
		unit_passed++;
	else
		unit_failed++;
}

int
main(void)
{
	test_decimal();
	test_currency();
	test_amount();
	test_period();
	test_scan();
	test_scan_progress();
	test_text();
	test_facts();
	printf("1..%d\n", unit_passed + unit_failed);
	printf("%d passed, %d failed\n", unit_passed, unit_failed);
	return unit_failed == 0 ? 0 : 1;
}
