"""The pipeline adapters: the stages in workers, what they found and failed pages counted once, the store passing
every report on."""

from __future__ import annotations

import asyncio
import os
import signal

import pytest
from scrapy.exceptions import DropItem

from crawler.feeds import NewOrChangedReports
from crawler.pipelines import ChainPipeline, StorePipeline
from pipelines.chain import report_from_page
from pipelines.errors import CountedFailure
from pipelines.items import RawPage, Report, UnchangedPage
from tests.conftest import project_crawler, saved_page


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
    crawler = project_crawler(EXTRACT_WORKERS=workers)
    pipeline = ChainPipeline.from_crawler(crawler)
    pipeline.open_spider()
    try:
        report = asyncio.run(pipeline.process_item(raw()))
    finally:
        pipeline.close_spider()
    assert isinstance(report, Report) and report.title == "舒城县2012年政府信息公开工作年度报告"
    assert crawler.stats.tally.portals == {}  # a page counts when it is stored or failed, not when extracted


def test_unparseable_page_is_dropped_with_url_and_reason_and_counted(caplog):
    crawler = project_crawler(EXTRACT_WORKERS=1)
    pipeline = ChainPipeline.from_crawler(crawler)
    pipeline.open_spider()
    with pytest.raises(DropItem, match=r"show\.asp\?id=1201: empty page"):
        asyncio.run(pipeline.process_item(raw(body=b"")))
    assert crawler.stats.get_value("portal/anhui_luan_shucheng/failed/empty") == 1
    assert crawler.stats.tally.portals["anhui_luan_shucheng"].failed_urls == {raw().url: "empty"}
    assert "show.asp?id=1201" in caplog.text


def test_other_items_pass_untouched():
    pipeline = ChainPipeline.from_crawler(project_crawler(EXTRACT_WORKERS=1))
    item = {"not": "a raw page"}
    assert asyncio.run(pipeline.process_item(item)) is item


def test_unexpected_extraction_error_costs_only_that_page(caplog):
    def broken(_raw):
        raise AssertionError("lxml tree in an impossible state")

    crawler = project_crawler(EXTRACT_WORKERS=1)
    pipeline = ChainPipeline(crawler.stats, 1, chain=broken)
    with pytest.raises(DropItem, match="AssertionError: lxml tree in an impossible state"):
        asyncio.run(pipeline.process_item(raw()))
    assert crawler.stats.get_value("portal/anhui_luan_shucheng/failed/parse_error") == 1
    assert "Extraction failed on http://127.0.0.1:8000/shucheng/show.asp?id=1201" in caplog.text


def shaoguan(name: str) -> RawPage:
    page = saved_page("guangdong_shaoguan", name)
    return RawPage("guangdong_shaoguan", page.url, page.body, page.content_type, "x", region="广东省韶关市")


@pytest.mark.slow  # starts worker processes
def test_spam_and_failed_checks_are_counted_from_the_reports_the_workers_return():
    crawler = project_crawler(EXTRACT_WORKERS=2)
    pipeline = ChainPipeline.from_crawler(crawler)
    pipeline.open_spider()
    pages = [shaoguan("shaoguan_gkmlpt_content_2_2341_post_2345671.html")]  # a casino title, a spam domain
    pages.append(shaoguan("shaoguan_gkmlpt_content_2_2343_post_2345673.html"))  # three broken integrity rules

    async def crawl_pages():
        return await asyncio.gather(*(pipeline.process_item(page) for page in pages))

    try:
        hacked, broken = asyncio.run(crawl_pages())
    finally:
        pipeline.close_spider()
    assert [hit["kind"] for hit in hacked.spam] == ["spam_title", "spam_domain"] and len(broken.checks) == 3
    assert (crawler.stats.get_value("spam/spam_title"), crawler.stats.get_value("spam/spam_domain")) == (1, 1)
    assert crawler.stats.get_value("checks/failed") == 3
    assert hacked.year == 2023 and broken.stats  # parsed in the worker too


def statistics_refused(raw: RawPage) -> Report:
    """The stages, with a later one refusing the page (as a CountedFailure of any stage does)."""
    report = report_from_page(raw)
    raise CountedFailure("bad_statistics", f"{len(report.stats)} statistics, none usable")


@pytest.mark.slow  # starts worker processes
def test_a_failure_in_any_stage_in_a_worker_is_logged_and_counted_with_url_and_reason(caplog):
    crawler = project_crawler(EXTRACT_WORKERS=2)
    pipeline = ChainPipeline(crawler.stats, 2, chain=statistics_refused)
    pipeline.open_spider()
    try:
        with pytest.raises(DropItem, match=r"show\.asp\?id=1201: \d+ statistics, none usable"):
            asyncio.run(pipeline.process_item(raw()))
    finally:
        pipeline.close_spider()
    assert crawler.stats.tally.portals["anhui_luan_shucheng"].failed_urls == {raw().url: "bad_statistics"}
    assert "show.asp?id=1201" in caplog.text and "bad_statistics" in caplog.text


def test_store_passes_every_report_on_saying_what_changed_and_the_feed_filter_decides(tmp_path):
    crawler = project_crawler(STORE_PATH=str(tmp_path / "store.sqlite"))
    pipeline = StorePipeline.from_crawler(crawler)
    pipeline.open_spider()
    try:
        item = Report(
            url="http://a.gov.cn/nb/1.htm",
            portal="p",
            title="某县2023年报",
            sha256="a" * 64,
            fetched_at="2026-11-01T00:00:00",
        )
        first = pipeline.process_item(item)
        again = pipeline.process_item(UnchangedPage(portal="p", url=item.url, fetched_at="2026-12-01T00:00:00+00:00"))
        revised = pipeline.process_item(Report(**{**item.__dict__, "sha256": "b" * 64}))
    finally:
        pipeline.close_spider()
    assert (first.change, again.change, revised.change) == ("new", "unchanged", "changed")
    assert type(again) is Report and again.title == item.title and item.change is None
    feed = NewOrChangedReports({})
    assert [feed.accepts(report) for report in (first, again, revised)] == [True, False, True]
    counts = crawler.stats.tally.portals["p"].counts
    assert (counts["reports_new"], counts["reports_unchanged"], counts["reports_changed"]) == (1, 1, 1)


def chain_or_die(raw: RawPage) -> Report:
    """The stages, killing their worker process on a page marked KILL (a crash in a C parser, an OOM kill)."""
    if raw.body.startswith(b"KILL"):
        os.kill(os.getpid(), signal.SIGKILL)
    return report_from_page(raw)


@pytest.mark.slow  # starts worker processes and kills one
def test_a_dying_worker_costs_only_the_page_that_kills_it():
    crawler = project_crawler(EXTRACT_WORKERS=2)
    pipeline = ChainPipeline(crawler.stats, 2, chain=chain_or_die)
    pipeline.open_spider()

    async def crawl_pages():
        pages = [raw(), raw(body=b"KILL" + raw().body), raw("shucheng_show.asp_id_1902")]
        results = await asyncio.gather(*(pipeline.process_item(page) for page in pages), return_exceptions=True)
        return results, await pipeline.process_item(raw())  # a page after the crash: the pool works again

    try:
        (good, killer, other), after = asyncio.run(crawl_pages())
    finally:
        pipeline.close_spider()
    assert isinstance(good, Report) and isinstance(other, Report) and isinstance(after, Report)
    assert isinstance(killer, DropItem)
    assert crawler.stats.tally.portals["anhui_luan_shucheng"].failed_urls == {raw().url: "worker_died"}
    assert crawler.stats.get_value("extract/worker_pool_restarts") == 1


def test_csv_feeds_hold_nested_fields_as_json_text():
    import csv
    import io
    import json

    from crawler.feeds import JsonCellsCsvItemExporter

    report = Report(
        url="http://a.gov.cn/1.htm",
        portal="p",
        title="某县2023年报",
        stats={"requests.new.total": 3, "x.y": None},
        spam=[{"found": "足彩", "replaced_by": "辽宁省", "kind": "place_name", "fields": ["text"], "count": 1}],
    )
    out = io.BytesIO()
    exporter = JsonCellsCsvItemExporter(out, encoding="utf-8")
    exporter.start_exporting()
    exporter.export_item(report)
    exporter.finish_exporting()
    (row,) = csv.DictReader(io.StringIO(out.getvalue().decode("utf-8")))
    assert json.loads(row["stats"]) == {"requests.new.total": 3, "x.y": None}
    assert json.loads(row["spam"])[0]["replaced_by"] == "辽宁省" and json.loads(row["tables"]) == []
    assert row["title"] == "某县2023年报" and row["year"] == ""
