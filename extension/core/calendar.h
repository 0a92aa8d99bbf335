/*
 * calendar.h
 *		Proleptic Gregorian dates as day numbers, with PostgreSQL's epoch.
 *
 * A day number counts days from 2000-01-01, which is exactly PostgreSQL's
 * DateADT, so the glue passes day numbers to and from the server unchanged.
 */
#ifndef EC_CALENDAR_H
#define EC_CALENDAR_H

#include <stdbool.h>
#include <stdint.h>

#define EC_YEAR_MIN 1
#define EC_YEAR_MAX 9999

static inline bool
ec_is_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

extern int	ec_days_in_month(int year, int month);

/* Day number of a valid date. */
extern int32_t ec_day_number(int year, int month, int day);

/* The date of a day number. */
extern void ec_civil(int32_t day_number, int *year, int *month, int *day);

/* Is (year, month, day) a real date within EC_YEAR_MIN..EC_YEAR_MAX? */
extern bool ec_date_valid(int year, int month, int day);

#endif							/* EC_CALENDAR_H */
