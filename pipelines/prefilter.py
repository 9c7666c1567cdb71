"""Regular expressions searched first for the characters a match can start with.

Python's re engine skips ahead by a pattern's first character only when every alternative opens with a literal (and,
ignoring case, an uncased one); a pattern such as markers.SPAM_CORE, sixty alternatives opening with digits, Latin
letters, optional words and lookbehinds, is tried in full at every position of the text. Prefiltered looks for the
characters any match must start with (a character class the engine scans for in C), derived from the pattern's own
parse, and tries the pattern only there: the same matches, because a match that consumes anything consumes its first
character at its start. A pattern whose first character cannot be bounded (one that may match nothing, or opens with
any character) is searched as it is.
"""

from __future__ import annotations

import re
import sys

# The parse tree of a pattern: private modules of the standard library, read only here; when they change shape, the
# prefilter is not made (first_characters returns None) and the pattern is searched as it is.
try:
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - a Python whose re has other internals
    sre = sre_parse = None

# Categories of a character class, written back as the class escapes they were parsed from.
CATEGORY_ESCAPES = (
    {
        sre.CATEGORY_DIGIT: r"\d",
        sre.CATEGORY_NOT_DIGIT: r"\D",
        sre.CATEGORY_SPACE: r"\s",
        sre.CATEGORY_NOT_SPACE: r"\S",
        sre.CATEGORY_WORD: r"\w",
        sre.CATEGORY_NOT_WORD: r"\W",
    }
    if sre
    else {}
)


class _Unbounded(Exception):
    """Any character may open a match."""


def _firsts(items) -> tuple[list, bool]:
    """The class items that may open a match of a sequence of parsed items, and whether the sequence may match
    nothing."""
    found = []
    for op, value in items:
        items_here, may_be_empty = _first_of(op, value)
        found += items_here
        if not may_be_empty:
            return found, False
    return found, True


def _first_of(op, value) -> tuple[list, bool]:
    if op is sre.LITERAL:
        return [(op, value)], False
    if op is sre.IN:
        if any(item_op is sre.NEGATE for item_op, _value in value):
            raise _Unbounded
        return list(value), False
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, pattern = value
        if add_flags or del_flags:
            raise _Unbounded  # (?i:…) inside: the class would need the group's flags
        return _firsts(pattern.data)
    if op is sre.BRANCH:
        found, may_be_empty = [], False
        for alternative in value[1]:
            items_here, empty_here = _firsts(alternative.data)
            found += items_here
            may_be_empty |= empty_here
        return found, may_be_empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, _most, pattern = value
        found, may_be_empty = _firsts(pattern.data)
        return found, may_be_empty or least == 0
    if op is sre.ATOMIC_GROUP:
        return _firsts(value.data)
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return [], True  # zero-width: the first character is what follows
    raise _Unbounded  # any character, a back reference, a conditional group


def first_characters(pattern: re.Pattern) -> re.Pattern | None:
    """A character class matching every character a match of the pattern can start with, under the pattern's own
    case and ASCII flags; None when a match may be empty or start with any character."""
    if sre is None or not isinstance(pattern.pattern, str):
        return None
    try:
        items, may_be_empty = _firsts(sre_parse.parse(pattern.pattern, pattern.flags).data)
    except (_Unbounded, AttributeError, TypeError, ValueError):
        return None
    if may_be_empty or not items:
        return None
    parts = set()
    for op, value in items:
        if op is sre.LITERAL:
            parts.add(re.escape(chr(value)))
        elif op is sre.RANGE:
            parts.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif op is sre.CATEGORY and value in CATEGORY_ESCAPES:
            parts.add(CATEGORY_ESCAPES[value])
        else:
            return None
    return re.compile(f"[{''.join(sorted(parts))}]", pattern.flags & (re.IGNORECASE | re.ASCII))


class Prefiltered:
    """A compiled pattern whose search and finditer try it only where a match can start (first_characters); every
    other attribute (match, pattern, sub …) is the pattern's own."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.compiled = pattern
        self.first = first_characters(pattern)

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"Prefiltered({self.compiled!r})"

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        if self.first is None:
            return self.compiled.search(string, pos, endpos)
        candidate, match = self.first.search, self.compiled.match
        while (hit := candidate(string, pos, endpos)) is not None:
            if (found := match(string, hit.start(), endpos)) is not None:
                return found
            pos = hit.start() + 1
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        if self.first is None:
            yield from self.compiled.finditer(string, pos, endpos)
            return
        while (found := self.search(string, pos, endpos)) is not None:
            yield found
            pos = found.end()  # never empty (first_characters): the next match starts at or after its end
