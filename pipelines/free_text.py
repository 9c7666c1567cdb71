"""Statistics written in running text: the counts of pre-2019 reports (no template), and every report's fee."""

from __future__ import annotations

import re

from pipelines import markers
from pipelines.numbers import amount_in_yuan, text_number
from pipelines.sections import split_sections

COUNT = r"([\d,，]+|[零〇一二两三四五六七八九十百千万]+)?"
# The first match of each pattern wins; a blank where the number belongs (主动公开政府信息 条) gives None, not 0.
PATTERNS = (
    ("active.items", re.compile(rf"主动公开(?:政府)?信息(?:共)?\s*{COUNT}\s*条")),
    ("requests.new.total", re.compile(rf"(?:受理|收到)[^。；\n]{{0,30}}?申请\s*{COUNT}\s*[件起条个]")),
    ("requests.new.total", re.compile(rf"依申请公开(?:政府)?(?:信息)?(?:数)?\s*{COUNT}\s*[件条]")),
    ("requests.granted.total", re.compile(rf"(?<![不部分])(?:同意|予以)公开(?:的答复)?\s*{COUNT}\s*件")),
    ("requests.partly_granted.total", re.compile(rf"部分公开(?:的答复)?\s*{COUNT}\s*件")),
    ("appeals.reconsideration.total", re.compile(rf"行政复议\s*{COUNT}\s*[件起]|{COUNT}\s*件申请行政复议")),
    ("appeals.litigation.total", re.compile(rf"行政诉讼\s*{COUNT}\s*[件起]|{COUNT}\s*件提起行政诉讼")),
    ("appeals.complaints.total", re.compile(rf"申诉\s*{COUNT}\s*[件起]")),
)
SENTENCE = re.compile(r"[^。；！？!?]+")
# "No reconsideration or lawsuit was received" — but not "none was found unlawful in one" (确认违法).
# The gap holds no number: in "未收到…申请，收到1份…行政复议申请" the negation is not about the 行政复议.
NO_APPEALS = re.compile(r"(?:未收到|没有收到|没有出现|未出现|未发生|没有发生)[^。；\n\d]{0,40}?行政复议[^。；\n]{0,20}")


def fee_stats(text: str) -> dict[str, int | float]:
    """fees.collected_yuan: the first amount (元, 万元) or "none charged" (0) that the report's fee sentences state."""
    for sentence in fee_sentences(text):
        for pattern in markers.FEE_AMOUNTS:
            if match := pattern.search(sentence):
                return {"fees.collected_yuan": amount_in_yuan(match.group(1), match.group(2))}
        if markers.NO_FEE.search(sentence):
            return {"fees.collected_yuan": 0}
    return {}


def fee_sentences(text: str) -> list[str]:
    """The sentences about fees for requests, spaces removed: the fee section's first (六 or 四), then the others'."""
    first: list[str] = []
    then: list[str] = []
    for section in split_sections(text):
        heading = section["heading"] or ""
        about_fees = bool(markers.FEE_SUBJECT.search(heading))
        found = first if markers.FEE_SECTION_HEADING.search(heading) else then
        for line in [heading, *section["text"].splitlines()]:
            if line.lstrip().startswith("|"):
                continue  # a table row: 表二's 行政事业性收费, 表三's 收费通知 are not fees collected
            previous = ""
            for sentence in SENTENCE.findall(re.sub(r"\s+", "", line)):
                after_heading = len(previous) <= markers.FEE_HEADING_MAX_CHARS and markers.FEE_SUBJECT.search(previous)
                if about_fees or after_heading or markers.FEE_SUBJECT.search(sentence):
                    found.append(sentence)
                previous = sentence
    return first + then


def free_text_stats(text: str) -> dict[str, int | float | None]:
    """The counts a free-text report states, keyed as in SCHEMA.md."""
    stats: dict[str, int | float | None] = {}
    for key, pattern in PATTERNS:
        if key in stats:
            continue
        if match := pattern.search(text):
            stats[key] = text_number(next((group for group in match.groups() if group), "") or "")
    stats |= fee_stats(text)
    for match in NO_APPEALS.finditer(text):
        if "确认违法" in match.group(0) or "违法" in text[match.end() : match.end() + 10]:
            continue
        stats.setdefault("appeals.reconsideration.total", 0)
        if "诉讼" in match.group(0):
            stats.setdefault("appeals.litigation.total", 0)
    return stats
