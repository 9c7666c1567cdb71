"""Real published pages (tests/fixtures/real/, each with its provenance): the item chain keeps the report text,
drops the chrome, reads the fields and statistics read by hand; list pages give exactly their report links."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.chain import report_from_page
from pipelines.items import RawPage
from pipelines.listing import read_list

REAL = Path(__file__).parent / "fixtures" / "real"
EXPECTED = {
    path.name.removesuffix(".expected.json"): json.loads(path.read_text("utf-8")) for path in REAL.glob("*.json")
}
REPORTS = sorted(name for name, expected in EXPECTED.items() if "fields" in expected)
LISTS = sorted(name for name, expected in EXPECTED.items() if "report_links" in expected)


def test_every_real_page_says_where_it_comes_from():
    assert len(REPORTS) >= 2 and len(LISTS) >= 2
    for name, expected in EXPECTED.items():
        provenance = expected["provenance"]
        assert provenance["repository"] and provenance["path"] and len(provenance["commit"]) == 40, name
        assert provenance["original_url"].startswith("http") and (REAL / name).exists(), name


@pytest.fixture(scope="module", params=REPORTS)
def real_report(request):
    expected = EXPECTED[request.param]
    raw = RawPage(
        portal=expected["portal"],
        url=expected["url"],
        body=(REAL / request.param).read_bytes(),
        content_type=expected["content_type"],
        fetched_at="2026-12-01T00:00:00+00:00",
        region=expected["region"],
    )
    return report_from_page(raw), expected


def test_real_report_text_is_kept_and_chrome_dropped(real_report):
    report, expected = real_report
    assert [phrase for phrase in expected["text_has"] if phrase not in report.text] == []
    assert [phrase for phrase in expected["text_lacks"] if phrase in report.text] == []


def test_real_report_fields_are_the_ones_read_by_hand(real_report):
    report, expected = real_report
    assert {field: getattr(report, field) for field in expected["fields"]} == expected["fields"]


def test_real_report_statistics_are_the_ones_read_by_hand(real_report):
    report, expected = real_report
    wrong = {key: (value, report.stats.get(key, "<absent>")) for key, value in expected["stats"].items()}
    assert {key: pair for key, pair in wrong.items() if pair[0] != pair[1]} == {}
    assert report.checks == []  # the real reports balance


@pytest.mark.parametrize("name", LISTS)
def test_real_list_page_gives_exactly_its_report_links_and_static_pages(name):
    expected = EXPECTED[name]
    markup = (REAL / name).read_text("utf-8")
    page = read_list(markup, expected["url"])
    assert [link.url for link in page.reports] == expected["report_links"]
    assert list(page.pages) == expected["list_pages"]
    calls = [{"url": call.url, "page": call.page, "form": dict(call.form or ())} for call in page.api_calls]
    assert calls == expected.get("api_calls", [])
    assert page.declared_records == expected.get("declared_records")
