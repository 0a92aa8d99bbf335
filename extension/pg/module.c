/*
 * module.c
 *		The econtext shared library.
 */
#include "postgres.h"

#include "fmgr.h"

PG_MODULE_MAGIC;
