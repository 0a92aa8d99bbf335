-- Everything the catalogs say about the installed extension econtext, one
-- line per fact, in a stable order: two installs that print the same are
-- the same extension.  Used by test/upgrade/upgrade.t.
\pset format unaligned
\pset tuples_only on
\pset null '(null)'
CREATE TEMP VIEW member AS
SELECT d.classid, d.objid FROM pg_depend d
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
	AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'econtext');

SELECT 'member ' || pg_describe_object(classid, objid, 0) FROM member ORDER BY 1;

SELECT format('function %s returns %s: %s strict=%s leakproof=%s parallel=%s secdef=%s cost=%s rows=%s src=%s config=%s comment=%s',
	p.oid::regprocedure, pg_get_function_result(p.oid), p.provolatile, p.proisstrict,
	p.proleakproof, p.proparallel, p.prosecdef, p.procost, p.prorows, p.prosrc,
	p.proconfig, obj_description(p.oid, 'pg_proc'))
FROM pg_proc p JOIN member m ON m.classid = 'pg_proc'::regclass AND m.objid = p.oid ORDER BY 1;

SELECT format('aggregate %s: sfunc=%s stype=%s final=%s combine=%s serial=%s deserial=%s sort=%s init=%s',
	a.aggfnoid::regprocedure, a.aggtransfn, a.aggtranstype::regtype, a.aggfinalfn, a.aggcombinefn,
	a.aggserialfn, a.aggdeserialfn, a.aggsortop::regoperator, a.agginitval)
FROM pg_aggregate a JOIN member m ON m.classid = 'pg_proc'::regclass AND m.objid = a.aggfnoid ORDER BY 1;

SELECT format('operator %s: code=%s result=%s commutator=%s negator=%s restrict=%s join=%s hashes=%s merges=%s comment=%s',
	o.oid::regoperator, o.oprcode, o.oprresult::regtype, o.oprcom::regoperator, o.oprnegate::regoperator,
	o.oprrest, o.oprjoin, o.oprcanhash, o.oprcanmerge, obj_description(o.oid, 'pg_operator'))
FROM pg_operator o JOIN member m ON m.classid = 'pg_operator'::regclass AND m.objid = o.oid ORDER BY 1;

SELECT format('type %s: len=%s byval=%s align=%s storage=%s category=%s preferred=%s in=%s out=%s recv=%s send=%s analyze=%s comment=%s',
	t.oid::regtype, t.typlen, t.typbyval, t.typalign, t.typstorage, t.typcategory, t.typispreferred,
	t.typinput, t.typoutput, t.typreceive, t.typsend, t.typanalyze, obj_description(t.oid, 'pg_type'))
FROM pg_type t JOIN member m ON m.classid = 'pg_type'::regclass AND m.objid = t.oid ORDER BY 1;

SELECT format('cast %s -> %s: function=%s context=%s method=%s',
	c.castsource::regtype, c.casttarget::regtype, c.castfunc::regprocedure, c.castcontext, c.castmethod)
FROM pg_cast c JOIN member m ON m.classid = 'pg_cast'::regclass AND m.objid = c.oid ORDER BY 1;

SELECT format('opclass %s for %s using %s: default=%s family=%s key=%s',
	c.opcname, c.opcintype::regtype, am.amname, c.opcdefault, f.opfname, c.opckeytype::regtype)
FROM pg_opclass c JOIN pg_am am ON am.oid = c.opcmethod JOIN pg_opfamily f ON f.oid = c.opcfamily
JOIN member m ON m.classid = 'pg_opclass'::regclass AND m.objid = c.oid ORDER BY 1;

-- the members of the families, however they joined (CREATE OPERATOR CLASS
-- or ALTER OPERATOR FAMILY ADD)
SELECT format('family %s using %s: strategy %s (%s, %s) %s purpose=%s',
	f.opfname, am.amname, ao.amopstrategy, ao.amoplefttype::regtype, ao.amoprighttype::regtype,
	ao.amopopr::regoperator, ao.amoppurpose)
FROM pg_amop ao JOIN pg_opfamily f ON f.oid = ao.amopfamily JOIN pg_am am ON am.oid = f.opfmethod
JOIN member m ON m.classid = 'pg_opfamily'::regclass AND m.objid = f.oid ORDER BY 1;
SELECT format('family %s using %s: support %s (%s, %s) %s',
	f.opfname, am.amname, ap.amprocnum, ap.amproclefttype::regtype, ap.amprocrighttype::regtype,
	ap.amproc::regprocedure)
FROM pg_amproc ap JOIN pg_opfamily f ON f.oid = ap.amprocfamily JOIN pg_am am ON am.oid = f.opfmethod
JOIN member m ON m.classid = 'pg_opfamily'::regclass AND m.objid = f.oid ORDER BY 1;
