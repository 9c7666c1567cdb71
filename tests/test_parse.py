"""The parsing pieces on their own: numbers, sections, template tables, free text, regions, integrity rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.bare_rows import bare_row_stats
from pipelines.checks import integrity_checks
from pipelines.files import read_file
from pipelines.free_text import fee_stats, free_text_stats
from pipelines.numbers import amount_in_yuan, cell_number, text_number
from pipelines.older_stats import older_table_stats
from pipelines.regions import Region, body_level, resolve
from pipelines.sections import split_sections
from pipelines.stats import APPLICANT_COLUMNS, detect_template, template_stats
from pipelines.text import to_simplified


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("0", 0),
        ("", None),
        ("—", None),
        ("/", None),
        ("-", None),
        ("——", None),
        (" 12 ", 12),
        ("1,234", 1234),
        ("263.58", 263.58),
        ("-18", -18),
        ("23815600元", 23815600),
        ("十一", 11),
        ("１２", 12),
        ("1.属于国家秘密", None),
    ],
)
def test_cell_number(cell, value):
    assert cell_number(cell) == value


def test_text_number_keeps_a_blank_unknown():
    assert text_number("") is None and text_number("二十") == 20 and text_number("27,649") == 27649


def test_sections_tolerate_missing_numbers_and_width_variants():
    text = "前言。\n一、总体情况\n正文一\n三．依申请公开\n（一）小节\n一是推进\n五, 其他\n| 一、本年新收 | 3 |"
    sections = split_sections(text)
    assert [s["heading"] for s in sections] == [None, "一、总体情况", "三．依申请公开", "五, 其他"]
    assert "一是推进" in sections[2]["text"] and "| 一、本年新收 | 3 |" in sections[3]["text"]


TABLE_TWO = [
    ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
    ["规章", "0", "—", "12"],
    ["行政规范性文件", "3", "1", ""],
    ["信息内容", "本年处理决定数量", "本年处理决定数量", "本年处理决定数量"],
    ["行政许可", "1234", "1234", "1234"],
]
TABLE_THREE_HEAD = [
    [
        "",
        "",
        "",
        "自然人",
        "法人或其他组织",
        "法人或其他组织",
        "法人或其他组织",
        "法人或其他组织",
        "法人或其他组织",
        "总计",
    ],
    ["", "", "", "自然人", "商业 企业", "科研 機構", "社会公益组织", "法律服务机构", "其他", "总计"],
]


def row(*labels: str, values=(1, 0, 0, 0, 0, 0, 1)) -> list[str]:
    return [*labels, *(str(v) for v in values)]


def test_template_stats_read_by_labels_across_split_tables():
    part_one = [
        *TABLE_THREE_HEAD,
        row("一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量"),
        row("三、本年度办理结果", "(一)予以公开", "(一)予以公开"),
    ]
    part_two = [*TABLE_THREE_HEAD, row("三、本年度办理结果", "（七）总计", "（七）总计")]
    stats = template_stats(
        [{"caption": None, "rows": TABLE_TWO}, {"caption": None, "rows": part_one}, {"caption": None, "rows": part_two}]
    )
    assert stats["active.regulations.issued"] == 0 and stats["active.regulations.repealed"] is None
    assert stats["active.normative_documents.in_force"] is None and stats["active.licensing.decisions"] == 1234
    assert stats["requests.new.natural_person"] == 1 and stats["requests.granted.total"] == 1
    assert stats["requests.total.research"] == 0  # 科研 機構: traditional and spaced label still found
    assert detect_template([{"caption": None, "rows": TABLE_TWO}]) == "2021"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2013年,全市各级政府及部门主动公开政府信息 条,主要包括", {"active.items": None}),
        ("全年主动公开信息7215条,其中依申请公开10条", {"active.items": 7215, "requests.new.total": 10}),
        ("共受理政府信息公开申请十一件。", {"requests.new.total": 11}),
        ("没有发生在行政复议或者行政诉讼中确认违法的现象。", {}),
        (
            "未收到要求公开政府信息相关行政复议和行政诉讼申请。",
            {"appeals.reconsideration.total": 0, "appeals.litigation.total": 0},
        ),
        ("我市依申请公开信息没有收取任何费用。", {"fees.collected_yuan": 0}),
        (
            "同意公开的答复24件,同意部分公开的答复2件,不同意公开的答复3件",
            {"requests.granted.total": 24, "requests.partly_granted.total": 2},
        ),
    ],
)
def test_free_text_stats(text, expected):
    assert free_text_stats(text) == expected


@pytest.mark.parametrize(
    ("parts", "region"),
    [
        (["湖南省", "永州市"], Region("湖南省永州市", "431100", "city")),
        (["江西省", "吉安市", "吉州区"], Region("江西省吉安市吉州区", "360802", "county")),
        (["北京市", "海淀区"], Region("北京市海淀区", "110108", "county")),
        (["福建省", "平潭综合实验区"], Region("福建省平潭综合实验区", None, "county")),
        ([], None),
    ],
)
def test_resolve_region(parts, region):
    assert resolve(parts) == region


@pytest.mark.parametrize(
    ("body", "level"),
    [
        ("韶关市教育局", "department"),
        ("永州市人民政府", "city"),
        ("吉州区", "county"),
        ("国务院办公厅", "central"),
        ("湘西土家族苗族自治州", "city"),
    ],
)
def test_body_level(body, level):
    region = Region("湖南省永州市", "431100", "county" if body == "吉州区" else "city")
    assert body_level(body, region) == level


# A row of every 办理结果 group but 予以公开, all zero: with them a 表三 is read whole.
ONE_ROW_PER_OTHER_GROUP = (
    "partly_granted",
    "denied.state_secret",
    "unable.not_held",
    "not_processed.repeated",
    "other.unpaid_fee",
)


def test_integrity_rules_record_what_breaks_and_skip_what_is_not_reported():
    columns = ("natural_person", "business", "research", "public_interest", "legal_service", "other_org")
    stats = {
        f"requests.{row}.{c}": 0
        for row in ("new", "carried_over", "granted", "total", "carried_forward", *ONE_ROW_PER_OTHER_GROUP)
        for c in columns
    }
    stats |= {
        "requests.new.natural_person": 5,
        "requests.granted.natural_person": 4,
        "requests.total.natural_person": 5,
        "requests.new.total": 5,
        "requests.carried_over.total": 0,
        "requests.granted.total": 4,
        "requests.total.total": 5,
        "requests.carried_forward.total": 0,
        "requests.new.research": None,
    }
    stats |= {
        "appeals.reconsideration.upheld": 1,
        "appeals.reconsideration.corrected": 1,
        "appeals.reconsideration.other": 0,
        "appeals.reconsideration.pending": 0,
        "appeals.reconsideration.total": 3,
    }
    rules = {check["rule"]: check for check in integrity_checks(stats)}
    assert rules["t3.sum.natural_person"] == {"rule": "t3.sum.natural_person", "expected": 4, "found": 5}
    assert rules["t4.reconsideration.total"] == {"rule": "t4.reconsideration.total", "expected": 2, "found": 3}
    assert "t3.balance.natural_person" not in rules and "t3.balance.research" not in rules
    assert "t3.total_column.new" not in rules  # 科研机构 not reported: the row cannot be judged


def test_partly_read_table_three_is_not_held_to_its_total():
    # Only 予以公开 read (the other groups' lines refused): 4 of 5 is a gap in the reading, not a broken sum.
    stats = {"requests.granted.natural_person": 4, "requests.total.natural_person": 5}
    assert integrity_checks(stats) == []
    stats |= {f"requests.{row}.natural_person": 0 for row in ONE_ROW_PER_OTHER_GROUP}
    assert [check["rule"] for check in integrity_checks(stats)] == ["t3.sum.natural_person"]


RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
RESULTS_TOTAL_FIRST = ["总计", "结果维持", "结果纠正", "其他结果", "尚未审结"]
# Distinct numbers per block in the order of RESULTS, so a column read under the wrong label shows.
APPEAL_VALUES = {
    "reconsideration": [1, 2, 3, 4, 10],
    "litigation_direct": [5, 6, 7, 8, 26],
    "litigation_after_reconsideration": [9, 11, 12, 13, 45],
}
APPEALS = {
    f"appeals.{kind}.{key}": value
    for kind, values in APPEAL_VALUES.items()
    for key, value in zip(("upheld", "corrected", "other", "pending", "total"), values, strict=True)
}
VALUE_ROW = [str(v) for values in APPEAL_VALUES.values() for v in values]
TOTAL_FIRST_ROW = [str(v) for values in APPEAL_VALUES.values() for v in (values[4], *values[:4])]
KINDS_ROW = ["行政复议"] * 5 + ["未经复议直接起诉"] * 5 + ["复议后起诉"] * 5
# 表四 header arrangements, merged cells expanded as extract.expand_table gives them. Each cites the page whose layout
# it copies; the numbers are APPEAL_VALUES, so every arrangement must give the same keys and values.
TABLE_FOUR_LAYOUTS = {
    # The official Word template and most HTML pages: 行政复议's results on the row of the 诉讼 kinds, rowspan=2.
    # http://www.shuyang.gov.cn/sygfj/gknb/202401/2ecfb31a335f4d689220a3a23e24a986.shtml (沭阳县发改局 2023, where
    # labels are split over <span>s: 行+政复议), and 2019年上海市人民政府办公厅年报 (2019 trial format, same rows).
    "results_beside_kinds_rowspan": [
        ["行政复议"] * 5 + ["行政诉讼"] * 10,
        [*RESULTS, *["未经复议直接起诉"] * 5, *["复议后起诉"] * 5],
        RESULTS * 3,
        VALUE_ROW,
    ],
    # The same without rowspan: blank cells beneath 行政复议's results (issue 17; zxj6827111-blip/KIROGOVCOMPARE
    # src/__tests__/filingHtmlImport.test.ts, Hangzhou- and Fengxian-style pages).
    "results_beside_kinds_blank_beneath": [
        ["行政复议"] * 5 + ["行政诉讼"] * 10,
        [*RESULTS, *["未经复议直接起诉"] * 5, *["复议后起诉"] * 5],
        [""] * 5 + RESULTS * 2,
        VALUE_ROW,
    ],
    # Labels wrapped inside their cells, one or two characters a line (PDF flip-books of 威海市文登区:
    # http://180.76.149.248:88/book/2022dzs/xinfang/files/basic-html/page8.html,
    # http://180.76.149.248:88/book/dzs/shenji/files/basic-html/page9.html), and a note row before the numbers
    # (2025年上海市人民政府办公厅年报: 注：行政复议、行政诉讼数量含上年度结转数量。).
    "labels_wrapped_in_cells_and_a_note_row": [
        ["行政 复议"] * 5 + ["行政 诉讼"] * 10,
        [
            *["结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总 计"],
            *["未经复议 直接起诉"] * 5,
            *["复议后 起诉"] * 5,
        ],
        ["结 果 维 持", "结 果 纠 正", "其 他 结 果", "尚 未 审 结", "总计"] * 3,
        ["注：行政复议、行政诉讼数量含上年度结转数量。"] * 15,
        VALUE_ROW,
    ],
    # Arrangements the skeleton (template-2021.md) allows, built from it: the kinds on the lower header row ...
    "results_row_above_kinds_row": [RESULTS * 3, KINDS_ROW, VALUE_ROW],
    # ... one header row, each label naming its kind and result ...
    "one_header_row": [[f"{kind}{result}" for kind, result in zip(KINDS_ROW, RESULTS * 3, strict=True)], VALUE_ROW],
    # ... 总计 first in each block ...
    "total_first": [
        ["行政复议"] * 5 + ["行政诉讼"] * 10,
        [*RESULTS_TOTAL_FIRST, *["未经复议直接起诉"] * 5, *["复议后起诉"] * 5],
        RESULTS_TOTAL_FIRST * 3,
        TOTAL_FIRST_ROW,
    ],
    # ... and laid the other way: results as row labels under the kinds, or kinds as row labels under the results.
    "results_as_rows": [
        ["", "行政复议", "行政诉讼", "行政诉讼"],
        ["", "行政复议", "未经复议直接起诉", "复议后起诉"],
        *[[result, *(str(values[i]) for values in APPEAL_VALUES.values())] for i, result in enumerate(RESULTS)],
    ],
    "kinds_as_rows": [
        ["", "", *RESULTS],
        ["行政复议", "行政复议", *VALUE_ROW[0:5]],
        ["行政诉讼", "未经复议直接起诉", *VALUE_ROW[5:10]],
        ["行政诉讼", "复议后起诉", *VALUE_ROW[10:15]],
    ],
}


@pytest.mark.parametrize("layout", sorted(TABLE_FOUR_LAYOUTS))
def test_table_four_reads_every_header_arrangement_to_the_same_keys(layout):
    stats = template_stats([{"caption": None, "rows": TABLE_FOUR_LAYOUTS[layout]}])
    assert {key: value for key, value in stats.items() if key.startswith("appeals.")} == APPEALS


def test_table_four_split_over_two_tables_after_table_three_reads_each_part():
    header, values = TABLE_FOUR_LAYOUTS["results_beside_kinds_blank_beneath"][:3], [VALUE_ROW]
    tables = [
        {"caption": None, "rows": [*TABLE_THREE_HEAD, row("（七）总计", "（七）总计", "（七）总计")]},
        {"caption": None, "rows": header},
        {"caption": None, "rows": values},
    ]
    stats = template_stats(tables)
    assert stats["requests.total.total"] == 1
    assert {key: value for key, value in stats.items() if key.startswith("appeals.")} == APPEALS


def test_table_four_numbers_under_a_title_only_are_not_read_by_labels():
    # Header cells lost (宿迁市 2025 in KIROGOVCOMPARE, 平潭 page.txt archives): 15 numbers under the section title.
    # The label reader never reads by position; bare_rows does, under its guards (below).
    stats = template_stats([{"caption": None, "rows": [["四、政府信息公开行政复议、行政诉讼情况"] * 15, VALUE_ROW]}])
    assert [key for key in stats if key.startswith("appeals.")] == []


def test_a_table_after_table_four_is_not_read_as_appeals():
    rows = [*TABLE_FOUR_LAYOUTS["results_beside_kinds_rowspan"], ["收费项目", "金额"], ["复印费", "12"]]
    stats = template_stats([{"caption": None, "rows": rows}])
    assert {key: value for key, value in stats.items() if key.startswith("appeals.")} == APPEALS


# Rows whose table headers were lost, as real text gives them. 表四 of 宿迁市 2025 flattened to a line and one row
# (zxj6827111-blip/KIROGOVCOMPARE src/__tests__/segmentedAnnualReportParse.test.ts); lines of the 淮安市 2024 PDF's
# text layer (shared/real/huaian_2024_report.pdf: heading, header labels and numbers run together); 上海市科委 2024's
# PDF text (KIROGOVCOMPARE tests/fixtures/annual-report/kewei-2024-source.md).
TABLE_THREE_HEADING = "三、收到和处理政府信息公开申请情况"
TABLE_FOUR_HEADING = "四、政府信息公开行政复议、行政诉讼情况"
SUQIAN_ROW = "| 119 | 25 | 91 | 24 | 259 | 7 | 0 | 15 | 6 | 28 | 21 | 1 | 7 | 9 | 38 |"
SUQIAN_TABLE_FOUR = [TABLE_THREE_HEADING, TABLE_FOUR_HEADING, "行政复议行政诉讼", SUQIAN_ROW]
HUAIAN_TABLE_FOUR_HEADER = (
    "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉"
    "复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
)
HUAIAN_TABLE_THREE_HEADER = "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
KEWEI_TABLE_FOUR_ROW = "| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"


def bare(*lines: str, year: int | None = 2024) -> dict:
    return bare_row_stats("\n".join(lines), year)[1]


def appeal_values(*numbers: int) -> dict:
    kinds = ("reconsideration", "litigation_direct", "litigation_after_reconsideration")
    results = ("upheld", "corrected", "other", "pending", "total")
    keys = [f"appeals.{kind}.{result}" for kind in kinds for result in results]
    return dict(zip(keys, numbers, strict=True))


def request_values(key: str, *numbers: int) -> dict:
    return {f"requests.{key}.{column}": n for (_, column), n in zip(APPLICANT_COLUMNS, numbers, strict=True)}


def test_a_bare_table_four_row_is_read_in_the_skeleton_order_when_every_total_adds_up():
    assert bare(*SUQIAN_TABLE_FOUR) == appeal_values(119, 25, 91, 24, 259, 7, 0, 15, 6, 28, 21, 1, 7, 9, 38)
    # The PDF line: the heading and the header labels run into the numbers, which still read.
    huaian = bare(TABLE_THREE_HEADING, f"{HUAIAN_TABLE_FOUR_HEADER}72 64 178 37 351 13 4 8 1 26 12 1 1 6 20")
    assert huaian == appeal_values(72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20)


@pytest.mark.parametrize(
    ("lines", "year"),
    [
        ([*SUQIAN_TABLE_FOUR[:-1], SUQIAN_ROW.replace("259", "258")], 2025),  # a total that does not add up
        ([*SUQIAN_TABLE_FOUR[:-1], SUQIAN_ROW.removesuffix(" 38 |")], 2025),  # fourteen numbers
        (SUQIAN_TABLE_FOUR[1:], 2025),  # nothing on the page says it is a template report
        (SUQIAN_TABLE_FOUR, 2013),  # a report under the 2008 regulation
        ([*SUQIAN_TABLE_FOUR[:-1], "五、存在的主要问题及改进情况", SUQIAN_ROW], 2025),  # outside 表四's section
        ([TABLE_THREE_HEADING, TABLE_FOUR_HEADING, KEWEI_TABLE_FOUR_ROW], 2024),  # fits with 总计 first too
        (  # the header shows 总计 first: the row is that table's, and the label reader's
            [
                TABLE_THREE_HEADING,
                HUAIAN_TABLE_FOUR_HEADER.replace(
                    "结果维持结果纠正其他结果尚未审结总计", "总计结果维持结果纠正其他结果尚未审结"
                ),
                KEWEI_TABLE_FOUR_ROW,
            ],
            2024,
        ),
    ],
    ids=[
        "sum_broken",
        "fourteen",
        "no_template",
        "year_2013",
        "other_section",
        "total_first_fits",
        "header_total_first",
    ],
)
def test_a_bare_table_four_row_failing_a_guard_is_not_read(lines, year):
    assert bare(*lines, year=year) == {}


def test_a_bare_row_that_fits_with_total_first_too_is_read_when_the_header_shows_total_last():
    # 上海市科委 2024: 1 0 0 0 1 is 结果维持 1 (总计 last) or 总计 1 of which 尚未审结 1 (总计 first).
    stats = bare(TABLE_THREE_HEADING, HUAIAN_TABLE_FOUR_HEADER, KEWEI_TABLE_FOUR_ROW)
    assert stats == appeal_values(1, 0, 0, 0, 1, *[0] * 10)


def test_bare_table_three_rows_by_their_labels_in_the_skeleton_columns():
    lines = [
        TABLE_THREE_HEADING,
        "一、本年新收政府信息公开申请数量3001 53 0 0 61 4 3119",
        "（六）其他处理",
        "3、其他108 2 0 0 0 0 110",
        # A PDF line carrying two rows (a label, numbers, the next label): neither is read.
        "1.本机关不掌握相关政府信息746 12 0 0 10 1 769法提供2.没有现成信息需要另行制作11 0 0 0 0 0 11",
        # A 法人或其他组织 subtotal column makes eight numbers: not the skeleton's row.
        "（七）总计2932 53 0 0 61 4 118 3050",
    ]
    assert bare(*lines) == request_values("new", 3001, 53, 0, 0, 61, 4, 3119) | request_values(
        "other.other", 108, 2, 0, 0, 0, 0, 110
    )


def test_a_bare_table_three_row_that_fits_with_total_first_too_needs_the_header_order():
    carried = "二、上年结转政府信息公开申请数量34 0 0 0 0 0 34"  # 自然人 34 or 总计 34 of which 其他 34
    assert bare(TABLE_THREE_HEADING, carried) == {}
    assert bare(TABLE_THREE_HEADING, HUAIAN_TABLE_THREE_HEADER, carried) == request_values(
        "carried_over", 34, 0, 0, 0, 0, 0, 34
    )


def test_bare_table_two_lines_take_the_columns_of_the_reports_format():
    kewei = ["一、主动公开政府信息情况", "第二十条第（五）项", "信息内容本年处理决定数量", "行政许可 97", "行政处罚 0"]
    assert bare(*kewei) == {"active.licensing.decisions": 97, "active.punishment.decisions": 0}
    # 2019 trial format (a 2020 report): 行政许可's three columns 上一年项目数量, 本年增/减, 处理决定数量.
    trial = [*kewei[:3], "行政许可 8 -5 93"]
    assert bare(*trial, year=2020) == {
        "active.licensing.previous_items": 8,
        "active.licensing.change": -5,
        "active.licensing.decisions": 93,
    }
    assert bare(*trial, year=2024) == {}  # three numbers where the 2021 format has one
    # No year and no column labels: the rows' own shape tells the format (行政许可 with one number is 2021's).
    headerless = ["二、主动公开政府信息情况", "| 规章 | 0 | 1 | 5 |", TABLE_THREE_HEADING]
    assert bare(*headerless, year=None) == {}
    assert bare(*headerless[:2], "| 行政许可 | 6 |  |  |", *headerless[2:], year=None) == {
        "active.regulations.issued": 0,
        "active.regulations.repealed": 1,
        "active.regulations.in_force": 5,
        "active.licensing.decisions": 6,
    }


def test_a_value_read_twice_differently_is_dropped():
    second = "| 119 | 25 | 91 | 24 | 259 | 7 | 0 | 15 | 6 | 28 | 20 | 2 | 7 | 9 | 38 |"
    first = appeal_values(119, 25, 91, 24, 259, 7, 0, 15, 6, 28, 21, 1, 7, 9, 38)
    differing = {
        "appeals.litigation_after_reconsideration.upheld",
        "appeals.litigation_after_reconsideration.corrected",
    }
    assert bare(*SUQIAN_TABLE_FOUR, second) == {key: value for key, value in first.items() if key not in differing}


@pytest.mark.slow  # the real PDF through pdfium and pdfplumber
def test_the_real_pdf_text_without_its_tables_reads_no_value_wrong():
    # 淮安市 2024: its text layer alone (no ruling lines) gives 表三's rows and 表四's line by the skeleton's order.
    real = Path(__file__).resolve().parents[2] / "shared" / "real"
    text = read_file((real / "huaian_2024_report.pdf").read_bytes(), "pdf").text
    expected = json.loads((real / "huaian_2024_report.expected.json").read_text("utf-8"))["stats"]
    form, stats = bare_row_stats(text, 2024)
    assert form == "2021"
    assert {key: (value, expected[key]) for key, value in stats.items() if expected.get(key, value) != value} == {}
    assert len(stats.keys() & expected.keys()) == 48  # of 63: 表二 runs into one line, three 表三 rows break over two


@pytest.mark.parametrize(
    ("head", "values"),
    [
        (TABLE_THREE_HEAD, (1, 2, 0, 3, 0, 1, 7)),
        (
            [["", "", "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]],
            (1, 2, 0, 3, 0, 1, 7),
        ),
        (
            [["", "", "", "总计", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]],
            (7, 1, 2, 0, 3, 0, 1),
        ),
    ],
    ids=["two_header_rows", "one_header_row", "total_first"],
)
def test_table_three_reads_its_applicant_columns_in_any_header_arrangement(head, values):
    new = row("一、本年新收", "一、本年新收", "一、本年新收", values=values)
    stats = template_stats([{"caption": None, "rows": [*head, new]}])
    assert [stats[f"requests.new.{column}"] for _, column in APPLICANT_COLUMNS] == [1, 2, 0, 3, 0, 1, 7]


# Real sentences about the fee for requests (信息处理费 / 依申请公开收费), each with where it was published and,
# where the report's heading is known, the heading it sits under.
FEE_SENTENCES = json.loads((Path(__file__).parent / "fixtures" / "fee_sentences.json").read_text("utf-8"))


@pytest.mark.parametrize("entry", FEE_SENTENCES, ids=lambda entry: entry["sentence"][:24])
def test_fee_sentences_of_real_reports(entry):
    expected = {} if entry["yuan"] is None else {"fees.collected_yuan": entry["yuan"]}
    text = f"{entry['under']}\n{entry['sentence']}" if "under" in entry else entry["sentence"]
    assert fee_stats(text) == expected, entry["source"]


@pytest.mark.parametrize(
    ("number", "unit", "yuan"),
    [
        ("380", "元", 380),
        ("0.5", "万元", 5000),
        ("1,200", "元", 1200),
        ("4068.208", "万元", 40682080),
        ("12.5", "元", 12.5),
    ],
)
def test_amount_in_yuan(number, unit, yuan):
    assert amount_in_yuan(number, unit) == yuan


PINGTAN_2021_DISTRACTOR = next(
    e["sentence"] for e in FEE_SENTENCES if e["yuan"] is None and "闽财非税函" in e["sentence"]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 平潭 2021: 信息处理费 named in 一 without a statement; section 六 says none was charged.
        (f"一、总体情况\n{PINGTAN_2021_DISTRACTOR}\n六、其他需要报告的事项\n2021年，无收取信息处理费情况。", 0),
        (f"一、总体情况\n{PINGTAN_2021_DISTRACTOR}\n六、其他需要报告的事项\n无。", None),
        # 表二's 行政事业性收费 (a table row in the text) is active.fees.amount_10k_yuan, never the fee for requests.
        ("二、主动公开政府信息情况\n| 行政事业性收费 | 316441 |\n六、其他需要报告的事项\n无。", None),
        (
            "二、主动公开政府信息情况\n| 行政事业性收费 | 316441 |\n六、其他需要报告的事项\n"
            "依据《政府信息公开信息处理费管理办法》规定，2025年全市实际收取信息处理费共计400元。",
            400,
        ),
        # The older reports' fee section: its sentences need not name the fee again ...
        ("三、依申请公开情况\n受理申请3件。\n四、政府信息公开的收费及减免情况\n本年度未收取费用。", 0),
        ("三、依申请公开情况\n受理申请3件。\n四、政府信息公开的收费及减免情况\n共收取检索费、复制费50元。", 50),
        # ... but elsewhere a charge that does not name it is another fee (a 工本费 of a service, 规费).
        ("二、主动公开政府信息情况\n政务服务中心收取工本费20元。\n五、其他\n本年度未收取费用。", None),
        # The fee section is read first: section 六's amount, not a waiver for some applicants told elsewhere.
        (
            "一、总体情况\n（二）依申请公开。对困难群众的申请未收取任何费用。\n六、其他需要报告的事项\n本年度收取信息处理费0.5万元。",
            5000,
        ),
    ],
)
def test_fee_read_from_the_fee_section_or_a_sentence_naming_it(text, expected):
    assert fee_stats(text).get("fees.collected_yuan") == expected


OLDER = json.loads((Path(__file__).parent / "fixtures" / "older_sentences.json").read_text("utf-8"))
# The counts running text gives; a denial count (不予公开…) is not read from running text at all.
TEXT_KEYS = (
    "active.items",
    "requests.new.total",
    "appeals.reconsideration.total",
    "appeals.litigation.total",
    "appeals.complaints.total",
    "fees.collected_yuan",
)


@pytest.mark.parametrize("case", OLDER, ids=[case["sentence"][:24] for case in OLDER])
def test_real_sentences_of_older_reports_read_as_they_mean(case):
    # Real sentences (each with its source): "none received" is 0, a cumulative or an item count is no request count.
    stats = free_text_stats(to_simplified(case["sentence"]))
    read = {key: stats[key] for key in TEXT_KEYS if key in stats}
    assert read == {key: value for key, value in case["meaning"].items() if key in TEXT_KEYS}


def test_the_2008_statistics_table_is_read_from_the_year_column_never_the_cumulative():
    rows = [
        ["指标名称", "计量单位", "2013年度", "历年累计"],
        ["主动公开信息数", "条", "72804", "76424"],
        ["其中：1、网站公开", "条", "72804", "76424"],
        ["受理依申请公开信息总数", "条", "5", "9"],
        ["其中：1、同意公开答复数", "条", "3", "6"],
        ["行政复议数", "件", "0", "1"],
        ["依申请公开信息收取的费用", "万元", "0.5", "2"],
    ]
    assert older_table_stats([{"caption": None, "rows": rows}]) == {
        "active.items": 72804,
        "active.channel.website": 72804,
        "requests.new.total": 5,
        "requests.granted.total": 3,
        "appeals.reconsideration.total": 0,
        "fees.collected_yuan": 5000,
    }
    assert older_table_stats([{"caption": None, "rows": [row[:2] + row[3:] for row in rows]}]) == {}  # 累计 only
