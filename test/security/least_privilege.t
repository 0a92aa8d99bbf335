#!/usr/bin/env bash
# The loader as a role that owns its schema and nothing else: a superuser
# makes the database, the extension, the role (LOGIN, no CREATE on the
# database, none on public, no TEMP) and a schema it owns; the loader, as
# that role, loads the book, finds it unchanged the second time, and the role
# may do nothing outside its schema.  econtext_reader reads the three views of
# that schema and nothing else.  Prints TAP.
source "$(dirname "$0")/lib.sh"

S=sec_lp_$$
LOADER_ROLE=${S}_loader_role
DB=${S}_db
BARE=${S}_bare
SCHEMA=books
new_role "$LOADER_ROLE"
new_db "$DB"
new_db "$BARE"
# the careful DBA: nobody but the owner creates in public; the database is
# for those let in, without temporary tables
for db in "$DB" "$BARE"; do
	sq "$db" "REVOKE CREATE ON SCHEMA public FROM PUBLIC;
		REVOKE ALL ON DATABASE \"$db\" FROM PUBLIC;
		GRANT CONNECT ON DATABASE \"$db\" TO \"$LOADER_ROLE\";
		CREATE SCHEMA $SCHEMA AUTHORIZATION \"$LOADER_ROLE\""
done
sq "$DB" "CREATE EXTENSION econtext;
	CREATE TABLE public.secret (s text);
	INSERT INTO public.secret VALUES ('not for the loader')"
load() { PGPASSWORD=$PW $LOAD -U "$LOADER_ROLE" "$@"; }
counts() {
	sq "$DB" "SELECT (SELECT count(*) FROM $SCHEMA.document) || ' ' || (SELECT count(*) FROM $SCHEMA.paragraph)
		|| ' ' || (SELECT count(*) FROM $SCHEMA.footnote) || ' ' || (SELECT count(*) FROM $SCHEMA.mention)
		|| ' ' || (SELECT count(*) FROM $SCHEMA.fact)"
}

is "$(sq "$DB" "SELECT rolsuper OR rolcreatedb OR rolcreaterole OR rolbypassrls FROM pg_roles WHERE rolname = '$LOADER_ROLE'")" f \
	"the loader's role is an ordinary role"
is "$(sq "$DB" "SELECT has_database_privilege('$LOADER_ROLE', current_database(), 'CONNECT'),
	has_database_privilege('$LOADER_ROLE', current_database(), 'CREATE'),
	has_database_privilege('$LOADER_ROLE', current_database(), 'TEMP'),
	has_schema_privilege('$LOADER_ROLE', 'public', 'CREATE')")" "t|f|f|f" \
	"it may connect; not create schemas, temporary tables or anything in public"
is "$(sq "$DB" "SELECT nspowner::regrole FROM pg_namespace WHERE nspname = '$SCHEMA'")" "$LOADER_ROLE" \
	"the schema $SCHEMA is the role's"

# --- where it may not ---------------------------------------------------------
out=$(load -d "$BARE" --schema $SCHEMA $BOOK 2>&1)
is "$?" 4 "without the extension in the database: refused (exit 4)"
like "$out" "may not create the extension econtext" "with the message that it may not create the extension"
out=$(load -d "$DB" --schema elsewhere $BOOK 2>&1)
is "$?" 4 "into a schema that does not exist: refused (exit 4)"
like "$out" 'cannot create schema "elsewhere": .*permission denied' "with the message that it may not create the schema"
is "$(sq "$DB" "SELECT count(*) FROM pg_namespace WHERE nspname = 'elsewhere'")" 0 "and nothing was created"

# --- the load -------------------------------------------------------------------
reader_made=0
[ "$READER_BEFORE" = 0 ] && reader_made=1
out=$(load -d "$DB" --schema $SCHEMA $BOOK 2>&1)
rc=$?
is "$rc" 0 "the role loads the book into its schema"
[ "$rc" = 0 ] || echo "$out" | diag
summary=$(grep -Eo '[0-9]+ articles, [0-9]+ pages, [0-9]+ paragraphs' <<<"$out")
paragraphs=$(grep -Eo '[0-9]+ paragraphs' <<<"$summary" | cut -d' ' -f1)
like "$paragraphs" '^[1-9][0-9]*$' "the loader reports the paragraphs it loaded ($summary)"
is "$(sq "$DB" "SELECT (SELECT count(*) FROM $SCHEMA.document) || ' ' || (SELECT count(*) FROM $SCHEMA.paragraph)")" \
	"1 ${paragraphs:-?}" "one document and its paragraphs are in the schema"
like "$(counts)" '^1 [1-9][0-9]* [1-9][0-9]* [1-9][0-9]* [1-9][0-9]*$' "with footnotes, mentions and facts"
if [ $reader_made = 1 ]; then
	is "$(sq "$DB" "SELECT count(*) FROM pg_roles WHERE rolname = 'econtext_reader'")" 0 \
		"without CREATEROLE it did not create econtext_reader"
	# the DBA makes the role; the next load grants it the views
	sq postgres "CREATE ROLE econtext_reader NOLOGIN"
else
	skip "econtext_reader existed before this test: whether the role creates it is not tested"
fi
before=$(counts)
out=$(load -d "$DB" --schema $SCHEMA $BOOK 2>&1)
rc=$?
is "$rc" 0 "a second run succeeds"
like "$out" "unchanged, already loaded as document 1" "and reports the book unchanged"
is "$(counts)" "$before" "and changes no count"

# --- nothing outside its schema ---------------------------------------------------
is "$(sq "$DB" "SELECT count(*) FROM pg_class WHERE relnamespace = '$SCHEMA'::regnamespace AND relowner <> '$LOADER_ROLE'::regrole")" 0 \
	"every table, view, index and sequence of the schema is the role's"
is "$(sq "$DB" "SELECT string_agg(DISTINCT coalesce(o.schema, o.identity), ' ') FROM pg_shdepend s,
	LATERAL pg_identify_object(s.classid, s.objid, 0) o
	WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
	  AND s.refobjid = '$LOADER_ROLE'::regrole AND s.deptype = 'o'")" "$SCHEMA" \
	"the role owns the schema and what is in it, nothing else"
is "$(sq "$DB" "SELECT string_agg(nspname, ' ' ORDER BY nspname) FROM pg_namespace
	WHERE has_schema_privilege('$LOADER_ROLE', oid, 'CREATE')")" "$SCHEMA" "it may create in its schema only"
is "$(sq "$DB" "SELECT string_agg(c.oid::regclass::text, ' ') FROM pg_class c
	WHERE c.relnamespace NOT IN ('$SCHEMA'::regnamespace, 'pg_catalog'::regnamespace, 'information_schema'::regnamespace)
	  AND c.relkind IN ('r', 'v', 'm', 'p', 'f', 'S')
	  AND has_table_privilege('$LOADER_ROLE', c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')")" "" \
	"it has no privilege on any table outside its schema and the system catalogs"
refused "$LOADER_ROLE" "$DB" "CREATE TABLE public.x (i int)" 42501 "it cannot create in public"
refused "$LOADER_ROLE" "$DB" "CREATE SCHEMA x" 42501 "nor create a schema"
refused "$LOADER_ROLE" "$DB" "CREATE TEMP TABLE x (i int)" 42501 "nor a temporary table"
refused "$LOADER_ROLE" "$DB" "SELECT * FROM public.secret" 42501 "nor read another's table"
refused "$LOADER_ROLE" "$DB" "DROP EXTENSION econtext" 42501 "nor drop the extension"
refused "$LOADER_ROLE" "$DB" "ALTER EXTENSION econtext UPDATE" 42501 "nor update it"

# --- econtext_reader: the three views of the schema, nothing else -------------------
RPRIVS="SELECT string_agg(c.relname || ':' || array_to_string(ARRAY(
		SELECT p FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) p
		WHERE has_table_privilege('econtext_reader', c.oid, p)), ','), ' ' ORDER BY c.relname)
	FROM pg_class c WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f', 'S')
	  AND c.relnamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
	  AND has_table_privilege('econtext_reader', c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')"
is "$(sq "$DB" "$RPRIVS")" "fact_flat:SELECT fact_place:SELECT mention_flat:SELECT" \
	"econtext_reader may SELECT fact_flat, fact_place and mention_flat, and nothing else on any table of the database"
is "$(sq "$DB" "SELECT has_schema_privilege('econtext_reader', '$SCHEMA', 'USAGE'), has_schema_privilege('econtext_reader', '$SCHEMA', 'CREATE'),
	has_schema_privilege('econtext_reader', 'public', 'CREATE'), has_database_privilege('econtext_reader', current_database(), 'CREATE'),
	has_database_privilege('econtext_reader', current_database(), 'TEMP')")" "t|f|f|f|f" \
	"it may use the schema, and create nothing anywhere"
as_reader() { sq "$DB" "SET ROLE econtext_reader; $1"; }
same_count "$(as_reader "SELECT count(*) FROM $SCHEMA.fact_flat")" "$(sq "$DB" "SELECT count(*) FROM $SCHEMA.fact")" \
	"as econtext_reader, fact_flat has a row per fact"
same_count "$(as_reader "SELECT count(*) FROM $SCHEMA.mention_flat")" "$(sq "$DB" "SELECT count(*) FROM $SCHEMA.mention")" \
	"and mention_flat a row per mention"
same_count "$(as_reader "SELECT count(*) FROM $SCHEMA.fact_place")" \
	"$(sq "$DB" "SELECT sum(cardinality(places) + cardinality(groups)) FROM $SCHEMA.fact")" \
	"and fact_place a row per place of a fact"
for t in fact mention document paragraph; do
	out=$(psql -X -q -At -v VERBOSITY=verbose -d "$DB" -c "SET ROLE econtext_reader" -c "SELECT count(*) FROM $SCHEMA.$t" 2>&1)
	like "$out" "ERROR:  42501" "but not the table $SCHEMA.$t"
done

done_testing