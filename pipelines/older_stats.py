"""Statistics of reports under the 2008 regulation: the standard 政府信息公开情况统计表 (指标名称 / 计量单位 / 本年 /
累计), read from the year's column, never the cumulative one."""

from __future__ import annotations

import re

from pipelines.numbers import amount_in_yuan, cell_number
from pipelines.stats import label

# Row labels (compared without spaces, list numbers and 其中：) → key; the first label that a row's starts with wins.
ROWS = (
    ("主动公开政府信息数", "active.items"),
    ("主动公开信息数", "active.items"),
    ("主动公开政府信息总数", "active.items"),
    ("政府网站公开政府信息数", "active.channel.website"),
    ("网站公开", "active.channel.website"),
    ("政府公报公开", "active.channel.gazette"),
    ("受理政府信息公开申请总数", "requests.new.total"),
    ("受理依申请公开信息总数", "requests.new.total"),
    ("收到申请数", "requests.new.total"),
    ("当面申请数", "requests.channel.in_person"),
    ("传真申请数", "requests.channel.fax"),
    ("网上申请数", "requests.channel.online"),
    ("网络申请数", "requests.channel.online"),
    ("电子邮件申请数", "requests.channel.email"),
    ("信函申请数", "requests.channel.mail"),
    ("同意部分公开答复数", "requests.partly_granted.total"),
    ("同意公开答复数", "requests.granted.total"),
    ("不同意公开答复数", "requests.denied.all.total"),
    ("否决公开答复数", "requests.denied.all.total"),
    ("行政复议数", "appeals.reconsideration.total"),
    ("行政诉讼数", "appeals.litigation.total"),
    ("申诉数", "appeals.complaints.total"),
    ("行政申诉、举报数", "appeals.complaints.total"),
    ("举报投诉数", "appeals.complaints.total"),
    ("依申请公开信息收取的费用", "fees.collected_yuan"),
    ("依申请收取费用", "fees.collected_yuan"),
)
ROW_PREFIX = re.compile(r"^(?:其中[:：]?)?(?:\d+[、.．]|[（(]?[一二三四五六七八九十]+[)）、])?")
YEAR_COLUMN = re.compile(r"^(?:本年|本期|本年度|本年数|(?:19|20)\d{2}年度?)")


def older_table_stats(tables: list[dict]) -> dict[str, int | float | None]:
    """The keys of the 统计表 a report under the 2008 regulation ends with, from its year column."""
    stats: dict[str, int | float | None] = {}
    for table in tables:
        year_column, unit_column = _columns(table["rows"])
        if year_column is None:
            continue
        for row in table["rows"]:
            name = ROW_PREFIX.sub("", label(row[0]))
            key = next((key for prefix, key in ROWS if name.startswith(label(prefix))), None)
            if key is None or key in stats or year_column >= len(row):
                continue
            value = cell_number(row[year_column])
            unit = label(row[unit_column]) if unit_column is not None and unit_column < len(row) else ""
            if key == "fees.collected_yuan" and value is not None:
                value = amount_in_yuan(str(value), "万元" if "万" in unit else "元")
            stats[key] = value
    return stats


def _columns(rows: list[list[str]]) -> tuple[int | None, int | None]:
    """(the year's column, the unit column) from the header row that names 指标名称; None when this is not the table."""
    for row in rows[:3]:
        cells = [label(cell) for cell in row]
        if cells and cells[0].startswith("指标名称"):
            year = next((i for i, cell in enumerate(cells) if YEAR_COLUMN.match(cell) and "累计" not in cell), None)
            unit = next((i for i, cell in enumerate(cells) if cell.startswith("计量单位")), None)
            return year, unit
    return None, None
