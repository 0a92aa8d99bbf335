/*
 * progress.h
 *		The one-line display of a long run on standard error: documents, MB,
 *		rate and failures so far, and the stage of a long document.  Every
 *		message of a run goes out through ecl_say(), which takes the line
 *		away first, so that no message is printed over it.
 */
#ifndef ECL_PROGRESS_H
#define ECL_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* --progress, --no-progress, or neither: on when standard error is a terminal */
typedef enum ProgressMode
{
	PROGRESS_AUTO,
	PROGRESS_ALWAYS,
	PROGRESS_NEVER
} ProgressMode;

/* The display starts once a run has gone on this long (seconds) */
#define PROGRESS_AFTER 1.0

extern void ecl_progress_begin(ProgressMode mode, bool quiet);

/* Seconds on a clock that only goes forward */
extern double ecl_now_seconds(void);

/* A document done (failed: not loaded), of bytes bytes of text. */
extern void ecl_progress_document(size_t bytes, bool failed);

/* What a long document is at ("parsing", "loading"); NULL when it is done. */
extern void ecl_progress_stage(const char *path, const char *stage);

/* The run's last line (when the display was shown, or asked for), then nothing more. */
extern void ecl_progress_end(void);

/* Take the display off the terminal, for output that is not ecl_say()'s. */
extern void ecl_progress_hide(void);

/* fprintf(out, ...), with the display taken off the terminal first. */
extern void ecl_say(FILE *out, const char *fmt,...) __attribute__((format(printf, 2, 3)));

#endif							/* ECL_PROGRESS_H */
