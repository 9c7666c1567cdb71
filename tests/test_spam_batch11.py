"""The eleventh batch (tests/spam/real_cases_11.toml), held out whole for one blind scoring, collected beside another
(northern and eastern provinces here, southern and western ones there), as data only: ids, sites, labels and gloss runs
are checked in tests/test_spam_batches.py; here what was collected and its spans of each kind."""

from __future__ import annotations

from tests.spam_batches import HeldOutBatch, check_collected


def test_eleventh_batch_holds_what_was_collected():
    collected = {"mirrors": 18, "genuine": 12, "mirror_sites": 18, "genuine_sites": 12}
    kinds = {"spam_domain": 5, "spam_title": 7, "spam_phrase": 5, "place_name": 7, "template_phrase": 2}
    check_collected(HeldOutBatch(11), collected, gloss_only=6, spans=kinds)
