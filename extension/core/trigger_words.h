/*
 * trigger_words.h
 *		The words a mention or its qualifier can start with.
 *
 * The scanner passes over any other word without trying its rules, which is
 * what keeps the pass fast on ordinary prose.  It looks a word up here by
 * binary search, after a filter of these words' hashes has let it through;
 * make builds that filter from this list (gen/trigger_filter.c writes
 * trigger_filter.h), and refuses a list that is not lower case and sorted.
 * Included by scan.c and by that generator only.
 */
#ifndef EC_TRIGGER_WORDS_H
#define EC_TRIGGER_WORDS_H

static const char *const trigger_words[] = {
	"a", "about", "above", "after", "almost", "an", "approach",
	"approached", "approaches", "approaching", "approximately", "apr",
	"april", "around", "as", "at", "aug", "august", "autumn", "before",
	"beginning", "below", "between", "br", "by", "cannot", "close",
	"coming", "comparable", "corresponding", "current", "dec", "december",
	"double", "doubled", "early", "eight", "eighteen", "eightfold",
	"eighty", "eleven", "end", "exceed", "exceeded", "exceeding", "exceeds",
	"fall", "feb", "february", "fifteen", "fifty", "first", "fiscal",
	"five", "fivefold", "following", "forty", "four", "fourfold",
	"fourteen", "fourth", "from", "fy", "half", "i", "ii", "iii", "in",
	"iv", "jan", "january", "jul", "july", "jun", "june", "just", "last",
	"late", "less", "mar", "march", "may", "mid", "middle", "more",
	"nearly", "next", "nine", "ninefold", "nineteen", "ninety", "no", "not",
	"nov", "november", "oct", "october", "one", "over", "past", "preceding",
	"previous", "prior", "quadrupled", "respective", "roughly", "same",
	"second", "sep", "sept", "september", "seven", "sevenfold", "seventeen",
	"seventy", "since", "six", "sixfold", "sixteen", "sixty", "some",
	"spring", "start", "starting", "summer", "ten", "tenfold", "tg", "the",
	"third", "thirteen", "thirty", "this", "three", "threefold", "through",
	"till", "triple", "tripled", "twelve", "twenty", "twice", "two",
	"twofold", "u", "under", "until", "up", "us", "winter",
};

#endif							/* EC_TRIGGER_WORDS_H */
