"""The dataset researchers load: the store's reports, statistics (long and wide) and versions, as CSV and Parquet,
with a Frictionless Data Package describing every column."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.databases import open_database
from pipelines.stat_keys import STAT_KEYS, ordered_keys


@dataclass(frozen=True)
class Field:
    """One column: its name, its Frictionless type, and what it means."""

    name: str
    type: str
    description: str


ARROW_TYPES = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "date": pa.string(),
    "datetime": pa.string(),
}
REPORT_FIELDS = (
    Field("url", "string", "The page the report was read from (canonical URL), the key of every table."),
    Field("portal", "string", "Registry id of the portal it was found on."),
    Field("title", "string", "The report's own title, chrome and spam removed (simplified characters)."),
    Field("year", "integer", "The year the report covers (not the year it was published)."),
    Field("published", "date", "Publication date (YYYY-MM-DD)."),
    Field("publisher", "string", "The body that issued the report."),
    Field("region", "string", "The administrative area, full name (福建省平潭综合实验区)."),
    Field(
        "region_code",
        "string",
        "6-digit GB/T 2260 code of the region; a string, leading zeros kept; empty when the "
        "gazetteer does not list the area.",
    ),
    Field("level", "string", "province, city, county, department (a 委/办/局 of a government) or central."),
    Field("template", "string", "2021, 2019 (trial format) or free (pre-2019 free text)."),
    Field("source", "string", "page (read from the HTML page) or attachment (from a report file)."),
    Field("lang", "string", "zh-Hans or zh-Hant as published."),
    Field("sha256", "string", "SHA-256 of the current version's text."),
    Field("first_seen", "datetime", "When the report was first fetched (UTC)."),
    Field("last_changed", "datetime", "When its current version was first fetched (UTC)."),
    Field("versions", "integer", "How many versions of the text the store holds."),
    Field("checks_failed", "integer", "How many integrity rules of its tables fail (see checks in the JSON lines)."),
)
KEY_FIELDS = ("url", "portal", "year", "region_code")  # the identifiers the statistics tables repeat
STATS_FIELDS = (
    Field("url", "string", "The report (reports.url)."),
    Field("year", "integer", "The year the report covers."),
    Field("region_code", "string", "GB/T 2260 code of the report's region."),
    Field("key", "string", "The statistic, as SCHEMA.md names it (requests.new.total …); see the panel's columns."),
    Field(
        "value",
        "number",
        "The number the report gives; empty where the cell is blank, —, / or the number is "
        "missing (never 0 for unknown).",
    ),
)
VERSION_FIELDS = (
    Field("url", "string", "The report (reports.url)."),
    Field("version", "integer", "1 for the first text seen, then one more for each change."),
    Field("sha256", "string", "SHA-256 of this version's text."),
    Field("first_seen", "datetime", "When this version was first fetched (UTC)."),
    Field("last_seen", "datetime", "When this version was last confirmed (UTC)."),
)


def stat_type(key: str) -> str:
    """integer for counts and yuan; number for the 万元 amounts, which have decimals."""
    return "number" if key.endswith("amount_10k_yuan") else "integer"


def read_store(location: str | Path) -> tuple[list[dict], list[dict]]:
    """(current reports with their items, every version) from a store (SQLite file or PostgreSQL URL), read-only."""
    with open_database(location, read_only=True) as db:
        reports = db.records("SELECT * FROM reports ORDER BY portal, year, url")
        versions = db.records("SELECT url, version, sha256, first_seen, last_seen FROM versions ORDER BY url, version")
    for report in reports:
        report["item"] = json.loads(report["item"])
    return reports, versions


def dataset_tables(reports: list[dict], versions: list[dict]) -> dict[str, tuple[tuple[Field, ...], list[dict]]]:
    """The four tables (name → (fields, rows)): reports, stats (long), panel (wide), versions."""
    report_rows, stats_rows, panel_rows = [], [], []
    keys = ordered_keys({key for report in reports for key in report["item"].get("stats", {})})
    for report in reports:
        item = report["item"]
        row = {field.name: report.get(field.name, item.get(field.name)) for field in REPORT_FIELDS}
        row["checks_failed"] = len(item.get("checks") or [])
        report_rows.append(row)
        stats = item.get("stats") or {}
        identifiers = {name: row[name] for name in KEY_FIELDS}
        stats_rows += [{**identifiers, "key": key, "value": stats[key]} for key in keys if key in stats]
        panel_rows.append({**identifiers, "title": row["title"]} | {key: stats.get(key) for key in keys})
    panel_fields = (
        *(field for field in REPORT_FIELDS if field.name in KEY_FIELDS),
        next(field for field in REPORT_FIELDS if field.name == "title"),
        *(
            Field(key, stat_type(key), STAT_KEYS.get(key, "A statistic the parser read (not yet documented)."))
            for key in keys
        ),
    )
    return {
        "reports": (REPORT_FIELDS, report_rows),
        "stats": (STATS_FIELDS, stats_rows),
        "panel": (panel_fields, panel_rows),
        "versions": (VERSION_FIELDS, versions),
    }


def _csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def write_table(folder: Path, name: str, fields: tuple[Field, ...], rows: list[dict]) -> None:
    """name.csv (UTF-8, empty cells for null) and name.parquet (typed, nulls kept) in `folder`."""
    with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([field.name for field in fields])
        writer.writerows([_csv_value(row.get(field.name)) for field in fields] for row in rows)
    schema = pa.schema([(field.name, ARROW_TYPES[field.type]) for field in fields])
    columns = {field.name: [row.get(field.name) for row in rows] for field in fields}
    for field in fields:
        if field.type == "number":
            columns[field.name] = [None if value is None else float(value) for value in columns[field.name]]
    pq.write_table(pa.table(columns, schema=schema), folder / f"{name}.parquet")


def data_package(tables: dict[str, tuple[tuple[Field, ...], list[dict]]]) -> dict:
    """The Frictionless Data Package describing the CSV files (the Parquet files beside them hold the same)."""
    resources = []
    for name, (fields, _rows) in tables.items():
        schema = {"fields": [{"name": f.name, "type": f.type, "description": f.description} for f in fields]}
        if name in ("reports", "versions"):
            schema["primaryKey"] = ["url"] if name == "reports" else ["url", "version"]
        resources.append(
            {
                "name": name,
                "path": f"{name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "encoding": "utf-8",
                "schema": schema,
            }
        )
    return {
        "profile": "tabular-data-package",
        "name": "gongkai-annual-reports",
        "title": "政府信息公开工作年度报告: reports, statistics and versions",
        "description": "Government information-disclosure annual reports crawled by gongkai: one row per report "
        "(reports), its statistics long (stats: one row per report and key) and wide (panel: one column per key, "
        "in the documented order), and every stored version (versions). Each table is also written as Parquet.",
        "resources": resources,
    }


def export_dataset(store: str | Path, out: str | Path) -> dict[str, int]:
    """Write every table as CSV and Parquet and the data package into `out`; return the row count per table."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    tables = dataset_tables(*read_store(store))
    for name, (fields, rows) in tables.items():
        write_table(folder, name, fields, rows)
    (folder / "datapackage.json").write_text(json.dumps(data_package(tables), ensure_ascii=False, indent=1), "utf-8")
    return {name: len(rows) for name, (_fields, rows) in tables.items()}
