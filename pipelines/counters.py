"""What a run counts per portal, as a vocabulary, and the tally the run report reads as data."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum


class Count(StrEnum):
    """Every per-portal counter of a run. A page ends with exactly one outcome: a list page read, a report stored
    (new, changed or unchanged), a page that is not a report (a blank template), or a failure with its reason."""

    LIST_PAGES = "list_pages"  # outcome: a list page (or list API answer) read
    DISCOVERY_PAGES = "discovery_pages"  # outcome: a home or 政府信息公开 page read to find the report column
    REPORT_LINKS = "report_links"  # report links found on list pages (each URL once)
    REPORT_PAGES = "report_pages"  # report pages downloaded (a 304 or a skipped page is not a download)
    REPORTS_NEW = "reports_new"  # outcome
    REPORTS_CHANGED = "reports_changed"  # outcome
    REPORTS_UNCHANGED = "reports_unchanged"  # outcome
    FAILED = "failed"  # outcome, with a reason and the URL
    NOT_REPORTS = "not_reports"  # outcome: listed like a report, but it is not one (a blank template)
    OFFSITE_REPORT_LINKS = "offsite_report_links"  # links off the portal's domains: never followed
    UNMATCHED_REPORT_LINKS = "report_links_not_matching_pattern"  # the registry's link_pattern refused them
    DOCUMENT_REPORT_LINKS = "document_report_links"  # reports linked straight to a file (PDF, Word …)
    LIST_PAGES_OVER_BUDGET = "list_pages_over_budget"  # list pages beyond max_list_pages: not requested
    IGNORED_REQUESTS = "ignored_requests"  # refused by the crawler's own rules (robots.txt)
    CHALLENGE_PAGES = "challenge_pages"  # WAF challenge answers seen (retried; counted as failed when they persist)


STORED = {"new": Count.REPORTS_NEW, "changed": Count.REPORTS_CHANGED, "unchanged": Count.REPORTS_UNCHANGED}


@dataclass
class Column:
    """A report column: how many records its lists declare, and the detail links they were seen to hold."""

    declared: int | None = None
    records: set[str] = field(default_factory=set)


@dataclass
class Discovered:
    """A portal registered by its home page: the annual-report columns found from it."""

    home: str
    columns: list[str] = field(default_factory=list)


@dataclass
class PortalCounts:
    """One portal's counters, its failed pages (URL → reason, each page once) and its columns (start URL → Column)."""

    counts: Counter = field(default_factory=Counter)
    failed_urls: dict[str, str] = field(default_factory=dict)
    failed_titles: dict[str, str | None] = field(default_factory=dict)  # the link text a failed page was listed under
    columns: dict[str, Column] = field(default_factory=dict)
    discovery: Discovered | None = None  # only for portals whose column was looked for from the home page

    def failed(self) -> dict[str, int]:
        """Failed pages per reason."""
        return dict(Counter(self.failed_urls.values()))


@dataclass
class Tally:
    """A run's counters per portal."""

    portals: dict[str, PortalCounts] = field(default_factory=dict)

    def count(self, portal: str, counter: Count, amount: int = 1) -> None:
        """Add to one counter of one portal."""
        self.portals.setdefault(portal, PortalCounts()).counts[counter] += amount

    def fail(self, portal: str, url: str, reason: str, title: str | None = None) -> bool:
        """Record a failed page once, with its reason (and its list title); False when it had failed already."""
        entry = self.portals.setdefault(portal, PortalCounts())
        if url in entry.failed_urls:
            return False
        entry.failed_urls[url] = reason
        entry.failed_titles[url] = title
        entry.counts[Count.FAILED] += 1
        return True

    def column(self, portal: str, column: str, declared: int | None, records: frozenset[str]) -> None:
        """Add what one list page of a column says: the records it declares (largest claim wins) and lists."""
        entry = self.portals.setdefault(portal, PortalCounts()).columns.setdefault(column, Column())
        if declared is not None:
            entry.declared = max(declared, entry.declared or 0)
        entry.records |= records

    def discovering(self, portal: str, home: str) -> None:
        """A portal's column is looked for from its home page."""
        self.portals.setdefault(portal, PortalCounts()).discovery = Discovered(home)

    def discovered(self, portal: str, column: str) -> None:
        """A portal's annual-report column was found."""
        self.portals[portal].discovery.columns.append(column)
