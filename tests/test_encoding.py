"""Decoding: GBK family pages, lying headers, BOMs and registry overrides all come out as correct Chinese."""

from __future__ import annotations

import codecs

import pytest

from pipelines.encoding import decode_html, normalise_charset
from tests.conftest import saved_page

TEXT = "舒城县2012年政府信息公开工作年度报告：主动公开信息7215条"
GBK_PAGE = f'<html><head><meta charset="gb2312"></head><body>{TEXT}</body></html>'


@pytest.mark.parametrize(
    ("body", "content_type", "override"),
    [
        (GBK_PAGE.encode("gbk"), "text/html", None),  # meta only
        (GBK_PAGE.encode("gbk"), "text/html; charset=utf-8", None),  # header lies
        (GBK_PAGE.encode("gbk"), "text/html; charset=iso-8859-1", None),  # header lies, Latin-1
        (GBK_PAGE.replace("gb2312", "utf-8").encode("gb18030"), None, None),  # meta lies, no header
        (GBK_PAGE.encode("utf-8"), "text/html; charset=gbk", None),  # UTF-8 bytes declared GBK
        (codecs.BOM_UTF8 + GBK_PAGE.encode("utf-8"), "text/html; charset=gbk", None),
        (GBK_PAGE.encode("gbk"), "text/html; charset=utf-8", "gbk"),  # registry override
    ],
)
def test_decode_html_recovers_the_text(body, content_type, override):
    text, _encoding = decode_html(body, content_type, override)
    assert TEXT in text


def test_gbk_and_gb2312_widen_to_gb18030():
    assert normalise_charset("GB2312") == "gb18030"
    assert normalise_charset(" GBK ") == "gb18030"
    assert normalise_charset("utf8") == "utf-8"
    assert normalise_charset("nonsense") is None


def test_saved_legacy_page_that_declares_utf8_but_sends_gbk():
    page = saved_page("anhui_luan_shucheng", "shucheng_show.asp_id_1902")
    assert "utf-8" in page.content_type
    text, encoding = decode_html(page.body, page.content_type)
    assert encoding == "gb18030"
    assert "舒城县2019年政府信息公开工作年度报告" in text
