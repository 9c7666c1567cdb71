#!/usr/bin/env bash
# Quick start: set everything up, serve the bundled demo portals on 127.0.0.1 (port GONGKAI_DEMO_PORT, default
# 8765, stable so reruns find the same URLs), crawl them, leave JSON lines in output/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
mkdir -p output
rm -f output/demo_portals.toml
.venv/bin/gongkai-demo --port "${GONGKAI_DEMO_PORT:-8765}" --registry output/demo_portals.toml --expected output/demo_expected.json &
demo_pid=$!
trap 'kill $demo_pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do [ -s output/demo_portals.toml ] && break; sleep 0.1; done
# The demo portals are local: no need for the per-site politeness delays real portals get. The demo keeps its own
# store, and its feed lists every report even when a rerun finds them all unchanged.
GONGKAI_DOWNLOAD_DELAY=0 GONGKAI_AUTOTHROTTLE_START_DELAY=0 GONGKAI_STORE=output/demo.sqlite GONGKAI_FEED_ITEMS=all \
  .venv/bin/scrapy crawl portals -a portals_file=output/demo_portals.toml -O output/demo-reports.jsonl \
  -s LOG_FILE=output/demo-crawl.log
.venv/bin/python scripts/demo_summary.py output/demo-reports.jsonl output/demo_expected.json
