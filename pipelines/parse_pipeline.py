"""Pipeline adapters: parse the report into the schema (300), then judge its integrity rules (400)."""

from __future__ import annotations

from crawler.items import Report
from pipelines.checks import integrity_checks
from pipelines.counting import CountingPipeline
from pipelines.parse import parse_report


class ParsePipeline:
    """Sections, template, statistics, region, region code and level from the cleaned report."""

    def process_item(self, item):
        return parse_report(item) if isinstance(item, Report) else item


class ValidatePipeline(CountingPipeline):
    """Record every failed integrity rule in `checks`; the report is kept whatever it says."""

    def process_item(self, item):
        if isinstance(item, Report):
            item.checks = integrity_checks(item.stats)
            self.stats.inc_value("checks/failed", len(item.checks))
        return item
