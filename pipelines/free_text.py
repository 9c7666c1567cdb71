"""Statistics of pre-2019 reports, which follow no template: counts written in running text."""

from __future__ import annotations

import re

from pipelines.numbers import text_number

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
    ("fees.collected_yuan", re.compile(rf"收取[^。；\n]{{0,20}}?费用?\s*{COUNT}\s*元")),
)
NO_FEES = re.compile(r"(?:没有|未|不)[^。；\n]{0,40}?收取[^。；\n]{0,30}?费|未收费|免费办理|零收费")
# "No reconsideration or lawsuit was received" — but not "none was found unlawful in one" (确认违法).
# The gap holds no number: in "未收到…申请，收到1份…行政复议申请" the negation is not about the 行政复议.
NO_APPEALS = re.compile(r"(?:未收到|没有收到|没有出现|未出现|未发生|没有发生)[^。；\n\d]{0,40}?行政复议[^。；\n]{0,20}")


def fee_stats(text: str) -> dict[str, int]:
    """fees.collected_yuan = 0 when the report says no fee was charged (2021 reports say so in section 六)."""
    return {"fees.collected_yuan": 0} if NO_FEES.search(text) else {}


def free_text_stats(text: str) -> dict[str, int | None]:
    """The counts a free-text report states, keyed as in SCHEMA.md."""
    stats: dict[str, int | None] = {}
    for key, pattern in PATTERNS:
        if key in stats:
            continue
        if match := pattern.search(text):
            stats[key] = text_number(next((group for group in match.groups() if group), "") or "")
    if "fees.collected_yuan" not in stats:
        stats |= fee_stats(text)
    for match in NO_APPEALS.finditer(text):
        if "确认违法" in match.group(0) or "违法" in text[match.end() : match.end() + 10]:
            continue
        stats.setdefault("appeals.reconsideration.total", 0)
        if "诉讼" in match.group(0):
            stats.setdefault("appeals.litigation.total", 0)
    return stats
