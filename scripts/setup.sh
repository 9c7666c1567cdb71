#!/usr/bin/env bash
# Create .venv (once) and install gongkai with its test tools into it, at the exact versions of constraints.txt.
# Sourced by demo.sh and test.sh.
set -euo pipefail
# Reading report files needs LibreOffice (.doc/.wps) and tesseract with its Chinese model (scans): Debian packages.
# The demo's .xls of 表三 is made by LibreOffice Calc.
need=()
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
[ -e /usr/lib/libreoffice/program/libsclo.so ] || need+=(libreoffice-calc-nogui)
{ command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx chi_sim; } ||
  need+=(tesseract-ocr tesseract-ocr-chi-sim)
# The shared store and queue of a crawl on many workers (and their tests) run on PostgreSQL and Redis.
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null || need+=(postgresql)
command -v redis-server >/dev/null || need+=(redis-server)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing ${need[*]} (Debian) for .doc/.wps files, scans, the shared store and queue" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "gongkai: .doc/.wps files, scans and the shared store/queue need: sudo apt-get install ${need[*]}" >&2
  fi
fi
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -c constraints.txt -e '.[test]'
