"""A held-out batch of real spam cases (tests/spam/real_cases_N.toml) as data only: its cases, mirrors, genuine
pages, the cases of the batches before it, and the checks of its counts, its kinds of spam and its genuine pages' risky
words. Nothing here runs the spam stage, so a batch stays blind until it is scored once.

A batch's earlier cases are read from the files on disk, not from REAL_CORPORA (which holds a batch only once it has
been scored, and then holds the later batches too): every real_cases file but the numbered batches from N on."""

from __future__ import annotations

import re
from collections import Counter

from tests.spam_scoring import SPAM_DIR, load_cases
from tests.test_spam_real import site

NUMBERED_BATCH = re.compile(r"real_cases_(\d+)\.toml")
# A mirror's gloss: a character followed by its pinyin in brackets, 報(bào); glosses one after another form one run.
GLOSS_RUN = re.compile(r"(?:[\u3400-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\))+")
READING = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


class HeldOutBatch:
    """The cases of batch `number`, its mirrors and genuine pages, and the cases of every batch collected before it."""

    def __init__(self, number: int) -> None:
        self.number = number
        self.path = SPAM_DIR / f"real_cases_{number}.toml"
        self.part = f"held_out{number}"
        self.cases = load_cases(self.path)
        self.mirrors = [case for case in self.cases if case["group"] == "mirror"]
        self.genuine = [case for case in self.cases if case["group"] == "genuine"]
        self.earlier_paths = sorted(path for path in SPAM_DIR.glob("real_cases*.toml") if _before(path.name, number))
        self.earlier = [case for path in self.earlier_paths for case in load_cases(path)]


def _before(name: str, number: int) -> bool:
    numbered = NUMBERED_BATCH.fullmatch(name)
    return int(numbered.group(1)) < number if numbered else True


def check_counts(batch: HeldOutBatch, mirrors: int, genuine: int, mirror_sites: int, genuine_sites: int) -> None:
    assert (len(batch.mirrors), len(batch.genuine)) == (mirrors, genuine)
    assert {case["group"] for case in batch.cases} == {"mirror", "genuine"}
    assert len({site(case["url"]) for case in batch.mirrors}) == mirror_sites
    assert len({site(case["url"]) for case in batch.genuine}) == genuine_sites
    assert all(case["url"].startswith(("http://", "https://")) and case["level"] == "text" for case in batch.cases)


def check_collected(batch: HeldOutBatch, counts: dict[str, int], gloss_only: int, spans: dict[str, int]) -> None:
    """What a batch collected (check_counts), how many of its mirrors hold only pinyin glosses (at most a third), the
    spans of every other kind, and that each genuine page holds the risky words it is kept for."""
    check_counts(batch, **counts)
    glossed = [case for case in batch.mirrors if {entry["kind"] for entry in case["expect"]} == {"pinyin_gloss"}]
    assert len(glossed) == gloss_only
    assert 3 * len(glossed) <= len(batch.mirrors)
    other = Counter(entry["kind"] for case in batch.mirrors for entry in case["expect"])
    del other["pinyin_gloss"]
    assert other == spans
    assert all(case["risky_words"] for case in batch.genuine)
    missing = [
        (case["id"], word) for case in batch.genuine for word in case["risky_words"] if word not in case["input"]
    ]
    assert missing == []
