"""The same-output snapshot: what the whole item chain (extract → spam → parse → checks) and the list reader make
of every saved page, so a change made for speed can be shown to change nothing.

Pages: every page saved under tests/fixtures/ (the demo portals' pages, the real pages, the peer cases as their
test renders them) and every HTML report page of the demo site. Report files (PDF, Word, scans) are not included:
they are read by pipelines/files.py, which a speed change of the HTML path does not touch.
Written by `python -m scripts.snapshot`, compared by tests/test_same_output.py.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import asdict
from pathlib import Path

from crawler.demo.site import DemoSite
from pipelines.chain import report_from_page
from pipelines.encoding import decode_html
from pipelines.extract import ExtractionError
from pipelines.items import RawPage
from pipelines.listing import read_list
from tests.gold import demo_regions
from tests.test_peer_cases import CASES, page_of

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SNAPSHOT = FIXTURES / "chain_snapshot.json"
FETCHED_AT = "2026-11-22T00:00:00+00:00"
DEMO_ORIGIN = "http://127.0.0.1:8000"


def saved_pages() -> dict[str, RawPage]:
    """Every saved page, named by where it comes from."""
    pages: dict[str, RawPage] = {}
    regions = demo_regions()
    for listing in sorted(FIXTURES.glob("*/pages.json")):
        portal = listing.parent.name
        for name, meta in json.loads(listing.read_text("utf-8")).items():
            body = (listing.parent / name).read_bytes()
            pages[f"{portal}/{name}"] = RawPage(
                portal, meta["url"], body, meta["content_type"], FETCHED_AT, region=regions.get(portal)
            )
    for expected in sorted((FIXTURES / "real").glob("*.expected.json")):
        meta = json.loads(expected.read_text("utf-8"))
        name = expected.name.removesuffix(".expected.json")
        body = (expected.parent / name).read_bytes()
        pages[f"real/{name}"] = RawPage(
            meta.get("portal", "real"),
            meta["url"],
            body,
            meta.get("content_type", "text/html; charset=utf-8"),
            FETCHED_AT,
            region=meta.get("region"),
        )
    for name, case in CASES.items():
        body = page_of(case).encode("utf-8")
        pages[f"peer/{name}"] = RawPage("peer", f"https://peer.invalid/{name}.html", body, "text/html", FETCHED_AT)
    site = DemoSite(DEMO_ORIGIN, "http://localhost:8000")
    for report in site.expected:
        served = site.respond(report["url"].removeprefix(DEMO_ORIGIN))
        if served.content_type.startswith("text/"):
            pages[f"demo{report['url'].removeprefix(DEMO_ORIGIN)}"] = RawPage(
                report["portal"],
                report["url"],
                served.body,
                served.content_type,
                FETCHED_AT,
                region=regions.get(report["portal"]),
            )
    return pages


def outcome(raw: RawPage) -> dict:
    """What the chain makes of a page (every field of the report, or the reason it is not one), and what the list
    reader finds on it."""
    try:
        result = {"report": asdict(report_from_page(raw))}
    except ExtractionError as error:
        result = {"not_a_report": error.reason}
    markup, _encoding = decode_html(raw.body, raw.content_type)  # as the spider reads a list page
    listing = read_list(markup, raw.url)
    result["list"] = {
        "records": sorted(listing.records),
        "declared_pages": listing.declared_pages,
        "reports": [[link.url, link.title] for link in listing.reports],
        "pages": list(listing.pages),
        "api_calls": [[call.url, call.page, dict(call.form or ())] for call in listing.api_calls],
        "declared_records": listing.declared_records,
    }
    return result


def current() -> dict[str, dict]:
    """The outcome of every saved page with the code as it is now."""
    return {name: outcome(raw) for name, raw in saved_pages().items()}


def differences(expected: dict, actual: dict, path: str = "") -> list[str]:
    """Every field that differs, by its path; long texts as a unified diff of their lines."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        found = []
        for key in sorted(set(expected) | set(actual), key=str):
            where = f"{path}.{key}" if path else str(key)
            if key not in actual:
                found.append(f"{where}: missing now (was {_short(expected[key])})")
            elif key not in expected:
                found.append(f"{where}: new ({_short(actual[key])})")
            else:
                found += differences(expected[key], actual[key], where)
        return found
    if expected == actual:
        return []
    if isinstance(expected, str) and isinstance(actual, str) and "\n" in expected + actual:
        lines = difflib.unified_diff(expected.splitlines(), actual.splitlines(), "before", "now", n=1, lineterm="")
        return [f"{path}:\n" + "\n".join(list(lines)[2:])]
    return [f"{path}: {_short(expected)} → {_short(actual)}"]


def _short(value) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 300 else text[:300] + "…"
