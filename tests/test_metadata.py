"""Fields read from a report's cleaned title, text, URL and page metadata."""

from __future__ import annotations

import pytest

from pipelines.metadata import body_from_title, published_date, publisher_of, report_year


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("2014年永州市人民政府信息公开工作报告", "永州市人民政府"),
        ("舒城县2012年政府信息公开工作年度报告", "舒城县"),
        ("韶关市教育局2022年政府信息公开工作年度报告", "韶关市教育局"),
        ("吉州区二〇一七年度政府信息公开年报", "吉州区"),
        ("2023年政府信息公开工作年度报告", None),
        (None, None),
    ],
)
def test_body_from_title(title, body):
    assert body_from_title(title) == body


@pytest.mark.parametrize(
    ("title", "text", "published", "year"),
    [
        ("永州市2021年政府信息公开工作年度报告", "", None, 2021),
        ("吉州区二〇一七年度政府信息公开年报", "", None, 2017),
        ("政府信息公开工作年度报告", "所列数据的统计期限自2014年1月1日至2014年12月31日", None, 2014),
        ("政府信息公开工作年度报告", "现将本机关政府信息公开工作情况报告如下。", "2024-01-18", 2023),
        ("政府信息公开工作年度报告", "", None, None),
    ],
)
def test_report_year(title, text, published, year):
    assert report_year(title, text, published) == year


@pytest.mark.parametrize(
    ("url", "published", "year"),
    [
        ("http://a.gov.cn/xxgk/2017nb/index.htm", "2018-02-01", 2017),
        ("http://a.gov.cn/xxgk/nianbao_2016/t1.htm", None, 2016),
        ("http://a.gov.cn/xxgk/nb/201803/t20180301_1.htm", "2018-03-01", 2017),  # a publication date, not the year
    ],
)
def test_report_year_from_url_before_publication_year(url, published, year):
    assert report_year("政府信息公开工作年度报告", "", published, url) == year


@pytest.mark.parametrize(
    ("meta", "url", "published"),
    [
        ({"发布日期": "2013-02-10 00:00"}, "http://a.gov.cn/x", "2013-02-10"),
        ({"发文日期": "2018年2月10日"}, "http://a.gov.cn/x", "2018-02-10"),
        ({}, "http://a.gov.cn/nb/202401/t20240118_12345.htm", "2024-01-18"),
        ({}, "http://a.gov.cn/art/2024/1/8/art_12345_678.html", "2024-01-08"),
        ({"发布日期": "2024-13-45"}, "http://a.gov.cn/x", None),
        ({}, "http://a.gov.cn/x", None),
    ],
)
def test_published_date(meta, url, published):
    assert published_date(meta, url) == published


@pytest.mark.parametrize(
    ("meta", "title", "publisher"),
    [
        ({"发布机构": "永州市人民政府办公室", "来源": "市政府"}, "永州市2021年报", "永州市人民政府办公室"),
        ({"责任部门": "吉州区政府办"}, "吉州区2017年政府信息公开工作年度报告", "吉州区政府办"),
        ({"来源": "韶关市政务服务数据管理局"}, "韶关市2023年政府信息公开工作年度报告", "韶关市"),
        ({"来源": "韶关市政务服务数据管理局"}, "2023年政府信息公开工作年度报告", "韶关市政务服务数据管理局"),
        ({}, None, None),
    ],
)
def test_publisher_is_the_issuing_body_then_the_title_then_the_source(meta, title, publisher):
    assert publisher_of(meta, title) == publisher
