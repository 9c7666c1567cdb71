"""What every held-out batch of real spam cases claims about its own data, checked without the spam stage: ids that
continue after the earlier batches, sites no earlier batch has, labels that stand in their excerpts, gloss runs."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.spam_batches import GLOSS_RUN, READING, HeldOutBatch
from tests.test_spam_real import site

# The batches held out whole for one blind scoring each.
BATCHES = [HeldOutBatch(number) for number in (5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18)]
by_batch = pytest.mark.parametrize("batch", BATCHES, ids=[batch.part for batch in BATCHES])


@by_batch
def test_earlier_batches_are_the_files_collected_before_it(batch: HeldOutBatch):
    names = {path.name for path in batch.earlier_paths}
    assert batch.path.name not in names
    assert {"real_cases.toml", f"real_cases_{batch.number - 1}.toml", "real_cases_genuine_extra.toml"} <= names


@by_batch
def test_ids_are_unique_and_continue_after_every_earlier_batch(batch: HeldOutBatch):
    def numbers(cases: list[dict], prefix: str) -> list[int]:
        return [int(case["id"].removeprefix(prefix)) for case in cases if case["id"].startswith(prefix)]

    every = batch.cases + batch.earlier
    assert len({case["id"] for case in every}) == len(every)
    for prefix, group in (("real-s", batch.mirrors), ("real-g", batch.genuine)):
        first = max(numbers(batch.earlier, prefix)) + 1
        assert numbers(group, prefix) == list(range(first, first + len(group))), prefix


@by_batch
def test_batch_is_held_out_whole_and_shares_no_site_with_any_earlier_batch(batch: HeldOutBatch):
    earlier = {site(case["url"]) for case in batch.earlier}
    assert {case["part"] for case in batch.cases} == {batch.part}
    assert [case["id"] for case in batch.cases if site(case["url"]) in earlier] == []


@by_batch
def test_every_label_stands_in_its_excerpt_as_often_as_it_is_listed_and_genuine_pages_have_none(batch: HeldOutBatch):
    for case in batch.mirrors:
        listed = Counter(entry["found"] for entry in case["expect"])
        assert listed, case["id"]
        assert {found: count for found, count in listed.items() if case["input"].count(found) < count} == {}, case["id"]
    assert [case["id"] for case in batch.genuine if case.get("expect")] == []


@by_batch
def test_gloss_labels_are_the_runs_of_glosses_in_their_excerpt_in_order(batch: HeldOutBatch):
    for case in batch.mirrors:
        glosses = [entry for entry in case["expect"] if entry["kind"] == "pinyin_gloss"]
        assert [entry["found"] for entry in glosses] == GLOSS_RUN.findall(case["input"]), case["id"]
        assert all(entry["replaced_by"] == READING.sub("", entry["found"]) for entry in glosses), case["id"]
