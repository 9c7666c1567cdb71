"""Every saved page gives exactly the output stored in tests/fixtures/chain_snapshot.json (tests/snapshot.py):
speed work must not change a single field. A change meant to change output regenerates the snapshot
(`python -m scripts.snapshot`) and its diff is reviewed."""

from __future__ import annotations

import json

import pytest

from tests.snapshot import SNAPSHOT, differences, outcome, saved_pages

STORED = json.loads(SNAPSHOT.read_text("utf-8"))
PAGES = saved_pages()


def test_the_snapshot_holds_every_saved_page_and_only_those():
    assert sorted(PAGES) == sorted(STORED)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_output_is_the_snapshot(name):
    found = differences(STORED.get(name), outcome(PAGES[name]))
    assert found == [], f"{name}: {len(found)} field(s) differ\n" + "\n".join(found)


def test_a_changed_field_is_shown_by_its_path():
    before = {"report": {"stats": {"requests.new.total": 3}, "text": "一\n二"}}
    after = {"report": {"stats": {"requests.new.total": 4}, "text": "一\n三"}}
    assert differences(before, after) == [
        "report.stats.requests.new.total: 3 → 4",
        "report.text:\n@@ -1,2 +1,2 @@\n 一\n-二\n+三",
    ]
