-- The hostile role's traps on the extension's own types, for trusted.t,
-- once the extension exists (its schema is put for @X@): operators,
-- functions and aggregates in public with the extension's very signatures
-- (creatable only when the extension is in another schema) and with
-- neighbouring ones (integer for numeric, text or daterange for a period).
-- Each records its call in public.hijack_log; public.hijack_planted says
-- which could be made.  Operators named in hijack.skip (comma-separated)
-- are left alone: those a later version of the extension adds.
SET search_path = pg_catalog, public;
SET client_min_messages = warning;

CREATE TABLE public.hijack_planted (what text, kind text, planted boolean, why text);

CREATE FUNCTION public.hijack_agg_ca(s @X@.currency_amount, v @X@.currency_amount)
RETURNS @X@.currency_amount LANGUAGE plpgsql AS $$
BEGIN PERFORM public.hijack_note('aggregate on currency_amount'); RETURN v; END $$;
CREATE FUNCTION public.hijack_agg_rp(s @X@.reporting_period, v @X@.reporting_period)
RETURNS @X@.reporting_period LANGUAGE plpgsql AS $$
BEGIN PERFORM public.hijack_note('aggregate on reporting_period'); RETURN v; END $$;

DO $plant$
DECLARE
	o record;
	i integer := 0;
	sig text;
BEGIN
	-- operators: (op, left or NONE, right, result, exact = the extension's own signature)
	FOR o IN SELECT * FROM (VALUES
		('=', 'ca', 'ca', 'boolean', true), ('<>', 'ca', 'ca', 'boolean', true),
		('<', 'ca', 'ca', 'boolean', true), ('<=', 'ca', 'ca', 'boolean', true),
		('>', 'ca', 'ca', 'boolean', true), ('>=', 'ca', 'ca', 'boolean', true),
		('+', 'ca', 'ca', 'ca', true), ('-', 'ca', 'ca', 'ca', true), ('/', 'ca', 'ca', 'numeric', true),
		('*', 'ca', 'numeric', 'ca', true), ('/', 'ca', 'numeric', 'ca', true),
		('*', 'numeric', 'ca', 'ca', true), ('-', 'NONE', 'ca', 'ca', true),
		('=', 'rp', 'rp', 'boolean', true), ('<>', 'rp', 'rp', 'boolean', true),
		('<', 'rp', 'rp', 'boolean', true), ('<=', 'rp', 'rp', 'boolean', true),
		('>', 'rp', 'rp', 'boolean', true), ('>=', 'rp', 'rp', 'boolean', true),
		('&&', 'rp', 'rp', 'boolean', true), ('@>', 'rp', 'rp', 'boolean', true),
		('<@', 'rp', 'rp', 'boolean', true), ('<<', 'rp', 'rp', 'boolean', true),
		('>>', 'rp', 'rp', 'boolean', true), ('&<', 'rp', 'rp', 'boolean', true),
		('&>', 'rp', 'rp', 'boolean', true), ('-|-', 'rp', 'rp', 'boolean', true),
		('@>', 'rp', 'date', 'boolean', true), ('<@', 'date', 'rp', 'boolean', true),
		('*', 'ca', 'integer', 'ca', false), ('*', 'integer', 'ca', 'ca', false),
		('/', 'ca', 'integer', 'ca', false), ('+', 'ca', 'numeric', 'ca', false),
		('-', 'ca', 'numeric', 'ca', false), ('=', 'ca', 'numeric', 'boolean', false),
		('=', 'ca', 'text', 'boolean', false), ('<', 'ca', 'numeric', 'boolean', false),
		('&&', 'rp', 'daterange', 'boolean', false), ('@>', 'rp', 'timestamp', 'boolean', false),
		('@>', 'rp', 'timestamptz', 'boolean', false), ('<@', 'timestamp', 'rp', 'boolean', false),
		('=', 'rp', 'text', 'boolean', false), ('=', 'rp', 'daterange', 'boolean', false),
		('@>', 'rp', 'text', 'boolean', false)
	) AS v(op, l, r, res, exact)
	LOOP
		CONTINUE WHEN o.op = ANY (string_to_array(current_setting('hijack.skip', true), ','));
		i := i + 1;
		o.l := replace(replace(o.l, 'ca', '@X@.currency_amount'), 'rp', '@X@.reporting_period');
		o.r := replace(replace(o.r, 'ca', '@X@.currency_amount'), 'rp', '@X@.reporting_period');
		o.res := replace(replace(o.res, 'ca', '@X@.currency_amount'), 'rp', '@X@.reporting_period');
		sig := pg_catalog.format('operator public.%s(%s, %s)', o.op, o.l, o.r);
		BEGIN
			IF o.l = 'NONE' THEN
				EXECUTE pg_catalog.format('CREATE FUNCTION public.hijack_top_%s(%s) RETURNS %s LANGUAGE plpgsql AS %L',
					i, o.r, o.res, pg_catalog.format('BEGIN PERFORM public.hijack_note(%L); RETURN NULL; END', sig));
				EXECUTE pg_catalog.format('CREATE OPERATOR public.%s (RIGHTARG = %s, FUNCTION = public.hijack_top_%s)', o.op, o.r, i);
			ELSE
				EXECUTE pg_catalog.format('CREATE FUNCTION public.hijack_top_%s(%s, %s) RETURNS %s LANGUAGE plpgsql AS %L',
					i, o.l, o.r, o.res, pg_catalog.format('BEGIN PERFORM public.hijack_note(%L); RETURN NULL; END', sig));
				EXECUTE pg_catalog.format('CREATE OPERATOR public.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = public.hijack_top_%s)',
					o.op, o.l, o.r, i);
			END IF;
			INSERT INTO public.hijack_planted VALUES (sig, CASE WHEN o.exact THEN 'exact' ELSE 'near' END, true, NULL);
		EXCEPTION WHEN duplicate_function OR duplicate_object OR insufficient_privilege THEN
			INSERT INTO public.hijack_planted VALUES (sig, CASE WHEN o.exact THEN 'exact' ELSE 'near' END, false, SQLERRM);
		END;
	END LOOP;

	-- functions: (name, arguments, result, exact)
	FOR o IN SELECT * FROM (VALUES
		('currency', 'ca', 'text', true), ('numeric', 'ca', 'numeric', true), ('abs', 'ca', 'ca', true),
		('currency_amount', 'text, numeric', 'ca', true), ('currency_amount_hash', 'ca', 'integer', true),
		('start_date', 'rp', 'date', true), ('end_date', 'rp', 'date', true), ('grain', 'rp', 'text', true),
		('modifier', 'rp', 'text', true), ('shift_years', 'rp, integer', 'rp', true),
		('daterange', 'rp', 'daterange', true), ('reporting_period', 'daterange', 'rp', true),
		('reporting_period', 'date, date', 'rp', true), ('parse_period', 'text, date', 'rp', true),
		('reporting_period_hash', 'rp', 'integer', true),
		('currency_amount', 'text, integer', 'ca', false), ('currency_amount', 'text, bigint', 'ca', false),
		('currency_amount', 'varchar, numeric', 'ca', false), ('reporting_period', 'text', 'rp', false),
		('reporting_period', 'timestamp, timestamp', 'rp', false), ('parse_period', 'varchar', 'rp', false),
		('shift_years', 'rp, bigint', 'rp', false), ('shift_years', 'rp, smallint', 'rp', false),
		('abs', 'rp', 'rp', false), ('numeric', 'rp', 'numeric', false), ('start_date', 'ca', 'date', false)
	) AS v(name, args, res, exact)
	LOOP
		i := i + 1;
		o.args := replace(replace(o.args, 'ca', '@X@.currency_amount'), 'rp', '@X@.reporting_period');
		o.res := replace(replace(o.res, 'ca', '@X@.currency_amount'), 'rp', '@X@.reporting_period');
		sig := pg_catalog.format('function public.%s(%s)', o.name, o.args);
		BEGIN
			EXECUTE pg_catalog.format('CREATE FUNCTION public.%I(%s) RETURNS %s LANGUAGE plpgsql AS %L',
				o.name, o.args, o.res, pg_catalog.format('BEGIN PERFORM public.hijack_note(%L); RETURN NULL; END', sig));
			INSERT INTO public.hijack_planted VALUES (sig, CASE WHEN o.exact THEN 'exact' ELSE 'near' END, true, NULL);
		EXCEPTION WHEN duplicate_function OR duplicate_object OR insufficient_privilege THEN
			INSERT INTO public.hijack_planted VALUES (sig, CASE WHEN o.exact THEN 'exact' ELSE 'near' END, false, SQLERRM);
		END;
	END LOOP;

	-- aggregates: (name, type, exact)
	FOR o IN SELECT * FROM (VALUES
		('sum', 'ca', true), ('min', 'ca', true), ('max', 'ca', true), ('avg', 'ca', true),
		('sum', 'rp', false), ('min', 'rp', false), ('max', 'rp', false)
	) AS v(name, t, exact)
	LOOP
		sig := pg_catalog.format('aggregate public.%s(%s)', o.name,
			replace(replace(o.t, 'ca', '@X@.currency_amount'), 'rp', '@X@.reporting_period'));
		BEGIN
			EXECUTE pg_catalog.format('CREATE AGGREGATE public.%I(%s) (SFUNC = public.hijack_agg_%s, STYPE = %s)', o.name,
				replace(replace(o.t, 'ca', '@X@.currency_amount'), 'rp', '@X@.reporting_period'), o.t,
				replace(replace(o.t, 'ca', '@X@.currency_amount'), 'rp', '@X@.reporting_period'));
			INSERT INTO public.hijack_planted VALUES (sig, CASE WHEN o.exact THEN 'exact' ELSE 'near' END, true, NULL);
		EXCEPTION WHEN duplicate_function OR duplicate_object OR insufficient_privilege THEN
			INSERT INTO public.hijack_planted VALUES (sig, CASE WHEN o.exact THEN 'exact' ELSE 'near' END, false, SQLERRM);
		END;
	END LOOP;

	-- casts on the extension's types: refused, the role owns neither type
	FOR o IN SELECT * FROM (VALUES ('ca', 'text'), ('text', 'ca'), ('rp', 'daterange'), ('rp', 'text'),
		('integer', 'ca')) AS v(s, t)
	LOOP
		o.s := replace(replace(o.s, 'ca', '@X@.currency_amount'), 'rp', '@X@.reporting_period');
		o.t := replace(replace(o.t, 'ca', '@X@.currency_amount'), 'rp', '@X@.reporting_period');
		sig := pg_catalog.format('cast (%s AS %s)', o.s, o.t);
		BEGIN
			EXECUTE pg_catalog.format('CREATE CAST (%s AS %s) WITH INOUT AS IMPLICIT', o.s, o.t);
			INSERT INTO public.hijack_planted VALUES (sig, 'cast', true, NULL);
		EXCEPTION WHEN duplicate_function OR duplicate_object OR insufficient_privilege THEN
			INSERT INTO public.hijack_planted VALUES (sig, 'cast', false, SQLERRM);
		END;
	END LOOP;
END
$plant$;
