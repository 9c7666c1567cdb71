"""Text helpers every stage shares: white space, and traditional → simplified characters."""

from __future__ import annotations

from functools import cache


def clean_space(text: str) -> str:
    """Collapse runs of white space (including full-width and non-breaking spaces: str.split splits on every
    character str.isspace knows, as re's \\s matches) to one space."""
    return " ".join(text.split())


def without_space(text: str) -> str:
    """Every white space character removed (the same characters as re's \\s, as in clean_space), without a regular
    expression: the statistics readers compact every line and cell."""
    return "".join(text.split())


@cache
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional characters converted to simplified (OpenCC t2s)."""
    return _t2s().convert(text)


def simplified(text: str) -> tuple[str, str]:
    """(text in simplified characters, "zh-Hant" or "zh-Hans" for how it was published)."""
    converted = to_simplified(text)
    if converted == text:  # nothing to convert (most pages): no need to count characters
        return converted, "zh-Hans"
    changed = sum(a != b for a, b in zip(text, converted, strict=False))
    han = sum("\u4e00" <= ch <= "\u9fff" for ch in text) or 1
    return converted, ("zh-Hant" if changed / han > 0.03 else "zh-Hans")
