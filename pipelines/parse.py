"""Fill the report schema from the cleaned report: dates, publisher, sections, template, statistics, region, level."""

from __future__ import annotations

from dataclasses import replace

from pipelines.bare_rows import bare_row_stats
from pipelines.free_text import fee_stats, free_text_stats
from pipelines.items import Report
from pipelines.metadata import body_from_title, published_date, publisher_of, report_year
from pipelines.older_stats import older_table_stats
from pipelines.regions import body_level, place_in, resolve, title_place
from pipelines.sections import split_sections
from pipelines.stats import detect_template, template_stats


def parse_report(report: Report) -> Report:
    """A new report with every field derived from the cleaned title, text, tables and page metadata filled in."""
    published = published_date(report.page_meta, report.url)
    year = report_year(report.title, report.text, published, report.url)
    template = detect_template(report.tables)
    # Rows whose headers were lost are read by the skeleton's order; whatever a table's labels give wins over them.
    bare_template, bare = bare_row_stats(report.text, year)
    if template:
        stats = bare | template_stats(report.tables) | fee_stats(report.text)
    elif bare:
        template, stats = bare_template, bare | fee_stats(report.text)
    elif report.text:
        # The 统计表 of a report under the 2008 regulation is its own account; its running text fills the rest.
        template, stats = "free", free_text_stats(report.text) | older_table_stats(report.tables)
    else:
        stats = {}
    region = resolve(place_in(report.region, title_place(report.title)))
    publisher = publisher_of(report.page_meta, report.title)
    return replace(
        report,
        year=year,
        published=published,
        publisher=publisher,
        index_no=report.page_meta.get("索引号"),
        sections=split_sections(report.text),
        template=template,
        stats=stats,
        region=region.name if region else report.region,
        region_code=region.code if region else None,
        level=body_level(body_from_title(report.title) or publisher, region),
    )
