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
# prefilter is not made (match_starts returns None) and the pattern is searched as it is.
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
    """The pattern holds what the derivation does not read (a back reference, a group with flags of its own)."""


# How many characters of a match's start are derived, and at most how many distinct starts are kept while deriving.
START_CHARACTERS = 2
MOST_STARTS = 5000
ANY = None  # a position any character may take


def _starts(items, length: int) -> set[tuple]:
    """The ways a sequence of parsed items can start: tuples of up to `length` positions, each the class items the
    character there can match (ANY for any character); a tuple shorter than `length` is a whole match of the
    sequence."""
    starts = {()}
    for op, value in items:
        grown = set()
        for start in starts:
            if len(start) == length:
                grown.add(start)
            else:
                grown |= {start + more for more in _item_starts(op, value, length - len(start))}
        if len(grown) > MOST_STARTS:
            raise _Unbounded
        starts = grown
    return starts


def _item_starts(op, value, length: int) -> set[tuple]:
    if op is sre.LITERAL:
        return {(((op, value),),)}
    if op is sre.IN:
        if any(item_op is sre.NEGATE for item_op, _value in value):
            return {(ANY,)}
        return {(tuple(value),)}
    if op in (sre.ANY, sre.NOT_LITERAL):
        return {(ANY,)}
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, pattern = value
        if add_flags or del_flags:
            raise _Unbounded  # (?i:…) inside: the classes would need the group's own flags
        return _starts(pattern.data, length)
    if op is sre.ATOMIC_GROUP:
        return _starts(value.data, length)
    if op is sre.BRANCH:
        return set().union(*(_starts(alternative.data, length) for alternative in value[1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, most, pattern = value
        once = _starts(pattern.data, length)
        starts, repeated = ({()} if least == 0 else set()), {()}
        for times in range(1, min(most, length) + 1):  # more repeats than `length` start alike
            repeated = {(a + b)[:length] for a in repeated for b in once}
            if times >= min(least, length):
                starts |= repeated
        return starts
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return {()}  # zero-width: the characters are what follows
    raise _Unbounded


def _class(items: tuple) -> str:
    parts = set()
    for op, value in items:
        if op is sre.LITERAL:
            parts.add(re.escape(chr(value)))
        elif op is sre.RANGE:
            parts.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif op is sre.CATEGORY and value in CATEGORY_ESCAPES:
            parts.add(CATEGORY_ESCAPES[value])
        else:
            raise _Unbounded
    return f"[{''.join(sorted(parts))}]"


def match_starts(pattern: re.Pattern) -> re.Pattern | None:
    """A pattern matching wherever a match of `pattern` can start, by the first two characters a match can open
    with, under the pattern's own case and ASCII flags; None when a match may be empty or start with any character
    (or the pattern holds what is not derived)."""
    if sre is None or not isinstance(pattern.pattern, str):
        return None
    try:
        starts = _starts(sre_parse.parse(pattern.pattern, pattern.flags).data, START_CHARACTERS)
        if () in starts or any(start[0] is ANY for start in starts):
            return None
        # each second character's class, with the first characters it may follow; a start of one character (a
        # match that long, or any character second) needs no second
        firsts, followers, alone = set(), {}, set()
        for first, *rest in starts:
            firsts.add(_class(first))
            if rest and rest[0] is not ANY:
                followers.setdefault(_class(rest[0]), set()).add(_class(first))
            else:
                alone.add(_class(first))
        # (one class for every second character: a class costs the engine one look, alternatives one each)
        seconds = [_union(set(followers))] if followers else []
        if alone:
            seconds.append(f"(?<={_union(alone)})")
        return re.compile(f"{_union(firsts)}(?:{'|'.join(seconds)})", pattern.flags & (re.IGNORECASE | re.ASCII))
    except (_Unbounded, AttributeError, TypeError, ValueError, re.error):
        return None


def _union(classes: set[str]) -> str:
    """One class of the characters of several classes."""
    return "[" + "".join(sorted({c[1:-1] for c in classes})) + "]"


def required_characters(pattern: re.Pattern) -> frozenset[str]:
    """Characters every match of the pattern holds (each alternative, each repeat that must happen once), of those
    it matches exactly: under IGNORECASE, uncased ones only."""
    if sre is None or not isinstance(pattern.pattern, str):
        return frozenset()
    try:
        return _required(sre_parse.parse(pattern.pattern, pattern.flags).data, bool(pattern.flags & re.IGNORECASE))
    except (AttributeError, TypeError, ValueError, re.error):
        return frozenset()


def _required(items, ignore_case: bool) -> frozenset[str]:
    required = frozenset()
    for op, value in items:
        if op is sre.LITERAL:
            char = chr(value)
            if not ignore_case or char.lower() == char.upper() == char:
                required |= {char}
        elif op is sre.SUBPATTERN and not (value[1] or value[2]):
            required |= _required(value[3].data, ignore_case)
        elif op is sre.ATOMIC_GROUP:
            required |= _required(value.data, ignore_case)
        elif op is sre.BRANCH:
            required |= frozenset.intersection(*(_required(alternative.data, ignore_case) for alternative in value[1]))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] >= 1:
            required |= _required(value[2].data, ignore_case)
    return required


class Prefiltered:
    """A compiled pattern whose search and finditer look first for the characters every match holds
    (required_characters), then try it only where a match can start (match_starts); every other attribute (match,
    pattern, sub …) is the pattern's own."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.compiled = pattern
        self.first = match_starts(pattern)
        self.required = required_characters(pattern)

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"Prefiltered({self.compiled!r})"

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        if any(string.find(char, pos, endpos) < 0 for char in self.required):
            return None  # (a match lies inside the window, every character it consumes too)
        if self.first is None:
            return self.compiled.search(string, pos, endpos)
        candidate, match = self.first.search, self.compiled.match
        while (hit := candidate(string, pos, endpos)) is not None:
            if (found := match(string, hit.start(), endpos)) is not None:
                return found
            pos = hit.start() + 1
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        if any(string.find(char, pos, endpos) < 0 for char in self.required):
            return
        if self.first is None:
            yield from self.compiled.finditer(string, pos, endpos)
            return
        while (found := self.search(string, pos, endpos)) is not None:
            yield found
            pos = found.end()  # never empty (match_starts): the next match starts at or after its end
