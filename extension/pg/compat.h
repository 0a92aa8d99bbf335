/*
 * compat.h
 *		What differs between the PostgreSQL majors the glue builds against.
 *
 * PostgreSQL 16 lets input functions report errors softly, through
 * fcinfo->context, so that pg_input_is_valid() and COPY ... ON_ERROR can
 * test input without a subtransaction.  Before 16 every error is thrown.
 */
#ifndef EC_PG_COMPAT_H
#define EC_PG_COMPAT_H

#include "postgres.h"

#if PG_VERSION_NUM >= 160000
#include "nodes/miscnodes.h"
#else
#define errsave(context, ...) ereport(ERROR, __VA_ARGS__)
#define SOFT_ERROR_OCCURRED(escontext) false
#endif

/* make_range() took an escontext in 16 */
#if PG_VERSION_NUM >= 160000
#define ec_make_range(typcache, lower, upper, empty) \
	make_range(typcache, lower, upper, empty, NULL)
#else
#define ec_make_range(typcache, lower, upper, empty) \
	make_range(typcache, lower, upper, empty)
#endif

#endif							/* EC_PG_COMPAT_H */
