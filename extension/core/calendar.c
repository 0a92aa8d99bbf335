/*
 * calendar.c
 *		Day numbers from and to civil dates.
 *
 * The conversions are Howard Hinnant's days_from_civil and civil_from_days,
 * which count in 400-year eras starting in March so that the leap day falls
 * at the end of the year.
 */
#include "calendar.h"

/* days from 0000-03-01 to 2000-01-01 */
#define EPOCH_SHIFT 730425

int
ec_days_in_month(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (month == 2 && ec_is_leap(year))
		return 29;
	return days[month - 1];
}

int32_t
ec_day_number(int year, int month, int day)
{
	int			y = year - (month <= 2);
	int			era = (y >= 0 ? y : y - 399) / 400;
	int			yoe = y - era * 400;
	int			doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
	int			doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return (int32_t) (era * 146097 + doe - EPOCH_SHIFT);
}

void
ec_civil(int32_t day_number, int *year, int *month, int *day)
{
	int64_t		z = (int64_t) day_number + EPOCH_SHIFT;
	int64_t		era = (z >= 0 ? z : z - 146096) / 146097;
	int			doe = (int) (z - era * 146097);
	int			yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int			doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int			mp = (5 * doy + 2) / 153;
	int			m = mp < 10 ? mp + 3 : mp - 9;

	*day = doy - (153 * mp + 2) / 5 + 1;
	*month = m;
	*year = (int) (yoe + era * 400) + (m <= 2);
}

bool
ec_date_valid(int year, int month, int day)
{
	return year >= EC_YEAR_MIN && year <= EC_YEAR_MAX &&
		month >= 1 && month <= 12 &&
		day >= 1 && day <= ec_days_in_month(year, month);
}
