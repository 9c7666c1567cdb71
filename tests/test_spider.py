"""The portals spider on saved responses: which requests and raw pages it yields (never the crawl order)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from scrapy.http import HtmlResponse, Request, Response, TextResponse
from twisted.python.failure import Failure

from crawler.spiders.portals import PortalsSpider
from pipelines.items import RawPage
from tests.conftest import project_crawler, saved_page

REGISTRY = """
[[portal]]
id = "hunan_yongzhou"
name = "永州市人民政府"
region = "湖南省永州市"
start_urls = ["http://127.0.0.1:8000/yongzhou/zfxxgknb/index.htm"]

[[portal]]
id = "anhui_luan_shucheng"
name = "舒城县人民政府"
region = "安徽省六安市舒城县"
start_urls = ["http://127.0.0.1:8000/shucheng/list.asp"]
max_list_pages = 1

[[portal]]
id = "guangdong_shaoguan"
name = "韶关市人民政府"
region = "广东省韶关市"
start_urls = ["http://127.0.0.1:8000/shaoguan/gkmlpt/annualreport"]
list_api = "http://127.0.0.1:8000/shaoguan/gkmlpt/api/annualreport?page={page}"
link_pattern = "post_\\\\d+\\\\.html$"
"""


@pytest.fixture
def spider(tmp_path):
    registry = tmp_path / "portals.toml"
    registry.write_text(REGISTRY, encoding="utf-8")
    crawler = project_crawler(PortalsSpider)
    return PortalsSpider.from_crawler(crawler, portals_file=str(registry))


def response(portal: str, name: str, cls=HtmlResponse):
    page = saved_page(portal, name)
    return cls(url=page.url, body=page.body, headers={"Content-Type": page.content_type}, request=Request(page.url))


async def _collect(agen):
    return [item async for item in agen]


def test_start_requests_cover_start_urls_and_list_api(spider):
    requests = asyncio.run(_collect(spider.start()))
    assert {r.url for r in requests} == {
        "http://127.0.0.1:8000/yongzhou/zfxxgknb/index.htm",
        "http://127.0.0.1:8000/shucheng/list.asp",
        "http://127.0.0.1:8000/shaoguan/gkmlpt/annualreport",
        "http://127.0.0.1:8000/shaoguan/gkmlpt/api/annualreport?page=1",
    }


def test_portal_argument_selects_portals(tmp_path):
    registry = tmp_path / "portals.toml"
    registry.write_text(REGISTRY, encoding="utf-8")
    spider = PortalsSpider.from_crawler(
        project_crawler(PortalsSpider), portals_file=str(registry), portal="hunan_yongzhou"
    )
    assert list(spider.portals) == ["hunan_yongzhou"]


def test_parse_list_yields_report_requests_and_list_pages(spider):
    asyncio.run(_collect(spider.start()))
    out = list(
        spider.parse_list(response("hunan_yongzhou", "yongzhou_zfxxgknb_index_1.htm"), "hunan_yongzhou", column="c")
    )
    reports = {r.url for r in out if r.callback == spider.parse_report}
    lists = {r.url for r in out if r.callback == spider.parse_list}
    assert reports == {
        "http://127.0.0.1:8000/yongzhou/zfxxgknb/202101/t20210128_2003.htm",
        "http://127.0.0.1:8000/yongzhou/zfxxgknb/202301/t20230130_2002.htm",  # the 热点 box links it on every page
    }
    assert lists == {"http://127.0.0.1:8000/yongzhou/zfxxgknb/index_2.htm"}  # index.htm is the start URL
    assert spider.crawler.stats.get_value("portal/hunan_yongzhou/offsite_report_links") == 1
    report_request = next(r for r in out if r.callback == spider.parse_report)
    assert report_request.cb_kwargs["list_title"].endswith("政府信息公开工作年度报告")


def test_list_page_budget_stops_pagination(spider):
    asyncio.run(_collect(spider.start()))
    out = list(
        spider.parse_list(response("anhui_luan_shucheng", "shucheng_list.asp"), "anhui_luan_shucheng", column="c")
    )
    assert not [r for r in out if r.callback == spider.parse_list]
    assert spider.crawler.stats.get_value("portal/anhui_luan_shucheng/list_pages_over_budget") == 1


def test_parse_api_follows_report_links_and_announces_later_pages(spider):
    asyncio.run(_collect(spider.start()))
    out = list(
        spider.parse_api(
            response("guangdong_shaoguan", "shaoguan_gkmlpt_api_annualreport_page_1", TextResponse),
            "guangdong_shaoguan",
            "c",
            1,
            True,
        )
    )
    assert [r.url for r in out if r.callback == spider.parse_report] == [
        "http://127.0.0.1:8000/shaoguan/gkmlpt/content/2/2341/post_2345671.html"
    ]
    assert [r.url for r in out if r.callback == spider.parse_api] == [
        "http://127.0.0.1:8000/shaoguan/gkmlpt/api/annualreport?page=2",
        "http://127.0.0.1:8000/shaoguan/gkmlpt/api/annualreport?page=3",
    ]


def test_link_pattern_filters_report_urls(spider):
    asyncio.run(_collect(spider.start()))
    body = '{"articles": [{"title": "韶关市2019年政府信息公开工作年度报告", "url": "/shaoguan/other/2019.htm"}]}'
    api = TextResponse(url="http://127.0.0.1:8000/shaoguan/gkmlpt/api/annualreport?page=2", body=body.encode())
    assert list(spider.parse_api(api, "guangdong_shaoguan", "c", 2, True)) == []
    assert spider.crawler.stats.get_value("portal/guangdong_shaoguan/report_links_not_matching_pattern") == 1


def test_report_links_to_documents_are_fetched_as_reports_and_counted(spider):
    asyncio.run(_collect(spider.start()))
    markup = '<html><body><a href="/yongzhou/nb/2023年报.pdf">永州市2023年政府信息公开工作年度报告</a></body></html>'
    page = HtmlResponse(url="http://127.0.0.1:8000/yongzhou/zfxxgknb/index.htm", body=markup.encode(), encoding="utf-8")
    (request,) = spider.parse_list(page, "hunan_yongzhou", column="c")
    assert request.callback == spider.parse_report and request.url.endswith(".pdf")
    assert request.cb_kwargs["list_title"] == "永州市2023年政府信息公开工作年度报告"
    assert spider.crawler.stats.get_value("portal/hunan_yongzhou/document_report_links") == 1


def test_a_report_page_is_passed_on_with_the_files_it_links(spider):
    asyncio.run(_collect(spider.start()))
    markup = (
        '<html><body><p>附件：<a href="/yongzhou/nb/2023.pdf">报告</a> <a href="/yongzhou/nb/t3.xls">表三</a>'
        ' <a href="http://other.example.com/x.pdf">外站</a></p></body></html>'
    )
    url = "http://127.0.0.1:8000/yongzhou/nb/t1.htm"
    page = HtmlResponse(url=url, body=markup.encode(), encoding="utf-8", request=Request(url))
    (first,) = spider.parse_report(page, "hunan_yongzhou", "永州市2023年政府信息公开工作年度报告")
    assert first.url == "http://127.0.0.1:8000/yongzhou/nb/2023.pdf" and first.callback == spider.parse_file
    pdf = Response(first.url, body=b"%PDF-1.7", request=first)
    (second,) = spider.parse_file(pdf, **first.cb_kwargs)
    assert second.url == "http://127.0.0.1:8000/yongzhou/nb/t3.xls"  # the off-site file is never asked for
    failure = Failure(OSError("connection lost"))
    failure.request = second
    (raw,) = spider.file_failed(failure)  # a file that fails costs only itself
    assert isinstance(raw, RawPage) and raw.url == url and [f.url for f in raw.files] == [first.url]


def test_parse_report_yields_the_raw_page(spider):
    asyncio.run(_collect(spider.start()))
    page = response("anhui_luan_shucheng", "shucheng_show.asp_id_1902")
    (item,) = spider.parse_report(page, "anhui_luan_shucheng", "舒城县2019年政府信息公开工作年度报告")
    assert isinstance(item, RawPage)
    assert item.body == page.body and item.content_type == "text/html; charset=utf-8"
    assert item.list_title == "舒城县2019年政府信息公开工作年度报告" and item.fetched_at.endswith("+00:00")


def test_requests_carry_only_picklable_context(spider):
    requests = asyncio.run(_collect(spider.start()))
    assert all(
        isinstance(r, Request) and set(r.cb_kwargs) <= {"portal_id", "page", "column", "announces"} for r in requests
    )


def test_a_trs_trt_list_asks_the_search_service_for_the_pages_beyond_its_static_ones(tmp_path):
    registry = tmp_path / "portals.toml"
    registry.write_text(
        '[[portal]]\nid = "fujian_pingtan"\nname = "平潭"\nregion = "福建省平潭综合实验区"\n'
        'start_urls = ["https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/index.htm"]\n',
        encoding="utf-8",
    )
    spider = PortalsSpider.from_crawler(project_crawler(PortalsSpider), portals_file=str(registry))
    asyncio.run(_collect(spider.start()))
    real = (Path(__file__).parent / "fixtures" / "real" / "pingtan_zfxxgknb_list_trt.html").read_bytes()
    page = HtmlResponse(
        url="https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/index.htm",
        body=real,
        encoding="utf-8",
        request=Request("https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/index.htm"),
    )
    out = list(spider.parse_list(page, "fujian_pingtan", column="c"))
    (search,) = [r for r in out if r.callback == spider.parse_api]
    assert search.method == "POST" and search.url == "https://www.pingtan.gov.cn/fjdzapp/search"
    assert parse_qs(search.body.decode()) == {
        "channelid": ["200210"],
        "classsql": ["chnlid=1813"],
        "sortfield": ["-docorderpri,-docreltime"],
        "page": ["2"],
        "prepage": ["10"],
    }
    assert len([r for r in out if r.callback == spider.parse_report]) == 10
    assert [r.url for r in out if r.callback == spider.parse_list] == [
        "https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/nlist.htm"  # the column's "more" page
    ]
    assert spider.crawler.stats.tally.portals["fujian_pingtan"].columns["c"].declared == 20
