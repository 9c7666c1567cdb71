#!/usr/bin/env bash
# Flake hunt: run the whole suite N times (default 5) from a fresh clone of HEAD while the machine is loaded
# (stress-ng on every core, from Debian; installed when missing). Prints one line per run and exits non-zero
# unless every run passed. Usage: bash scripts/soak_tests.sh [RUNS]; SOAK_LOAD=0 runs without the load.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
work="$(mktemp -d /tmp/gongkai-soak.XXXXXX)"
git clone --quiet . "$work/gongkai"
# The suite reads ../shared (the real files) beside the checkout, as CI lays it out.
[ -d ../shared ] && ln -s "$(cd ../shared && pwd)" "$work/shared"
cd "$work/gongkai"
source scripts/setup.sh >/dev/null 2>&1

load_pid=""
if [ "${SOAK_LOAD:-1}" != 0 ]; then
  if ! command -v stress-ng >/dev/null; then
    (apt-get update -qq && apt-get install -y -qq stress-ng) >/dev/null
  fi
  stress-ng --cpu "$(nproc)" --timeout 0 --quiet &
  load_pid=$!
fi
trap '[ -n "$load_pid" ] && kill "$load_pid" 2>/dev/null; true' EXIT

passed=0
for run in $(seq "$runs"); do
  start=$(date +%s)
  if .venv/bin/python -m pytest -q -p no:cacheprovider >"$work/run-$run.log" 2>&1; then
    passed=$((passed + 1))
    outcome="passed"
  else
    outcome="FAILED (log: $work/run-$run.log)"
  fi
  echo "run $run/$runs: $outcome in $(($(date +%s) - start)) s; $(tail -n 1 "$work/run-$run.log")"
done
echo "soak: $passed/$runs runs passed$([ -n "$load_pid" ] && echo ", under stress-ng --cpu $(nproc)")"
[ "$passed" = "$runs" ]
