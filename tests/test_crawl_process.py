"""What the crawl's own process does to every page, done the way Scrapy does it but cheaper: meta refresh redirects
read off the start of the page (crawler.middlewares.HeadMetaRefreshMiddleware) and reports written to JSON lines by
pipelines.items.json_line (crawler.feeds.ReportJsonLinesItemExporter), checked against Scrapy's own on saved pages."""

from __future__ import annotations

import io
import json

import pytest
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.exporters import JsonLinesItemExporter
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler.feeds import ReportJsonLinesItemExporter
from crawler.middlewares import META_REFRESH_HEAD_BYTES, HeadMetaRefreshMiddleware
from pipelines.chain import report_from_page
from pipelines.items import UnchangedPage
from tests.snapshot import saved_pages

PAGES = saved_pages()
CRAWLER = get_crawler()
REFRESH = '<meta http-equiv="refresh" content="0; url=/xxgk/年报/2024.html">'


def answers(response: HtmlResponse) -> tuple[str | None, str | None]:
    """(Scrapy's redirect URL, ours) for a response, None where the page goes on."""
    request = Request(response.url)
    found = []
    for middleware in (MetaRefreshMiddleware.from_crawler(CRAWLER), HeadMetaRefreshMiddleware.from_crawler(CRAWLER)):
        answer = middleware.process_response(request, response.replace())
        found.append(None if isinstance(answer, HtmlResponse) else answer.url)
    return tuple(found)


def html_response(url: str, body: bytes, content_type: str | None) -> HtmlResponse:
    return HtmlResponse(url, body=body, headers={"Content-Type": content_type} if content_type else {})


def test_saved_pages_get_scrapys_answer():
    pages = [raw for raw in PAGES.values() if raw.content_type is None or "html" in raw.content_type]
    assert len([raw for raw in pages if len(raw.body) > META_REFRESH_HEAD_BYTES]) >= 5  # the real 平潭, 辽阳 pages
    for raw in pages:
        scrapy_answer, ours = answers(html_response(raw.url, raw.body, raw.content_type))
        assert ours == scrapy_answer, raw.url


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("real/pingtan_2024_report_trs.html", "text/html; charset=utf-8"),  # declared by the header
        ("real/pingtan_2024_report_trs.html", "text/html"),  # by the page's meta tag
        ("demo/shucheng/show.asp?id=1201", "text/html"),  # gb2312, by its meta tag
    ],
)
def test_a_refresh_in_a_real_pages_head_redirects_as_scrapy_redirects(name, content_type):
    raw = PAGES[name]
    encoding = "gb18030" if b"gb2312" in raw.body[:1024] else "utf-8"
    body = raw.body.replace(b"<head>", b"<head>" + REFRESH.encode(encoding), 1)
    body += body[body.index(b"<body") :] * (1 + META_REFRESH_HEAD_BYTES // len(raw.body))  # past the head bytes
    assert REFRESH.encode(encoding) in body and len(body) > META_REFRESH_HEAD_BYTES
    scrapy_answer, ours = answers(html_response(raw.url, body, content_type))
    assert ours == scrapy_answer and ours.endswith("/xxgk/%E5%B9%B4%E6%8A%A5/2024.html")


def test_a_page_that_declares_no_encoding_is_left_to_scrapy():
    body = f"<html><head>{REFRESH}</head><body>{'年度报告正文' * 4000}</body></html>".encode()
    scrapy_answer, ours = answers(html_response("http://a.gov.cn/p.html", body, "text/html"))
    assert ours == scrapy_answer is not None


def exported(exporter_class, items) -> list[str]:
    out = io.BytesIO()
    exporter = exporter_class(out, encoding="utf-8")
    exporter.start_exporting()
    for item in items:
        exporter.export_item(item)
    exporter.finish_exporting()
    return out.getvalue().decode("utf-8").splitlines()


def test_reports_are_the_json_lines_scrapy_writes_with_real_characters():
    reports = [report_from_page(PAGES[name]) for name in sorted(PAGES) if name.startswith("real/pingtan")]
    items = [*reports, UnchangedPage("p", "http://a.gov.cn/", "2026-01-01T00:00:00+00:00")]
    ours, scrapys = exported(ReportJsonLinesItemExporter, items), exported(JsonLinesItemExporter, items)
    assert [json.loads(line) for line in ours] == [json.loads(line) for line in scrapys]
    assert [list(json.loads(line)) for line in ours] == [list(json.loads(line)) for line in scrapys]  # field order
    assert "平潭" in ours[0] and "\\u" not in ours[0]


def test_chosen_fields_go_scrapys_way():
    report = report_from_page(PAGES["real/pingtan_2024_report_trs.html"])
    out = io.BytesIO()
    exporter = ReportJsonLinesItemExporter(out, encoding="utf-8", fields_to_export=["url", "year"])
    exporter.export_item(report)
    assert json.loads(out.getvalue()) == {"url": report.url, "year": report.year}
