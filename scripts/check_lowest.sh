#!/usr/bin/env bash
# Install the oldest release every lower bound in pyproject.toml allows (uv's lowest-direct resolution) in a
# scratch venv and run the suite there: the bounds are only true while this passes. Prints the versions it used.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d /tmp/gongkai-lowest.XXXXXX)"
python3 -m venv "$work/tools"
"$work/tools/bin/pip" install --quiet uv
python3 -m venv "$work/venv"
"$work/tools/bin/uv" pip install --quiet --python "$work/venv/bin/python" --resolution lowest-direct -e '.[test]'
# The versions of the direct dependencies it ran with (pyproject.toml's names, as pip spells them).
names=$("$work/venv/bin/python" - <<'PY'
import re, tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
specs = project["dependencies"] + project["optional-dependencies"]["test"]
names = (re.split(r"[<>=!~ ;\[]", spec, maxsplit=1)[0].lower() for spec in specs)
print("|".join(re.sub(r"[-_.]", "[-_.]", name) for name in names))
PY
)
"$work/venv/bin/python" -m pip freeze 2>/dev/null | grep -i -E "^($names)=="
"$work/venv/bin/python" -m pytest -q -p no:cacheprovider "$@"
