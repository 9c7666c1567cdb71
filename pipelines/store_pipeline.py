"""Pipeline adapter: store every report in the embedded SQLite store, versioned, and filter the feed."""

from __future__ import annotations

from dataclasses import asdict

from scrapy.exceptions import DropItem, NotConfigured

from crawler.items import Report, UnchangedReport
from pipelines.store import UNCHANGED, Store

FEED_ITEM_MODES = ("changed", "all")


class StorePipeline:
    """Save reports (new, changed or unchanged) and pass on to the feed what FEED_ITEMS asks for."""

    def __init__(self, path: str, feed_items: str, stats) -> None:
        if feed_items not in FEED_ITEM_MODES:
            raise ValueError(f"FEED_ITEMS must be one of {FEED_ITEM_MODES}, got {feed_items!r}")
        self.path = path
        self.feed_items = feed_items
        self.stats = stats
        self.store: Store | None = None

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("STORE_PATH"):
            raise NotConfigured("no STORE_PATH")
        return cls(crawler.settings["STORE_PATH"], crawler.settings.get("FEED_ITEMS"), crawler.stats)

    def open_spider(self) -> None:
        self.store = Store(self.path)

    def close_spider(self) -> None:
        self.store.close()

    def process_item(self, item):
        if isinstance(item, UnchangedReport):
            stored = self.store.confirm_unchanged(item.url, item.fetched_at)
            self.stats.inc_value(f"portal/{item.portal}/reports_{UNCHANGED}")
            if self.feed_items == "all" and stored is not None:
                return stored
            raise DropItem(f"unchanged since the last run: {item.url}", log_level="DEBUG")
        if not isinstance(item, Report):
            return item
        status = self.store.save(asdict(item), item.fetched_at, **item.http_cache)
        self.stats.inc_value(f"portal/{item.portal}/reports_{status}")
        if status == UNCHANGED and self.feed_items == "changed":
            raise DropItem(f"downloaded again, text unchanged: {item.url}", log_level="DEBUG")
        return item
