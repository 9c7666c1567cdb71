"""Print columns found / expected by discovery on the demo portals and the saved real pages. Usage:
python -m scripts.discovery_eval."""

from __future__ import annotations

import sys

from tests.discovery_scoring import demo_columns, real_page_columns


def _line(name: str, found: list[str], expected: list[str], extra: str = "") -> tuple[int, int]:
    right = len(set(found) & set(expected))
    wrong = len(set(found) - set(expected))
    print(f"{name:24} found {right}/{len(expected)}  wrong {wrong}{extra}")
    return right, len(expected)


def main() -> int:
    totals = []
    print("demo portals (from their home pages)")
    for portal, (found, expected, read) in demo_columns().items():
        totals.append(_line(portal, found, expected, f"  pages read {len(read)}"))
    print("real pages (columns they link)")
    for name, (found, expected) in real_page_columns().items():
        totals.append(_line(name, found, expected))
    right, expected = map(sum, zip(*totals, strict=True))
    print(f"all: {right}/{expected} columns found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
