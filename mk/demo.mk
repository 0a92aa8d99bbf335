# mk/demo.mk: the demo cluster, a PostgreSQL server kept under the project
# (.pgdata/) on port DEMO_PORT and a socket of its own, with econtext created
# in database "econtext" and the first book loaded (test/demo.sh).  It keeps
# running for the user; `make demo-stop` stops it.

DEMO_DIR  = $(CURDIR)/.pgdata
DEMO_PORT ?= 54329
DEMO_ENV  = PG_BINDIR=$(PG_BINDIR) DEMO_DIR=$(DEMO_DIR) DEMO_PORT=$(DEMO_PORT) LOADER=$(LOADER)
