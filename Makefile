# The two commands a new user needs: `make demo` and `make test`. Both set up .venv themselves.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
DEMO_DB ?= $(CURDIR)/.readouts/demo.db

.PHONY: demo test lint typecheck unit gate bench install install-dev clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(DEVSTAMP): pyproject.toml $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(STAMP)
install-dev: $(DEVSTAMP)

demo: $(STAMP)
	rm -f $(DEMO_DB)
	$(BIN)/readouts --db $(DEMO_DB) ingest --examples
	$(BIN)/readouts --db $(DEMO_DB) articles --entities

lint: $(DEVSTAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(DEVSTAMP)
	$(BIN)/mypy

unit: $(DEVSTAMP)
	$(BIN)/pytest

gate: $(DEVSTAMP)
	$(BIN)/readouts gate

test: lint typecheck unit gate

bench: $(DEVSTAMP)
	$(BIN)/pip install --quiet -e '.[peers]'
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .readouts .pytest_cache .mypy_cache .ruff_cache
