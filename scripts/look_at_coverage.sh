#!/usr/bin/env bash
# Open a coverage page (gongkai coverage) in headless Chromium from Debian (installed when missing) and save what
# the browser shows as a PNG, to look at it as a reader would. Usage: bash scripts/look_at_coverage.sh PAGE.html [OUT.png]
set -euo pipefail
page="$(realpath "$1")"
out="$(realpath -m "${2:-${page%.html}-browser.png}")"
if ! command -v chromium >/dev/null; then
  (apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk) >/dev/null
fi
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# No network at all for the page (it must open offline), and none of Chromium's own background traffic.
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --proxy-server=127.0.0.1:9 \
  --window-size=1100,900 --screenshot="$out" "file://$page" 2>/dev/null
echo "$out"
