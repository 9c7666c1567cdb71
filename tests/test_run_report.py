"""The run report: per-portal counts from the run's tally, failed URLs, and the problems that fail the run."""

from __future__ import annotations

from pipelines.counters import Count, Tally
from pipelines.run_report import build_run_report, problem_lines, summary_lines

RUN = {"started": "t0", "finished": "t1", "finish_reason": "finished", "requests": 30}


def tally() -> Tally:
    counts = Tally()
    for portal, counter, amount in (
        ("a", Count.LIST_PAGES, 3),
        ("a", Count.REPORT_LINKS, 5),
        ("a", Count.REPORT_PAGES, 4),
        ("a", Count.REPORTS_NEW, 3),
        ("a", Count.REPORTS_CHANGED, 1),
        ("c", Count.LIST_PAGES, 1),
        ("c", Count.REPORT_LINKS, 2),
        ("c", Count.REPORTS_UNCHANGED, 2),
        ("zzz", Count.LIST_PAGES, 9),  # not in this run's registry selection
    ):
        counts.count(portal, counter, amount)
    counts.fail("a", "http://a/404.htm", "http_404")
    for page in range(4):
        counts.fail("b", f"http://b/{page}.htm", "http_503")
    counts.fail("b", "http://b/0.htm", "parse_error")  # the same page again: counted once
    return counts


def report(productive_before: set[str], counts: Tally | None = None, portals=("a", "b", "c"), ratio=0.25) -> dict:
    return build_run_report(counts or tally(), list(portals), productive_before, ratio, RUN)


def test_counts_per_portal_totals_and_failed_urls():
    built = report(set())
    assert built["portals"]["a"] == {
        "list_pages": 3,
        "report_links": 5,
        "report_pages": 4,
        "reports_new": 3,
        "reports_changed": 1,
        "reports_unchanged": 0,
        "not_reports": 0,
        "failed": {"http_404": 1},
        "failed_urls": [{"url": "http://a/404.htm", "reason": "http_404", "title": None}],
        "columns": [],
    }
    assert built["portals"]["b"]["failed"] == {"http_503": 4}
    assert built["totals"]["reports_unchanged"] == 2 and "zzz" not in built["portals"]
    assert built["requests"] == 30 and built["finish_reason"] == "finished"


def test_a_page_that_fails_after_download_counts_once_in_the_failure_ratio():
    counts = Tally()
    counts.count("a", Count.LIST_PAGES)
    counts.count("a", Count.REPORT_PAGES, 3)  # three downloads: two stored, one failed extraction
    counts.count("a", Count.REPORTS_NEW, 2)
    counts.fail("a", "http://a/broken.htm", "parse_error")
    # 1 failure of 4 outcomes (1 list page, 2 stored, 1 failed): 25 %, not 1 of 7.
    assert report(set(), counts, ["a"], ratio=0.24)["problems"] == [
        {"portal": "a", "problem": "1 of 4 pages failed", "failed": {"parse_error": 1}}
    ]
    assert report(set(), counts, ["a"], ratio=0.25)["exit_code"] == 0


def test_portal_that_had_reports_and_now_finds_none_fails_the_run():
    built = report({"b", "c"})
    assert [p["portal"] for p in built["problems"]] == ["b", "b"]  # dark: no reports, and every page failed
    assert "found none now" in built["problems"][0]["problem"] and built["problems"][0]["failed"] == {"http_503": 4}
    assert built["exit_code"] == 3


def test_a_new_portal_without_reports_and_few_failures_is_not_a_problem():
    built = report({"a", "c"}, portals=("a", "c"))
    assert built["problems"] == [] and built["exit_code"] == 0


def test_summary_and_problem_lines_name_portals():
    built = report({"b"})
    lines = summary_lines(built)
    assert lines[0].startswith("Run report: 30 requests; reports new 3, changed 1, unchanged 2")
    assert any("b: list pages 0" in line and "http_503 ×4" in line for line in lines)
    assert problem_lines(built) == [
        "PROBLEM b: yielded reports in earlier runs, found none now",
        "PROBLEM b: 4 of 4 pages failed",
    ]


def test_a_column_holding_more_than_was_found_is_a_problem():
    counts = Tally()
    counts.count("a", Count.LIST_PAGES, 2)
    counts.column("a", "http://a/nb/index.htm", 20, frozenset(f"http://a/nb/t{n}.htm" for n in range(10)))
    counts.column("a", "http://a/nb/index.htm", None, frozenset({"http://a/nb/t1.htm"}))  # a page seen again
    counts.column(
        "a", "http://a/other/index.htm", 3, frozenset({"http://a/x/1.htm", "http://a/x/2.htm", "http://a/x/3.htm"})
    )
    built = report(set(), counts, ["a"])
    assert built["portals"]["a"]["columns"] == [
        {"url": "http://a/nb/index.htm", "declared": 20, "found": 10},
        {"url": "http://a/other/index.htm", "declared": 3, "found": 3},
    ]
    assert problem_lines(built) == ["PROBLEM a: column http://a/nb/index.htm declares 20 records, 10 found"]


def test_each_portal_found_from_its_home_lists_its_columns_and_none_found_is_a_problem():
    counts = Tally()
    counts.discovering("a", "http://a/")
    counts.count("a", Count.DISCOVERY_PAGES, 2)
    counts.discovered("a", "http://a/zfxxgknb/")
    counts.discovering("b", "http://b/")
    counts.count("b", Count.DISCOVERY_PAGES, 12)
    built = report(set(), counts, ["a", "b", "c"])
    assert built["portals"]["a"]["discovery"] == {"home": "http://a/", "pages": 2, "columns": ["http://a/zfxxgknb/"]}
    assert "discovery" not in built["portals"]["c"]  # registered by its column: nothing to discover
    assert problem_lines(built) == [
        "PROBLEM b: no annual-report column found from its home page http://b/ (12 pages read)"
    ]
    assert "  a: columns found from http://a/: http://a/zfxxgknb/" in summary_lines(built)
