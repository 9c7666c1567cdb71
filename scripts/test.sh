#!/usr/bin/env bash
# Quick start: set everything up and run the tests (offline: the end-to-end test serves its own demo portals).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
.venv/bin/ruff check .
.venv/bin/python -m pytest "$@"
