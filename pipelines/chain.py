"""The stages the crawl runs on every page, as one call: what crawler.pipelines.ChainPipeline runs in a worker."""

from __future__ import annotations

from pipelines.checks import validate_report
from pipelines.extract import extract_report
from pipelines.items import RawPage, Report
from pipelines.parse import parse_report
from pipelines.spam import clean_report

STAGES = (extract_report, clean_report, parse_report, validate_report)


def report_from_page(raw: RawPage) -> Report:
    """Extract, clean, parse and validate one page, exactly as the crawl does before the store."""
    value = raw
    for stage in STAGES:
        value = stage(value)
    return value
