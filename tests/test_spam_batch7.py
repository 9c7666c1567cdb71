"""The seventh batch (tests/spam/real_cases_7.toml), held out whole for one blind scoring, as data only: ids, sites,
labels and gloss runs are checked in tests/test_spam_batches.py; here what was collected and its spans of each kind."""

from __future__ import annotations

from tests.spam_batches import HeldOutBatch, check_collected


def test_seventh_batch_holds_what_was_collected():
    collected = {"mirrors": 26, "genuine": 12, "mirror_sites": 23, "genuine_sites": 12}
    kinds = {"place_name": 9, "spam_phrase": 12, "template_phrase": 8, "spam_domain": 7, "spam_title": 5}
    check_collected(HeldOutBatch(7), collected, gloss_only=8, spans=kinds)
