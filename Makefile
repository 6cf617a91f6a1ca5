# The two commands of the README: `make run` and `make test`. Everything else is for developers.
# `make run` installs what running needs (requirements.lock); `make test` adds the development
# tools (requirements-dev.lock). Both lock files pin exact versions; pyproject.toml keeps the
# ranges (regenerate the locks with pip-compile, see docs/beheer.md).
PYTHON    ?= python3
VENV      := .venv
BIN       := $(VENV)/bin
STAMP     := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
HOST      ?= 127.0.0.1
PORT      ?= 8000

.PHONY: run test lint typecheck check openapi clean

# The environment is brought up to date when pyproject.toml or a lock file changes.
$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "VP Monitor needs Python 3.11 or newer"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

$(DEV_STAMP): $(STAMP) requirements-dev.lock
	$(BIN)/python -m pip install --quiet -r requirements-dev.lock
	touch $(DEV_STAMP)

run: $(STAMP)
	$(BIN)/vpmonitor db upgrade
	$(BIN)/vpmonitor demo --if-empty
	VPM_DEMO_AANMELDEN=true $(BIN)/vpmonitor serve --host $(HOST) --port $(PORT)

test: $(DEV_STAMP)
	$(BIN)/pytest -n auto

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(DEV_STAMP)
	$(BIN)/mypy

openapi: $(STAMP)
	$(BIN)/vpmonitor openapi > openapi.json

check: lint typecheck test

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
