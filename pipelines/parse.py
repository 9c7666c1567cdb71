"""Fill the report schema from the cleaned report: sections, template, statistics, region, code and level."""

from __future__ import annotations

from crawler.items import Report
from pipelines.extract import body_from_title
from pipelines.free_text import fee_stats, free_text_stats
from pipelines.regions import body_level, place_in, resolve, title_place
from pipelines.sections import split_sections
from pipelines.stats import detect_template, template_stats


def parse_report(report: Report) -> Report:
    """The report with sections, template, stats, region, region_code and level filled in."""
    report.sections = split_sections(report.text)
    template = detect_template(report.tables)
    if template:
        report.stats = template_stats(report.tables) | fee_stats(report.text)
    elif report.text:
        template = "free"
        report.stats = free_text_stats(report.text)
    report.template = template
    region = resolve(place_in(report.region, title_place(report.title)))
    if region:
        report.region, report.region_code = region.name, region.code
    report.level = body_level(body_from_title(report.title) or report.publisher, region)
    return report
