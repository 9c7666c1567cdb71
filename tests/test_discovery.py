"""Column discovery: which links name the annual-report column or the 政府信息公开 section (real pages and real
URLs), and how a portal's search keeps to its budget, depth and domains."""

from __future__ import annotations

import pytest

from pipelines.discovery import (
    COLUMN_THRESHOLD,
    Candidate,
    Discovery,
    Navigation,
    column_score,
    gateway_score,
    page_key,
    platform_columns,
    read_navigation,
)
from pipelines.encoding import decode_html
from tests.conftest import saved_page
from tests.discovery_scoring import REAL_PAGES, demo_columns, real_page_columns


def _navigation(name: str) -> Navigation:
    page = saved_page("discovery", name)
    return read_navigation(decode_html(page.body, page.content_type)[0], page.url)


@pytest.mark.parametrize("name", REAL_PAGES)
def test_real_pages_give_exactly_the_columns_they_link(name):
    found, expected = real_page_columns()[name]
    assert found == expected


def test_a_real_home_page_leads_to_its_information_sections_before_anything_else():
    gateways = [(gateway.text, gateway.url) for gateway in _navigation("yichun_index.shtml").gateways]
    assert gateways == [
        ("信息公开", "https://www.yichun.gov.cn/ycsrmzf/xxgk/redirect_firstChannel.shtml"),
        ("政务公开", "https://www.yichun.gov.cn/ycsrmzf/zwgk/zwgk.shtml"),
    ]  # not 政策解读, 统计公报, 政府公告, 政务服务 …


def test_real_section_pages_never_offer_their_sibling_columns():
    for name in ("hd_zfxxgk_index.html", "meijiang_yjx.php"):
        navigation = _navigation(name)
        offered = {candidate.text for candidate in navigation.columns + navigation.gateways}
        assert not offered & {"政府信息公开指南", "政府信息公开制度文件", "法定主动公开内容", "依申请公开", "政策解读"}
        assert not offered & {"政府信息依申请公开", "政府公报", "统计数据", "公告公示"}


@pytest.mark.parametrize(
    ("text", "url", "is_column"),
    [
        ("政府信息公开年报", "http://hdzfxxgk.hd.gov.cn/zfxxgknb/", True),  # real page
        ("政府信息公开工作年度报告", "http://zwgk.meijiang.gov.cn/zfgzbg", True),  # real page
        ("市人民政府信息公开年报", "http://a.gov.cn/cnyz/zfxxgknb/index.htm", True),
        ("年度报告", "http://a.gov.cn/zfxxgk/nb/index.html", True),
        ("政府信息公开年报", "http://a.gov.cn/col/col3327/index.html", True),
        # real column URLs (other crawlers' start URLs), linked by an image or 更多
        ("", "http://jytyj.panzhihua.gov.cn/zfxxgk/zfxxgknb/index.shtml", True),
        ("更多", "http://gxt.hebei.gov.cn/hbgyhxxht/zfxxgk/zfxxgknb/index.html", True),
        ("", "https://www.gz.gov.cn/gkmlpt/annualreport", True),
        # a real report inside an ndbg/ column is a report, not the column
        ("", "http://122.137.242.24:8080/pub/slsxxgkw/gzbm/cyqrmzfbgs_7432/ndbg/201708/t20170809_257176.html", False),
        ("永州市2022年政府信息公开工作年度报告", "http://a.gov.cn/zfxxgknb/202301/t20230130_2002.htm", False),
        ("关于做好政府信息公开工作年度报告编制发布工作的通知", "http://a.gov.cn/tzgg/", False),
        ("法治政府建设年度报告", "http://a.gov.cn/fzzfjs/", False),
        ("统计年报", "http://a.gov.cn/tjnb/", False),
        ("企业年报", "http://a.gov.cn/qynb/", False),
        ("年度计划", "http://a.gov.cn/ndjh/", False),
        ("工作要点", "http://a.gov.cn/gzyd/", False),
        ("政策解读", "http://a.gov.cn/zfxxgknb/", False),  # a link that names another column: not this one
    ],
)
def test_column_links_by_name_and_usual_path(text, url, is_column):
    assert (column_score(text, url) >= COLUMN_THRESHOLD) is is_column


@pytest.mark.parametrize(
    ("text", "url", "score"),
    [
        ("信息公开", "https://www.yichun.gov.cn/ycsrmzf/xxgk/redirect_firstChannel.shtml", 4),
        ("政府信息公开", "http://a.gov.cn/col/col1/index.html", 3),
        ("政务公开", "https://www.yichun.gov.cn/ycsrmzf/zwgk/zwgk.shtml", 3),
        ("政府信息公开目录", "http://zwgk.meijiang.gov.cn/index/index?areacode=441402", 1),
        ("", "http://www.gd.gov.cn/gkmlpt/index", 2),
        ("政府信息公开指南", "http://hdzfxxgk.hd.gov.cn/zfxxgkzn/", 0),
        ("依申请公开", "http://hdzfxxgk.hd.gov.cn/ysqgk/", 0),
        ("政务服务", "http://a.gov.cn/zwfw/", 0),
    ],
)
def test_gateway_links_rank_the_information_sections(text, url, score):
    assert gateway_score(text, url) == score


def test_a_gkmlpt_catalogue_has_its_annual_report_column_at_the_usual_path():
    assert platform_columns("http://www.gd.gov.cn/gkmlpt/index") == ["http://www.gd.gov.cn/gkmlpt/annualreport"]
    assert platform_columns("http://a.gov.cn/sg/gkmlpt/content/2/1/post_1.html") == [
        "http://a.gov.cn/sg/gkmlpt/annualreport"
    ]
    assert platform_columns("http://a.gov.cn/zwgk/") == []


def test_a_folder_and_its_index_page_are_one_page():
    assert (
        page_key("http://A.gov.cn/zwgk/index.htm#top") == page_key("http://a.gov.cn/zwgk/") == "http://a.gov.cn/zwgk/"
    )
    assert page_key("http://a.gov.cn/list.asp?page=2") != page_key("http://a.gov.cn/list.asp")


def _gateways(*urls: str) -> Navigation:
    return Navigation(gateways=tuple(Candidate(url, "信息公开", 3) for url in urls))


def _on_site(url: str) -> bool:
    return url.startswith("http://a.gov.cn/")


def test_discovery_follows_a_few_sections_per_page_within_its_domains():
    discovery = Discovery("http://a.gov.cn/", _on_site, sections_per_page=2)
    discovery.start()
    step = discovery.read(
        "http://a.gov.cn/", 0, _gateways("http://b.gov.cn/xxgk/", *(f"http://a.gov.cn/{n}/" for n in "xyz"))
    )
    assert [visit.url for visit in step.visits] == ["http://a.gov.cn/x/", "http://a.gov.cn/y/"]
    assert {visit.depth for visit in step.visits} == {1}


def test_discovery_stops_at_its_page_budget_and_depth_limit():
    budget = Discovery("http://a.gov.cn/", _on_site, max_pages=3)
    budget.start()
    assert len(budget.read("http://a.gov.cn/", 0, _gateways("http://a.gov.cn/1/", "http://a.gov.cn/2/")).visits) == 2
    assert budget.read("http://a.gov.cn/1/", 1, _gateways("http://a.gov.cn/3/")).visits == ()  # 3 pages asked for
    deep = Discovery("http://a.gov.cn/", _on_site, max_depth=3)
    deep.start()
    assert deep.read("http://a.gov.cn/x/y/", 1, _gateways("http://a.gov.cn/z/")).visits
    assert deep.read("http://a.gov.cn/z/", 2, _gateways("http://a.gov.cn/w/")).visits == ()  # w would be 3 deep


def test_discovery_takes_each_column_once_and_enters_no_new_section_after_one():
    discovery = Discovery("http://a.gov.cn/", _on_site)
    discovery.start()
    column = Candidate("http://a.gov.cn/zfxxgknb/index.htm", "政府信息公开年报", 6)
    same = Candidate("http://a.gov.cn/zfxxgknb/", "年报", 4)
    offsite = Candidate("http://b.gov.cn/zfxxgknb/", "政府信息公开年报", 6)
    page = Navigation(columns=(column, same, offsite), gateways=_gateways("http://a.gov.cn/x/").gateways)
    step = discovery.read("http://a.gov.cn/", 0, page)
    assert step.columns == ("http://a.gov.cn/zfxxgknb/index.htm",) and step.visits == ()
    assert discovery.read("http://a.gov.cn/y/", 1, page).columns == ()
    assert discovery.columns == ["http://a.gov.cn/zfxxgknb/index.htm"]


def test_every_demo_portal_is_found_from_its_home_page_through_realistic_navigation():
    for portal, (found, expected, read) in demo_columns().items():
        assert found == expected, portal
        assert len(read) <= 3, (portal, read)  # home, 政务公开, 政府信息公开: never a decoy column


def test_the_spider_walks_from_a_home_page_to_the_column_and_reads_it_as_a_list(tmp_path):
    import asyncio

    from scrapy.http import HtmlResponse, Request

    from crawler.demo.site import DemoSite
    from crawler.spiders.portals import PortalsSpider
    from tests.conftest import project_crawler

    site = DemoSite("http://127.0.0.1:8000", "http://localhost:8000")
    registry = tmp_path / "homes.toml"
    registry.write_text(site.registry_toml(home_only=True), encoding="utf-8")
    spider = PortalsSpider.from_crawler(
        project_crawler(PortalsSpider), portals_file=str(registry), portal="fujian_pingtan"
    )

    async def start():
        return [request async for request in spider.start()]

    def answer(request: Request) -> HtmlResponse:
        page = site.respond(request.url.removeprefix(site.origin))
        return HtmlResponse(request.url, body=page.body, headers={"Content-Type": page.content_type}, request=request)

    (home,) = asyncio.run(start())
    assert (home.url, home.callback, home.cb_kwargs["depth"]) == (
        "http://127.0.0.1:8000/pingtan/",
        spider.parse_navigation,
        0,
    )
    (section,) = spider.parse_navigation(answer(home), **home.cb_kwargs)
    assert (section.url, section.cb_kwargs["depth"]) == ("http://127.0.0.1:8000/pingtan/zwgk/", 1)
    (information,) = spider.parse_navigation(answer(section), **section.cb_kwargs)
    (column,) = spider.parse_navigation(answer(information), **information.cb_kwargs)
    assert column.url == "http://127.0.0.1:8000/pingtan/zwgk/zfxxgk/zfxxgknb/index.htm"
    assert column.callback == spider.parse_list and column.cb_kwargs["column"] == column.url
    tally = spider.crawler.stats.tally.portals["fujian_pingtan"]
    assert tally.discovery.columns == [column.url] and tally.counts["discovery_pages"] == 3
