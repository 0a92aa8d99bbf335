--
-- Helpers the other tests share (pg_regress runs them in one database,
-- this file first).
--

-- What a text input gives: the value as text, or the error's SQLSTATE,
-- message, detail and hint.
CREATE FUNCTION try_input(typ regtype, input text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	state text; msg text; detail text; hint text; result text;
BEGIN
	EXECUTE format('SELECT %L::%s::text', input, typ) INTO result;
	RETURN result;
EXCEPTION WHEN others THEN
	GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
		detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
	RETURN format('%s %s | %s | %s', state, msg, detail, hint);
END $$;

-- What the binary receive function of typ makes of the bytes given in hex:
-- they are written as a bytea column of a binary COPY file and read back
-- as typ, so that typ's recv function gets exactly these bytes.
CREATE FUNCTION try_recv(typ regtype, hex text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	state text; msg text; detail text; result text;
	f text := '/tmp/econtext_regress_recv_' || pg_backend_pid() || '.bin';
BEGIN
	EXECUTE format('COPY (SELECT decode(%L, ''hex'')) TO %L (FORMAT binary)', hex, f);
	EXECUTE format('CREATE TEMP TABLE recv_target (v %s)', typ);
	EXECUTE format('COPY recv_target FROM %L (FORMAT binary)', f);
	SELECT v::text INTO result FROM recv_target;
	DROP TABLE recv_target;
	RETURN result;
EXCEPTION WHEN others THEN
	GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
		detail = PG_EXCEPTION_DETAIL;
	RETURN format('%s %s | %s', state, msg, detail);
END $$;

-- The files a test's backend wrote under /tmp.
CREATE FUNCTION remove_regress_files() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE format('COPY (SELECT 1) TO PROGRAM %L',
		'rm -f /tmp/econtext_regress_*' || pg_backend_pid() || '.bin');
END $$;
