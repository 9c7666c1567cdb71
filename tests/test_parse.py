"""The parsing pieces on their own: numbers, sections, template tables, free text, regions, integrity rules."""

from __future__ import annotations

import pytest

from pipelines.checks import integrity_checks
from pipelines.free_text import free_text_stats
from pipelines.numbers import cell_number, text_number
from pipelines.regions import Region, body_level, resolve
from pipelines.sections import split_sections
from pipelines.stats import detect_template, template_stats


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


def test_integrity_rules_record_what_breaks_and_skip_what_is_not_reported():
    columns = ("natural_person", "business", "research", "public_interest", "legal_service", "other_org")
    stats = {
        f"requests.{row}.{c}": 0
        for row in ("new", "carried_over", "granted", "total", "carried_forward")
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
