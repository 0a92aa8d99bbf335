--
-- Russian: the types read Russian amounts (scale and currency words in
-- their case forms, a decimal comma), and extract_mentions() finds Russian
-- amounts, percentages and ratios with their qualifiers; output stays
-- canonical.  Sentences written for these tests.
--

-- amounts as Russian prose writes them
SELECT input, input::currency_amount AS amount
FROM (VALUES
	('$508 млн'), ('1,5 млрд долларов США'), ('7,4 трлн российских рублей'),
	('350 тыс. долл. США'), ('13,9 млн бел. руб.'), ('100 млрд тенге'),
	('2 миллиарда юаней'), ('225 миллионов долларов'), ('50 млн евро'),
	('2,3 трлн сумов'), ('Br200 млн'), ('1 200 000 тенге'), ('1 234,5 млн долл.'),
	('полмиллиарда долларов'), ('полтора миллиарда евро'), ('два миллиона тенге'),
	('2,2 млрд туркменских манатов')
) AS forms(input);

-- bad Russian input: 22P02 with a detail naming the bad part
\pset format unaligned
SELECT input, try_input('currency_amount', input) AS result
FROM (VALUES
	('5 млрд рублей'), ('5 млрд'), ('5 млрдов долларов'), ('1,5 млрд'), ('сто долларов'),
	('500 млн манатов'), ('два долларов')
) AS bad(input);
\pset format aligned
SELECT '5 млрд рублей'::currency_amount;

-- extraction: amounts, percentages, ratios and their qualifiers
SELECT kind, text, amount, number, qualifier, points
FROM extract_mentions(
	'По итогам года товарооборот вырос на 27%, до более чем $900 млн, а экспорт '
	'составил 1,09 млрд долл. Импорт увеличился в 1,3 раза, более чем в 2 раза по '
	'отдельным позициям, доля выросла на 2,3 п.п. и на 3,5 процента. Кредиты на сумму '
	'до $10 млн, не менее 350 тыс. евро и около 100 млрд тенге. В России бюджет '
	'составил 5 млрд рублей, в Беларуси зарплата выросла до 2000 рублей.');

-- positions read back in characters, in a text mixing both languages
SELECT count(*) AS mentions, bool_and(substr(t, char_start, char_end - char_start) = text) AS spans_match
FROM (VALUES ('Экспорт Беларуси в Узбекистан вырос на 12%, до $245 млн; exports grew 12% to $245 million.')) v(t),
	extract_mentions(t);

-- periods: months in their case forms, runs of them, days, the year's word
SELECT input, input::reporting_period AS period
FROM (VALUES
	('январь-октябрь 2021 года'), ('январе-октябре 2021 года'), ('Октябрь 2021 г.'),
	('14 октября 2022 года'), ('2021-2025 гг.'), ('2021 году'), ('I квартал 2023 г.'),
	('первое полугодие 2022 года'), ('9 месяцев 2023 года'), ('три квартала 2022 года')
) AS forms(input);
-- years of the time of writing need an anchor, as "this year" does
SELECT parse_period('январь-август текущего года', '2023-11-20'),
	parse_period('прошлом году', '2023-11-20');
SELECT 'текущего года'::reporting_period;
-- modifiers: "с", "к", "до", "в конце"; "с ... по" is a run, no modifier
SELECT input, input::reporting_period AS period
FROM (VALUES
	('с 2015 года'), ('к 2025 году'), ('до 2030 года'), ('конце 2022 года'),
	('начале 2023 года'), ('середине 2024 года'), ('с января по октябрь 2021 года'),
	('на 1 января 2024 года'), ('на конец 2022 года'), ('2010-е годы'), ('2020-х годов')
) AS forms(input);
SELECT parse_period('позапрошлого года', '2023-11-20');
SELECT 'квартал 2021'::reporting_period;
SELECT kind, text, period, amount, number, qualifier
FROM extract_mentions(
	'В январе-октябре 2021 года товарооборот вырос на 27%, до более чем $900 млн. '
	'В мае экспорт составил 1,09 млрд долл., а 14 октября 2022 года стороны подписали '
	'контракты на 25 млн долларов США; выставка «Иннопром-2023» прошла в июле. '
	'С 2015 года поставки выросли почти вдвое, а к 2025 году вырастут в полтора раза.', '2023-11-20');

-- amounts in words, ranges with "от ... до", "до" after a verb of change some words back,
-- "на" as "as of", the same period of another year, a dateline the text opens with
SELECT kind, text, period, amount, amount_high, number, number_high, qualifier
FROM extract_mentions(
	'МИНСК, 3 марта /БЕЛТА/ – Проект стоит полмиллиарда долларов, кредиты выдаются '
	'от 10 до 15 млн долларов под 5-7%. Стороны намерены довести товарооборот до 1 млрд '
	'долларов. На 1 января 2024 года долг составил $18,5 млрд. В I квартале 2024 года '
	'выпуск вырос на 4,5% по сравнению с аналогичным периодом прошлого года.', '2024-03-03');
