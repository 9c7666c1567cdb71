"""The end-of-run report: per portal what was fetched, stored and failed, and whether the run should fail."""

from __future__ import annotations

import re

PORTAL_STAT = re.compile(r"^portal/(?P<portal>[^/]+)/(?P<key>.+)$")
COUNTERS = ("list_pages", "report_links", "report_pages", "reports_new", "reports_changed", "reports_unchanged")


def build_run_report(
    stats: dict,
    portals: list[str],
    productive_before: set[str],
    max_failure_ratio: float,
    started: str,
    finished: str,
) -> dict:
    """Summarise one run from the crawl stats; list the problems that make the process exit non-zero."""
    per_portal = {portal: {key: 0 for key in COUNTERS} | {"failed": {}} for portal in portals}
    for name, value in stats.items():
        match = PORTAL_STAT.match(name)
        if not match or match["portal"] not in per_portal:
            continue
        entry, key = per_portal[match["portal"]], match["key"]
        if key.startswith("failed/"):
            entry["failed"][key.removeprefix("failed/")] = value
        elif key in COUNTERS:
            entry[key] = value
    problems = []
    for portal, entry in per_portal.items():
        failures = sum(entry["failed"].values())
        attempts = entry["list_pages"] + entry["report_pages"] + entry["reports_unchanged"] + failures
        if portal in productive_before and entry["report_links"] == 0:
            problems.append(
                {
                    "portal": portal,
                    "problem": "yielded reports in earlier runs, found none now",
                    "failed": entry["failed"],
                }
            )
        if attempts and failures / attempts > max_failure_ratio:
            problems.append(
                {"portal": portal, "problem": f"{failures} of {attempts} pages failed", "failed": entry["failed"]}
            )
    totals = {key: sum(entry[key] for entry in per_portal.values()) for key in COUNTERS}
    return {
        "started": started,
        "finished": finished,
        "finish_reason": stats.get("finish_reason"),
        "requests": stats.get("downloader/request_count", 0),
        "totals": totals,
        "portals": per_portal,
        "problems": problems,
        "exit_code": 3 if problems else 0,
    }


def summary_lines(report: dict) -> list[str]:
    """A few log lines a person reads at the end of a run."""
    totals = report["totals"]
    lines = [
        f"Run report: {report['requests']} requests; reports new {totals['reports_new']}, changed "
        f"{totals['reports_changed']}, unchanged {totals['reports_unchanged']}"
    ]
    for portal, entry in report["portals"].items():
        failed = ", ".join(f"{reason} ×{count}" for reason, count in sorted(entry["failed"].items())) or "none"
        lines.append(
            f"  {portal}: list pages {entry['list_pages']}, report pages {entry['report_pages']}, new "
            f"{entry['reports_new']}, changed {entry['reports_changed']}, unchanged {entry['reports_unchanged']}, "
            f"failed: {failed}"
        )
    lines += [f"  PROBLEM {p['portal']}: {p['problem']}" for p in report["problems"]]
    return lines
