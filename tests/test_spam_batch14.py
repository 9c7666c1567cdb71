"""The fourteenth batch (tests/spam/real_cases_14.toml), held out whole for one blind scoring, collected beside another
(any province or national body here, Hong Kong and Macao too), as data only: ids, sites, labels and gloss runs are
checked in tests/test_spam_batches.py; here what was collected and its spans of each kind."""

from __future__ import annotations

from tests.spam_batches import HeldOutBatch, check_collected


def test_fourteenth_batch_holds_what_was_collected():
    collected = {"mirrors": 20, "genuine": 7, "mirror_sites": 20, "genuine_sites": 7}
    kinds = {"spam_title": 12, "spam_phrase": 3, "spam_domain": 1}
    check_collected(HeldOutBatch(14), collected, gloss_only=6, spans=kinds)
