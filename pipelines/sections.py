"""Split a report's text on its own numbered headings (一、总体情况 …)."""

from __future__ import annotations

import re

CHINESE_ORDINALS = "一二三四五六七八九十"
# 一、 / 二. / 三． / 十一、 / 四，at the start of a line; not 一是 (a list inside a paragraph) nor a table row.
HEADING = re.compile(r"^\s*([一二三四五六七八九十]{1,3})\s*[、.．，,]\s*(\S.*)$")
MAX_HEADING_CHARS = 60


def ordinal(numeral: str) -> int:
    """一 → 1, 十 → 10, 十一 → 11, 二十 → 20."""
    if numeral == "十":
        return 10
    if numeral.startswith("十"):
        return 10 + CHINESE_ORDINALS.index(numeral[1]) + 1
    if numeral.endswith("十"):
        return (CHINESE_ORDINALS.index(numeral[0]) + 1) * 10
    if "十" in numeral:
        tens, ones = numeral.split("十")
        return (CHINESE_ORDINALS.index(tens) + 1) * 10 + CHINESE_ORDINALS.index(ones) + 1
    return CHINESE_ORDINALS.index(numeral) + 1


def split_sections(text: str) -> list[dict]:
    """[{"heading": "一、总体情况", "text": "…"}] in report order; text before the first heading has heading None.

    A heading must be short and number higher than the one before (numbers may be skipped), so 一、 inside a table
    or a list restarting at 一 within a section does not start a new section.
    """
    sections: list[dict] = []
    current = {"heading": None, "lines": []}
    last = 0
    for line in text.splitlines():
        match = HEADING.match(line)
        if match and len(line.strip()) <= MAX_HEADING_CHARS and ordinal(match.group(1)) > last:
            if current["heading"] is not None or current["lines"]:
                sections.append(current)
            current = {"heading": line.strip(), "lines": []}
            last = ordinal(match.group(1))
        else:
            current["lines"].append(line)
    if current["heading"] is not None or current["lines"]:
        sections.append(current)
    return [{"heading": s["heading"], "text": "\n".join(s["lines"]).strip()} for s in sections]
