/*
 * test_text.c
 *		The core's character tests (text.h), which the parsers and the
 *		loader use instead of <ctype.h>: each answers for every byte as
 *		<ctype.h> does in the C locale, the one the loader has always run in.
 */
#include "unit.h"

#include <ctype.h>

#include "text.h"

void
test_text(void)
{
	int			wrong = 0;

	/* the C locale: run_tests calls no setlocale() */
	for (int c = 0; c < 256; c++)
		wrong += ec_is_digit(c) != (isdigit(c) != 0) ||
			ec_is_upper(c) != (isupper(c) != 0) ||
			ec_is_lower(c) != (islower(c) != 0) ||
			ec_is_alpha(c) != (isalpha(c) != 0) ||
			ec_is_alnum(c) != (isalnum(c) != 0) ||
			ec_is_space(c) != (isspace(c) != 0) ||
			ec_lower(c) != tolower(c);
	CHECK(wrong == 0, "the character tests answer as <ctype.h> in the C locale (%d bytes differ)", wrong);
}
