/*
 * scan.h
 *		Finding every amount, period, percentage and ratio in running text,
 *		with the rules of the annotation guide (shared/eval/ANNOTATION.md):
 *		the mention's words as written, its normalised value, the qualifier
 *		before it, and periods whose year comes from the text before them.
 */
#ifndef EC_SCAN_H
#define EC_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "decimal.h"
#include "period.h"

typedef enum EcMentionKind
{
	EC_MENTION_AMOUNT = 1,
	EC_MENTION_PERIOD,
	EC_MENTION_PERCENT,
	EC_MENTION_RATIO
} EcMentionKind;

typedef enum EcQualifier
{
	EC_QUAL_NONE = 0,
	EC_QUAL_APPROX,
	EC_QUAL_MORE_THAN,
	EC_QUAL_LESS_THAN,
	EC_QUAL_AT_LEAST,
	EC_QUAL_AT_MOST
} EcQualifier;

typedef struct EcMention
{
	EcMentionKind kind;
	size_t		start;			/* byte offsets of the words in the text */
	size_t		end;
	/* amount: currency and value; percent, ratio: the number (fixed point) */
	uint16_t	currency;
	ec_int128	value;
	ec_int128	high;
	bool		has_high;		/* a range: value is the low end */
	/* period */
	EcPeriod	period;
	bool		has_period;		/* false: its year could not be found */
	bool		context;		/* the year came from the text around it */
	EcQualifier qualifier;
	bool		points;			/* percentage points */
} EcMention;

typedef void (*EcMentionSink) (const EcMention *m, void *arg);

/*
 * The reference year for the text at byte pos (the year it was written in,
 * or the year of the source it cites); false when there is none.
 */
typedef bool (*EcAnchorFn) (size_t pos, int *year, void *arg);

/*
 * Report every mention in s[0, len) to sink, in order.  A period without a
 * year of its own takes the latest year written before it, else the
 * anchor's (also when the text's year is more than ten years from the
 * anchor's); a relative one ("last year") counts from that year.  anchor
 * may be NULL.  Linear in len.
 */
extern void ec_scan(const char *s, size_t len, EcAnchorFn anchor, void *anchor_arg,
					EcMentionSink sink, void *arg);

extern const char *ec_qualifier_name(int qualifier);

/* For tests: the i-th word a mention may start with, and the word filter. */
extern bool ec_scan_trigger_word(int i, const char **word);
extern bool ec_scan_trigger_filter_covers(const char *word);
extern const char *ec_mention_kind_name(int kind);

#endif							/* EC_SCAN_H */
