"""trafilatura reads a copy of the container as a tree, its plain Word spans unwrapped (extract._trafilatura): the text
must be the one plain trafilatura.extract gives for the container's markup with the options we ask for, on every
saved page, every farm page and the cases where an unwrapped span or the tree could tell."""

from __future__ import annotations

import pytest
import trafilatura
from lxml import etree

from pipelines.extract import (
    TRAFILATURA,
    _markup,
    _reading,
    _stand_ins,
    _trafilatura,
    find_container,
    parse_document,
)
from tests.snapshot import saved_pages
from tests.test_table_stand_ins import prepared_pages

# The call extract._trafilatura replaces: the container's markup, parsed by trafilatura, with extract's keywords.
PLAIN_OPTIONS = {
    "include_tables": True,
    "include_comments": False,
    "include_links": False,
    "favor_recall": True,
    "deduplicate": False,
    "fast": True,
    "output_format": "txt",
}


def plain(container, stand_ins) -> str | None:
    return trafilatura.extract(_markup(container, stand_ins), **PLAIN_OPTIONS)


def readings(pages):
    """(name, container, stand-ins) of each page with a container: every page without stand-ins, and with its own."""
    for name, container, grids in prepared_pages(pages):
        yield name, container, {}
        if stand_ins := _stand_ins(container, grids):
            yield name, container, stand_ins


def test_saved_pages_read_as_trees_give_plain_trafilaturas_text():
    read = 0
    for name, container, stand_ins in readings(saved_pages().items()):
        assert _trafilatura(container, stand_ins) == plain(container, stand_ins), name
        read += 1
    assert read >= 70


@pytest.mark.slow  # slow: builds and reads the 500 distinct real-size farm pages (about a minute on a loaded machine)
def test_farm_pages_read_as_trees_give_plain_trafilaturas_text():
    from scripts.bench_extract import farm_pages
    from scripts.bench_farm import report_pages

    pages = farm_pages(len(report_pages()))
    spans = 0
    for name, container, stand_ins in readings((page.url, page) for page in pages):
        spans += container.find(".//span") is not None
        assert _trafilatura(container, stand_ins) == plain(container, stand_ins), name
    assert spans >= 400  # Word pastes: styled runs on nearly every page


LONG = "<p>" + "报告正文第一段的文字。" * 30 + "</p>"


def container_of(body: str):
    document = parse_document(f"<html><body><div class='TRS_Editor'>{body}</div></body></html>")
    return find_container(document)


def every_span_unwrapped(container) -> str | None:
    document = _reading(container, {})
    etree.strip_tags(document, "span")
    return trafilatura.extract(document, options=TRAFILATURA)


# Where unwrapping every span would change trafilatura's text: the spans that stay, and a short text read again.
@pytest.mark.parametrize(
    "body",
    [
        "<p><span>二〇二四年</span><span>工作报告</span></p>",  # short: its baseline joins text nodes by lines
        f"{LONG}<p><span style='visibility:hidden'>隐藏的文字内容</span>可见</p>",  # a style its rules drop
        f"{LONG}<p><span style='display:none'>隐藏的文字内容</span>可见</p>",
        f"{LONG}<div><span>甲</span><span>乙</span><span>丙</span><a href='/a'>链接</a></div>",  # a <div>'s children
    ],
)
def test_spans_trafilatura_can_tell_are_kept(body):
    container = container_of(body)
    assert every_span_unwrapped(container) != plain(container, {})
    assert _trafilatura(container, {}) == plain(container, {})


@pytest.mark.parametrize(
    "body",
    [
        f"{LONG}<p><span>相关链接：<a href='/a'>第一篇文章的标题在这里</a></span></p><p><a href='/b'>第二篇</a></p>",
        f"{LONG}<div><p><a href='/a'>一个链接的文字一个链接的文字</a>说明</p><span>其后的文字</span></div>",
        f"{LONG}<pre><span>x = 1</span></pre>",
        f"{LONG}<div><p><span><img src='a.png'></span></p>尾巴文字</div>",
        f"{LONG}<p><span lang=EN-US>2024</span><span style='font-size:16.0pt'>年</span><!-- 注释 -->报告</p>",
        f"{LONG}<p>换页\x0c符<span>之后</span></p>",  # a character trafilatura deletes from markup
    ],
)
def test_other_spans_comments_and_control_characters_read_as_plain_trafilatura_reads_them(body):
    container = container_of(body)
    assert _trafilatura(container, {}) == plain(container, {})
