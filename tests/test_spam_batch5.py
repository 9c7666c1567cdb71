"""The fifth batch of real spam cases (tests/spam/real_cases_5.toml): its data only, never the spam stage (the batch
is held out whole for one blind scoring). Its ids, sites, labels and gloss runs are checked in
tests/test_spam_batches.py."""

from __future__ import annotations

from tests.spam_batches import HeldOutBatch, check_counts


def test_batch_holds_the_cases_collected_from_distinct_sites():
    check_counts(HeldOutBatch(5), mirrors=25, genuine=13, mirror_sites=21, genuine_sites=13)
