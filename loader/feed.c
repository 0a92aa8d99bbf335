/*
 * feed.c
 *		A file of records (JSONL, CSV) through the pipeline: each record a
 *		document of its own, parsed as plain text and loaded in its own
 *		transaction.  A bad record is named on standard error with its line
 *		and number, and the others load.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "name.h"
#include "pipeline_int.h"
#include "records.h"

/* What a file's records came to. */
typedef struct FeedCounts
{
	int			loaded,
				replaced,
				unchanged,
				failed;
} FeedCounts;

/* A record's digest: its fields with their names, so that a changed date or title loads it again. */
static void
record_digest(const Record *rec, char *hex)
{
	Text		all = {0};

	for (int k = 0; k < NFIELDS; k++)
	{
		ecl_text_append(&all, ecl_record_field_names[k], strlen(ecl_record_field_names[k]) + 1);
		if (rec->field[k])
			ecl_text_append(&all, rec->field[k], strlen(rec->field[k]) + 1);
		else
			ecl_text_append(&all, "\xFF", 1);	/* absent, unlike "" */
	}
	if (rec->extra.len)
		ecl_text_append(&all, rec->extra.data, rec->extra.len);
	if (!ecl_sha256_hex(all.data, all.len, hex))
		abort();
	free(all.data);
}

/* " record 12 (id \"abc\")" for messages, into buf */
static const char *
record_name(const Record *rec, char *buf, size_t len)
{
	char	   *id = rec->field[FIELD_ID] ? ecl_name_escaped(rec->field[FIELD_ID], true) : NULL;

	if (id)
		snprintf(buf, len, ":%d: record %d (id \"%.60s\")", rec->line, rec->number, id);
	else
		snprintf(buf, len, ":%d: record %d", rec->line, rec->number);
	free(id);
	return buf;
}

/* One good record: parsed and loaded.  Its exit code. */
static int
load_record(Pipeline *pl, const char *path, const char *key, Record *rec, FeedCounts *counts)
{
	const LoaderOptions *opts = pl->opts;
	Document	doc = {0};
	char		what[200];
	char		label[1400];
	char		err[2048];
	LoadOutcome outcome;
	LoadResult	result;
	int			code = 0;

	record_name(rec, what, sizeof(what));
	/* what the checks of the text say names the record, "FILE:LINE: record N ..." */
	snprintf(label, sizeof(label), "%s%s", path, what);
	if (ecl_source_from_text(label, rec->field[FIELD_TEXT], rec->text_len, &doc.src, err,
							 sizeof(err)) != 0)
	{
		ecl_say(stderr, "econtext-load: %s\n", err);
		counts->failed++;
		ecl_source_free(&doc.src);
		return EXIT_INPUT;
	}
	record_digest(rec, doc.src.sha256);
	doc.path = path;
	doc.key = key;
	doc.name = key ? ecl_base_name(key) : NULL;
	doc.meta.kind = DOCUMENT_RECORD;
	doc.meta.record_id = rec->field[FIELD_ID];
	doc.meta.record_line = rec->line;
	memcpy(doc.meta.published, rec->date, sizeof(doc.meta.published));
	doc.meta.title = rec->field[FIELD_TITLE];
	doc.meta.url = rec->field[FIELD_URL];
	doc.meta.lang = rec->field[FIELD_LANG];
	doc.meta.source = rec->field[FIELD_SOURCE];
	doc.meta.extra = rec->extra.len ? rec->extra.data : NULL;
	ecl_pipeline_parse(&doc);
	if (opts->verbose)
		for (int k = 0; k < doc.book.n_issues; k++)
			ecl_say(stderr, "%s%s: line %d of its text: %s: %s\n", path, what,
					doc.book.issues[k].line, doc.book.issues[k].code,
					doc.book.issues[k].message);
	if (opts->dry_run)
		counts->loaded++;
	else if ((code = ecl_pipeline_load(pl, &doc, what, &outcome, &result)) != 0)
		counts->failed++;
	else
	{
		if (outcome == LOAD_UNCHANGED)
			counts->unchanged++;
		else if (outcome == LOAD_REPLACED)
			counts->replaced++;
		else
			counts->loaded++;
		if (opts->verbose && outcome != LOAD_UNCHANGED)
			ecl_say(stderr, "%s%s: %s as document %ld\n", path, what,
					outcome == LOAD_NEW ? "loaded" : "changed, replaced", result.document_id);
	}
	ecl_book_free(&doc.book);
	ecl_source_free(&doc.src);
	return code;
}

int
ecl_pipeline_records(Pipeline *pl, const char *file, const char *path, InputFormat format)
{
	const LoaderOptions *opts = pl->opts;
	double		started = ecl_now_seconds();
	RecordReader r;
	Record		rec = {0};
	FeedCounts	counts = {0};
	char		err[2048];
	char	   *key = NULL;
	int			status = 0,
				code;

	if (!ecl_records_open(&r, file, path, format == FORMAT_JSONL ? RECORDS_JSONL : RECORDS_CSV,
						  err, sizeof(err)))
	{
		ecl_say(stderr, "econtext-load: %s\n", err);
		ecl_records_close(&r, &rec);
		return EXIT_INPUT;
	}
	/* the server's encoding decides how positions count before a record is read */
	if (!opts->dry_run && (code = ecl_pipeline_connect(pl)) != 0)
	{
		ecl_records_close(&r, &rec);
		return code;
	}
	if (!opts->dry_run && (key = ecl_pipeline_key(pl, file, path)) == NULL)
	{
		ecl_records_close(&r, &rec);
		return EXIT_INPUT;
	}
	while (ecl_records_next(&r, &rec, err, sizeof(err)))
	{
		char		what[200];

		if (rec.error[0])
		{
			ecl_say(stderr, "econtext-load: %s%s: %s; not loaded\n", path,
					record_name(&rec, what, sizeof(what)), rec.error);
			counts.failed++;
			code = EXIT_INPUT;
		}
		else
			code = load_record(pl, path, key, &rec, &counts);
		ecl_progress_document(rec.text_len, code != 0);
		if (code > status)
			status = code;
		/* the server went away: the records after this one wait for another run */
		if (!opts->dry_run && pl->conn == NULL)
			break;
	}
	if (err[0])
	{
		ecl_say(stderr, "econtext-load: %s\n", err);
		status = status > EXIT_INPUT ? status : EXIT_INPUT;
	}
	if (!opts->quiet && opts->dry_run)
		ecl_say(stdout, "%s: %d records, %d read, %d bad (dry run, nothing loaded)\n",
			   path, r.number, counts.loaded, counts.failed);
	else if (!opts->quiet)
		ecl_say(stdout, "%s: %d records: %d loaded, %d replaced, %d unchanged, %d failed in %.2f s\n",
			   path, r.number, counts.loaded, counts.replaced, counts.unchanged, counts.failed,
			   ecl_now_seconds() - started);
	free(key);
	ecl_records_close(&r, &rec);
	return status;
}
