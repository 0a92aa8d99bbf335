/*
 * progress.c
 *		The one-line display of a long run on standard error.  On a terminal
 *		the line is redrawn in place ("\r", erase to the end of the line) at
 *		most five times a second; told to show it elsewhere (--progress into
 *		a file), a line is written once a second, as pg_basebackup does.
 */
#include "progress.h"

#include <stdarg.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

static struct
{
	bool		enabled;
	bool		asked;			/* --progress: the last line in any case */
	bool		terminal;		/* redraw in place */
	bool		shown;			/* a line is on the terminal now */
	bool		ever_shown;
	double		started;
	double		drawn;			/* when the line was last written */
	long		documents;
	long		failed;
	double		bytes;
	const char *path;			/* a long document's stage, or NULL */
	const char *stage;
}			P;

double
ecl_now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

void
ecl_progress_begin(ProgressMode mode, bool quiet)
{
	memset(&P, 0, sizeof(P));
	P.terminal = isatty(STDERR_FILENO);
	P.asked = mode == PROGRESS_ALWAYS;
	P.enabled = P.asked || (mode == PROGRESS_AUTO && P.terminal && !quiet);
	P.started = ecl_now_seconds();
}

/* The columns of the terminal, less one so that the cursor stays on the line */
static size_t
line_width(void)
{
	struct winsize ws;

	if (P.terminal && ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20)
		return ws.ws_col - 1;
	return 79;
}

static void
draw(double t, bool last)
{
	char		line[512];
	double		elapsed = t - P.started;
	size_t		len,
				width = line_width();

	len = snprintf(line, sizeof(line), "econtext-load: %ld document%s, %.1f MB, %.0f/s, %ld failed",
				   P.documents, P.documents == 1 ? "" : "s", P.bytes / 1e6,
				   elapsed > 0 ? P.documents / elapsed : 0.0, P.failed);
	if (last)
		len += snprintf(line + len, sizeof(line) - len, " in %.1f s", elapsed);
	else if (P.path && len < sizeof(line))
		len += snprintf(line + len, sizeof(line) - len, "; %s: %s", P.path, P.stage);
	if (len >= sizeof(line))
		len = sizeof(line) - 1;
	/* a terminal's line is cut to its width, at a character's first byte */
	if (P.terminal && len > width)
	{
		len = width;
		while (len > 0 && ((unsigned char) line[len] & 0xC0) == 0x80)
			len--;
	}
	fprintf(stderr, "%s%.*s%s", P.terminal ? "\r\033[K" : "", (int) len, line,
			P.terminal && !last ? "" : "\n");
	P.shown = P.terminal && !last;
	P.ever_shown = true;
	P.drawn = t;
}

static void
update(void)
{
	double		t;

	if (!P.enabled)
		return;
	t = ecl_now_seconds();
	if (t - P.started >= PROGRESS_AFTER && t - P.drawn >= (P.terminal ? 0.2 : 1.0))
		draw(t, false);
}

void
ecl_progress_document(size_t bytes, bool failed)
{
	P.documents++;
	P.failed += failed;
	P.bytes += bytes;
	P.path = NULL;
	update();
}

void
ecl_progress_stage(const char *path, const char *stage)
{
	P.path = path;
	P.stage = stage;
	if (path)
		update();
}

void
ecl_progress_end(void)
{
	if (P.enabled && (P.ever_shown || P.asked))
		draw(ecl_now_seconds(), true);
	P.enabled = false;
}

void
ecl_progress_hide(void)
{
	if (P.shown)
	{
		fputs("\r\033[K", stderr);
		P.shown = false;
	}
}

void
ecl_say(FILE *out, const char *fmt,...)
{
	va_list		ap;

	ecl_progress_hide();
	va_start(ap, fmt);
	vfprintf(out, fmt, ap);
	va_end(ap);
}
