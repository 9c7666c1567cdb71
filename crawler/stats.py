"""The crawl's stats collector: Scrapy's, plus the per-portal tally that the run report reads as data."""

from __future__ import annotations

from scrapy.statscollectors import MemoryStatsCollector

from pipelines.counters import Count, Tally


class PortalStats(MemoryStatsCollector):
    """Counts per portal into a Tally (pipelines.counters), mirrored into flat `portal/<id>/<counter>` stats so
    Scrapy's end-of-run dump shows them too. The one place those stat names are made."""

    def __init__(self, crawler) -> None:
        super().__init__(crawler)
        self.tally = Tally()

    def count(self, portal: str, counter: Count, amount: int = 1) -> None:
        """Add to one of a portal's counters."""
        self.tally.count(portal, counter, amount)
        self.inc_value(f"portal/{portal}/{counter}", amount)

    def column(self, portal: str, column: str, declared: int | None, records: frozenset[str]) -> None:
        """Record what a list page of a portal's column declares and lists, for the completeness check."""
        self.tally.column(portal, column, declared, records)

    def discovering(self, portal: str, home: str) -> None:
        """A portal whose annual-report column is looked for from its home page."""
        self.tally.discovering(portal, home)

    def discovered(self, portal: str, column: str) -> None:
        """An annual-report column found from a portal's home page."""
        self.tally.discovered(portal, column)
        self.inc_value(f"portal/{portal}/discovered_columns")

    def fail(self, portal: str, url: str, reason: str, title: str | None = None) -> bool:
        """Count a failed page once, with its reason and list title; False when that page had already failed."""
        if not self.tally.fail(portal, url, reason, title):
            return False
        self.inc_value(f"portal/{portal}/{Count.FAILED}/{reason}")
        return True
