"""Template rows that lost their table headers (PDF text lines, a one-row table, a header-less table), read by the
official skeleton's column order (template-2021.md) only where the text shows which table a row belongs to, the
row has exactly the skeleton's count of numbers, and the row's own sums hold in that order."""

from __future__ import annotations

import re
import unicodedata

from pipelines.numbers import cell_number
from pipelines.sections import HEADING, ordinal
from pipelines.stats import APPEAL_RESULTS, APPLICANT_COLUMNS, table_three_row, table_two_row
from pipelines.text import to_simplified, without_space

# The section titles that open each table's part of the text (2021 and 2019 trial format; 表四's title varies:
# 政府信息公开行政复议、行政诉讼情况 / 因政府信息公开工作被申请行政复议、提起行政诉讼情况).
TABLE_TITLES = (
    ("table_two", ("主动公开政府信息情况",)),
    ("table_three", ("收到和处理政府信息公开申请情况",)),
    ("table_four", ("行政复议", "行政诉讼")),
)
# 表三's own numbered rows (一、本年新收… 四、结转下年度…) look like section headings but do not end the table.
TABLE_THREE_NUMBERED_ROWS = ("本年新收", "上年结转", "本年度办理结果", "结转下年度")
# Only a page of the 2019 regulation's template says these (第二十条 is its article on 主动公开; 表三's labels):
# without one, a pre-2019 report's 主动公开政府信息情况 is never read by a template's column order.
TEMPLATE_EVIDENCE = ("第二十条第", "收到和处理政府信息公开申请", "本年新收")
# 表二's columns in skeleton order, per row, for each format (template-2021.md A; B for the 2019 trial format).
TABLE_TWO_SKELETON = {
    "2021": {
        "regulations": ("issued", "repealed", "in_force"),
        "normative_documents": ("issued", "repealed", "in_force"),
        "licensing": ("decisions",),
        "punishment": ("decisions",),
        "coercion": ("decisions",),
        "fees": ("amount_10k_yuan",),
    },
    "2019": {
        "regulations": ("issued", "new_published", "in_force"),
        "normative_documents": ("issued", "new_published", "in_force"),
        "licensing": ("previous_items", "change", "decisions"),
        "other_services": ("previous_items", "change", "decisions"),
        "punishment": ("previous_items", "change", "decisions"),
        "coercion": ("previous_items", "change", "decisions"),
        "fees": ("previous_items", "change"),
        "procurement": ("projects", "amount_yuan"),
    },
}
# 表二 column labels only one format has (the first found decides, 2019's first as in stats.detect_template).
FORM_LABELS = (("2019", ("本年新制作数量", "上一年项目数量")), ("2021", ("本年制发件数", "本年收费金额")))
# Rows whose count of numbers tells the format: 1 (本年处理决定数量) in 2021, 3 (上一年项目数量 …) in 2019.
FORM_BY_SHAPE_ROWS = ("licensing", "punishment", "coercion")
APPLICANTS = tuple(field for _name, field in APPLICANT_COLUMNS)
APPEAL_KINDS_IN_ORDER = ("reconsideration", "litigation_direct", "litigation_after_reconsideration")
RESULTS = tuple(key for _name, key in APPEAL_RESULTS)
# Words a 表四 row's leading text may hold: its heading and header labels run into the numbers (PDF text).
APPEAL_HEADER_WORDS = ("行政复议", "行政诉讼", "结果维持", "总计")
# A PDF text line of one row is its label, then its numbers separated by spaces (规章1 0 11, 行政许可447228): the
# numbers are the run of these characters at the line's end, each space-separated piece a NUMBER_TOKEN.
NUMBER_CHARACTERS = frozenset("0123456789.- \t\u3000")
NUMBER_TOKEN = re.compile(r"-?\d+(?:\.\d+)?")
# A row's own list number (1. / 2、 / （三）): the only digits its label may carry; more digits are another row's
# numbers run into it (…政府信息746 12 0 0 10 1 769法提供2.没有…), and such a line is not read.
LIST_NUMBER = re.compile(r"^(?:\d{1,2}\s*[.．、]|[（(][一二三四五六七八九十]{1,2}[）)])")
# The order of a table's columns is read from the first occurrence of its labels, in its header at the top.
HEADER_CHARS = 2000
GROUP_LABEL = re.compile(r"^[（(][一二三四五六七][）)]")


def bare_row_stats(text: str, year: int | None) -> tuple[str | None, dict[str, int | float]]:
    """(format, statistics) of the template rows in the text that name their table only by its section, keyed as
    in SCHEMA.md; a row failing a guard, or read twice with different numbers, gives nothing."""
    text = unicodedata.normalize("NFKC", to_simplified(text or ""))
    compact = without_space(text)
    if (year is not None and year < 2019) or not any(word in compact for word in TEMPLATE_EVIDENCE):
        return None, {}
    rows = list(_rows_by_table(text))
    form = _table_two_form(compact, year, rows)
    read: dict[str, int | float] = {}
    conflicting: set[str] = set()
    for table, seen, groups, labels, numbers in rows:
        if table == "table_two":
            values = _table_two_values(form, labels, numbers)
        elif table == "table_three":
            values = _table_three_values(seen, groups, labels, numbers)
        else:
            values = _table_four_values(seen, labels, numbers)
        for key, value in values.items():
            if read.setdefault(key, value) != value:
                conflicting.add(key)
    stats = {key: value for key, value in read.items() if key not in conflicting}
    return (form or "2021") if stats else None, stats


def _rows_by_table(text: str):
    """(table, the table's text before the row, group labels, row labels, numbers) for every row line inside the
    section of 表二, 表三 or 表四; the next section heading (numbered higher, as sections.split_sections takes
    them, and not one of 表三's own numbered rows) ends the table."""
    table, number, seen, group = None, 0, "", ""
    for line in text.splitlines():
        compact = without_space(line).replace("“", "").replace("”", "")
        if heading := HEADING.match(line):
            title = without_space(heading.group(2))
            opened = next((name for name, words in TABLE_TITLES if all(word in title for word in words)), None)
            if opened:
                table, number, seen, group = opened, ordinal(heading.group(1)), "", ""
            elif ordinal(heading.group(1)) > number and not (
                table == "table_three" and any(word in title for word in TABLE_THREE_NUMBERED_ROWS)
            ):
                table = None
        if table is None:
            continue
        row = _row(line)
        if row is not None:
            labels, numbers = row
            yield table, seen + "".join(labels), [group, *labels[:-1]], labels, numbers
        if GROUP_LABEL.match(compact):
            group = compact
        seen = (seen + compact)[:HEADER_CHARS]


def _row(line: str) -> tuple[list[str], list[int | float]] | None:
    """A line as (label cells, numbers): a table row (| 规章 | 1 | 0 | 11 |) or a PDF text line (规章1 0 11); None
    when it ends in anything but numbers, or its label carries digits beyond its own list number."""
    line = line.strip()
    if line.startswith("|"):
        cells = [without_space(cell) for cell in line.strip("|").split("|")]
        first_value = next((i for i, cell in enumerate(cells) if cell_number(cell) is not None), len(cells))
        labels = [cell for cell in cells[:first_value] if cell]
        values = cells[first_value:]
        while values and not values[-1]:
            values.pop()  # the blank rest of a merged last cell
        numbers = [cell_number(cell) for cell in values]
        if not numbers or None in numbers:
            return None
    else:
        start = len(line)
        while start and line[start - 1] in NUMBER_CHARACTERS:
            start -= 1  # a scan, not a regular expression: a long line of digits costs its length, once
        tokens = line[start:].split()
        if not tokens or not all(NUMBER_TOKEN.fullmatch(token) for token in tokens):
            return None
        own = without_space(line[:start])
        labels = [own] if own else []
        numbers = [cell_number(token) for token in tokens]
    if any(re.search(r"\d", LIST_NUMBER.sub("", cell)) for cell in labels):
        return None
    return [cell.replace("“", "").replace("”", "") for cell in labels], numbers


def _table_two_form(compact: str, year: int | None, rows: list) -> str | None:
    """The format 表二's columns follow: its column labels anywhere in the text, else the report year (2019 and
    2020 reports used the trial format), else the count of numbers on the rows that differ between the formats."""
    for form, words in FORM_LABELS:
        if any(word in compact for word in words):
            return form
    if year is not None:
        return "2019" if year < 2021 else "2021"
    for table, _seen, _groups, labels, numbers in rows:
        if table == "table_two" and labels and table_two_row(labels[-1]) in FORM_BY_SHAPE_ROWS:
            return {1: "2021", 3: "2019"}.get(len(numbers))
    return None


def _table_two_values(form: str | None, labels: list[str], numbers: list) -> dict:
    """A 表二 row by its label, its numbers in the skeleton's columns; nothing when the count differs."""
    key = table_two_row(labels[-1]) if labels else None
    columns = TABLE_TWO_SKELETON.get(form or "", {}).get(key or "")
    if not columns or len(numbers) != len(columns):
        return {}
    return {f"active.{key}.{field}": number for field, number in zip(columns, numbers, strict=True)}


def _table_three_values(seen: str, groups: list[str], labels: list[str], numbers: list) -> dict:
    """A 表三 row by its label, its seven numbers in the skeleton's applicant columns, when the first six add up to
    总计 and the row cannot be read with 总计 first instead (or the header above shows 总计 last)."""
    key = table_three_row(labels[-1], groups) if labels else None
    if key is None or not _counts(numbers, len(APPLICANTS)):
        return {}
    if not _total_last(seen, "自然人", [numbers]):
        return {}
    return {f"requests.{key}.{field}": number for field, number in zip(APPLICANTS, numbers, strict=True)}


def _table_four_values(seen: str, labels: list[str], numbers: list) -> dict:
    """表四's row of fifteen numbers (行政复议, 未经复议直接起诉, 复议后起诉; 结果维持 … 总计 each), when every
    group's 总计 is the sum of the four before it and the row cannot be read with 总计 first instead (or the header
    above shows 总计 last)."""
    if labels and not any(word in "".join(labels) for word in APPEAL_HEADER_WORDS):
        return {}
    if not _counts(numbers, len(APPEAL_KINDS_IN_ORDER) * len(RESULTS)):
        return {}
    groups = [numbers[i : i + len(RESULTS)] for i in range(0, len(numbers), len(RESULTS))]
    if not _total_last(seen, "尚未审结", groups):
        return {}
    return {
        f"appeals.{kind}.{result}": number
        for kind, group in zip(APPEAL_KINDS_IN_ORDER, groups, strict=True)
        for result, number in zip(RESULTS, group, strict=True)
    }


def _counts(numbers: list, length: int) -> bool:
    return len(numbers) == length and all(isinstance(n, int) and n >= 0 for n in numbers)


def _total_last(seen: str, before_total: str, groups: list[list[int]]) -> bool:
    """Whether groups of numbers follow the skeleton's order, 总计 last: each adds up so, and the header text above
    shows `before_total` (a label the skeleton puts before 总计) ahead of 总计, or else the numbers cannot be read
    with 总计 first (3 0 0 0 3 is 结果维持 3 or 总计 3 of which 尚未审结 3). A header showing 总计 first refuses."""
    if not all(group[-1] == sum(group[:-1]) for group in groups):
        return False
    label_at, total_at = seen.find(before_total), seen.find("总计")
    if label_at >= 0 and total_at >= 0:
        return label_at < total_at
    balances_total_first = all(group[0] == sum(group[1:]) for group in groups)
    return not balances_total_first or not any(n for group in groups for n in group)
