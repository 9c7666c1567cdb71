"""Tables handed to trafilatura as stand-ins (extract.container_text) give the text trafilatura gives for the whole
table: on every saved page, and on grids with what its text rendering escapes, unescapes, drops or repeats."""

from __future__ import annotations

import pytest

from pipelines.encoding import binary_reason, decode_html
from pipelines.extract import (
    MIN_EXTRACTED_SIZE,
    ExtractionError,
    _stand_ins,
    _trafilatura,
    _with_grids,
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


@pytest.mark.slow  # slow: builds and reads the 500 distinct real-size farm pages (about a minute on a loaded machine)
def test_farm_pages_read_with_stand_ins_give_trafilaturas_text_of_the_whole_tables():
    from scripts.bench_extract import farm_pages
    from scripts.bench_farm import report_pages

    short = 0
    for name, container, grids in prepared_pages((page.url, page) for page in farm_pages(len(report_pages()))):
        short += any(sum(len(cell) for row in rows for cell in row) < MIN_EXTRACTED_SIZE for rows in grids.values())
        assert container_text(container, grids) == container_text(container), name
    assert short >= 300  # the template reports' small tables


def grid(rows: list[list[str]]) -> str:
    return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"


LONG = [[f"第{r}行第{c}列的单元格文字" for c in range(5)] for r in range(5)]  # 50 cells over 250 characters


@pytest.mark.parametrize(
    ("inside", "stand_in"),
    [
        (grid([["&amp;nbsp;", "a|b", "&amp;lt;b&amp;gt;", "e\u0301", ""], *LONG, ["", "", "", "", ""]]), True),
        (grid([["PDF", "1", "2", "3", "4"], *LONG]), False),  # trafilatura's filter drops the PDF cell
        (grid(LONG[:2]), True),  # shorter than trafilatura's minimum extraction (used or not: below)
        ("<ul><li>" + grid(LONG) + "</li></ul>", False),  # in a list item the rows share a line
        (grid(LONG) + "<p>之间的段落。</p>" + grid(LONG), False),  # trafilatura drops a repeated table
    ],
)
def test_grids_are_stood_in_only_where_the_text_stays_the_same(inside, stand_in):
    markup = f"<html><body><div class='TRS_Editor'><p>{'报告正文。' * 60}</p>{inside}<p>结尾。</p></div></body></html>"
    container, grids = prepared(RawPage("t", "https://t.invalid/a.html", markup.encode(), "text/html", "2026"))
    assert bool(_stand_ins(container, grids)) is stand_in
    assert container_text(container, grids) == container_text(container)


@pytest.mark.parametrize(("paragraph", "used"), [("报告正文第一段。" * 40, True), ("报告正文第一段。" * 25, False)])
def test_a_short_grids_stand_in_is_used_only_where_the_text_outside_it_reaches_trafilaturas_minimum(paragraph, used):
    # 282 letters beside the grid, or 177: then trafilatura's main pass may come out shorter than its minimum with
    # the one-cell marker (one piece) and not with the grid's cells (its pieces joined by spaces), or the other way.
    markup = f"<html><body><div class='TRS_Editor'><p>{paragraph}</p>{grid(LONG[:2])}<p>结尾。</p></div></body></html>"
    container, grids = prepared(RawPage("t", "https://t.invalid/a.html", markup.encode(), "text/html", "2026"))
    stand_ins = _stand_ins(container, grids)
    assert len(stand_ins) == 1
    assert (_with_grids(_trafilatura(container, stand_ins), stand_ins) is not None) is used
    assert container_text(container, grids) == container_text(container)
