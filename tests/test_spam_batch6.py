"""The sixth batch of real spam cases (tests/spam/real_cases_6.toml): its data only, never the spam stage (the batch is
held out whole for one blind scoring). Its ids, sites, labels and gloss runs are checked in tests/test_spam_batches.py;
here: what was collected, and that the kinds of spam have enough spans to score."""

from __future__ import annotations

from tests.spam_batches import HeldOutBatch, check_collected


def test_batch_holds_the_cases_collected_from_distinct_sites_and_enough_spans_of_each_kind():
    collected = {"mirrors": 26, "genuine": 12, "mirror_sites": 22, "genuine_sites": 12}
    kinds = {"place_name": 18, "spam_domain": 10, "spam_title": 6, "template_phrase": 2, "spam_phrase": 2}
    check_collected(HeldOutBatch(6), collected, gloss_only=8, spans=kinds)
