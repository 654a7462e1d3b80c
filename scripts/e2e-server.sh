#!/usr/bin/env bash
# Serves the built SPA and the API on a fresh SQLite database with demo data, for Playwright.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
port="${E2E_PORT:-8765}"
workdir="$(mktemp -d -t iw-e2e-XXXXXX)"
export IW_DATABASE_URL="sqlite:///${workdir}/e2e.db"
export IW_STATIC_DIR="${IW_STATIC_DIR:-${root}/frontend/dist}"
export IW_ENVIRONMENT=development
# Tests never load map tiles from the internet.
export IW_MAP_TILE_URL=""
# The partner-widget test serves its demo partner page from this origin.
export IW_CORS_ORIGINS='["http://127.0.0.1:8766"]'
# Every Playwright request comes from 127.0.0.1: lift the per-IP limits for the test server.
export IW_PUBLIC_RATE_LIMIT="100000/minute"
export IW_LOGIN_RATE_LIMIT="100000/minute"
cd "${root}/backend"
.venv/bin/python -m intervisiewijzer.cli migrate
.venv/bin/python -m intervisiewijzer.cli seed-demo
exec .venv/bin/python -m uvicorn intervisiewijzer.main:app --host 127.0.0.1 --port "${port}" --log-level warning
