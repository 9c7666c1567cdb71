"""Prefiltered patterns find exactly what their own pattern finds: on every labelled spam text (real hacked mirrors and
genuine pages) and on the real report pages' text, whole, by line and inside windows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipelines import markers, spam
from pipelines.extract import extract_report
from pipelines.items import RawPage
from pipelines.prefilter import Prefiltered, match_starts, required_characters
from tests.spam_scoring import load_real, load_written

REAL_PAGES = Path(__file__).resolve().parent / "fixtures" / "real"
WRAPPED = {
    f"{module.__name__}.{name}": value
    for module in (markers, spam)
    for name, value in vars(module).items()
    if isinstance(value, Prefiltered)
}


def _report_texts() -> list[str]:
    texts = []
    for path in sorted(REAL_PAGES.glob("*_report_*.html")):
        body = path.read_bytes()
        raw = RawPage("real", "http://www.pingtan.gov.cn/x.htm", body, content_type="text/html", fetched_at="")
        report = extract_report(raw)
        texts += [report.text, *(cell for table in report.tables for row in table["rows"] for cell in row if cell)]
    return texts


TEXTS = [case["input"] for case in load_written() + load_real() if case["level"] == "text"] + _report_texts()


def test_the_texts_hold_matches_of_every_wrapped_pattern():
    assert len(WRAPPED) >= 6 and len(TEXTS) >= 300
    for name, pattern in WRAPPED.items():
        assert any(pattern.compiled.search(line) for text in TEXTS for line in text.split("\n")), name


@pytest.mark.parametrize("name", sorted(WRAPPED))
def test_the_same_matches_as_the_pattern(name):
    pattern = WRAPPED[name]
    assert pattern.first is not None, f"{name}: no match starts derived, so nothing is skipped"
    for text in TEXTS:
        spans = [match.span() for match in pattern.compiled.finditer(text)]
        assert [match.span() for match in pattern.finditer(text)] == spans, (name, text[:80])
        for line in text.split("\n"):
            assert _found(pattern.search(line)) == _found(pattern.compiled.search(line)), (name, line)
        # inside a window (lookbehinds see before it, the end is the window's)
        for start in range(0, len(text), 37):
            end = start + 53
            assert _found(pattern.search(text, start, end)) == _found(pattern.compiled.search(text, start, end))


def _found(match: re.Match | None) -> tuple[int, int, str] | None:
    return match and (*match.span(), match.group(0))


def test_match_starts_are_the_two_characters_a_match_can_open_with():
    starts = match_starts(re.compile(r"(?<!联)网投|\d*365体育|(?:天天)?六开|bet\d{2,}", re.I))
    opening = ["网投", "网站", "365", "7365", "天天", "六开", "BEt", "bet", "bx", "体育", "联网"]
    assert [text for text in opening if starts.match(text)] == ["网投", "365", "7365", "天天", "六开", "BEt", "bet"]
    one = match_starts(re.compile(r"a|bc|d."))  # a match of one character, any second character
    assert [text for text in ("a", "ax", "bc", "bd", "dx", "x") if one.match(text)] == ["a", "ax", "bc", "dx"]
    assert match_starts(re.compile(r"[^a]b")) is None  # a negated class: any character but one
    assert match_starts(re.compile(r".x")) is None
    assert match_starts(re.compile(r"a?|b")) is None  # may match nothing, anywhere
    assert match_starts(re.compile(r"(?i:a)b")) is None  # flags of its own inside


def test_required_characters_are_in_every_match():
    assert required_characters(re.compile(r"中(?:国|国人)x*_?[^a]+(?=b)", re.I)) == {"中", "国"}
    assert required_characters(re.compile(r"a(?:b|cb)d+", re.I)) == set()  # cased, under IGNORECASE
    assert required_characters(re.compile(r"a(?:b|cb)d+e?")) == {"a", "b", "d"}
    assert Prefiltered(re.compile(r"[a-z]*_[a-z]+")).search("ab_c", 0, 2) is None  # its _ lies outside the window


def test_other_attributes_are_the_patterns_own():
    pattern = Prefiltered(re.compile(r"ab|cd"))
    assert pattern.pattern == "ab|cd" and pattern.match("cdx").group(0) == "cd" and pattern.sub("-", "xabx") == "x-x"
