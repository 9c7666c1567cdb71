"""The eighteenth batch (tests/spam/real_cases_18.toml), held out whole for one blind scoring, collected alone after
batch 17 was merged and scored (round 15 under way), through routes earlier batches had used little (brands for bodies
in copies of notices, porn keyword lines over glossed government news, gambling topics as police and lottery pages
word them), as data only: ids, sites, labels and gloss runs are checked in tests/test_spam_batches.py; here what was
collected and its spans of each kind."""

from __future__ import annotations

from tests.spam_batches import HeldOutBatch, check_collected


def test_eighteenth_batch_holds_what_was_collected():
    collected = {"mirrors": 3, "genuine": 5, "mirror_sites": 3, "genuine_sites": 5}
    kinds = {"spam_title": 1, "spam_phrase": 1}
    check_collected(HeldOutBatch(18), collected, gloss_only=1, spans=kinds)
