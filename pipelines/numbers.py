"""Numbers as reports write them: table cells (0, —, /, blank, -18, 23815600元) and Chinese numerals (十一件)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from pipelines.text import without_space

# Cells that mean "not reported": different from 0, which means the report said zero.
NOT_REPORTED = {"", "—", "——", "-", "--", "/", "／", "－", "无", "空", "…", "×"}
# A whole cell: a signed number, thousands separators allowed, with at most a unit after it (23815600元, 12件).
NUMBER = re.compile(r"^([+\-]?\d[\d,，]*(?:\.\d+)?)(?:元|万元|件|条|个|项|次|%)?$")
CHINESE_NUMBER = re.compile(r"^[零〇一二两三四五六七八九十百千万]+$")


@lru_cache(maxsize=65536)  # the statistics readers ask again for every cell of every row (0, —, the same labels)
def cell_number(cell: str) -> int | float | None:
    """The number in a statistics cell, or None when the cell reports nothing."""
    value = without_space(cell or "")
    if value in NOT_REPORTED:
        return None
    match = NUMBER.match(value.replace("－", "-"))
    if match is None:
        return chinese_number(value)
    digits = match.group(1).replace(",", "").replace("，", "")
    return float(digits) if "." in digits else int(digits)


def chinese_number(text: str) -> int | None:
    """十一 → 11, 二〇 → 20 (digit by digit), or None when it is not a Chinese numeral."""
    text = text.strip()
    if not text or not CHINESE_NUMBER.match(text):
        return None
    # Loaded on the first numeral: its import takes 0.2 CPU s in every extraction worker, and the 500 farm pages
    # (template tables, Word pastes) write none.
    import cn2an

    try:
        return int(cn2an.cn2an(text, "smart"))
    except ValueError:
        return None


def text_number(text: str) -> int | None:
    """A count written in running text: 27649, 27,649, 十一, or None for a blank."""
    text = (text or "").strip()
    if not text:
        return None
    if re.fullmatch(r"\d[\d,，]*", text):
        return int(re.sub(r"[,，]", "", text))
    return chinese_number(text)


def amount_in_yuan(number: str, unit: str) -> int | float:
    """An amount as written (380 元, 0.5 万元, 1,200元) in yuan: 0.5万元 → 5000; an int unless it has fen."""
    yuan = Decimal(re.sub(r"[,，]", "", number)) * (10000 if unit == "万元" else 1)
    return int(yuan) if yuan == yuan.to_integral_value() else float(yuan)
