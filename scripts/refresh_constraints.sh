#!/usr/bin/env bash
# Re-resolve the dependencies to their newest allowed releases in a scratch venv, run the whole suite there, and
# only when it passes write the versions to constraints.txt (then review the diff: extraction output may change).
set -euo pipefail
cd "$(dirname "$0")/.."
venv="$(mktemp -d /tmp/gongkai-refresh.XXXXXX)/venv"
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet -e '.[test]'
"$venv/bin/python" -m pytest -q -p no:cacheprovider
{
  sed -n '1,2p' constraints.txt
  "$venv/bin/python" -m pip freeze --exclude-editable | grep -v '^gongkai'
} > constraints.txt.new
mv constraints.txt.new constraints.txt
echo "constraints.txt refreshed; git diff constraints.txt shows what moved"
