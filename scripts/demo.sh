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
# The server writes the registry (atomically) once it listens; give up clearly if it never does.
for _ in $(seq 300); do [ -s output/demo_portals.toml ] && break; kill -0 $demo_pid 2>/dev/null || break; sleep 0.1; done
if [ ! -s output/demo_portals.toml ]; then
  echo "demo portals did not start (see the message above); GONGKAI_DEMO_PORT picks another port" >&2
  exit 2
fi
# The demo portals are local: no need for the per-site politeness delays real portals get. The demo keeps its own
# store, and its feed lists every report even when a rerun finds them all unchanged.
GONGKAI_DOWNLOAD_DELAY=0 GONGKAI_AUTOTHROTTLE_START_DELAY=0 GONGKAI_STORE=output/demo.sqlite GONGKAI_FEED_ITEMS=all \
  .venv/bin/scrapy crawl portals -a portals_file=output/demo_portals.toml -O output/demo-reports.jsonl \
  -s LOG_FILE=output/demo-crawl.log
.venv/bin/python scripts/demo_summary.py output/demo-reports.jsonl output/demo_expected.json
