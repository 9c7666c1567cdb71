"""The tenth batch (tests/spam/real_cases_10.toml), held out whole for one blind scoring, collected beside the ninth
(southern and western provinces and Macao here, northern and eastern ones there), as data only: ids, sites, labels and
gloss runs are checked in tests/test_spam_batches.py; here what was collected and its spans of each kind."""

from __future__ import annotations

from tests.spam_batches import HeldOutBatch, check_collected


def test_tenth_batch_holds_what_was_collected():
    collected = {"mirrors": 28, "genuine": 13, "mirror_sites": 28, "genuine_sites": 13}
    kinds = {"spam_domain": 12, "spam_title": 8, "spam_phrase": 5, "place_name": 6, "template_phrase": 8}
    check_collected(HeldOutBatch(10), collected, gloss_only=8, spans=kinds)
