"""Feed item filters: which reports reach the JSON lines (FEED_ITEMS)."""

from __future__ import annotations

from scrapy.extensions.feedexport import ItemFilter

from pipelines.store import UNCHANGED


class NewOrChangedReports(ItemFilter):
    """Only reports the store found new or changed in this run (FEED_ITEMS=changed, what scheduled runs want)."""

    def accepts(self, item) -> bool:
        return getattr(item, "change", None) != UNCHANGED and super().accepts(item)


# FEED_ITEMS → the item filter every feed gets (None: Scrapy's default, every item).
FEED_FILTERS = {"changed": "crawler.feeds.NewOrChangedReports", "all": None}
