"""Print what a demo crawl found against what the demo portals hold."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def main(feed: str, expected: str) -> int:
    items = [json.loads(line) for line in Path(feed).read_text(encoding="utf-8").splitlines()]
    wanted = {report["url"] for report in json.loads(Path(expected).read_text(encoding="utf-8"))}
    found = {item["url"] for item in items}
    for portal, count in sorted(Counter(item["portal"] for item in items).items()):
        print(f"  {portal:22} {count} report(s)")
    print(
        f"{len(found & wanted)} of {len(wanted)} demo reports found, {len(found - wanted)} unexpected, "
        f"{len(items) - len(found)} duplicate(s)"
    )
    print(f"JSON lines: {Path(feed).resolve()}")
    return 0 if found == wanted and len(items) == len(found) else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
