"""The written spam corpora stay at precision >= 0.99 and recall >= 0.97 for every kind."""

from __future__ import annotations

from collections import Counter

import pytest

from pipelines.spam import KINDS as SPAM_KINDS
from tests.spam_scoring import evaluate, load_written

KINDS = (*SPAM_KINDS, "challenge")  # challenge pages are counted at crawl time, never items
CASES = load_written()
SCORES, ERRORS = evaluate(CASES)


def test_corpus_is_large_and_covers_every_kind_both_ways():
    assert len(CASES) >= 150
    assert len({case["id"] for case in CASES}) == len(CASES)
    positives = Counter(e["kind"] for case in CASES for e in case.get("expect", []))
    assert all(positives[kind] >= 5 for kind in KINDS), positives
    negatives = Counter(case["level"] for case in CASES if not case.get("expect"))
    assert negatives["text"] >= 40 and negatives["dom"] >= 8 and negatives["page"] >= 4
    assert sum(1 for case in CASES if case["source"].startswith("seed")) >= 10


@pytest.mark.parametrize("kind", KINDS)
def test_precision_and_recall_per_kind(kind):
    score = SCORES[kind]
    assert score["precision"] >= 0.99 and score["recall"] >= 0.97, (score, [e for e in ERRORS if kind in e])
