"""Every gold file holds exactly: the item chain reproduces each field the report was read to contain."""

from __future__ import annotations

import json

import pytest

from tests.gold import actual_fields, compare, gold_files, process

GOLD = gold_files()


def test_gold_covers_the_seeds_and_every_template_shape():
    names = {f"{g.parent.name}/{g.name}" for g in GOLD}
    assert len(GOLD) >= 11
    templates = [json.loads(g.read_text(encoding="utf-8"))["template"] for g in GOLD]
    assert templates.count("free") == 5 and templates.count("2019") >= 1 and templates.count("2021") >= 5
    assert any("3327_855" in name for name in names)  # split 表三
    assert any("3327_950" in name for name in names)  # Word-pasted cells


@pytest.mark.parametrize("gold", GOLD, ids=[f"{g.parent.name}/{g.name.split('.expected')[0]}" for g in GOLD])
def test_gold_file_holds_exactly(gold):
    _right, _total, errors = compare(json.loads(gold.read_text(encoding="utf-8")), actual_fields(process(gold)))
    assert errors == []
