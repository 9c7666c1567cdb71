"""The ninth batch (tests/spam/real_cases_9.toml), pages of the northern and eastern provinces held out whole for one
blind scoring, as data only: ids, sites, labels and gloss runs are checked in tests/test_spam_batches.py; here what was
collected and its spans of each kind."""

from __future__ import annotations

from tests.spam_batches import HeldOutBatch, check_collected


def test_ninth_batch_holds_what_was_collected():
    collected = {"mirrors": 26, "genuine": 14, "mirror_sites": 24, "genuine_sites": 14}
    kinds = {"place_name": 17, "spam_phrase": 1, "template_phrase": 3, "spam_domain": 6, "spam_title": 2}
    check_collected(HeldOutBatch(9), collected, gloss_only=8, spans=kinds)
