--
-- currency_amount: input forms, canonical output, errors, operators,
-- aggregates, hashing, binary I/O
--

-- every form the type promises to read
SELECT input, input::currency_amount AS amount
FROM (VALUES
	('$900 million'), ('$ 900 million'), ('US$900m'), ('USD 900 million'),
	('900 million USD'), ('900 million US dollars'), ('Br200 million'),
	('BYN 200 mln'), ('200 million Belarusian roubles'), ('€3.2 bn'),
	('EUR 3.2bn'), ('10 million Russian rubles'), ('1,250.50 EUR'),
	('$417.5 million'), ('$1.5 trillion'), ('$500,000'),
	('half a billion dollars'), ('ten million dollars'), ('KZT 5 billion'),
	('2 billion tenge'), ('UZS 1 trillion'), ('3 million yuan')
) AS forms(input);

-- case, spacing, codes on either side, words, symbols, signs
SELECT input, input::currency_amount AS amount
FROM (VALUES
	('  usd 900 MILLION  '), ('us$ 1.2 BN'), ('eur 5'), ('5 eur'), ('CHF 12.5'),
	('12.5 chf'), ('XAU 3'), ('GBP 2.5k'), ('£40 million'), ('₽ 1000'),
	('₸ 250 thousand'), ('400 billion soums'), ('5 million somoni'),
	('two hundred and fifty thousand euros'), ('one and a half billion dollars'),
	('twenty-five million Kazakh tenge'), ('a million dollars'),
	('$5 million dollars'), ('-$5'), ('USD -0.25'), ('−3 EUR'), ('+7 USD'),
	('USD 0.000'), ('USD 007.10'), ('1 BYR'), ('900 million U.S. dollars')
) AS forms(input);

-- canonical output is plain, without trailing zeros, and reads back equal
SELECT a AS amount, a::text::currency_amount = a AS round_trips
FROM (VALUES
	('USD 900000000'::currency_amount), ('EUR 1250.5'), ('RUB -0.0000000001'),
	('USD 1000000000000000000.1234'), ('USD 9999999999999999999999999999.9999999999'),
	('USD -9999999999999999999999999999.9999999999'), ('KZT 0')
) AS v(a);

-- digits beyond 10 decimal places are rounded half away from zero
SELECT 'USD 0.00000000005'::currency_amount, 'USD -0.00000000005'::currency_amount,
	'USD 0.00000000004'::currency_amount;

-- every kind of bad input, each with its SQLSTATE, detail and hint
\pset format unaligned
SELECT input, try_input('currency_amount', input) AS result
FROM (VALUES
	(''), ('   '), ('$'), ('USD million'), ('900 million'), ('XYZ 5'),
	('5 xyz'), ('200 million roubles'), ('3 billion manat'), ('$5 EUR'), ('$2-3 billion'),
	('$2 to $3 billion'), ('$5 bananas'), ('$5 million.'), ('$1,25'),
	('half a dollar'), ('USD 1e6'), ('USD 5 -'), ('-'), ('1.5.6 USD'),
	('USD 10000000000000000000000000000'),
	('$10000000000000000000000000000000000000000000 billion'),
	('$99,999,999,999,999,999 trillion'), ('USD 9999999999999999999999999999.99999999999')
) AS bad(input);
\pset format aligned

-- how an error reads in psql
SELECT 'XYZ 900'::currency_amount;
SELECT '$2-3 billion'::currency_amount;
SELECT 'USD 100000000000000000000000000000'::currency_amount;

-- accessors, constructor, cast
SELECT currency('$900 million'), '$900 million'::currency_amount::numeric,
	currency_amount('eur', 1250.50), currency_amount('USD', 0.123456789012),
	currency_amount('KZT', -5);
SELECT currency_amount('XYZ', 1);
SELECT currency_amount('US', 1);
SELECT currency_amount('USD', 'NaN');
SELECT currency_amount('USD', 1e30);

-- comparison: currency code first, then value.  A total order, as btree
-- indexes, ORDER BY and keyset paging need, so across currencies it
-- compares codes: 'USD 5' > 'EUR 7000', and a filter on amounts of one
-- currency names the currency too (see doc/types.md)
SELECT '1.50 EUR'::currency_amount = '1.5 EUR', 'USD 1' <> 'EUR 1'::currency_amount,
	'EUR 1000'::currency_amount < 'USD 1', 'USD 2'::currency_amount > 'USD 1.99',
	'USD 2'::currency_amount <= 'USD 2', 'USD 2'::currency_amount >= 'USD 3',
	'USD 5'::currency_amount > 'EUR 7000';
SELECT a FROM (VALUES ('USD 5'::currency_amount), ('UZS 7000'), ('USD 200 million'),
	('EUR 200 million')) v(a)
WHERE currency(a) = 'USD' AND a > 'USD 100 million';
SELECT a FROM (VALUES ('USD 5'::currency_amount), ('EUR 7'), ('USD -1'),
	('BYN 100'), ('EUR 7.000'), ('USD 5.5')) v(a) ORDER BY a;
SELECT DISTINCT a FROM (VALUES ('USD 5'::currency_amount), ('USD 5.0'),
	('EUR 5')) v(a) ORDER BY a;

-- arithmetic within one currency, exact
SELECT '$1.5 million'::currency_amount + '$250,000', 'EUR 10' - 'EUR 10.25'::currency_amount,
	-'USD 3'::currency_amount, abs('USD -3'::currency_amount),
	'USD 100'::currency_amount * 1.5, 2 * 'USD 0.0000000001'::currency_amount,
	'USD 10'::currency_amount / 3, 'USD -10'::currency_amount / 3,
	'USD 2'::currency_amount / 3, 'USD 0.0000000005'::currency_amount / 10,
	'USD 900 million'::currency_amount / 'USD 600 million'::currency_amount;
SELECT 'USD 1'::currency_amount + 'EUR 1';
SELECT 'USD 1'::currency_amount - 'EUR 1';
SELECT 'USD 1'::currency_amount / 'EUR 1'::currency_amount;
SELECT 'USD 1'::currency_amount / 0;
SELECT 'USD 9999999999999999999999999999'::currency_amount + 'USD 1';
SELECT 'USD 9999999999999999999999999999'::currency_amount * 10;

-- aggregates, per currency
CREATE TABLE amounts (id int, a currency_amount);
INSERT INTO amounts VALUES
	(1, '$900 million'), (2, '$417.5 million'), (3, 'EUR 3.2bn'), (4, 'EUR 1'),
	(5, NULL), (6, 'USD 0.0000000001');
SELECT currency(a), sum(a), min(a), max(a), avg(a), count(a)
FROM amounts GROUP BY 1 ORDER BY 1;
SELECT avg(a) FROM (VALUES ('USD 1'::currency_amount), ('USD 1'), ('USD 2')) v(a);
-- the mean of amounts whose sum exceeds the type's range, and of negatives
SELECT avg(a) FROM (VALUES ('USD 9000000000000000000000000000'::currency_amount),
	('USD 9000000000000000000000000000'), ('USD 8000000000000000000000000000')) v(a);
SELECT avg(a) FROM (VALUES ('USD -1'::currency_amount), ('USD -2')) v(a);
-- whether sum() overflows depends on the rows, not on their order
SELECT sum(a ORDER BY n), sum(a ORDER BY -n) FROM (VALUES
	(1, 'USD 9000000000000000000000000000'::currency_amount),
	(2, 'USD 9000000000000000000000000000'), (3, 'USD -9000000000000000000000000000')) v(n, a);
SELECT sum(a) FROM (VALUES ('USD 9000000000000000000000000000'::currency_amount),
	('USD 1000000000000000000000000000')) v(a);
SELECT avg(a) FROM (VALUES ('USD -0.0000000001'::currency_amount), ('USD 0')) v(a);
SELECT sum(a), avg(a), min(a) FROM amounts WHERE false;
SELECT sum(a) FROM amounts;
SELECT min(a) FROM amounts;
SELECT avg(a) FROM amounts;

-- indexes, hash joins, hash aggregation, hash partitioning
CREATE TABLE left_side AS
	SELECT g AS id, currency_amount(CASE WHEN g % 2 = 0 THEN 'USD' ELSE 'EUR' END, g / 4.0) AS a
	FROM generate_series(1, 2000) g;
CREATE TABLE right_side AS SELECT * FROM left_side WHERE id % 3 = 0;
ANALYZE left_side, right_side;
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM left_side l JOIN right_side r ON l.a = r.a;
SELECT count(*) FROM left_side l JOIN right_side r ON l.a = r.a;
RESET enable_mergejoin;
RESET enable_nestloop;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT a, count(*) FROM left_side GROUP BY a;
SELECT count(*) FROM (SELECT a, count(*) FROM left_side GROUP BY a) g;
RESET enable_sort;

CREATE INDEX ON left_side (a);
CREATE INDEX left_side_hash ON left_side USING hash (a);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM left_side WHERE a > 'USD 490' ORDER BY a;
SELECT id FROM left_side WHERE a > 'USD 498' ORDER BY a;
EXPLAIN (COSTS OFF) SELECT id FROM left_side WHERE a = 'EUR 250.25';
SELECT id FROM left_side WHERE a = 'EUR 250.25';
RESET enable_seqscan;

CREATE TABLE by_hash (a currency_amount) PARTITION BY HASH (a);
CREATE TABLE by_hash_0 PARTITION OF by_hash FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE by_hash_1 PARTITION OF by_hash FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO by_hash SELECT a FROM left_side;
SELECT count(*) > 0 AS both_used FROM by_hash_0 HAVING (SELECT count(*) FROM by_hash_1) > 0;
SELECT count(*) FROM by_hash WHERE a = 'USD 1.5';

-- the hash is frozen: partitions and hash indexes on disk depend on it
SELECT a, currency_amount_hash(a), currency_amount_hash_extended(a, 0),
	currency_amount_hash_extended(a, 42)
FROM (VALUES ('USD 900000000'::currency_amount), ('EUR 1250.5'), ('EUR 1250.50'),
	('RUB -1')) v(a);

-- binary I/O: the wire form, and a binary COPY round trip
SELECT encode(currency_amount_send('USD 900000000'), 'hex'),
	encode(currency_amount_send('EUR -1250.5'), 'hex');
SELECT '/tmp/econtext_regress_' || pg_backend_pid() || '.bin' AS binfile \gset
COPY (SELECT a FROM amounts ORDER BY id) TO :'binfile' (FORMAT binary);
CREATE TABLE amounts_copy (a currency_amount);
COPY amounts_copy FROM :'binfile' (FORMAT binary);
SELECT a FROM amounts_copy;
SELECT count(*) AS differing FROM (SELECT a FROM amounts EXCEPT ALL SELECT a FROM amounts_copy) d;

-- malformed binary input is rejected: each bytea below is fed to
-- currency_amount_recv through a binary COPY of a bytea column
SELECT what, try_recv('currency_amount', hex)
FROM (VALUES
	('valid USD 900000000', '55534400010002000000000009'),
	('unknown code', '58595a00010002000000000009'),
	('lower-case code', '75736400010002000000000009'),
	('NaN', '55534400000000c0000000'),
	('infinity', '55534400000000d0000000'),
	('finer than 10^-10', '5553440001fffd0000000b000a'),
	('too large', '5553440001000a000000000001'),
	('trailing byte', '5553440001000200000000000900'),
	('too short', '5553'),
	('zero with 50 decimal places', '5553440000000000000032')
) AS b(what, hex);
SELECT remove_regress_files();
