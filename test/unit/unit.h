/*
 * unit.h
 *		A minimal test harness for the plain-C core: each check prints a TAP
 *		line; main() prints "N passed, N failed" and exits non-zero on any
 *		failure.
 */
#ifndef EC_UNIT_H
#define EC_UNIT_H

#include <stdbool.h>
#include <stdio.h>

extern int	unit_passed;
extern int	unit_failed;

extern void unit_check(bool ok, const char *file, int line, const char *fmt,...)
			__attribute__((format(printf, 4, 5)));

#define CHECK(cond, ...) unit_check((cond), __FILE__, __LINE__, __VA_ARGS__)

/* test groups, one per file */
extern void test_decimal(void);
extern void test_currency(void);
extern void test_amount(void);
extern void test_period(void);
extern void test_scan(void);
extern void test_scan_progress(void);
extern void test_text(void);
extern void test_facts(void);

#endif
