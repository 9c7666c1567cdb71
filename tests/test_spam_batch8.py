"""The eighth batch (tests/spam/real_cases_8.toml), held out whole for one blind scoring together with the seventh, as
data only: ids, sites, labels and gloss runs are checked in tests/test_spam_batches.py; here what was collected and its
spans of each kind."""

from __future__ import annotations

from tests.spam_batches import HeldOutBatch, check_collected


def test_eighth_batch_holds_what_was_collected():
    collected = {"mirrors": 28, "genuine": 14, "mirror_sites": 27, "genuine_sites": 14}
    # (real-s222's brand for 习近平 relabelled in round 11 by batch 12's rule: template_phrase, not spam_phrase)
    kinds = {"place_name": 15, "spam_phrase": 8, "template_phrase": 11, "spam_domain": 19, "spam_title": 2}
    check_collected(HeldOutBatch(8), collected, gloss_only=3, spans=kinds)
