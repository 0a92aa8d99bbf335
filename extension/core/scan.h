/*
 * scan.h
 *		Finding every amount, period, percentage and ratio in running text,
 *		with the rules of the annotation guide (test/eval/README.md):
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

/* How sure a caller is of the year a text was written in */
typedef enum EcAnchor
{
	EC_ANCHOR_NONE = 0,			/* no reference year */
	EC_ANCHOR_GUESS,			/* a year the text speaks of, say the one it
								 * cites most */
	EC_ANCHOR_WRITTEN			/* the year of writing: a document's date, the
								 * date of the source a quotation cites */
} EcAnchor;

/*
 * The reference year for the text at byte pos, and its month when known
 * (at->month is 0 on entry), and how it was learnt.  Only a year of writing
 * resolves deictic words ("this year", "last month") over the years the
 * text names; a guess serves where the text names none.
 */
typedef EcAnchor (*EcAnchorFn) (size_t pos, EcYearMonth *at, void *arg);

/*
 * Called as the scan moves on, with how far it has read, at least once for
 * every EC_SCAN_PROGRESS_BYTES it reads on: the place for a caller to check
 * for cancellation (PostgreSQL's CHECK_FOR_INTERRUPTS() may leave the scan
 * by longjmp, as the scan holds no resources of its own).  Mentions that
 * start before pos may still be reported after it.
 */
typedef void (*EcProgressFn) (size_t pos, void *arg);

#define EC_SCAN_PROGRESS_BYTES 65536

/* What a scan reports to, and how it learns the year of the text. */
typedef struct EcScanHooks
{
	EcMentionSink mention;		/* each mention, in text order */
	EcAnchorFn	anchor;			/* or NULL: no reference year */
	EcProgressFn progress;		/* or NULL */
	void	   *arg;			/* passed to each of them */
} EcScanHooks;

/*
 * Report every mention in s[0, len) to hooks->mention, in order.  A period
 * without a year of its own ("in March", "the year before") takes the
 * latest year written before it, else the anchor's (also when the text's
 * year is more than ten years from the anchor's); an anaphoric one counts
 * from that year.  A deictic one ("this year", "last year") counts from the
 * year of writing when the anchor is one, else as an anaphoric one.
 *
 * Linear in len, whatever the text: a mention is read within
 * EC_SCAN_WINDOW bytes of where it starts, and no run of words is read
 * twice from each of its positions.
 */
#define EC_SCAN_WINDOW 1024

extern void ec_scan(const char *s, size_t len, const EcScanHooks *hooks);

extern const char *ec_qualifier_name(int qualifier);

/*
 * For tests: the i-th word a mention may start with, and the filter of
 * their hashes (EC_WORD_FILTER_LEN words of 64 bits, word_filter.h).
 */
extern bool ec_scan_trigger_word(int i, const char **word);
extern const uint64_t *ec_scan_trigger_filter(void);
extern const char *ec_mention_kind_name(int kind);

#endif							/* EC_SCAN_H */
