"""Per-field accuracy of the whole item chain (extract → spam → parse → checks) against the gold files.

Gold files are tests/fixtures/<portal>/<page>.expected.json beside the saved page. `stats` is scored per value
(missing and extra keys count as wrong). Printed by scripts/gold_eval.py; held exact by tests/test_gold.py.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

from crawler.demo.site import DemoSite
from pipelines.chain import report_from_page
from pipelines.items import RawPage, Report

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SCALAR_FIELDS = (
    "title",
    "year",
    "published",
    "publisher",
    "region",
    "region_code",
    "level",
    "index_no",
    "lang",
    "template",
    "checks",
    "spam",
)


def gold_files() -> list[Path]:
    """The gold beside pages saved from the demo portals (real pages in fixtures/real/ have tests of their own)."""
    return sorted(path for path in FIXTURES.glob("*/*.expected.json") if (path.parent / "pages.json").exists())


@cache
def demo_regions() -> dict[str, str]:
    """Each demo portal's region, as its registry entry gives it (the demo site is built once)."""
    return {entry["id"]: entry["region"] for entry in DemoSite("http://127.0.0.1:8000", "http://localhost").registry}


def process(gold: Path) -> Report:
    """The report the crawl's pipelines would emit for the saved page beside `gold`."""
    portal = gold.parent.name
    page = gold.name.removesuffix(".expected.json")
    meta = json.loads((gold.parent / "pages.json").read_text(encoding="utf-8"))[page]
    regions = demo_regions()
    raw = RawPage(
        portal=portal,
        url=meta["url"],
        body=(gold.parent / page).read_bytes(),
        content_type=meta["content_type"],
        fetched_at="2026-11-22T00:00:00+00:00",
        region=regions[portal],
    )
    return report_from_page(raw)


def actual_fields(report: Report) -> dict:
    fields = {name: getattr(report, name) for name in SCALAR_FIELDS}
    return fields | {"stats": report.stats, "sections": [section["heading"] for section in report.sections]}


def compare(expected: dict, actual: dict) -> tuple[Counter, Counter, list[str]]:
    """(right, total) per field, and the differences."""
    right, total, errors = Counter(), Counter(), []
    for field in (*SCALAR_FIELDS, "sections"):
        total[field] += 1
        if expected[field] == actual[field]:
            right[field] += 1
        else:
            errors.append(f"{field}: expected {expected[field]!r}, got {actual[field]!r}")
    for key in sorted(set(expected["stats"]) | set(actual["stats"])):
        total["stats (per value)"] += 1
        want, got = expected["stats"].get(key, "<absent>"), actual["stats"].get(key, "<absent>")
        if want == got:
            right["stats (per value)"] += 1
        else:
            errors.append(f"stats[{key}]: expected {want!r}, got {got!r}")
    return right, total, errors


def evaluate() -> tuple[Counter, Counter, dict[str, list[str]]]:
    right, total, errors = Counter(), Counter(), {}
    for gold in gold_files():
        r, t, e = compare(json.loads(gold.read_text(encoding="utf-8")), actual_fields(process(gold)))
        right.update(r)
        total.update(t)
        errors[f"{gold.parent.name}/{gold.name}"] = e
    return right, total, errors
