"""The run report: per-portal counts from the crawl stats, and the problems that fail the run."""

from __future__ import annotations

from pipelines.run_report import build_run_report, summary_lines

STATS = {
    "downloader/request_count": 30,
    "portal/a/list_pages": 3,
    "portal/a/report_links": 5,
    "portal/a/report_pages": 4,
    "portal/a/reports_new": 3,
    "portal/a/reports_changed": 1,
    "portal/a/failed/http_404": 1,
    "portal/b/list_pages": 0,
    "portal/b/failed/http_503": 4,
    "portal/c/list_pages": 1,
    "portal/c/report_links": 2,
    "portal/c/reports_unchanged": 2,
    "portal/zzz/list_pages": 9,  # not in this run's registry selection
}


def report(productive_before: set[str]) -> dict:
    return build_run_report(STATS, ["a", "b", "c"], productive_before, 0.25, "t0", "t1")


def test_counts_per_portal_and_totals():
    built = report(set())
    assert built["portals"]["a"] == {
        "list_pages": 3,
        "report_links": 5,
        "report_pages": 4,
        "reports_new": 3,
        "reports_changed": 1,
        "reports_unchanged": 0,
        "failed": {"http_404": 1},
    }
    assert built["totals"]["reports_unchanged"] == 2 and "zzz" not in built["portals"]
    assert built["requests"] == 30


def test_portal_that_had_reports_and_now_finds_none_fails_the_run():
    built = report({"b", "c"})
    assert [p["portal"] for p in built["problems"]] == ["b", "b"]  # dark: no reports, and every page failed
    assert "found none now" in built["problems"][0]["problem"] and built["problems"][0]["failed"] == {"http_503": 4}
    assert built["exit_code"] == 3


def test_a_new_portal_without_reports_and_few_failures_is_not_a_problem():
    stats = {k: v for k, v in STATS.items() if not k.startswith("portal/b/")}
    built = build_run_report(stats, ["a", "c"], {"a", "c"}, 0.25, "t0", "t1")
    assert built["problems"] == [] and built["exit_code"] == 0


def test_failure_ratio_threshold():
    stats = {"portal/a/list_pages": 1, "portal/a/report_links": 1, "portal/a/failed/http_500": 1}
    assert build_run_report(stats, ["a"], set(), 0.25, "t0", "t1")["exit_code"] == 3
    assert build_run_report(stats, ["a"], set(), 0.5, "t0", "t1")["exit_code"] == 0


def test_summary_lines_name_portals_and_problems():
    lines = summary_lines(report({"b"}))
    assert lines[0].startswith("Run report: 30 requests; reports new 3, changed 1, unchanged 2")
    assert any("b: list pages 0" in line and "http_503 ×4" in line for line in lines)
    assert any(line.strip().startswith("PROBLEM b:") for line in lines)
