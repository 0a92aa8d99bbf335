# mk/deps.mk: the Debian packages the targets need.  `make deps` (run by
# test, bench, fuzz, demo and doc) says which are missing before it installs
# them with apt-get, as root; as another user it names them and stops, and
# with nothing missing it does nothing at all, so that a user who is not
# root runs everything once the packages are there.

DEB_PACKAGES = postgresql-$(PG_MAJOR) postgresql-server-dev-$(PG_MAJOR) \
	postgresql-$(PG_MAJOR)-pgtap libtap-parser-sourcehandler-pgtap-perl \
	build-essential libpq-dev libssl-dev

.PHONY: deps

# install_missing PACKAGES...: the shell code that installs what is missing
define install_missing
missing=""; \
for p in $(1); do \
	dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' \
		|| missing="$$missing $$p"; \
done; \
if [ -n "$$missing" ]; then \
	if [ "`id -u`" != 0 ]; then \
		echo "missing Debian packages:$$missing" >&2; \
		echo "install them as root: apt-get install$$missing (or run 'make deps' as root)" >&2; \
		exit 1; \
	fi; \
	echo "installing missing Debian packages with apt-get:$$missing"; \
	apt-get update -qq && \
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
fi
endef

deps:
	@$(call install_missing,$(DEB_PACKAGES))
