"""Feeds: which reports reach them (FEED_ITEMS, an item filter), and CSV cells that hold JSON."""

from __future__ import annotations

import json

from scrapy.exporters import CsvItemExporter
from scrapy.extensions.feedexport import ItemFilter

from pipelines.store import UNCHANGED


class NewOrChangedReports(ItemFilter):
    """Only reports the store found new or changed in this run (FEED_ITEMS=changed, what scheduled runs want)."""

    def accepts(self, item) -> bool:
        return getattr(item, "change", None) != UNCHANGED and super().accepts(item)


# FEED_ITEMS → the item filter every feed gets (None: Scrapy's default, every item).
FEED_FILTERS = {"changed": "crawler.feeds.NewOrChangedReports", "all": None}


class JsonCellsCsvItemExporter(CsvItemExporter):
    """CSV feeds (-o reports.csv) with nested fields (tables, stats, spam …) as JSON text any reader parses, not
    Python reprs; missing values are empty cells."""

    def serialize_field(self, field, name, value):
        if isinstance(value, dict | list | tuple):
            return json.dumps(value, ensure_ascii=False)
        return super().serialize_field(field, name, value)
