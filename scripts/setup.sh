#!/usr/bin/env bash
# Create .venv (once) and install gongkai with its test tools into it, at the exact versions of constraints.txt.
# Sourced by demo.sh and test.sh.
set -euo pipefail
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -c constraints.txt -e '.[test]'
