"""The end-of-run report: per portal what was fetched, stored and failed, and whether the run should fail."""

from __future__ import annotations

from pipelines.counters import Count, PortalCounts, Tally

# What the report shows per portal; a page's outcome is exactly one of the list pages, the stored reports, a failure.
COUNTERS = (
    Count.LIST_PAGES,
    Count.REPORT_LINKS,
    Count.REPORT_PAGES,
    Count.REPORTS_NEW,
    Count.REPORTS_CHANGED,
    Count.REPORTS_UNCHANGED,
    Count.NOT_REPORTS,
)
OUTCOMES = (
    Count.DISCOVERY_PAGES,
    Count.LIST_PAGES,
    Count.REPORTS_NEW,
    Count.REPORTS_CHANGED,
    Count.REPORTS_UNCHANGED,
    Count.NOT_REPORTS,
    Count.FAILED,
)
EXIT_PROBLEMS = 3


def build_run_report(
    tally: Tally,
    portals: list[str],
    productive_before: set[str],
    max_failure_ratio: float,
    run: dict,
) -> dict:
    """Summarise one run from its tally; `problems` lists what makes the process exit with EXIT_PROBLEMS.
    `run` holds the run's own facts (started, finished, finish_reason, requests), copied into the report."""
    per_portal = {}
    problems = []
    for portal in portals:
        counts = tally.portals.get(portal, PortalCounts())
        failed = counts.failed()
        columns = [
            {"url": url, "declared": column.declared, "found": len(column.records)}
            for url, column in counts.columns.items()
        ]
        entry = {str(counter): counts.counts[counter] for counter in COUNTERS} | {
            "failed": failed,
            "failed_urls": [
                {"url": url, "reason": reason, "title": counts.failed_titles.get(url)}
                for url, reason in counts.failed_urls.items()
            ],
            "columns": columns,
        }
        if counts.discovery is not None:
            pages, found = counts.counts[Count.DISCOVERY_PAGES], list(counts.discovery.columns)
            entry["discovery"] = {"home": counts.discovery.home, "pages": pages, "columns": found}
            if not counts.discovery.columns:
                problems.append(
                    {
                        "portal": portal,
                        "problem": f"no annual-report column found from its home page {counts.discovery.home} "
                        f"({pages} pages read)",
                    }
                )
        per_portal[portal] = entry
        for column in columns:
            if column["declared"] is not None and column["found"] < column["declared"]:
                problems.append(
                    {
                        "portal": portal,
                        "problem": f"column {column['url']} declares {column['declared']} records, "
                        f"{column['found']} found",
                    }
                )
        attempts = sum(counts.counts[outcome] for outcome in OUTCOMES)
        failures = counts.counts[Count.FAILED]
        if portal in productive_before and counts.counts[Count.REPORT_LINKS] == 0:
            problems.append({"portal": portal, "problem": "yielded reports in earlier runs, found none now"})
        if attempts and failures / attempts > max_failure_ratio:
            problems.append({"portal": portal, "problem": f"{failures} of {attempts} pages failed"})
    for problem in problems:
        problem["failed"] = per_portal[problem["portal"]]["failed"]
    totals = {str(counter): sum(entry[str(counter)] for entry in per_portal.values()) for counter in COUNTERS}
    return run | {
        "totals": totals,
        "portals": per_portal,
        "problems": problems,
        "exit_code": EXIT_PROBLEMS if problems else 0,
    }


def summary_lines(report: dict) -> list[str]:
    """The lines a person reads at the end of a run (the problems are in report["problems"], logged apart)."""
    totals = report["totals"]
    lines = [
        f"Run report: {report['requests']} requests; reports new {totals['reports_new']}, changed "
        f"{totals['reports_changed']}, unchanged {totals['reports_unchanged']}"
    ]
    for portal, entry in report["portals"].items():
        failed = ", ".join(f"{reason} ×{count}" for reason, count in sorted(entry["failed"].items())) or "none"
        if "discovery" in entry:
            columns = ", ".join(entry["discovery"]["columns"]) or "none"
            lines.append(f"  {portal}: columns found from {entry['discovery']['home']}: {columns}")
        lines.append(
            f"  {portal}: list pages {entry['list_pages']}, report pages {entry['report_pages']}, new "
            f"{entry['reports_new']}, changed {entry['reports_changed']}, unchanged {entry['reports_unchanged']}, "
            f"failed: {failed}"
        )
    return lines


def problem_lines(report: dict) -> list[str]:
    """One line per problem, naming the portal."""
    return [f"PROBLEM {problem['portal']}: {problem['problem']}" for problem in report["problems"]]
