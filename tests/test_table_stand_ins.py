"""Tables handed to trafilatura as stand-ins (extract.container_text) give the text trafilatura gives for the whole
table: on every saved page, and on grids with what its text rendering escapes, unescapes, drops or repeats."""

from __future__ import annotations

import pytest

from pipelines.encoding import binary_reason, decode_html
from pipelines.extract import (
    ExtractionError,
    _stand_ins,
    container_text,
    file_type,
    find_container,
    normalise_tables,
    parse_document,
    remove_chrome,
)
from pipelines.items import RawPage
from pipelines.spam import strip_dom_spam
from tests.snapshot import saved_pages

PAGES = saved_pages()


def prepared(raw: RawPage):
    """The container and its grids as extract_report hands them to container_text."""
    markup, _encoding = decode_html(raw.body, raw.content_type)
    document = parse_document(markup)
    container = find_container(document, raw.content_selector)
    strip_dom_spam(document, container, raw.url)
    remove_chrome(container)
    _tables, grids = normalise_tables(container)
    return container, grids


def prepared_pages(pages):
    """(name, container, grids) of each (name, page) that has a container."""
    for name, raw in pages:
        if file_type(raw.body, raw.url, raw.content_type) or binary_reason(raw.body):
            continue  # a report file or bytes that are not a page: no container
        try:
            container, grids = prepared(raw)
        except ExtractionError:  # an empty or unparseable page (tests/test_hostile_input.py)
            continue
        yield name, container, grids


def test_saved_pages_read_with_stand_ins_give_trafilaturas_text_of_the_whole_tables():
    used = 0
    for name, container, grids in prepared_pages(PAGES.items()):
        used += len(_stand_ins(container, grids))
        assert container_text(container, grids) == container_text(container), name
    assert used >= 5  # the real and demo template reports have large tables


def grid(rows: list[list[str]]) -> str:
    return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"


LONG = [[f"第{r}行第{c}列的单元格文字" for c in range(5)] for r in range(5)]  # 50 cells over 250 characters


@pytest.mark.parametrize(
    ("inside", "stand_in"),
    [
        (grid([["&amp;nbsp;", "a|b", "&amp;lt;b&amp;gt;", "e\u0301", ""], *LONG, ["", "", "", "", ""]]), True),
        (grid([["PDF", "1", "2", "3", "4"], *LONG]), False),  # trafilatura's filter drops the PDF cell
        (grid(LONG[:1]), False),  # shorter than trafilatura's minimum extraction
        ("<ul><li>" + grid(LONG) + "</li></ul>", False),  # in a list item the rows share a line
        (grid(LONG) + "<p>之间的段落。</p>" + grid(LONG), False),  # trafilatura drops a repeated table
    ],
)
def test_grids_are_stood_in_only_where_the_text_stays_the_same(inside, stand_in):
    markup = f"<html><body><div class='TRS_Editor'><p>{'报告正文。' * 60}</p>{inside}<p>结尾。</p></div></body></html>"
    container, grids = prepared(RawPage("t", "https://t.invalid/a.html", markup.encode(), "text/html", "2026"))
    assert bool(_stand_ins(container, grids)) is stand_in
    assert container_text(container, grids) == container_text(container)
