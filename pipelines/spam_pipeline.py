"""Pipeline adapter: text-level spam removal and repair on each report, every change recorded in `spam`."""

from __future__ import annotations

from crawler.items import Report
from pipelines.counting import CountingPipeline
from pipelines.spam import clean_report


class SpamPipeline(CountingPipeline):
    """Clean the title and text of a report (see spam.clean_report) and count every recorded change by kind."""

    def process_item(self, item):
        if not isinstance(item, Report):
            return item
        clean_report(item)
        for hit in item.spam:  # DOM-level hits from extraction, text-level ones from here
            self.stats.inc_value(f"spam/{hit['kind']}")
        return item
