"""The seventeenth batch (tests/spam/real_cases_17.toml), held out whole for one blind scoring, collected alone after
batch 16 was merged (round 13 under way), through routes earlier batches had used little (brands for places and for
fixed report and notice phrases, content farms' tags and spam hosts' copies of national bodies' news and press
conferences, gambling topics as police news words them), as data only: ids, sites, labels and gloss runs are checked in
tests/test_spam_batches.py; here what was collected and its spans of each kind."""

from __future__ import annotations

from tests.spam_batches import HeldOutBatch, check_collected


def test_seventeenth_batch_holds_what_was_collected():
    collected = {"mirrors": 15, "genuine": 5, "mirror_sites": 15, "genuine_sites": 5}
    kinds = {"spam_title": 6, "spam_phrase": 7, "place_name": 7, "template_phrase": 9}
    check_collected(HeldOutBatch(17), collected, gloss_only=5, spans=kinds)
