"""The twelfth batch (tests/spam/real_cases_12.toml), held out whole for one blind scoring, collected beside the
eleventh (southern and western provinces and Macao here, northern and eastern ones there), as data only: ids, sites,
labels and gloss runs are checked in tests/test_spam_batches.py; here what was collected and its spans of each kind."""

from __future__ import annotations

from tests.spam_batches import HeldOutBatch, check_collected


def test_twelfth_batch_holds_what_was_collected():
    collected = {"mirrors": 6, "genuine": 12, "mirror_sites": 5, "genuine_sites": 12}
    kinds = {"spam_title": 2, "place_name": 4, "template_phrase": 1}
    check_collected(HeldOutBatch(12), collected, gloss_only=2, spans=kinds)
