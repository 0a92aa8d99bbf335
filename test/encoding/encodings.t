#!/usr/bin/env bash
# The extension in databases that are not UTF-8.  The core reads UTF-8: in
# LATIN1 and WIN1251 text is converted on the way in and the words of a
# mention, or the part of an input an error names, on the way out;
# positions count the database's characters, so that substr() reads each
# mention back.  SQL_ASCII holds bytes of no known encoding: they go to the
# core as they are, and a position counts bytes, as substr() there does.
# The client speaks UTF-8 throughout.  Prints TAP.
set -u
cd "$(dirname "$0")/../.."
. test/lib/tap.sh

export PGCLIENTENCODING=UTF8
for enc in LATIN1 WIN1251 SQL_ASCII; do
	psql -X -q -d postgres -c "SET client_min_messages = warning" \
		-c "DROP DATABASE IF EXISTS econtext_${enc,,}" \
		-c "CREATE DATABASE econtext_${enc,,} ENCODING '$enc' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
	psql -X -q -d "econtext_${enc,,}" -c "CREATE EXTENSION econtext"
done
q() { psql -X -q -At -F '|' -d "econtext_${1,,}" -c "$2" 2>&1; }

# each mention's kind, words, value; and whether substr() reads it back
MENTIONS="SELECT string_agg(concat_ws(' ', kind, text, amount, period, number), '; ' ORDER BY char_start),
	bool_and(substr(t, char_start, char_end - char_start) = text)
FROM (VALUES (\$t\$%s\$t\$)) v(t), extract_mentions(t)"
mentions() { q "$1" "$(printf "$MENTIONS" "$2")"; }

# --- LATIN1: the pound sign, accents before a figure
is "$(q LATIN1 "SELECT '£5 million'::currency_amount, '5 million £'::currency_amount")" \
	"GBP 5000000|GBP 5000000" "LATIN1: currency_amount reads the pound sign"
is "$(mentions LATIN1 'Café crème: £5 million in 2021, up 5% à Genève')" \
	"amount £5 million GBP 5000000; period 2021 2021; percent 5% 5|t" \
	"LATIN1: extract_mentions finds £5 million, positions after accents read back"
like "$(q LATIN1 "SELECT '£5 millionñ'::currency_amount")" 'DETAIL:  Unexpected "ñ" after the amount' \
	"LATIN1: an error's DETAIL names the bad part in the database's encoding"
is "$(q LATIN1 "SELECT 'the first half of 2021'::reporting_period, 'late December 2022'::reporting_period")" \
	"2021-H1|2022-12 END" "LATIN1: reporting_period as in UTF-8"

# --- WIN1251: Cyrillic around English figures
is "$(q WIN1251 "SELECT '\$900 million'::currency_amount")" "USD 900000000" "WIN1251: currency_amount"
is "$(mentions WIN1251 'Товарооборот — $900 million в 2021, рост 27 per cent; €3 bn')" \
	"amount \$900 million USD 900000000; period 2021 2021; percent 27 per cent 27; amount €3 bn EUR 3000000000|t" \
	"WIN1251: extract_mentions finds each figure, positions after Cyrillic read back"
is "$(mentions WIN1251 "$(printf 'Инвестиции: $900\xc2\xa0million')")" "$(printf 'amount $900\xc2\xa0million USD 900000000|t')" \
	"WIN1251: a no-break space (0xA0 there) is white space, as in UTF-8"
like "$(q WIN1251 "SELECT 'Q5 2021 года'::reporting_period")" 'DETAIL:  "Q5" is no quarter' \
	"WIN1251: a period's error names its part"
like "$(q WIN1251 "SELECT 'Ц5 2021'::reporting_period")" 'DETAIL:  No period is recognised at "Ц5"' \
	"WIN1251: ... also when it is Cyrillic (the whole word named)"
is "$(q WIN1251 "SELECT '1,5 млрд долларов США'::currency_amount, 'январе-октябре 2021 года'::reporting_period")" \
	"USD 1500000000|2021-01/2021-10" "WIN1251: Russian amounts and periods read, converted to UTF-8 for the core"

# --- SQL_ASCII: UTF-8 bytes go to the core as they are; positions are bytes
is "$(mentions SQL_ASCII 'Café — €3 bn and $900 million in 2021')" \
	"amount €3 bn EUR 3000000000; amount \$900 million USD 900000000; period 2021 2021|t" \
	"SQL_ASCII: UTF-8 bytes are read as UTF-8, positions read back with substr()"
is "$(q SQL_ASCII "SELECT char_start FROM extract_mentions('é \$5 million')")" "4" \
	"SQL_ASCII: a position counts bytes, as the database's own functions do"


# --- extract_facts reads through the same conversions and positions
FACTS="SELECT string_agg(concat_ws(' ', text, indicator, places, period, change), '; ' ORDER BY char_start),
	bool_and(substr(t, char_start, char_end - char_start) = text)
FROM (VALUES (\$t\$%s\$t\$)) v(t), extract_facts(t)"
facts() { q "$1" "$(printf "$FACTS" "$2")"; }
for enc in LATIN1 WIN1251 SQL_ASCII; do
	case $enc in
		WIN1251) text='Товарооборот: Kazakhstan exported €5 million in 2021, up 3%.' ;;
		*) text='Café: Kazakhstan exported €5 million in 2021, up 3%.' ;;
	esac
	[ $enc = LATIN1 ] && text=${text/€/£}
	is "$(facts $enc "$text")" \
		"$([ $enc = LATIN1 ] && echo £ || echo €)5 million exports {KZ} 2021; 3% exports {KZ} 2021 increase|t" \
		"$enc: extract_facts gives each fact, its span read back with substr()"
done

# --- SQL_ASCII: a long run of bytes that are no UTF-8 (and no space) is
# cut into sentences of the longest length, not of one byte each (half a
# megabyte took 94 s, without a check for interrupts)
is "$(timeout 60 psql -X -q -At -d econtext_sql_ascii -c "SET statement_timeout = '10s'" \
	-c "SELECT count(*) FROM extract_facts(convert_from(decode(repeat('80', 524288), 'hex'), 'SQL_ASCII') || ' 5%')" 2>&1)" \
	"1" "SQL_ASCII: extract_facts of 512 kB of bytes 0x80 within 10 s"

# --- LATIN1: extract_document_facts converts one part at a time and frees
# it before the next, so that a document's parts are not held twice (40 MB
# of parts peaked at 140 MB, now under 100)
hwm=$(psql -X -q -At -d econtext_latin1 -c "SET work_mem = '4MB'" \
	-c "SELECT count(*) FROM extract_document_facts(array_fill(('Exports rose 7%. ' || repeat('x', 2000))::text, ARRAY[20000]))" \
	-c "SELECT (regexp_match(pg_read_file('/proc/self/status'), 'VmHWM:\s*(\d+)'))[1]::int / 1024" | tail -1)
check $(( hwm < 120 ? 0 : 1 )) "LATIN1: extract_document_facts of 40 MB of parts peaks at ${hwm} MB < 120 MB"

for enc in LATIN1 WIN1251 SQL_ASCII; do
	psql -X -q -d postgres -c "DROP DATABASE econtext_${enc,,}"
done
done_testing
