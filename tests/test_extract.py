"""Extraction from saved report pages: the report text is kept, the chrome is gone, metadata is read."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from pipelines.chain import report_from_page
from pipelines.extract import ExtractionError, expand_table, extract_report
from pipelines.items import RawPage
from tests.conftest import saved_page

CHROME = (
    "当前位置",
    "您现在所在的位置",
    "网站标识码",
    "ICP备",
    "公网安备",
    "扫一扫",
    "打印本页",
    "关闭窗口",
    "字体",
    "字号",
    "分享到",
    "浏览次数",
    "版权所有",
    "演示站点",
    "相关词条",
    "热门词条",
    "基本介绍",
    "中文名",
    "无障碍",
)


def raw_page(portal: str, name: str, **overrides) -> RawPage:
    page = saved_page(portal, name)
    return RawPage(
        portal=portal,
        url=page.url,
        body=page.body,
        content_type=page.content_type,
        fetched_at="2026-11-22T00:00:00+00:00",
        **overrides,
    )


def extract(portal: str, name: str, **overrides):
    return extract_report(raw_page(portal, name, **overrides))


# (portal, saved page, phrases the extracted text must contain, fields the item chain reads from the page)
CASES = [
    (
        "hunan_yongzhou",
        "yongzhou_zfxxgknb_201910_t20191030_1001.htm",
        [
            "本年度报告由市政务公开领导小组办公室编制",
            "二、主动公开政府信息情况",
            "不断提高信息公开工作的制度化、规范化水平",
        ],
        {
            "title": "2014年永州市人民政府信息公开工作报告",
            "year": 2014,
            "published": "2019-10-30",
            "publisher": "永州市人民政府",
            "lang": "zh-Hans",
        },
    ),
    (
        "liaoning_liaoyang",
        "liaoyang_art_2017_3_28_art_3327_780.html",
        ["主动公开政府信息27649条", "十一、政府信息公开工作存在的主要问题", "不断增强政府信息公开工作水平"],
        {"title": "辽阳市2016年政府信息公开工作年度报告", "year": 2016, "published": "2017-03-28"},
    ),
    (
        "anhui_luan_shucheng",
        "shucheng_show.asp_id_1201",
        ["全年主动公开信息7215条", "四、存在问题及建议", "推进我县政府信息公开工作迈上新台阶"],
        {
            "title": "舒城县2012年政府信息公开工作年度报告",
            "year": 2012,
            "published": "2013-02-10",
            "publisher": "舒城县",
        },
    ),
    (
        "jiangxi_jian_jizhou",
        "jizhou_xxgk_nb_20180210_art_26.html",
        ["我区主动公开政府信息11064条", "2017年,我区收到行政复议2件,行政诉讼4件。", "2018年1月19日"],
        {
            "title": "吉州区2017年政府信息公开工作年度报告",
            "year": 2017,
            "published": "2018-02-10",
            "publisher": "吉州区政府办",
            "index_no": "D00000--2018-0026",
        },
    ),
    (
        "neimenggu_baotou",
        "baike_wiki_baotou-2013-report_63726324",
        [
            "本年度报告是按照《中华人民共和国政府信息公开条例》",
            "共受理政府信息公开申请11件",
            "促进政务公开工作更加规范有序地开展",
        ],
        {"title": "包头市2013年政府信息公开年度报告", "year": 2013, "published": None, "lang": "zh-Hant"},
    ),
    (
        "guangdong_shaoguan",
        "shaoguan_gkmlpt_content_2_2342_post_2345672.html",
        ["一、总体情况", "| 行政许可 |", "本年度未收取信息处理费"],
        {
            "title": "韶关市2022年政府信息公开工作年度报告",
            "year": 2022,
            "published": "2023-01-12",
            "publisher": "韶关市",
        },
    ),
    (
        "anhui_luan_shucheng",
        "shucheng_show.asp_id_1902",
        ["一、总体情况", "| 政府集中采购 | 86 |"],
        {"title": "舒城县2019年政府信息公开工作年度报告", "year": 2019, "published": "2020-01-21"},
    ),
]


@pytest.mark.parametrize(("portal", "name", "phrases", "fields"), CASES, ids=[c[1] for c in CASES])
def test_report_text_is_kept_and_chrome_is_gone(portal, name, phrases, fields):
    report = extract(portal, name)
    for phrase in phrases:
        assert phrase in report.text
    for phrase in CHROME:
        assert phrase not in report.text, phrase
    item = report_from_page(raw_page(portal, name))
    for key, value in fields.items():
        assert getattr(item, key) == value, key
    assert report.url == saved_page(portal, name).url and report.portal == portal
    assert len(report.sha256) == 64 and report.fetched_at


def test_extraction_keeps_text_level_spam_for_the_spam_stage():
    # The seeds are real hacked pages; extraction must not silently eat the body sentences that carry the spam.
    report = extract("liaoning_liaoyang", "liaoyang_art_2017_3_28_art_3327_780.html")
    assert report.text.startswith("按照《足彩胜负14场人民政府办公厅关于做好2016年度")


def test_traditional_page_text_and_title_come_out_simplified():
    report = extract("neimenggu_baotou", "baike_wiki_baotou-2013-report_63726324")
    assert "包頭" not in report.text and "公開" not in report.text
    assert "主动公开政府信息 条" in report.text  # the blank stays blank: unknown, not zero


def test_template_tables_are_expanded():
    report = extract("hunan_yongzhou", "yongzhou_zfxxgknb_202201_t20220125_2001.htm")
    assert len(report.tables) == 3
    table_two, table_three, table_four = (t["rows"] for t in report.tables)
    assert table_two[0] == ["第二十条第（一）项"] * 4
    assert table_two[6][0] == "行政许可" and len(set(table_two[6][1:])) == 1
    assert all(len(row) == 10 for row in table_three)
    assert table_three[2][3:10] == ["自然人", "商业 企业", "科研 机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    denied = [row for row in table_three if row[1] == "（三）不予公开"]
    assert len(denied) == 8 and all(row[0] == "三、本年度办理结果" for row in denied)
    assert len(table_four) == 4 and len(table_four[3]) == 15
    assert table_four[1][5:7] == ["未经复议直接起诉"] * 2


def test_attachment_only_page_records_the_attachment():
    report = extract("anhui_luan_shucheng", "shucheng_show.asp_id_2001")
    assert report.attachments == [
        {
            "url": "http://127.0.0.1:8000/shucheng/upload/2021/0125/shucheng_2020_nianbao.doc",
            "type": "doc",
            "sha256": None,
            "pages": None,
            "text_chars": None,
            "image_only": None,
            "ocr": None,
        }
    ]
    assert report.title == "舒城县2020年政府信息公开工作年度报告" and report.text == ""
    assert report_from_page(raw_page("anhui_luan_shucheng", "shucheng_show.asp_id_2001")).year == 2020


def test_registry_content_selector_wins():
    report = extract("hunan_yongzhou", "yongzhou_zfxxgknb_201910_t20191030_1001.htm", content_selector=".footer")
    assert "联系电话:0746-8379670" in report.text
    assert "本年度报告由" not in report.text


@pytest.mark.parametrize(
    "body", [b"", b"   ", b"<html><body><div class='nav'><a href='/'>\xe9\xa6\x96\xe9\xa1\xb5</a></div></body></html>"]
)
def test_page_without_report_text_raises_with_reason(body):
    raw = RawPage(portal="p", url="http://a.gov.cn/t.htm", body=body, content_type="text/html", fetched_at="x")
    with pytest.raises(ExtractionError, match=r"empty page|characters of text and no report attachment"):
        extract_report(raw)


def test_expand_table_repeats_merged_cells_and_shows_them_once_for_text():
    table = lxml_html.fragment_fromstring(
        "<table><tr><td rowspan='2'>A</td><td colspan='2'>B</td></tr><tr><td>c</td><td>d</td></tr>"
        "<tr><td>e</td><td>1</td><td></td></tr></table>"
    )
    expanded, shown_once = expand_table(table)
    assert expanded == [["A", "B", "B"], ["A", "c", "d"], ["e", "1", ""]]
    assert shown_once == [["A", "B", ""], ["", "c", "d"], ["e", "1", ""]]


@pytest.mark.parametrize(
    ("body", "content_type", "url", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "application/octet-stream", "http://a.gov.cn/download.jsp?id=7", "pdf"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 binary", "text/html", "http://a.gov.cn/t.htm", "doc"),
        (b"PK\x03\x04 binary", "application/vnd.openxmlformats", "http://a.gov.cn/2023.docx", "docx"),
    ],
)
def test_report_served_as_a_file_becomes_its_own_attachment(body, content_type, url, kind):
    raw = RawPage(
        portal="p",
        url=url,
        body=body,
        content_type=content_type,
        fetched_at="x",
        list_title="永州市2023年政府信息公开工作年度报告",
    )
    report = extract_report(raw)
    assert report.text == "" and report.title == "永州市2023年政府信息公开工作年度报告"
    assert report_from_page(raw).year == 2023
    assert report.attachments[0]["url"] == url and report.attachments[0]["type"] == kind
    assert len(report.attachments[0]["sha256"]) == 64
