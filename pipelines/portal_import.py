"""Registry entries from a list of portals (name, region, url, optional id): stable pinyin ids, regions as the
gazetteer names them, duplicates merged, every unusable row reported with its line number."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from pypinyin import lazy_pinyin

from pipelines import markers
from pipelines.discovery import COLUMN_THRESHOLD, column_score, page_key
from pipelines.regions import Place, UnknownRegion, normalise_region, region_name

COLUMNS = ("name", "region", "url")
OPTIONAL_COLUMNS = ("id",)


@dataclass(frozen=True)
class Row:
    """One row of the list as read: its line number in the file and its cells."""

    line: int
    name: str
    region: str
    url: str
    id: str = ""


@dataclass(frozen=True)
class RowNote:
    """Why a row was left out (`merged` False) or folded into an earlier one (`merged` True)."""

    line: int
    message: str
    merged: bool = False


@dataclass(frozen=True)
class ImportedPortal:
    """A registry entry made from a row: by its home page, or by its column when the URL is one."""

    id: str
    name: str
    region: str
    url: str
    is_column: bool
    line: int


class BadList(ValueError):
    """A list that cannot be read at all (no header, a required column missing)."""


def read_rows(text: str) -> list[Row]:
    """The rows of a CSV list with a header naming at least name, region and url (id optional, any order)."""
    reader = csv.reader(io.StringIO(text))
    header = [cell.strip().lower() for cell in next(reader, [])]
    missing = [column for column in COLUMNS if column not in header]
    if missing:
        raise BadList(f"the header must name the columns {', '.join(COLUMNS)} (id optional); missing: {missing}")
    index = {column: header.index(column) for column in (*COLUMNS, *OPTIONAL_COLUMNS) if column in header}
    rows = []
    for cells in reader:
        if not any(cell.strip() for cell in cells):
            continue
        values = {column: cells[i].strip() if i < len(cells) else "" for column, i in index.items()}
        rows.append(Row(line=reader.line_num, **values))
    return rows


def pinyin_id(parts: list[Place], organ: str = "") -> str:
    """hunan_yongzhou for [湖南省, 永州市]; the organ's pinyin last for a body other than the government."""
    words = [place.stem for place in parts] + ([organ] if organ else [])
    return "_".join(re.sub(r"[^a-z0-9]", "", "".join(lazy_pinyin(word)).lower()) for word in words)


def organ_name(name: str, parts: list[Place]) -> str:
    """What a portal's name says besides its place and "government" (湖南省教育厅 → 教育厅; 永州市人民政府 → "")."""
    for place in sorted(parts, key=lambda place: -len(place.name)):
        name = name.replace(place.name, "")
    for place in parts:
        name = name.replace(place.stem, "")
    return markers.GOVERNMENT_WORDS.sub("", name).strip()


def _usable_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname) and "." in parts.hostname


def _same_site(url: str) -> str:
    """One name for a URL however a list writes it (http/https, www., a folder or its index page)."""
    key = page_key(url)
    return re.sub(r"^https?://(?:www\.)?", "", key).rstrip("/")


def import_portals(rows: list[Row]) -> tuple[list[ImportedPortal], list[RowNote]]:
    """The registry entries the rows make, and a note for every row left out or merged (with its line number)."""
    portals: list[ImportedPortal] = []
    notes: list[RowNote] = []
    by_site: dict[str, ImportedPortal] = {}
    by_id: dict[str, ImportedPortal] = {}
    for row in rows:
        missing = [column for column in COLUMNS if not getattr(row, column)]
        if missing:
            notes.append(RowNote(row.line, f"empty {', '.join(missing)}"))
            continue
        if not _usable_url(row.url):
            notes.append(RowNote(row.line, f"not an http(s) URL: {row.url!r}"))
            continue
        try:
            parts = normalise_region(row.region)
        except UnknownRegion as error:
            notes.append(RowNote(row.line, str(error)))
            continue
        portal_id = row.id or pinyin_id(parts, organ_name(row.name, parts))
        if not markers.PORTAL_ID.match(portal_id):
            notes.append(RowNote(row.line, f"id {portal_id!r} is not snake_case pinyin such as 'hunan_yongzhou'"))
            continue
        site = _same_site(row.url)
        if site in by_site:
            notes.append(RowNote(row.line, f"same portal as line {by_site[site].line} ({row.url}): merged", True))
            continue
        if portal_id in by_id:
            first = by_id[portal_id]
            notes.append(
                RowNote(row.line, f"id {portal_id!r} is taken by line {first.line} ({first.url}); give this row an id")
            )
            continue
        portal = ImportedPortal(
            id=portal_id,
            name=row.name,
            region=region_name(parts),
            url=row.url,
            is_column=column_score("", row.url) >= COLUMN_THRESHOLD,
            line=row.line,
        )
        portals.append(portal)
        by_site[site] = by_id[portal_id] = portal
    return portals, notes
