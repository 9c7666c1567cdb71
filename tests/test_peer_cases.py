"""Other projects' test cases (tests/fixtures/peer/, each with its provenance) through the whole item chain: every
value they assert, mapped to our keys, is read; a value left out says why and is never guessed."""

from __future__ import annotations

import json
import re
from functools import cache
from html import escape
from pathlib import Path

import pytest

from pipelines.chain import report_from_page
from pipelines.items import RawPage, Report

PEER = Path(__file__).parent / "fixtures" / "peer"
CASES = {path.stem: json.loads(path.read_text("utf-8")) for path in sorted(PEER.glob("*.json"))}
MARKDOWN_DELIMITER_ROW = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?")
# A pasted row: cells separated by tabs, by two or more spaces, or one per line (blank lines between allowed).
PASTE_SEPARATOR = re.compile(r"\t|\s{2,}|\n")
# A row paste goes into 表三 as the peers' forms put it: under the official applicant header, in a page of the
# template's six section headings (template-2021.md, A).
SECTION_HEADINGS = (
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
)
TABLE_THREE_HEADER = (
    '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
    '<td colspan="7">申请人情况</td></tr>\n'
    '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>\n'
    "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>\n"
)
NUMBER = re.compile(r"\d+(?:\.\d+)?")


def markdown_page(markdown: str) -> str:
    """The page a markdown report becomes: each run of `|` rows one <table> holding every cell (delimiter rows
    dropped), headings and other lines paragraphs, in order."""
    parts: list[str] = []
    rows: list[list[str]] = []
    for line in [*markdown.splitlines(), ""]:
        line = line.strip()
        if line.startswith("|"):
            if not MARKDOWN_DELIMITER_ROW.fullmatch(line):
                rows.append([cell.strip() for cell in line.strip("|").split("|")])
            continue
        if rows:
            cells = "\n".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
            parts.append(f"<table>\n{cells}\n</table>")
            rows = []
        if heading := re.match(r"(#{1,6})\s+(.*)", line):
            level = len(heading.group(1))
            parts.append(f"<h{level}>{escape(heading.group(2))}</h{level}>")
        elif line:
            parts.append(f"<p>{escape(line)}</p>")
    return "<html><body>\n" + "\n".join(parts) + "\n</body></html>\n"


def row_paste_page(paste: str) -> str:
    """The page a pasted 表三 row becomes: the template's section headings and, under 三, the official applicant
    header and the row, its label (when pasted) in the label cell and every number in its own cell."""
    pieces = [piece.strip() for piece in PASTE_SEPARATOR.split(paste) if piece.strip()]
    label = pieces.pop(0) if pieces and not NUMBER.fullmatch(pieces[0]) else ""
    row = f'<tr><td colspan="3">{escape(label)}</td>' + "".join(f"<td>{escape(p)}</td>" for p in pieces) + "</tr>\n"
    table = f"<table>\n{TABLE_THREE_HEADER}{row}</table>"
    parts = [f"<p>{heading}</p>" + (f"\n{table}" if heading.startswith("三、") else "") for heading in SECTION_HEADINGS]
    return "<html><body>\n" + "\n".join(parts) + "\n</body></html>\n"


def case_input(case: dict) -> str:
    """The peer's input, verbatim: the saved file for HTML and markdown, the inline text for row pastes."""
    return (PEER / case["page"]).read_text("utf-8") if "page" in case else case["input"]


def page_of(case: dict) -> str:
    """The page the chain reads for a case: HTML as the peer wrote it, markdown and row pastes rendered."""
    render = {"html": str, "markdown": markdown_page, "rows": row_paste_page}[case["input_kind"]]
    return render(case_input(case))


@cache
def report_of(name: str) -> Report:
    raw = RawPage(
        portal="peer",
        url=f"https://peer.invalid/{name}.html",
        body=page_of(CASES[name]).encode("utf-8"),
        content_type="text/html; charset=utf-8",
        fetched_at="2026-12-01T00:00:00+00:00",
    )
    return report_from_page(raw)


def left_out(case: dict, field: str = "left_out") -> dict:
    """The values a case leaves out (in groups, each with its reason), as one key → value dict."""
    return {key: value for group in case.get(field, []) for key, value in group["values"].items()}


def test_every_peer_case_says_where_it_comes_from_and_why_a_value_is_left_out():
    assert len(CASES) == 11
    for name, case in CASES.items():
        provenance = case["provenance"]
        assert provenance["repo"] and provenance["path"] and provenance["test_name"], name
        assert re.fullmatch(r"[0-9a-f]{40}", provenance["commit"]), name
        assert case["asserted"] and case["rendering"], name
        assert not set(case["expected"]) & set(left_out(case)), name
        groups = case["left_out"] + case.get("secondary_left_out", [])
        assert all(group["values"] and group["reason"] for group in groups), name


@pytest.mark.parametrize("name", [name for name, case in CASES.items() if case["input_kind"] != "html"])
def test_rendered_page_holds_every_number_of_the_input_in_order(name):
    page_text = re.sub(r"<[^>]+>", " ", page_of(CASES[name]))
    assert NUMBER.findall(page_text) == NUMBER.findall(case_input(CASES[name]))


@pytest.mark.parametrize("name", [name for name, case in CASES.items() if case["expected"]])
def test_every_value_the_peer_asserts_is_read(name):
    stats = report_of(name).stats
    expected = CASES[name]["expected"]
    assert {key: stats.get(key, "<absent>") for key in expected} == expected


@pytest.mark.parametrize("name", [name for name, case in CASES.items() if "secondary" in case])
def test_values_the_input_states_beyond_the_assertions_are_read(name):
    stats = report_of(name).stats
    secondary = CASES[name]["secondary"]
    assert {key: stats.get(key, "<absent>") for key in secondary} == secondary


@pytest.mark.parametrize(
    "name", [name for name, case in CASES.items() if left_out(case) or left_out(case, "secondary_left_out")]
)
def test_values_left_out_are_never_guessed(name):
    known = left_out(CASES[name]) | left_out(CASES[name], "secondary_left_out")
    stats = report_of(name).stats
    assert {key: stats[key] for key in known if stats.get(key) is not None and stats[key] != known[key]} == {}


@pytest.mark.parametrize("name", [name for name, case in CASES.items() if case["input_kind"] == "rows"])
def test_a_pasted_row_is_read_only_under_its_own_label(name):
    read = {key for key, value in report_of(name).stats.items() if key.startswith("requests.") and value is not None}
    assert read == set(CASES[name]["expected"])


def test_tally_of_peer_values_is_the_one_the_readme_states():
    expected = sum(len(case["expected"]) for case in CASES.values())
    left = sum(len(left_out(case)) for case in CASES.values())
    assert (expected, expected + left) == (82, 88)
