"""The fifteenth batch (tests/spam/real_cases_15.toml), held out whole for one blind scoring, collected alone through
routes earlier batches had not used (traditional-character and brand queries, gambling topics as government pages word
them), as data only: ids, sites, labels and gloss runs are checked in tests/test_spam_batches.py; here what was
collected and its spans of each kind."""

from __future__ import annotations

from tests.spam_batches import HeldOutBatch, check_collected


def test_fifteenth_batch_holds_what_was_collected():
    collected = {"mirrors": 19, "genuine": 7, "mirror_sites": 19, "genuine_sites": 7}
    kinds = {"spam_title": 11, "spam_phrase": 11, "template_phrase": 2, "variant_character": 13}
    check_collected(HeldOutBatch(15), collected, gloss_only=6, spans=kinds)
