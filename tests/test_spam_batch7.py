"""The seventh batch of real spam cases (tests/spam/real_cases_7.toml): its data only, never the spam stage (the batch
is held out whole for one blind scoring). Its ids, sites, labels and gloss runs are checked in
tests/test_spam_batches.py; here: what was collected, and that the kinds of spam have enough spans to score."""

from __future__ import annotations

from collections import Counter

from tests.spam_batches import HeldOutBatch, check_counts

BATCH = HeldOutBatch(7)


def test_earlier_batches_are_the_files_collected_before_this_one():
    names = {path.name for path in BATCH.earlier_paths}
    assert BATCH.path.name not in names
    assert {"real_cases.toml", "real_cases_6.toml", "real_cases_genuine_extra.toml"} <= names


def test_batch_holds_the_cases_collected_from_distinct_sites():
    check_counts(BATCH, mirrors=26, genuine=12, mirror_sites=23, genuine_sites=12)


def test_at_most_a_third_of_the_mirrors_hold_only_glosses():
    kinds_by_case = {case["id"]: {entry["kind"] for entry in case["expect"]} for case in BATCH.mirrors}
    gloss_only = [case_id for case_id, kinds in kinds_by_case.items() if kinds == {"pinyin_gloss"}]
    assert len(gloss_only) == 8
    assert 3 * len(gloss_only) <= len(BATCH.mirrors)
    other = Counter(entry["kind"] for case in BATCH.mirrors for entry in case["expect"])
    del other["pinyin_gloss"]
    assert other == {"place_name": 9, "spam_phrase": 12, "template_phrase": 8, "spam_domain": 7, "spam_title": 5}


def test_genuine_pages_hold_the_risky_words_they_are_kept_for():
    assert all(case["risky_words"] for case in BATCH.genuine)
    missing = [
        (case["id"], word) for case in BATCH.genuine for word in case["risky_words"] if word not in case["input"]
    ]
    assert missing == []
