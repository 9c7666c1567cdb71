"""Pipeline adapter: text-level spam removal and repair on each report, every change recorded in `spam`."""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

from crawler.items import Report
from pipelines.spam import SpamContext, clean_text_spam


class SpamPipeline:
    """Clean the title and text of a report; recompute its hash, since the text changed."""

    def __init__(self, stats) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        if not isinstance(item, Report):
            return item
        context = SpamContext(region=item.region, title=item.title, host=urlsplit(item.url).hostname)
        title, title_hits = clean_text_spam(item.title or "", context)
        item.text, text_hits = clean_text_spam(item.text, SpamContext(context.region, title, context.host))
        item.title = title.strip() or None
        item.spam += [hit.as_dict() for hit in title_hits + text_hits]
        item.sha256 = hashlib.sha256(item.text.encode("utf-8")).hexdigest()
        for hit in item.spam:
            self.stats.inc_value(f"spam/{hit['kind']}")
        return item
