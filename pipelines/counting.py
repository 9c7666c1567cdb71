"""Base for pipeline adapters that count what they do in the crawl stats."""

from __future__ import annotations


class CountingPipeline:
    """Holds the crawler's stats collector; subclasses implement process_item."""

    def __init__(self, stats) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)
