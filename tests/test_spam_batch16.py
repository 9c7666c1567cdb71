"""The sixteenth batch (tests/spam/real_cases_16.toml), held out whole for one blind scoring, collected alone after
round 12 was merged and batch 15 was scored, through routes earlier batches had used little (brand and porn words over
national bodies' news and notices, brands for places and bodies in 政府信息公开 pages, gambling and lottery topics as
government pages word them), as data only: ids, sites, labels and gloss runs are checked in
tests/test_spam_batches.py; here what was collected and its spans of each kind."""

from __future__ import annotations

from tests.spam_batches import HeldOutBatch, check_collected


def test_sixteenth_batch_holds_what_was_collected():
    collected = {"mirrors": 20, "genuine": 8, "mirror_sites": 20, "genuine_sites": 8}
    kinds = {"spam_title": 18, "spam_phrase": 5, "place_name": 3, "spam_domain": 2}
    check_collected(HeldOutBatch(16), collected, gloss_only=3, spans=kinds)
