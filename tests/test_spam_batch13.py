"""The thirteenth batch (tests/spam/real_cases_13.toml), held out whole for one blind scoring, collected beside another
(any province or national body here, Hong Kong and Macao too), as data only: ids, sites, labels and gloss runs are
checked in tests/test_spam_batches.py; here what was collected and its spans of each kind."""

from __future__ import annotations

from tests.spam_batches import HeldOutBatch, check_collected


def test_thirteenth_batch_holds_what_was_collected():
    collected = {"mirrors": 24, "genuine": 12, "mirror_sites": 24, "genuine_sites": 12}
    kinds = {"spam_title": 19, "spam_domain": 1}
    check_collected(HeldOutBatch(13), collected, gloss_only=6, spans=kinds)
