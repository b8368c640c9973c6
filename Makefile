# Two commands matter: `make run` (serve the app) and `make test` (the whole suite).
# Both set up everything they need on a fresh Debian machine with Python 3.11.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.installed-run
STAMP_DEV := $(VENV)/.installed-dev
PORT ?= 8501
# This machine only. To let others on the network open it: make run ADDRESS=0.0.0.0
# (a public site goes behind nginx instead: docs/deploy.md).
ADDRESS ?= 127.0.0.1
# The packages mypy checks (serving/ too, once it exists): `make test` and `make check` alike.
TYPED := prevention components $(wildcard serving)
# apt-get needs root; use sudo when we are not root.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup run test check lint e2e bench bench-long geo store rebuild export chromium nginx postgresql axe clean

setup: $(STAMP_RUN) geo store  ## venv, packages, boundaries, store: everything but serving

run: setup  ## serve the app on http://localhost:$(PORT), for this machine only (see ADDRESS)
	$(VENV)/bin/streamlit run serve.py --server.port $(PORT) --server.address $(ADDRESS)

test: setup $(STAMP_DEV) chromium nginx postgresql axe  ## lint, format, types, then unit, app and real-browser tests
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy $(TYPED)
	$(VENV)/bin/lint-imports
	$(PY) -m pytest -q --e2e

check: setup $(STAMP_DEV)  ## lint, types, unit and app tests (no browser)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy $(TYPED)
	$(VENV)/bin/lint-imports
	$(PY) -m pytest -q

lint: $(STAMP_DEV)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

e2e: setup $(STAMP_DEV) chromium nginx axe  ## real-browser tests only (the proxy test included)
	$(PY) -m pytest -q --e2e -m e2e

bench: setup $(STAMP_DEV) chromium nginx  ## benchmarks; results in bench/results/
	$(PY) bench/run_all.py

bench-long: setup $(STAMP_DEV) chromium nginx  ## + 30 visitors for 5 min, 50 000 measures, 5 browser rounds
	BENCH_LONG=1 $(PY) bench/run_all.py

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(STAMP_DEV): $(STAMP_RUN) pyproject.toml
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

geo: $(STAMP_RUN)  ## municipality boundaries: local mirror or pinned download, hash-checked
	$(PY) -m prevention geo

store: $(STAMP_RUN)  ## build the store when it is missing, unreadable or older than the seed
	$(PY) -m prevention build --if-needed

rebuild: $(STAMP_RUN)
	$(PY) -m prevention build

export: store
	$(PY) -m prevention export

chromium:  ## Debian's chromium for the browser tests (never a downloaded browser build)
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
		$(SUDO) apt-get install -y -qq --no-install-recommends chromium >/dev/null; }

nginx:  ## Debian's nginx for the reverse-proxy test (deploy/nginx.conf.template); not started here
	@command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || { $(SUDO) apt-get update -qq && \
		$(SUDO) apt-get install -y -qq --no-install-recommends nginx-light >/dev/null; }

postgresql:  ## Debian's PostgreSQL server for the store tests; they start their own throwaway cluster
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
		$(SUDO) apt-get install -y -qq --no-install-recommends postgresql >/dev/null; }

# axe-core, the accessibility rules the browser test injects into every page (a script only:
# the pages run in Debian's chromium). Pinned, in a gitignored folder of its own.
AXE_VERSION := 4.14.1
AXE := .axe/node_modules/axe-core/axe.min.js

axe: $(AXE)  ## axe-core from the npm registry, for the accessibility test

$(AXE):
	@command -v npm >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
		$(SUDO) apt-get install -y -qq --no-install-recommends npm >/dev/null; }
	npm install --silent --no-audit --no-fund --no-save --prefix .axe axe-core@$(AXE_VERSION)

clean:
	rm -rf $(VENV) .axe data/prevention.db data/geo data/export
