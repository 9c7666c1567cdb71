"""The extraction pipeline adapter: reports pass through, unparseable pages are dropped, logged and counted."""

from __future__ import annotations

import asyncio

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from crawler.items import RawPage, Report
from pipelines import ExtractPipeline
from tests.conftest import saved_page


def raw(name: str = "shucheng_show.asp_id_1201", body: bytes | None = None) -> RawPage:
    page = saved_page("anhui_luan_shucheng", name)
    return RawPage(
        portal="anhui_luan_shucheng",
        url=page.url,
        body=page.body if body is None else body,
        content_type=page.content_type,
        fetched_at="2026-11-22T00:00:00+00:00",
    )


@pytest.mark.parametrize("workers", [1, 2])
def test_pipeline_turns_raw_pages_into_reports(workers):
    crawler = get_crawler(settings_dict={"EXTRACT_WORKERS": workers})
    pipeline = ExtractPipeline.from_crawler(crawler)
    pipeline.open_spider()
    try:
        report = asyncio.run(pipeline.process_item(raw()))
    finally:
        pipeline.close_spider()
    assert isinstance(report, Report) and report.title == "舒城县2012年政府信息公开工作年度报告"
    assert crawler.stats.get_value("extract/reports/anhui_luan_shucheng") == 1


def test_unparseable_page_is_dropped_with_url_and_reason_and_counted(caplog):
    crawler = get_crawler(settings_dict={"EXTRACT_WORKERS": 1})
    pipeline = ExtractPipeline.from_crawler(crawler)
    pipeline.open_spider()
    with pytest.raises(DropItem, match=r"show\.asp\?id=1201: empty page"):
        asyncio.run(pipeline.process_item(raw(body=b"")))
    assert crawler.stats.get_value("portal/anhui_luan_shucheng/failed/parse_error") == 1
    assert "show.asp?id=1201" in caplog.text


def test_other_items_pass_untouched():
    pipeline = ExtractPipeline.from_crawler(get_crawler(settings_dict={"EXTRACT_WORKERS": 1}))
    item = {"not": "a raw page"}
    assert asyncio.run(pipeline.process_item(item)) is item


def test_unexpected_extraction_error_costs_only_that_page(monkeypatch, caplog):
    def broken(_raw):
        raise AssertionError("lxml tree in an impossible state")

    monkeypatch.setattr("pipelines.extract_pipeline.extract_report", broken)
    crawler = get_crawler(settings_dict={"EXTRACT_WORKERS": 1})
    pipeline = ExtractPipeline.from_crawler(crawler)
    with pytest.raises(DropItem, match="AssertionError: lxml tree in an impossible state"):
        asyncio.run(pipeline.process_item(raw()))
    assert crawler.stats.get_value("portal/anhui_luan_shucheng/failed/parse_error") == 1
    assert "Extraction failed on http://127.0.0.1:8000/shucheng/show.asp?id=1201" in caplog.text
