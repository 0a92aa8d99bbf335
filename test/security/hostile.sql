-- An unprivileged role's traps in public, for trusted.t: operators on
-- built-in types, functions named like built-ins, domains and types named
-- like built-in types, and a cast.  Each records its call in
-- public.hijack_log (INSERT granted to PUBLIC) and then does what the
-- built-in does, so that a hijacked statement still succeeds and the log
-- tells; a few RAISE 'hijacked' instead.  Run before CREATE EXTENSION, as
-- the hostile role, which may create in public.
SET search_path = pg_catalog, public;
SET client_min_messages = warning;

CREATE TABLE public.hijack_log (id bigint GENERATED ALWAYS AS IDENTITY, who text, what text);
GRANT INSERT, SELECT ON public.hijack_log TO PUBLIC;

CREATE FUNCTION public.hijack_note(what text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO public.hijack_log (who, what) VALUES (CURRENT_USER, what);
	RETURN true;
END
$$;

-- operators on built-in types: the same signatures as pg_catalog's, which
-- win where public comes first on the search_path
DO $plant$
DECLARE
	o record;
	i integer := 0;
BEGIN
	FOR o IN
		SELECT v.op, v.l, v.r, p.oprresult::regtype::text AS res
		FROM (VALUES
			('=', 'text', 'text'), ('=', 'numeric', 'numeric'), ('=', 'integer', 'integer'),
			('=', 'bigint', 'bigint'), ('=', 'smallint', 'smallint'), ('=', 'name', 'name'),
			('=', 'name', 'text'), ('=', 'date', 'date'), ('=', 'boolean', 'boolean'),
			('=', 'oid', 'oid'), ('=', 'char', 'char'), ('=', 'integer', 'bigint'),
			('<>', 'text', 'text'), ('<>', 'integer', 'integer'),
			('<', 'integer', 'integer'), ('>', 'integer', 'integer'),
			('<=', 'integer', 'integer'), ('>=', 'integer', 'integer'),
			('<', 'bigint', 'bigint'), ('>', 'bigint', 'bigint'),
			('<', 'numeric', 'numeric'), ('>', 'numeric', 'numeric'),
			('<', 'date', 'date'), ('>', 'date', 'date'), ('<=', 'date', 'date'),
			('~', 'text', 'text'), ('~~', 'text', 'text'), ('||', 'text', 'text'),
			('+', 'integer', 'integer'), ('-', 'integer', 'integer'),
			('+', 'numeric', 'numeric'), ('-', 'numeric', 'numeric'),
			('*', 'numeric', 'numeric'), ('/', 'numeric', 'numeric'),
			('-', 'date', 'date'), ('+', 'date', 'integer'),
			('&&', 'daterange', 'daterange'), ('@>', 'daterange', 'date'),
			('@@', 'tsvector', 'tsquery')) AS v(op, l, r)
		JOIN pg_operator p ON p.oprname = v.op AND p.oprleft = v.l::regtype AND p.oprright = v.r::regtype
			AND p.oprnamespace = 'pg_catalog'::regnamespace
	LOOP
		i := i + 1;
		EXECUTE pg_catalog.format('CREATE FUNCTION public.hijack_op_%s(%s, %s) RETURNS %s LANGUAGE plpgsql AS %L',
			i, o.l, o.r, o.res,
			pg_catalog.format('BEGIN PERFORM public.hijack_note(%L); RETURN $1 OPERATOR(pg_catalog.%s) $2; END',
				pg_catalog.format('operator public.%s(%s, %s)', o.op, o.l, o.r), o.op));
		EXECUTE pg_catalog.format('CREATE OPERATOR public.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = public.hijack_op_%s)',
			o.op, o.l, o.r, i);
	END LOOP;
END
$plant$;

-- functions named like built-ins, some with argument types closer than
-- pg_catalog's (bigint, integer[], varchar)
CREATE FUNCTION public.lower(text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'hijacked: public.lower(text)'; END $$;
CREATE FUNCTION public.upper(text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'hijacked: public.upper(text)'; END $$;
CREATE FUNCTION public.lower(varchar) RETURNS text LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'hijacked: public.lower(varchar)'; END $$;
CREATE FUNCTION public.length(text) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN PERFORM public.hijack_note('public.length(text)'); RETURN pg_catalog.length($1); END $$;
CREATE FUNCTION public.date(text) RETURNS date LANGUAGE plpgsql AS $$
BEGIN PERFORM public.hijack_note('public.date(text)'); RETURN $1::pg_catalog.date; END $$;
CREATE FUNCTION public.numeric(text) RETURNS numeric LANGUAGE plpgsql AS $$
BEGIN PERFORM public.hijack_note('public.numeric(text)'); RETURN $1::pg_catalog.numeric; END $$;
CREATE FUNCTION public.numeric(integer) RETURNS numeric LANGUAGE plpgsql AS $$
BEGIN PERFORM public.hijack_note('public.numeric(integer)'); RETURN $1::pg_catalog.numeric; END $$;
CREATE FUNCTION public.substr(text, integer, integer) RETURNS text LANGUAGE plpgsql AS $$
BEGIN PERFORM public.hijack_note('public.substr(text, integer, integer)'); RETURN pg_catalog.substr($1, $2, $3); END $$;
CREATE FUNCTION public.substr(text, integer) RETURNS text LANGUAGE plpgsql AS $$
BEGIN PERFORM public.hijack_note('public.substr(text, integer)'); RETURN pg_catalog.substr($1, $2); END $$;
CREATE FUNCTION public.substr(text, bigint) RETURNS text LANGUAGE plpgsql AS $$
BEGIN PERFORM public.hijack_note('public.substr(text, bigint)'); RETURN pg_catalog.substr($1, $2::integer); END $$;
CREATE FUNCTION public.now() RETURNS timestamptz LANGUAGE plpgsql AS $$
BEGIN PERFORM public.hijack_note('public.now()'); RETURN pg_catalog.now(); END $$;
CREATE FUNCTION public.hashtext(text) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN PERFORM public.hijack_note('public.hashtext(text)'); RETURN pg_catalog.hashtext($1); END $$;
CREATE FUNCTION public.quote_ident(text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN PERFORM public.hijack_note('public.quote_ident(text)'); RETURN pg_catalog.quote_ident($1); END $$;
CREATE FUNCTION public.format(text, text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN PERFORM public.hijack_note('public.format(text, text)'); RETURN pg_catalog.format($1, $2); END $$;
CREATE FUNCTION public.array_length(integer[], integer) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN PERFORM public.hijack_note('public.array_length(integer[], integer)'); RETURN pg_catalog.array_length($1, $2); END $$;
CREATE FUNCTION public.generate_subscripts(integer[], integer) RETURNS SETOF integer LANGUAGE plpgsql AS $$
BEGIN PERFORM public.hijack_note('public.generate_subscripts(integer[], integer)');
	RETURN QUERY SELECT pg_catalog.generate_subscripts($1, $2); END $$;
CREATE FUNCTION public.to_tsvector(regconfig, text) RETURNS tsvector LANGUAGE plpgsql AS $$
BEGIN PERFORM public.hijack_note('public.to_tsvector(regconfig, text)'); RETURN pg_catalog.to_tsvector($1, $2); END $$;
CREATE FUNCTION public.pg_advisory_xact_lock(bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN PERFORM public.hijack_note('public.pg_advisory_xact_lock(bigint)'); PERFORM pg_catalog.pg_advisory_xact_lock($1); END $$;
CREATE FUNCTION public.set_config(text, text, boolean) RETURNS text LANGUAGE plpgsql AS $$
BEGIN PERFORM public.hijack_note('public.set_config(text, text, boolean)'); RETURN pg_catalog.set_config($1, $2, $3); END $$;
CREATE FUNCTION public.current_setting(text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN PERFORM public.hijack_note('public.current_setting(text)'); RETURN pg_catalog.current_setting($1); END $$;
CREATE FUNCTION public.daterange(date, date) RETURNS daterange LANGUAGE plpgsql AS $$
BEGIN PERFORM public.hijack_note('public.daterange(date, date)'); RETURN pg_catalog.daterange($1, $2); END $$;
CREATE FUNCTION public.md5(text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN PERFORM public.hijack_note('public.md5(text)'); RETURN pg_catalog.md5($1); END $$;
-- names of the extension's functions, on built-in types
CREATE FUNCTION public.currency(text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'hijacked: public.currency(text)'; END $$;
CREATE FUNCTION public.start_date(daterange) RETURNS date LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'hijacked: public.start_date(daterange)'; END $$;
CREATE FUNCTION public.end_date(daterange) RETURNS date LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'hijacked: public.end_date(daterange)'; END $$;
CREATE FUNCTION public.grain(text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'hijacked: public.grain(text)'; END $$;
CREATE FUNCTION public.parse_period(text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'hijacked: public.parse_period(text)'; END $$;

-- a type of its own with an implicit cast from text: the only casts this
-- role may create are to or from a type it owns
CREATE TYPE public.hijack_t AS (v text);
CREATE FUNCTION public.hijack_cast(text) RETURNS public.hijack_t LANGUAGE plpgsql AS $$
BEGIN PERFORM public.hijack_note('cast text AS public.hijack_t'); RETURN ROW($1)::public.hijack_t; END $$;
CREATE CAST (text AS public.hijack_t) WITH FUNCTION public.hijack_cast(text) AS IMPLICIT;

-- types named like built-in ones: domains that record every value checked,
-- and enums where a domain cannot be made (pseudo-types)
CREATE DOMAIN public.text AS pg_catalog.text CHECK (public.hijack_note('domain public.text'));
CREATE DOMAIN public.date AS pg_catalog.date CHECK (public.hijack_note('domain public.date'));
CREATE DOMAIN public.timestamptz AS pg_catalog.timestamptz CHECK (public.hijack_note('domain public.timestamptz'));
CREATE DOMAIN public.tsvector AS pg_catalog.tsvector CHECK (public.hijack_note('domain public.tsvector'));
CREATE DOMAIN public.daterange AS pg_catalog.daterange CHECK (public.hijack_note('domain public.daterange'));
CREATE DOMAIN public.bytea AS pg_catalog.bytea CHECK (public.hijack_note('domain public.bytea'));
CREATE DOMAIN public.name AS pg_catalog.name CHECK (public.hijack_note('domain public.name'));
CREATE DOMAIN public.int4 AS pg_catalog.int4 CHECK (public.hijack_note('domain public.int4'));
CREATE DOMAIN public.int8 AS pg_catalog.int8 CHECK (public.hijack_note('domain public.int8'));
CREATE DOMAIN public.bool AS pg_catalog.bool CHECK (public.hijack_note('domain public.bool'));
CREATE TYPE public.cstring AS ENUM ('hijacked');
CREATE TYPE public.internal AS ENUM ('hijacked');
CREATE TYPE public.oid AS ENUM ('hijacked');
CREATE TYPE public.regconfig AS ENUM ('hijacked');
