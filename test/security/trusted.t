#!/usr/bin/env bash
# trusted = true is safe.  A role with nothing but CREATE on a database
# creates the extension and uses it, and owns none of its objects; no
# function is SECURITY DEFINER or sets a role.  Then the hostile test: an
# unprivileged role plants operators, functions, domains and casts in public,
# ahead of pg_catalog on the search_path, and the extension is created (in a
# schema of its own by a superuser; in public by the trusted creator, at its
# first version and then updated), every kind of its objects exercised, and
# the loader run as a superuser: none of the traps may be called, none built
# into a column, check, index or view.  Then: an operator squatted ahead of
# an update stops the update (PostgreSQL adopts nothing), and a schema
# planted under the loader's name is refused.  Prints TAP.
source "$(dirname "$0")/lib.sh"

S=sec_trusted_$$
CREATOR=${S}_creator
HOSTILE=${S}_hostile
A=${S}_plain
B=${S}_own_schema
C=${S}_public
BOOTSTRAP=$(sq postgres "SELECT rolname FROM pg_catalog.pg_roles WHERE oid = 10")
new_role "$CREATOR"
new_role "$HOSTILE"

# the extension's member objects: per catalog, how many and their owners
MEMBERS="WITH m AS (
	SELECT d.classid, d.objid FROM pg_catalog.pg_depend d
	JOIN pg_catalog.pg_extension e ON e.oid OPERATOR(pg_catalog.=) d.refobjid
	WHERE d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass
	  AND d.deptype OPERATOR(pg_catalog.=) 'e' AND e.extname OPERATOR(pg_catalog.=) 'econtext'),
o AS (
	SELECT m.classid::pg_catalog.regclass::pg_catalog.text AS catalog,
		COALESCE((SELECT proowner FROM pg_catalog.pg_proc WHERE oid OPERATOR(pg_catalog.=) m.objid),
			(SELECT typowner FROM pg_catalog.pg_type WHERE oid OPERATOR(pg_catalog.=) m.objid),
			(SELECT oprowner FROM pg_catalog.pg_operator WHERE oid OPERATOR(pg_catalog.=) m.objid),
			(SELECT opcowner FROM pg_catalog.pg_opclass WHERE oid OPERATOR(pg_catalog.=) m.objid),
			(SELECT opfowner FROM pg_catalog.pg_opfamily WHERE oid OPERATOR(pg_catalog.=) m.objid)) AS owner
	FROM m)"
members_not_bootstrap() {
	cq "$1" "$MEMBERS SELECT pg_catalog.count(*) FROM o WHERE catalog OPERATOR(pg_catalog.<>) 'pg_cast'
		AND owner IS DISTINCT FROM 10"
}
members_summary() {
	cq "$1" "$MEMBERS SELECT pg_catalog.string_agg(pg_catalog.concat_ws(' ', catalog, n, owners), ', ' ORDER BY catalog)
		FROM (SELECT catalog, pg_catalog.count(*) AS n,
			pg_catalog.string_agg(DISTINCT COALESCE(pg_catalog.pg_get_userbyid(owner)::pg_catalog.text, '(none)'), '+') AS owners
		FROM o GROUP BY catalog) s"
}

# what, outside the hostile role's own objects, was built on one of them:
# a column of its type, a check, default, index or view using its operator
hostile_dependents() {
	cq "$1" "WITH h AS (SELECT '$HOSTILE'::regrole::oid AS r),
	mine AS (
		SELECT 'pg_operator'::regclass AS c, oid FROM pg_operator, h WHERE oprowner = h.r
		UNION ALL SELECT 'pg_proc'::regclass, oid FROM pg_proc, h WHERE proowner = h.r
		UNION ALL SELECT 'pg_type'::regclass, oid FROM pg_type, h WHERE typowner = h.r),
	theirs AS (SELECT oid FROM pg_class, h WHERE relowner = h.r)
	SELECT string_agg(DISTINCT pg_describe_object(d.classid, d.objid, d.objsubid), '; ')
	FROM pg_depend d JOIN mine ON d.refclassid = mine.c AND d.refobjid = mine.oid
	WHERE (d.classid = 'pg_rewrite'::regclass
	       AND (SELECT ev_class FROM pg_rewrite WHERE oid = d.objid) NOT IN (SELECT oid FROM theirs))
	   OR (d.classid = 'pg_constraint'::regclass
	       AND (SELECT conrelid FROM pg_constraint WHERE oid = d.objid) IN (SELECT oid FROM pg_class WHERE oid NOT IN (SELECT oid FROM theirs)))
	   OR (d.classid = 'pg_attrdef'::regclass
	       AND (SELECT adrelid FROM pg_attrdef WHERE oid = d.objid) NOT IN (SELECT oid FROM theirs))
	   OR (d.classid = 'pg_class'::regclass AND d.objid NOT IN (SELECT oid FROM theirs)
	       AND (d.objsubid > 0 OR EXISTS (SELECT FROM pg_index i WHERE i.indexrelid = d.objid)))"
}

# --- 1. a role with only CREATE on a fresh database -------------------------
new_db "$A"
sq postgres "GRANT CREATE ON DATABASE $A TO $CREATOR"
is "$(sq "$A" "SELECT rolsuper OR rolcreatedb OR rolcreaterole OR rolbypassrls OR rolreplication FROM pg_roles WHERE rolname = '$CREATOR'")" \
	f "the creator is an ordinary role"
is "$(sq "$A" "SELECT has_database_privilege('$CREATOR', current_database(), 'CREATE'),
	has_schema_privilege('$CREATOR', 'public', 'CREATE'), has_schema_privilege('$CREATOR', 'public', 'USAGE')")" \
	"t|f|t" "it may create in the database; in public only use (PostgreSQL 15: no CREATE on public for PUBLIC)"
if rq "$CREATOR" "$A" "CREATE EXTENSION econtext" >/dev/null; then
	pass "it creates the trusted extension"
else
	fail "it creates the trusted extension"; tail -3 "$ERRLOG" | diag
fi
is "$(sq "$A" "SELECT extowner::regrole, extnamespace::regnamespace, extversion = (SELECT default_version FROM pg_available_extensions WHERE name = 'econtext')
	FROM pg_extension WHERE extname = 'econtext'")" "$CREATOR|public|t" \
	"the extension is the creator's, in the first schema of its search_path (public), at the default version"
is "$(members_not_bootstrap "$A")" 0 "every object of the extension is the bootstrap superuser's ($BOOTSTRAP), none the creator's"
members_summary "$A" | diag
is "$(sq "$A" "SELECT string_agg(classid::regclass::text, ' ' ORDER BY classid::regclass::text) FROM pg_shdepend
	WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
	  AND refobjid = '$CREATOR'::regrole AND deptype = 'o'")" "pg_extension" \
	"the creator owns the extension itself and nothing else in the database"
is "$(sq "$A" "SELECT count(*) FROM pg_type t WHERE t.typnamespace = 'public'::regnamespace AND t.typowner <> 10")" 0 \
	"the types (and their array types) are the bootstrap superuser's"

refused "$CREATOR" "$A" "CREATE TABLE public.mine (i int)" 42501 "the extension gave the creator no CREATE on public"
refused "$CREATOR" "$A" "CREATE OR REPLACE FUNCTION public.currency(public.currency_amount) RETURNS text LANGUAGE sql AS 'SELECT ''x'''" \
	42501 "the creator may not replace a function of the extension"
refused "$CREATOR" "$A" "ALTER FUNCTION public.currency(public.currency_amount) SECURITY DEFINER" 42501 \
	"nor make one SECURITY DEFINER"
refused "$CREATOR" "$A" "ALTER FUNCTION public.currency(public.currency_amount) SET role = $CREATOR" 42501 \
	"nor give one a role to run as"
refused "$CREATOR" "$A" "ALTER OPERATOR public.= (public.currency_amount, public.currency_amount) SET (RESTRICT = pg_catalog.scalarltsel)" \
	42501 "nor change an operator"
refused "$CREATOR" "$A" "ALTER EXTENSION econtext DROP FUNCTION public.currency(public.currency_amount)" 42501 \
	"nor take an object out of the extension to own it"
refused "$CREATOR" "$A" "ALTER TYPE public.currency_amount OWNER TO $CREATOR" 42501 "nor take a type"

FUNCS="FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid
	AND d.deptype = 'e' AND d.refobjid = (SELECT oid FROM pg_catalog.pg_extension WHERE extname = 'econtext')"
like "$(sq "$A" "SELECT count(*) $FUNCS")" '^[1-9][0-9]+$' "the extension has its functions"
is "$(sq "$A" "SELECT string_agg(p.oid::regprocedure::text, ', ') $FUNCS WHERE p.prosecdef")" "" \
	"no function of the extension is SECURITY DEFINER"
is "$(sq "$A" "SELECT string_agg(p.oid::regprocedure::text || ' ' || p.proconfig::text, ', ') $FUNCS
	WHERE array_to_string(p.proconfig, ' ') ~* '(^| )(role|session_authorization)='")" "" \
	"no function of the extension sets a role or a session authorization"
is "$(sq "$A" "SELECT string_agg(p.oid::regprocedure::text || ' ' || p.proconfig::text, ', ') $FUNCS WHERE p.proconfig IS NOT NULL")" "" \
	"no function of the extension sets any configuration parameter"
is "$(sq "$A" "SELECT string_agg(DISTINCT l.lanname, ' ') $FUNCS JOIN pg_catalog.pg_language l ON l.oid = p.prolang WHERE p.prokind = 'f'")" c \
	"every function is C: no body is parsed with the caller's search_path"
is "$(sq "$A" "SELECT string_agg(DISTINCT c.castcontext::text, ' ') FROM pg_catalog.pg_cast c JOIN pg_catalog.pg_depend d
	ON d.classid = 'pg_catalog.pg_cast'::regclass AND d.objid = c.oid AND d.deptype = 'e'
	AND d.refobjid = (SELECT oid FROM pg_catalog.pg_extension WHERE extname = 'econtext')")" e \
	"every cast is explicit: none changes how existing queries resolve"

# it uses every kind of object; the lines are the reference for the databases with traps
REF=$(exercise "$CREATOR" "$A" public)
is "$(grep -c '' <<<"$REF")" 35 "the creator exercises every kind of object (35 checks)"
is "$(grep -E '^(rows|text_roundtrip|binary_roundtrip|distinct_amounts_hashed)\|' <<<"$REF" | cut -d'|' -f2 | sort -u)" 240 \
	"its 240 rows go in and out as text and binary, and group"
is "$(grep -E '^(btree|hash|gist) ' <<<"$REF" | grep -cv ' by .* as the table$')" 0 "every index scan uses its index and finds what the table holds"
is "$(grep -c '^gist \|^btree \|^hash ' <<<"$REF")" 15 "15 index scans: btree, hash, GiST"
grep -E 'NOT BY|UNLIKE' <<<"$REF" | diag
if rq "$CREATOR" "$A" "INSERT INTO ex.x VALUES ('2021-Q2')" >/dev/null 2>&1; then
	fail "the EXCLUDE USING gist (p WITH &&) constraint refuses an overlapping period"
else
	pass "the EXCLUDE USING gist (p WITH &&) constraint refuses an overlapping period"
fi

# --- 2. traps in public; the extension in a schema of its own ----------------
# PostgreSQL before 15 let every role create in public; here it is granted
# to the hostile role, and public is put before pg_catalog on the search_path
new_db "$B"
cq "$B" "GRANT CREATE ON SCHEMA public TO $HOSTILE"
if rfile "$HOSTILE" "$B" test/security/hostile.sql >/dev/null; then
	pass "own schema: the hostile role plants its traps in public"
else
	fail "own schema: the hostile role plants its traps in public"; tail -3 "$ERRLOG" | diag
fi
cq "$B" "CREATE SCHEMA econtext_ext; GRANT USAGE ON SCHEMA econtext_ext TO PUBLIC"
sq postgres "ALTER DATABASE $B SET search_path = public, pg_catalog, econtext_ext"
is "$(psql -X -At -d "$B" -c "SHOW search_path")" "public, pg_catalog, econtext_ext" "own schema: public comes before pg_catalog"
if psql -X -q -v ON_ERROR_STOP=1 -d "$B" -c "CREATE EXTENSION econtext SCHEMA econtext_ext" 2>>"$ERRLOG"; then
	pass "own schema: a superuser creates the extension"
else
	fail "own schema: a superuser creates the extension"; tail -3 "$ERRLOG" | diag
fi
sed "s/@X@/econtext_ext/g" test/security/hostile_types.sql >"$WORK/hostile_types_B.sql"
rfile "$HOSTILE" "$B" "$WORK/hostile_types_B.sql" >/dev/null
is "$(cq "$B" "SELECT count(*) FILTER (WHERE NOT planted) FROM public.hijack_planted WHERE kind <> 'cast'")" 0 \
	"own schema: the hostile role copies every operator, function and aggregate of the extension into public"
is "$(cq "$B" "SELECT count(*) FILTER (WHERE planted) FROM public.hijack_planted WHERE kind = 'cast'")" 0 \
	"own schema: but may create no cast on the extension's types"
OUT=$(exercise "" "$B" econtext_ext)
is "$OUT" "$REF" "own schema: every kind of object gives what it gives in a database without traps"
out=$($LOAD -q -d "$B" $BOOK 2>&1)
rc=$?
echo "$out" >>"$ERRLOG"
is "$rc" 0 "own schema: the loader, as a superuser, loads the book"
[ "$rc" = 0 ] || echo "$out" | diag
like "$(cq "$B" "SELECT (SELECT pg_catalog.count(*) FROM corpus.fact_flat) OPERATOR(pg_catalog.>) 0,
	(SELECT pg_catalog.count(*) FROM corpus.mention_flat) OPERATOR(pg_catalog.>) 0")" '^t\|t$' \
	"own schema: its views fact_flat and mention_flat have rows"
is "$(members_not_bootstrap "$B")" 0 "own schema: every object of the extension is the bootstrap superuser's"
is "$(hostile_dependents "$B")" "" "own schema: no column, default, constraint, index or view depends on an object of the hostile role"

# --- 3. traps in public; the trusted creator puts the extension in public ----
new_db "$C"
sq postgres "GRANT CREATE ON DATABASE $C TO $CREATOR"
cq "$C" "GRANT CREATE ON SCHEMA public TO $HOSTILE"
if rfile "$HOSTILE" "$C" test/security/hostile.sql >/dev/null; then
	pass "public: the hostile role plants its traps in public"
else
	fail "public: the hostile role plants its traps in public"; tail -3 "$ERRLOG" | diag
fi
sq postgres "ALTER DATABASE $C SET search_path = public, pg_catalog"
FIRST=$(ls sql/econtext--*.sql | sed -n 's|^sql/econtext--\([0-9.]*\)\.sql$|\1|p' | sort -V | head -1)
if rq "$CREATOR" "$C" "CREATE EXTENSION econtext VERSION '$FIRST'" >/dev/null; then
	pass "public: the trusted creator creates the extension at its first version, $FIRST"
else
	fail "public: the trusted creator creates the extension at its first version, $FIRST"; tail -3 "$ERRLOG" | diag
fi
# the operators the update adds are left to section 4: squatted, they stop it
ADDED=$(sed -n 's/^CREATE OPERATOR @extschema@\.\([^ ]*\) .*/\1/p' sql/econtext--*--*.sql | sort -u | paste -sd, -)
{ echo "SET hijack.skip = '$ADDED';"; sed "s/@X@/public/g" test/security/hostile_types.sql; } >"$WORK/hostile_types_C.sql"
rfile "$HOSTILE" "$C" "$WORK/hostile_types_C.sql" >/dev/null
is "$(cq "$C" "SELECT count(*) FILTER (WHERE planted) FROM public.hijack_planted WHERE kind = 'exact'")" 0 \
	"public: the hostile role cannot take the extension's own signatures"
like "$(cq "$C" "SELECT count(*) FILTER (WHERE planted) FROM public.hijack_planted WHERE kind = 'near'")" '^[1-9]' \
	"public: but plants neighbouring ones (integer for numeric, text for a period)"
is "$(cq "$C" "SELECT count(*) FILTER (WHERE planted) FROM public.hijack_planted WHERE kind = 'cast'")" 0 \
	"public: and no cast on the extension's types"
cq "$C" "SELECT what || ': ' || coalesce(why, 'planted') FROM public.hijack_planted WHERE kind = 'exact' AND planted" | diag
if rq "$CREATOR" "$C" "ALTER EXTENSION econtext UPDATE" >/dev/null; then
	pass "public: the creator updates it to the default version"
else
	fail "public: the creator updates it to the default version"; tail -3 "$ERRLOG" | diag
fi
is "$(cq "$C" "SELECT extversion = (SELECT default_version FROM pg_available_extensions WHERE name = 'econtext') FROM pg_extension WHERE extname = 'econtext'")" \
	t "public: at the default version"
OUT=$(exercise "$CREATOR" "$C" public)
is "$OUT" "$REF" "public: every kind of object gives what it gives in a database without traps"
out=$($LOAD -q -d "$C" $BOOK 2>&1)
rc=$?
echo "$out" >>"$ERRLOG"
is "$rc" 0 "public: the loader, as a superuser, loads the book"
[ "$rc" = 0 ] || echo "$out" | diag
like "$(cq "$C" "SELECT (SELECT pg_catalog.count(*) FROM corpus.fact_flat) OPERATOR(pg_catalog.>) 0,
	(SELECT pg_catalog.count(*) FROM corpus.mention_flat) OPERATOR(pg_catalog.>) 0")" '^t\|t$' \
	"public: its views fact_flat and mention_flat have rows"
is "$(members_not_bootstrap "$C")" 0 "public: every object of the extension, the update's too, is the bootstrap superuser's"
is "$(hostile_dependents "$C")" "" "public: no column, default, constraint, index or view depends on an object of the hostile role"

# --- the traps were live, and none was called ----------------------------
# an unqualified query of ours that reaches a trap is caught by it (rolled
# back): the traps work, and what follows is not for want of them
control() {
	psql -X -q -At -d "$1" -c "BEGIN" -c "$2" -c "SELECT pg_catalog.count(*) FROM public.hijack_log" -c "ROLLBACK" 2>&1 | tail -1
}
like "$(control "$B" "SELECT 1 = 1")" '^[1-9]' "control: with public first, an unqualified 1 = 1 calls the trap"
like "$(control "$B" "SELECT 'USD 1'::econtext_ext.currency_amount = 'USD 1'")" '^[1-9]' \
	"control: and so does an unqualified = on the extension's type when public comes before its schema"
like "$(control "$C" "SELECT 'USD 1'::currency_amount * 2")" '^[1-9]' \
	"control: and amount * 2 (integer), a closer match than the extension's * numeric"
for db in "$B" "$C"; do
	is "$(cq "$db" "SELECT pg_catalog.string_agg(pg_catalog.format('%s by %s %s times', what, who, n), '; ' ORDER BY first)
		FROM (SELECT who, what, pg_catalog.count(*) AS n, pg_catalog.min(id) AS first FROM public.hijack_log GROUP BY who, what) l")" "" \
		"${db#${S}_}: no trap was called by CREATE EXTENSION, ALTER EXTENSION UPDATE, the objects at work or the loader"
done
is "$(grep -c 'hijacked' "$ERRLOG")" 0 "no statement failed with 'hijacked'"
grep 'hijacked' "$ERRLOG" | sort | uniq -c | diag
is "$(sq postgres "SELECT rolsuper FROM pg_roles WHERE rolname = '$HOSTILE'")" f "the hostile role is no superuser"

# --- 4. squatting: an operator the update adds, made first in public --------
# stops the update (PostgreSQL will not adopt an object the extension does
# not own: a denial of service, never a hijack).  Possible only where
# untrusted roles may create in the extension's schema.
D=${S}_squat
if [ "$FIRST" != "$(sq postgres "SELECT default_version FROM pg_available_extensions WHERE name = 'econtext'")" ]; then
	new_db "$D"
	sq postgres "GRANT CREATE ON DATABASE $D TO $CREATOR"
	cq "$D" "GRANT CREATE ON SCHEMA public TO $HOSTILE"
	rq "$CREATOR" "$D" "CREATE EXTENSION econtext VERSION '$FIRST'" >/dev/null
	op=${ADDED%%,*}
	rq "$HOSTILE" "$D" "CREATE FUNCTION public.squat(public.reporting_period, public.reporting_period) RETURNS boolean
		LANGUAGE sql AS 'SELECT true'; CREATE OPERATOR public.$op (LEFTARG = public.reporting_period,
		RIGHTARG = public.reporting_period, FUNCTION = public.squat)" >/dev/null
	out=$(PGPASSWORD=$PW psql -X -q -At -U "$CREATOR" -d "$D" -c "ALTER EXTENSION econtext UPDATE" 2>&1)
	has "$out" "ERROR:  operator $op already exists" "squat: the update fails on the squatted operator $op"
	is "$(cq "$D" "SELECT extversion FROM pg_extension WHERE extname = 'econtext'")" "$FIRST" "squat: the extension stays at $FIRST"
	is "$(cq "$D" "SELECT count(*) FROM pg_depend WHERE deptype = 'e' AND classid = 'pg_operator'::regclass
		AND objid IN (SELECT oid FROM pg_operator WHERE oprowner = '$HOSTILE'::regrole)")" 0 \
		"squat: the hostile role's operator did not become the extension's"
else
	skip "squat: the extension has a single version"
fi

# --- 5. a schema planted under the loader's name ----------------------------
# The creator may create schemas: it makes corpus, with a document table
# whose trigger would run as whoever loads.  A superuser's load must not
# run it, nor adopt the creator's objects.
rq "$CREATOR" "$A" "
CREATE SCHEMA corpus;
CREATE TABLE corpus.trap_log (who text, super boolean);
GRANT USAGE ON SCHEMA corpus TO PUBLIC;
GRANT INSERT ON corpus.trap_log TO PUBLIC;
CREATE FUNCTION corpus.trap() RETURNS trigger LANGUAGE plpgsql AS \$\$
BEGIN
	INSERT INTO corpus.trap_log SELECT current_user, rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user;
	RETURN NEW;
END \$\$;
CREATE TABLE corpus.document (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL UNIQUE,
	sha256 text NOT NULL, line_count integer NOT NULL, loaded_at timestamptz NOT NULL DEFAULT now(), loaded_by text);
CREATE TRIGGER trap BEFORE INSERT ON corpus.document FOR EACH ROW EXECUTE FUNCTION corpus.trap();" >/dev/null
out=$($LOAD -q -d "$A" $BOOK 2>&1)
rc=$?
is "$rc" 4 "a superuser's load into a schema another role owns is refused (exit 4)"
like "$out" "schema \"corpus\" belongs to role \"$CREATOR\"" "with a message naming the owner"
is "$(sq "$A" "SELECT count(*) FROM corpus.trap_log")" 0 "and the planted trigger did not run"
is "$(sq "$A" "SELECT count(*) FROM pg_class WHERE relnamespace = 'corpus'::regnamespace AND relowner <> '$CREATOR'::regrole")" 0 \
	"and nothing was created in that schema"

done_testing