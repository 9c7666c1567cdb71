"""Statistics from the 2021 and 2019-trial template tables (表二, 表三, 表四), read by their labels, never by position.

All rows of all tables are read in order, so a table split across several <table>s, or a header row repeated after
a page break, still parses. Merged cells arrive expanded (see extract.expand_table).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from pipelines.numbers import cell_number
from pipelines.text import to_simplified, without_space

APPLICANT_COLUMNS = (
    ("自然人", "natural_person"),
    ("商业企业", "business"),
    ("科研机构", "research"),
    ("社会公益组织", "public_interest"),
    ("法律服务机构", "legal_service"),
    ("其他", "other_org"),
    ("总计", "total"),
)
# 表二 rows (label prefix → key) and column headers (label prefix → field), both formats.
TABLE_TWO_ROWS = (
    ("规章", "regulations"),
    ("行政规范性文件", "normative_documents"),
    ("规范性文件", "normative_documents"),
    ("行政许可", "licensing"),
    ("其他对外管理服务事项", "other_services"),
    ("行政处罚", "punishment"),
    ("行政强制", "coercion"),
    ("行政事业性收费", "fees"),
    ("政府集中采购", "procurement"),
)
TABLE_TWO_COLUMNS = (
    ("本年制发件数", "issued"),
    ("本年废止件数", "repealed"),
    ("现行有效件数", "in_force"),
    ("本年新制作数量", "issued"),
    ("本年新公开数量", "new_published"),
    ("对外公开总数量", "in_force"),
    ("上一年项目数量", "previous_items"),
    ("本年增/减", "change"),
    ("本年增减", "change"),
    ("本年处理决定数量", "decisions"),
    ("处理决定数量", "decisions"),
    ("本年收费金额", "amount_10k_yuan"),
    ("采购项目数量", "projects"),
    ("采购总金额", "amount_yuan"),
)
# 表三 rows: (words the row's own label contains, words its group label contains, key). First match wins.
TABLE_THREE_ROWS = (
    (("本年新收",), (), "new"),
    (("上年结转",), (), "carried_over"),
    (("结转下年度",), (), "carried_forward"),
    (("予以公开",), (), "granted"),
    (("部分公开",), (), "partly_granted"),
    (("国家秘密",), (), "denied.state_secret"),
    (("禁止公开",), (), "denied.prohibited_by_law"),
    (("三安全一稳定",), (), "denied.three_safeties"),
    (("第三方合法权益",), (), "denied.third_party"),
    (("内部事务",), (), "denied.internal_affairs"),
    (("过程性信息",), (), "denied.process_info"),
    (("行政执法案卷",), (), "denied.enforcement_files"),
    (("行政查询事项",), (), "denied.inquiry"),
    (("不掌握",), (), "unable.not_held"),
    (("另行制作",), (), "unable.needs_creation"),
    (("仍不明确",), (), "unable.unclear"),
    (("信访",), (), "not_processed.petition"),
    (("重复申请",), (), "not_processed.repeated"),
    (("公开出版物",), (), "not_processed.publication"),
    (("大量反复",), (), "not_processed.excessive"),
    (("重新出具",), (), "not_processed.confirmation"),
    (("逾期不补正",), (), "other.overdue_correction"),
    (("收费通知",), (), "other.unpaid_fee"),
    (("其他",), ("其他处理",), "other.other"),
    (("其他处理",), (), "other.all"),
    (("总计",), (), "total"),
)
APPEAL_KINDS = (
    ("未经复议直接起诉", "litigation_direct"),
    ("复议后起诉", "litigation_after_reconsideration"),
    ("行政复议", "reconsideration"),
)
APPEAL_RESULTS = (
    ("结果维持", "upheld"),
    ("结果纠正", "corrected"),
    ("其他结果", "other"),
    ("尚未审结", "pending"),
    ("总计", "total"),
)


@lru_cache(maxsize=65536)  # template labels repeat in every report and in every expanded merged cell
def label(cell: str) -> str:
    """A cell as a comparable label: simplified, half-width, without spaces (商业 企业 → 商业企业)."""
    text = unicodedata.normalize("NFKC", to_simplified(cell or ""))
    return without_space(text).replace("“", "").replace("”", "").replace('"', "")


def _is_value(cell: str) -> bool:
    return cell_number(cell) is not None or label(cell) in ("", "—", "——", "-", "/")


def _row_labels(row: list[str]) -> list[str]:
    """The distinct label cells at the start of a row, before its first value cell."""
    labels: list[str] = []
    for cell in row:
        if not labels and not label(cell):
            continue  # a group label merged down from the page before: a table split over PDF pages leaves it blank
        if _is_value(cell):
            break
        if not labels or labels[-1] != label(cell):
            labels.append(label(cell))
    return labels


def detect_template(tables: list[dict]) -> str | None:
    """ "2021" or "2019" from 表二's labels; None when the report has no template tables."""
    cells = {label(cell) for table in tables for row in table["rows"] for cell in row}
    if any(c.startswith(("本年新制作数量", "上一年项目数量")) for c in cells):
        return "2019"
    if any(c.startswith(("本年制发件数", "本年收费金额")) for c in cells) or any("本年新收" in c for c in cells):
        return "2021"
    return None


def template_stats(tables: list[dict]) -> dict[str, int | float | None]:
    """Every statistic the template tables give, keyed as in SCHEMA.md."""
    # Each row once as (cells, their labels, whether it holds a number): the three readers all walk every row.
    rows = [(row, [label(cell) for cell in row], _has_numbers(row)) for table in tables for row in table["rows"]]
    stats: dict[str, int | float | None] = {}
    _table_two(rows, stats)
    _table_three(rows, stats)
    _table_four(rows, stats)
    return stats


@lru_cache(maxsize=65536)
def _table_two_column(cell: str) -> str | None:
    """The 表二 column a header label names (本年制发件数 → issued), or None."""
    return next((field for name, field in TABLE_TWO_COLUMNS if cell.startswith(name)), None)


def _table_two(rows: list[tuple[list[str], list[str], bool]], stats: dict) -> None:
    columns: list[str | None] = []
    for row, cells, _numbers in rows:
        if cells and cells[0].startswith("信息内容"):
            header = [_table_two_column(cell) for cell in cells]
            if any(header[1:]):
                columns = header
                continue
        key = table_two_row(cells[0]) if cells else None
        if key is None or not columns:
            continue
        done = set()
        for index, field in enumerate(columns):
            if field and field not in done and index < len(row):
                done.add(field)
                stats[f"active.{key}.{field}"] = cell_number(row[index])


def _table_three(rows: list[tuple[list[str], list[str], bool]], stats: dict) -> None:
    columns: dict[int, str] = {}
    for row, cells, numbers in rows:
        if "自然人" in cells or "商业企业" in cells:
            for index, cell in enumerate(cells):
                field = next((field for name, field in APPLICANT_COLUMNS if cell == name), None)
                if field and (field != "other_org" or "商业企业" in cells):
                    columns[index] = field
            continue
        if any("行政复议" in cell for cell in cells):
            columns = {}  # 表四 begins: 表三 is over
        if not columns or not numbers:
            continue
        labels = _row_labels(row)
        if not labels:
            continue
        key = table_three_row(labels[-1], labels[:-1])
        if key is None:
            continue
        for index, field in columns.items():
            if index < len(row):
                stats[f"requests.{key}.{field}"] = cell_number(row[index])


@lru_cache(maxsize=65536)
def table_two_row(cell: str) -> str | None:
    """The 表二 row a label cell names (规章 → regulations), or None."""
    return next((key for name, key in TABLE_TWO_ROWS if cell.startswith(name)), None)


def table_three_row(own: str, groups: list[str]) -> str | None:
    """The 表三 row a row's own label and its group labels name (2.重复申请 → not_processed.repeated), or None."""
    return _table_three_key(own, tuple(groups))


@lru_cache(maxsize=65536)  # every report repeats the template's row labels
def _table_three_key(own: str, groups: tuple[str, ...]) -> str | None:
    return next(
        (
            key
            for words, group_words, key in TABLE_THREE_ROWS
            if all(w in own for w in words) and all(any(w in g for g in groups) for w in group_words)
        ),
        None,
    )


def _table_four(rows: list[tuple[list[str], list[str], bool]], stats: dict) -> None:
    """表四 by its labels, wherever the header puts them: each column's kind and result are gathered over all header
    rows (one or two rows, kinds or results first, 总计 first or last, results on the row of the 诉讼 kinds with a
    blank beneath), and a data row's own label supplies the part its columns lack (a table laid out the other way)."""
    kinds: dict[int, str] = {}
    results: dict[int, str] = {}
    data_read = False
    for row, cells, numbers in rows:
        if "自然人" in cells or "商业企业" in cells or (cells and cells[0].startswith("信息内容")):
            kinds, results, data_read = {}, {}, False  # 表二 or 表三 begins: any 表四 is over
            continue
        if not numbers:
            if _is_appeal_header(cells):
                if data_read:  # a header after data: the next 表四 (or its header repeated after a page break)
                    kinds, results, data_read = {}, {}, False
                for index, cell in enumerate(cells):
                    if kind := _appeal_kind(cell):
                        kinds[index] = kind  # a lower header row (未经复议直接起诉) refines the one above (行政诉讼)
                    if result := _appeal_result(cell):
                        results[index] = result
            elif data_read and any(not _is_value(cell) for cell in row):
                kinds, results, data_read = {}, {}, False  # a labelled row that is not 表四's: the table is over
            continue
        if not (kinds or results):
            continue
        labels = _row_labels(row)
        row_kind = next((kind for kind in map(_appeal_kind, labels) if kind), None)
        row_result = next((result for result in map(_appeal_result, labels) if result), None)
        for index, cell in enumerate(row):
            kind, result = kinds.get(index, row_kind), results.get(index, row_result)
            if kind and result and _is_value(cell):
                stats[f"appeals.{kind}.{result}"] = cell_number(cell)
                data_read = True


@lru_cache(maxsize=65536)
def _appeal_kind(cell: str) -> str | None:
    """The appeal kind a 表四 label names, or None when it names none or several (a title: 行政复议、行政诉讼情况)."""
    kinds = {key for name, key in APPEAL_KINDS if name in cell}
    # 未经复议直接起诉 and 复议后起诉 are kinds of 行政诉讼; a cell naming 行政复议 beside 诉讼 names both.
    if "reconsideration" in kinds and "诉讼" in cell:
        return None
    return kinds.pop() if len(kinds) == 1 else None


@lru_cache(maxsize=65536)
def _appeal_result(cell: str) -> str | None:
    """The result a 表四 label names (结果维持 → upheld), or None when it names none or several."""
    found = [key for name, key in APPEAL_RESULTS if name in cell]
    return found[0] if len(found) == 1 else None


def _is_appeal_header(cells: list[str]) -> bool:
    """A header row of 表四: it names an appeal kind, or a result only 表四 has (总计 alone is 表三's too)."""
    return any(_appeal_kind(cell) or _appeal_result(cell) not in (None, "total") for cell in cells)


def _has_numbers(row: list[str]) -> bool:
    return any(cell_number(cell) is not None for cell in row)
