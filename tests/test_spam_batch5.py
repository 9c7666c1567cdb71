"""The fifth batch of real spam cases (tests/spam/real_cases_5.toml): its data only. The batch is held out whole for one
blind scoring, so nothing here runs the spam stage on it; these tests hold what the labels claim about the excerpts."""

from __future__ import annotations

import re
from collections import Counter

from tests.spam_scoring import REAL_CORPORA, SPAM_DIR, load_cases
from tests.test_spam_real import site

BATCH_PATH = SPAM_DIR / "real_cases_5.toml"
BATCH = load_cases(BATCH_PATH)
EARLIER = [case for path in REAL_CORPORA if path != BATCH_PATH for case in load_cases(path)]
MIRRORS = [case for case in BATCH if case["group"] == "mirror"]
GENUINE = [case for case in BATCH if case["group"] == "genuine"]
# A mirror's gloss: a character followed by its pinyin in brackets, 報(bào); glosses one after another form one run.
GLOSS_RUN = re.compile(r"(?:[\u3400-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\))+")
READING = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def test_batch_holds_the_cases_collected_from_distinct_sites():
    assert (len(MIRRORS), len(GENUINE)) == (25, 13)
    assert {case["group"] for case in BATCH} == {"mirror", "genuine"}
    assert len({site(case["url"]) for case in MIRRORS}) == 21
    assert len({site(case["url"]) for case in GENUINE}) == 13
    assert all(case["url"].startswith(("http://", "https://")) and case["level"] == "text" for case in BATCH)


def test_ids_are_unique_and_continue_after_every_earlier_batch():
    def numbers(cases: list[dict], prefix: str) -> list[int]:
        return [int(case["id"].removeprefix(prefix)) for case in cases if case["id"].startswith(prefix)]

    assert len({case["id"] for case in BATCH + EARLIER}) == len(BATCH + EARLIER)
    for prefix, group in (("real-s", MIRRORS), ("real-g", GENUINE)):
        first = max(numbers(EARLIER, prefix)) + 1
        assert numbers(group, prefix) == list(range(first, first + len(group))), prefix


def test_batch_is_held_out_whole_and_shares_no_site_with_any_earlier_batch():
    earlier = {site(case["url"]) for case in EARLIER}
    assert {case["part"] for case in BATCH} == {"held_out5"}
    assert [case["id"] for case in BATCH if site(case["url"]) in earlier] == []


def test_every_label_stands_in_its_excerpt_as_often_as_it_is_listed_and_genuine_pages_have_none():
    for case in MIRRORS:
        listed = Counter(entry["found"] for entry in case["expect"])
        assert listed, case["id"]
        assert {found: count for found, count in listed.items() if case["input"].count(found) < count} == {}, case["id"]
    assert [case["id"] for case in GENUINE if case.get("expect")] == []


def test_gloss_labels_are_the_runs_of_glosses_in_their_excerpt_in_order():
    for case in MIRRORS:
        glosses = [entry for entry in case["expect"] if entry["kind"] == "pinyin_gloss"]
        assert [entry["found"] for entry in glosses] == GLOSS_RUN.findall(case["input"]), case["id"]
        assert all(entry["replaced_by"] == READING.sub("", entry["found"]) for entry in glosses), case["id"]
