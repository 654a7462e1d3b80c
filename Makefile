# Intervisiewijzer: `make run` serves the app with demo data, `make test` runs every check.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PORT ?= 8000
HOST ?= 127.0.0.1
PYTHON ?= python3.11
TEST_POSTGRES_URL ?= $(or $(DATABASE_URL),postgresql://postgres@127.0.0.1:5432/test)

BACKEND := backend
FRONTEND := frontend
VENV := $(BACKEND)/.venv
TOOLS := .tools
UV := $(shell command -v uv 2>/dev/null || echo $(CURDIR)/$(TOOLS)/bin/uv)
PY := $(CURDIR)/$(VENV)/bin/python

.PHONY: help install backend-install frontend-install build migrate demo run test lint typecheck \
	test-backend test-sqlite test-postgres test-frontend e2e openapi bench load outage clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

$(CURDIR)/$(TOOLS)/bin/uv:
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet uv==0.13.9

$(VENV)/.installed: $(BACKEND)/pyproject.toml $(BACKEND)/uv.lock | $(UV)
	cd $(BACKEND) && $(UV) sync --frozen --python $(PYTHON)
	touch $@

$(FRONTEND)/node_modules/.installed: $(FRONTEND)/package.json $(FRONTEND)/package-lock.json
	cd $(FRONTEND) && npm ci --no-audit --no-fund
	touch $@

backend-install: $(VENV)/.installed ## Create the Python venv from uv.lock
frontend-install: $(FRONTEND)/node_modules/.installed ## Install the frontend from package-lock.json
install: backend-install frontend-install ## Install everything

build: frontend-install ## Build the SPA and the widget into frontend/dist
	cd $(FRONTEND) && npm run build

migrate: backend-install ## Apply the database migrations
	cd $(BACKEND) && $(PY) -m intervisiewijzer.cli migrate

demo: migrate ## Load the demo data (idempotent)
	cd $(BACKEND) && $(PY) -m intervisiewijzer.cli seed-demo

run: install build demo ## Serve SPA and API with demo data on http://127.0.0.1:$(PORT)
	@echo "Intervisiewijzer draait op http://$(HOST):$(PORT)"
	cd $(BACKEND) && $(PY) -m uvicorn intervisiewijzer.main:app --host $(HOST) --port $(PORT)

lint: backend-install ## Ruff (lint and format check)
	cd $(BACKEND) && .venv/bin/ruff check . && .venv/bin/ruff format --check .

typecheck: backend-install frontend-install ## mypy and tsc
	cd $(BACKEND) && .venv/bin/mypy intervisiewijzer
	cd $(FRONTEND) && npm run lint

test-sqlite: backend-install ## Backend tests on SQLite
	cd $(BACKEND) && IW_TEST_DATABASE_URL=sqlite .venv/bin/pytest

test-postgres: backend-install ## Backend tests on PostgreSQL ($$TEST_POSTGRES_URL)
	cd $(BACKEND) && IW_TEST_DATABASE_URL=$(TEST_POSTGRES_URL) .venv/bin/pytest

test-backend: backend-install ## Backend tests on SQLite and PostgreSQL, side by side (one per core)
	$(MAKE) --no-print-directory -j2 --output-sync=target test-sqlite test-postgres

test-frontend: frontend-install ## Vitest unit tests
	cd $(FRONTEND) && npm test

e2e: install build ## Playwright end-to-end tests in Chromium
	cd $(FRONTEND) && npm run e2e

test: lint typecheck test-backend test-frontend e2e ## Everything CI runs

openapi: backend-install ## Regenerate openapi/openapi.json and the frontend client
	cd $(BACKEND) && $(PY) -m intervisiewijzer.cli export-openapi
	cd $(FRONTEND) && npm run gen:api

BENCH_SCALE ?= 1
BENCH_DATABASE_URL ?= postgresql://postgres@127.0.0.1:5432/iw_bench
bench: backend-install ## Benchmarks (not tests) on synthetic data in $$BENCH_DATABASE_URL (BENCH_SCALE=1: 20k groups)
	cd $(BACKEND) && .venv/bin/python benchmarks/synthetic.py --scale $(BENCH_SCALE) --database-url $(BENCH_DATABASE_URL)
	cd $(BACKEND) && .venv/bin/python benchmarks/run.py --database-url $(BENCH_DATABASE_URL)

load: backend-install ## Load run (not a test): LOAD_CLIENTS=50 clients for LOAD_SECONDS=60 on PostgreSQL iw_load
	cd $(BACKEND) && $(PY) -m reliability.load

outage: backend-install ## Outage run (not a test): stops a throwaway PostgreSQL (port 5439) mid-traffic
	cd $(BACKEND) && $(PY) -m reliability.outage

clean: ## Remove installs and build output
	rm -rf $(VENV) $(TOOLS) $(FRONTEND)/node_modules $(FRONTEND)/dist
