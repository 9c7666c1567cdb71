"""Statistics written in running text: the counts of pre-2019 reports (no template), and every report's fee."""

from __future__ import annotations

import re

from pipelines import markers
from pipelines.numbers import amount_in_yuan, text_number
from pipelines.sections import split_sections
from pipelines.text import without_space

COUNT = r"([\d,，]+|[零〇一二两三四五六七八九十百千万]+)?"
# The first match of each pattern wins; a blank where the number belongs (主动公开政府信息 条) gives None, not 0.
PATTERNS = (
    ("active.items", re.compile(rf"主动公开(?:政府)?信息(?:件数|数)?(?:共|为)?\s*{COUNT}\s*[条件]")),
    ("requests.new.total", re.compile(rf"(?:受理|收到)[^。；，,\n]{{0,30}}?申请\s*{COUNT}\s*[件起条个宗]")),
    ("requests.new.total", re.compile(rf"依申请公开(?:政府)?(?:信息)?(?:申请)?(?:数)?\s*{COUNT}\s*[件条]")),
    ("requests.granted.total", re.compile(rf"(?<![不部分])(?:同意|予以)公开(?:的答复)?\s*{COUNT}\s*件")),
    ("requests.partly_granted.total", re.compile(rf"部分公开(?:的答复)?\s*{COUNT}\s*件")),
    (
        "appeals.reconsideration.total",
        re.compile(
            rf"行政复议(?:申请)?\s*{COUNT}\s*[件起份]|{COUNT}\s*件申请行政复议|收到\s*{COUNT}\s*[份件起][^，。；]{{0,20}}?行政复议"
        ),
    ),
    ("appeals.litigation.total", re.compile(rf"行政诉讼\s*{COUNT}\s*[件起]|{COUNT}\s*件提起行政诉讼")),
    ("appeals.complaints.total", re.compile(rf"申诉\s*{COUNT}\s*[件起]")),
)
SENTENCE = re.compile(r"[^。；！？!?]+")
CLAUSE = re.compile(r"[^。；！？!?，,\n]+")
# Counts about appeals, not requests: a requests pattern matching across these is not a count of requests.
APPEAL_WORDS = re.compile(r"复议|诉讼|申诉|申述")
# A number that is not the year's: cumulative totals (累计 / 历年 / 截至 …) beside the year's own (今年新增 N 条).
CUMULATIVE = re.compile(r"累计|历年|截至|截止")
NEW_THIS_YEAR = re.compile(rf"(?:今年|本年度?|全年)?新增(?:主动公开)?(?:政府)?(?:信息)?\s*{COUNT}\s*条")
# What a clause may carry besides its own count: dates (2013年1月1日) and its list number (1、 / （一）).
YEAR_OR_DATE = re.compile(
    r"(?:19|20)\d{2}\s*年(?:度)?(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|^\s*(?:\d{1,2}|[一二三四五六七八九十]+)\s*[、.．]|[（(]\s*\d{1,2}\s*[）)]"
)


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
            for sentence in SENTENCE.findall(without_space(line)):
                after_heading = len(previous) <= markers.FEE_HEADING_MAX_CHARS and markers.FEE_SUBJECT.search(previous)
                if about_fees or after_heading or markers.FEE_SUBJECT.search(sentence):
                    found.append(sentence)
                previous = sentence
    return first + then


def free_text_stats(text: str) -> dict[str, int | float | None]:
    """The counts a free-text report states, keyed as in SCHEMA.md; a clause saying there were none gives 0."""
    stats: dict[str, int | float | None] = {}
    for key, pattern in PATTERNS:
        if key in stats:
            continue
        for match in pattern.finditer(text):
            if key.startswith("requests.") and _not_about_requests(text, match):
                continue
            if key == "active.items" and (value := _this_years_items(text, match)) is not False:
                stats[key] = value
                break
            if key != "active.items":
                stats[key] = text_number(next((group for group in match.groups() if group), "") or "")
                break
    stats |= fee_stats(text)
    for key, value in none_stated(text).items():
        stats.setdefault(key, value)
    return stats


def _sentence_of(text: str, match: re.Match) -> tuple[int, str]:
    """(where it starts, the sentence) that holds a match: from the 。 before it to the 。 after it."""
    start = text.rfind("。", 0, match.start()) + 1
    end = text.find("。", match.end())
    return start, text[start : end if end != -1 else len(text)]


def _not_about_requests(text: str, match: re.Match) -> bool:
    """A requests pattern that matched a count of appeals, or of information items sorted by how they are
    published (…主动公开信息1027条，依申请公开信息459条，不予公开信息…): not a count of requests."""
    _start, sentence = _sentence_of(text, match)
    return bool(APPEAL_WORDS.search(match.group(0)) or markers.ITEMS_BY_DISCLOSURE.search(sentence))


def _this_years_items(text: str, match: re.Match) -> int | bool | None:
    """The year's items for a 主动公开…N条 match: the 新增 number when the sentence gives a cumulative total, False
    when the match itself is cumulative (累计主动公开…), else the number matched."""
    start, sentence = _sentence_of(text, match)
    if CUMULATIVE.search(sentence):
        if new := NEW_THIS_YEAR.search(sentence, match.end() - start):
            return text_number(new.group(1) or "")
        if CUMULATIVE.search(text[max(start, match.start() - 8) : match.start() + 2]):
            return False
    return text_number(next((group for group in match.groups() if group), "") or "")


def none_stated(text: str) -> dict[str, int]:
    """0 for what a clause says did not happen: no request received (未收到…申请), no reconsideration, lawsuit or
    complaint (没有发生…行政复议、行政诉讼…). A clause with a number of its own (收到1份…) says something happened."""
    zeros: dict[str, int] = {}
    for clause in CLAUSE.findall(text):
        bare = YEAR_OR_DATE.sub("", clause)
        if not markers.NONE_HAPPENED.search(bare) or re.search(r"[1-9]", bare) or "违法" in bare:
            continue
        if markers.FEE_WORDS.search(bare):
            continue  # 没有收取…申请的任何费用 is about fees (fee_stats reads it)
        if APPEAL_WORDS.search(bare):
            for key, words in markers.APPEAL_KINDS_IN_TEXT:
                if words.search(bare):
                    zeros.setdefault(key, 0)
        elif markers.REQUESTS_IN_TEXT.search(bare):
            zeros.setdefault("requests.new.total", 0)
    return zeros
