"""List pages: which links are reports, and how every pagination style leads to the next pages."""

from __future__ import annotations

import pytest

from pipelines.encoding import decode_html
from pipelines.html import parse_html
from pipelines.listing import document_type, is_report_title, read_api, read_list, visible_links
from tests.conftest import saved_page
from tests.snapshot import saved_pages


def _decoded(portal: str, name: str):
    from pipelines.encoding import decode_html

    page = saved_page(portal, name)
    return decode_html(page.body, page.content_type)[0], page.url


@pytest.mark.parametrize(
    ("title", "is_report"),
    [
        ("永州市2022年政府信息公开工作年度报告", True),
        ("2014年永州市人民政府信息公开工作报告", True),
        ("包頭市2013年政府信息公開年度報告", True),
        ("吉州区二〇一七年政府信息公开年报", True),
        ("市教育局2017年度政务公开工作报告", True),
        ("国家统计局政府信息公开工作年度报告（2023年）", True),
        ("关于做好2023年政府信息公开工作年度报告编制发布工作的通知", False),
        ("永州市2024年政务公开工作要点", False),
        ("2023年政府工作报告", False),
        ("市政府召开第十次常务会议", False),
        ("政府信息公开年度报告解读", False),
        ("2022年度政府信息公开工作考核结果通报", False),
    ],
)
def test_is_report_title(title, is_report):
    assert is_report_title(title) is is_report


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("http://a.gov.cn/f/2023年报.PDF", "pdf"),
        ("http://a.gov.cn/W0202.docx?x=1", "docx"),
        ("http://a.gov.cn/t2024_1.htm", None),
        ("http://a.gov.cn/download.pdf/", None),
    ],
)
def test_document_type(url, kind):
    assert document_type(url) == kind


def test_trs_list_keeps_reports_and_skips_notices_plans_and_dead_weight():
    markup, url = _decoded("hunan_yongzhou", "yongzhou_zfxxgknb_index.htm")
    titles = {link.title for link in read_list(markup, url).reports}
    assert titles == {
        "永州市2022年政府信息公开工作年度报告",
        "永州市2021年政府信息公开工作年度报告",
        "永州市2015年政府信息公开工作年度报告",  # linked, dead on the server: the crawl finds the 404
    }


def test_hidden_spam_link_is_ignored_but_offsite_link_is_reported_for_the_spider_to_filter():
    markup, url = _decoded("hunan_yongzhou", "yongzhou_zfxxgknb_index_1.htm")
    links = read_list(markup, url).reports
    assert not any("365bet" in link.title or "spam" in link.url for link in links)
    assert {link.url.split("/")[2] for link in links} == {"127.0.0.1:8000", "localhost:8000"}


def test_trs_create_page_html_announces_every_list_page():
    markup, url = _decoded("hunan_yongzhou", "yongzhou_zfxxgknb_index.htm")
    pages = list(read_list(markup, url).pages)
    assert "http://127.0.0.1:8000/yongzhou/zfxxgknb/index_1.htm" in pages
    assert "http://127.0.0.1:8000/yongzhou/zfxxgknb/index_2.htm" in pages
    assert url not in pages


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ('createPageHTML(3, 0, "index", "htm");', ["index.htm", "index_1.htm", "index_2.htm"]),
        ("createPageHTML('page_div',2,1,'fwzc_list','shtml',120);", ["fwzc_list.shtml", "fwzc_list_1.shtml"]),
    ],
)
def test_create_page_html_both_argument_forms(script, expected):
    url = "http://www.a.gov.cn/col/nb/index_1.htm"
    pages = list(read_list(f"<html><body><script>{script}</script></body></html>", url).pages)
    assert [p for p in pages if p != url] == [
        u for u in (f"http://www.a.gov.cn/col/nb/{e}" for e in expected) if u != url
    ]


def test_hanweb_list_reads_cdata_records_and_pages_through_dataproxy():
    markup, url = _decoded("liaoning_liaoyang", "liaoyang_col_col3327_index.html")
    assert [link.title for link in read_list(markup, url).reports] == ["辽阳市2022年政府信息公开工作年度报告"]
    pages = list(read_list(markup, url).pages)
    assert len(pages) == 3
    assert all("dataproxy.jsp?page=" in p and "columnid=3327" in p and "webid=12" in p for p in pages)
    assert "startrecord=5&endrecord=8" in pages[1]


def test_hanweb_dataproxy_xml_answer_yields_its_records():
    markup, url = _decoded(
        "liaoning_liaoyang", "liaoyang_module_web_jpage_dataproxy.jsp_page_2_startrecord_5_endrecord_8_columnid_3327"
    )
    titles = [link.title for link in read_list(markup, url).reports]
    assert "辽阳市2016年政府信息公开工作年度报告" in titles
    assert all("通知" not in title for title in titles)


def test_legacy_gbk_list_follows_next_page_link_and_keeps_reports():
    markup, url = _decoded("anhui_luan_shucheng", "shucheng_list.asp")
    assert {link.title for link in read_list(markup, url).reports} == {
        "舒城县2020年政府信息公开工作年度报告",
        "舒城县2019年政府信息公开工作年度报告",
    }
    assert list(read_list(markup, url).pages) == ["http://127.0.0.1:8000/shucheng/list.asp?page=2"]


def test_query_page_links_on_same_list_are_followed_but_other_lists_are_not():
    markup = """<html><body><div class="pages"><a href="?page=2">2</a><a href="index.html?page=3">3</a>
    <a href="/news/list.html?page=2">新闻 2</a><a href="/">首页</a></div></body></html>"""
    assert list(read_list(markup, "http://www.a.gov.cn/xxgk/nb/index.html").pages) == [
        "http://www.a.gov.cn/xxgk/nb/index.html?page=2",
        "http://www.a.gov.cn/xxgk/nb/index.html?page=3",
    ]


def test_base_href_resolves_relative_links():
    markup = (
        '<html><head><base href="http://www.a.gov.cn/xxgk/"></head>'
        '<body><a href="nb/t1.htm">2023年年报</a></body></html>'
    )
    assert (
        read_list(markup, "http://www.a.gov.cn/other/page.htm").reports[0].url == "http://www.a.gov.cn/xxgk/nb/t1.htm"
    )


def test_title_attribute_wins_over_text_cut_short():
    markup = '<a href="/t.htm" title="舒城县2012年政府信息公开工作年度报告">舒城县2012年政府信息...</a>'
    assert read_list(markup, "http://www.shucheng.gov.cn/").reports[0].title == "舒城县2012年政府信息公开工作年度报告"


def test_gkmlpt_json_api_gives_report_links_page_count_and_declared_total():
    page = saved_page("guangdong_shaoguan", "shaoguan_gkmlpt_api_annualreport_page_1")
    answer = read_api(page.body.decode("utf-8"), page.url)
    assert [link.title for link in answer.reports] == [
        "韶关市2023年政府信息公开工作年度报告"
    ]  # the other is a 工作要点
    assert (answer.declared_pages, answer.declared_records, len(answer.records)) == (3, 5, 2)


@pytest.mark.parametrize("payload", ["", "not json", "[]", '{"data": {"list": []}}'])
def test_read_api_tolerates_empty_or_foreign_answers(payload):
    answer = read_api(payload, "http://a.gov.cn/api")
    assert (answer.reports, answer.declared_pages, answer.records) == ((), None, frozenset())


@pytest.mark.parametrize(
    ("pager", "expected"),
    [
        (
            '共5页 第1页 <a href="list.asp?page=2">下一页</a>',
            [f"http://a.gov.cn/nb/list.asp?page={n}" for n in (2, 3, 4, 5)],
        ),
        (
            '共 4 页 <a href="index_1.htm">2</a> … <a href="index_3.htm">尾页</a>',
            [f"http://a.gov.cn/nb/index_{n}.htm" for n in (1, 3, 2)],
        ),
        (
            "页次：1/3 <a href='?page=2'>下页</a>",
            ["http://a.gov.cn/nb/list.asp?page=2", "http://a.gov.cn/nb/list.asp?page=3"],
        ),
    ],
)
def test_pager_text_declares_every_page_even_those_hidden_behind_an_ellipsis(pager, expected):
    url = "http://a.gov.cn/nb/list.asp" if "asp" in pager or "?page" in pager else "http://a.gov.cn/nb/index.htm"
    page = read_list(f"<html><body><div class='pager'>{pager}</div></body></html>", url)
    assert sorted(page.pages) == sorted(expected)


def test_declared_record_counts_of_each_platform():
    assert read_list("<p>共 128 条记录 共13页</p>", "http://a.gov.cn/nb/").declared_records == 128
    assert (
        read_list("<script>$('#1').jpage({totalRecord: 37, perPage: 15})</script>", "http://a/").declared_records == 37
    )
    assert read_list("<p>年报</p>", "http://a.gov.cn/nb/").declared_records is None


def _document_links(document, page_url: str, documents_only: bool) -> list[str]:
    return [url for _anchor, url in visible_links(document, page_url, documents_only) if document_type(url)]


@pytest.mark.parametrize(
    ("page_url", "links"),
    [
        ("https://a.gov.cn/files/report.pdf", ['<a href="?download=1">下载</a>', '<a href="">本页</a>']),
        ("https://a.gov.cn/x/y.htm", ['<a href="b.DOCX#p2">附件</a>', '<a href="c.pdf/..">目录</a>', '<a href="d">']),
    ],
)
def test_document_links_where_only_the_base_url_or_the_link_writes_the_suffix(page_url, links):
    document = parse_html("<html><body>" + "".join(links) + "</body></html>")
    every = _document_links(document, page_url, documents_only=False)
    assert every and _document_links(document, page_url, documents_only=True) == every


def test_document_links_found_without_resolving_every_link_are_the_same_on_every_saved_page():
    found = 0
    for raw in saved_pages().values():
        document = parse_html(decode_html(raw.body, raw.content_type)[0])
        every = _document_links(document, raw.url, documents_only=False)
        found += len(every)
        assert _document_links(document, raw.url, documents_only=True) == every, raw.url
    assert found  # the saved pages link report files
