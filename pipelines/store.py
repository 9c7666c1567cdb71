"""The report store (SQLite, or PostgreSQL for many workers): one row per report, every version kept, and what
incremental runs need."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from w3lib.url import canonicalize_url

from pipelines.databases import open_database
from pipelines.items import json_line

SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    url           TEXT PRIMARY KEY,  -- canonical URL
    portal        TEXT NOT NULL,
    title         TEXT,
    year          INTEGER,
    published     TEXT,
    publisher     TEXT,
    region        TEXT,
    region_code   TEXT,              -- GB/T 2260, a string: leading zeros are part of it
    level         TEXT,
    template      TEXT,
    source        TEXT,              -- page or attachment
    sha256        TEXT NOT NULL,     -- of the current version's text
    versions      INTEGER NOT NULL,
    first_seen    TEXT NOT NULL,     -- first fetch of the first version
    last_changed  TEXT NOT NULL,     -- first fetch of the current version
    last_fetched  TEXT NOT NULL,     -- last time the page was downloaded (200)
    last_seen     TEXT NOT NULL,     -- last run that found it (downloaded, or confirmed unchanged)
    etag          TEXT,              -- validators of the last download, for conditional requests
    last_modified TEXT,
    item          TEXT NOT NULL      -- the current version's JSON line
);
CREATE TABLE IF NOT EXISTS versions (
    url         TEXT NOT NULL REFERENCES reports(url),
    version     INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    first_seen  TEXT NOT NULL,       -- when this version was first fetched
    last_seen   TEXT NOT NULL,       -- when this version was last confirmed
    item        TEXT NOT NULL,
    PRIMARY KEY (url, version)
);
CREATE INDEX IF NOT EXISTS reports_portal ON reports(portal);
"""

# What creating and migrating the tables locks, so that workers opening one PostgreSQL store at once take turns.
SCHEMA_LOCK = "gongkai store schema"
NEW, CHANGED, UNCHANGED = "new", "changed", "unchanged"
# The item fields the reports table keeps as columns, beside the whole item (for queries and exports).
ITEM_COLUMNS = (
    "portal",
    "title",
    "year",
    "published",
    "publisher",
    "region",
    "region_code",
    "level",
    "template",
    "source",
)


def canonical_url(url: str) -> str:
    """The store's key for a URL: fragment dropped, query sorted, escapes normalised."""
    return canonicalize_url(url)


@dataclass(frozen=True)
class Known:
    """What the store knows about a report URL, for deciding how to fetch it again."""

    etag: str | None
    last_modified: str | None
    last_fetched: str


@dataclass(frozen=True)
class FetchPlan:
    """How to request a report page: skip it, or download it with these extra headers."""

    skip: bool
    headers: dict[str, str]


def plan_fetch(known: Known | None, now: datetime, refetch_after: timedelta, full_refresh: bool) -> FetchPlan:
    """Conditional request when the server gave validators; skip a page seen recently when it gave none."""
    if known is None or full_refresh:
        return FetchPlan(skip=False, headers={})
    if headers := conditional_headers(known.etag, known.last_modified):
        return FetchPlan(skip=False, headers=headers)
    recent = now - datetime.fromisoformat(known.last_fetched) < refetch_after
    return FetchPlan(skip=recent, headers={})


def conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    """The headers that ask a server whether what it sent with these validators has changed."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def file_checks(item: dict | None) -> list[tuple[str, dict[str, str]]]:
    """(URL, conditional headers) of each file a stored report's page linked whose server gave validators: an
    unchanged page may have had its file replaced under the same URL (a corrected PDF), and only asking tells."""
    checks = []
    for attachment in (item or {}).get("attachments", []):
        cache = attachment.get("http_cache") or {}
        if headers := conditional_headers(cache.get("etag"), cache.get("last_modified")):
            checks.append((attachment["url"], headers))
    return checks


class Store:
    """The report store, in a SQLite file or a PostgreSQL database (pipelines.databases): the same tables and
    statements in both. Every write is one transaction, so a crash leaves it valid and consistent; in PostgreSQL,
    workers writing the same report take turns."""

    def __init__(self, location: str | Path) -> None:
        self.db = open_database(location)
        with self.db.transaction(lock=SCHEMA_LOCK):
            self.db.script(SCHEMA)
            self._migrate()

    def _migrate(self) -> None:
        """Add the item columns a store made by an earlier version lacks, filled from the items it holds."""
        present = self.db.columns("reports")
        missing = {name: "INTEGER" if name == "year" else "TEXT" for name in ITEM_COLUMNS if name not in present}
        for column, kind in missing.items():
            self.db.execute(f"ALTER TABLE reports ADD COLUMN {column} {kind}")
        if missing:
            assignments = ", ".join(
                f"{column} = CAST({self.db.json_field('item', column)} AS {kind})" for column, kind in missing.items()
            )
            self.db.execute(f"UPDATE reports SET {assignments}")

    def close(self) -> None:
        self.db.close()

    def known(self, url: str) -> Known | None:
        """Validators and last download time of a stored report, or None when it was never stored."""
        row = self.db.execute(
            "SELECT etag, last_modified, last_fetched FROM reports WHERE url = ?", (canonical_url(url),)
        ).fetchone()
        return Known(*row) if row else None

    def item(self, url: str) -> dict | None:
        """The current version of a stored report, or None."""
        row = self.db.execute("SELECT item FROM reports WHERE url = ?", (canonical_url(url),)).fetchone()
        return json.loads(row[0]) if row else None

    def save(self, item: dict, now: str, etag: str | None = None, last_modified: str | None = None) -> str:
        """Store a freshly downloaded report; a new text hash adds a version beside the old ones."""
        url = canonical_url(item["url"])
        line = json_line(item).decode("utf-8")
        with self.db.transaction(lock=url):
            row = self.db.execute("SELECT sha256, versions FROM reports WHERE url = ?", (url,)).fetchone()
            fields = tuple(item.get(column) for column in ITEM_COLUMNS)
            if row is None:
                self.db.execute(
                    f"INSERT INTO reports (url, {', '.join(ITEM_COLUMNS)}, sha256, versions, first_seen,"
                    " last_changed, last_fetched, last_seen, etag, last_modified, item)"
                    f" VALUES (?, {', '.join('?' * len(ITEM_COLUMNS))}, ?, 1, ?, ?, ?, ?, ?, ?, ?)",
                    (url, *fields, item["sha256"], now, now, now, now, etag, last_modified, line),
                )
                self._add_version(url, 1, item["sha256"], now, line)
                return NEW
            sha256, versions = row
            if sha256 == item["sha256"]:
                self.db.execute(
                    "UPDATE reports SET last_fetched = ?, last_seen = ?, etag = ?, last_modified = ? WHERE url = ?",
                    (now, now, etag, last_modified, url),
                )
                self.db.execute("UPDATE versions SET last_seen = ? WHERE url = ? AND version = ?", (now, url, versions))
                return UNCHANGED
            self.db.execute(
                f"UPDATE reports SET {', '.join(f'{column} = ?' for column in ITEM_COLUMNS)}, sha256 = ?,"
                " versions = ?, last_changed = ?, last_fetched = ?, last_seen = ?, etag = ?, last_modified = ?,"
                " item = ? WHERE url = ?",
                (*fields, item["sha256"], versions + 1, now, now, now, etag, last_modified, line, url),
            )
            self._add_version(url, versions + 1, item["sha256"], now, line)
            return CHANGED

    def _add_version(self, url: str, version: int, sha256: str, now: str, line: str) -> None:
        self.db.execute(
            "INSERT INTO versions (url, version, sha256, first_seen, last_seen, item) VALUES (?, ?, ?, ?, ?, ?)",
            (url, version, sha256, now, now, line),
        )

    def confirm_unchanged(self, url: str, now: str) -> dict | None:
        """Mark a report found again without downloading it (304, or seen recently); return its stored item."""
        url = canonical_url(url)
        with self.db.transaction(lock=url):
            row = self.db.execute("SELECT item, versions FROM reports WHERE url = ?", (url,)).fetchone()
            if row is None:
                return None
            self.db.execute("UPDATE reports SET last_seen = ? WHERE url = ?", (now, url))
            self.db.execute("UPDATE versions SET last_seen = ? WHERE url = ? AND version = ?", (now, url, row[1]))
        return json.loads(row[0])

    def portals_with_reports(self) -> set[str]:
        """Portals that yielded at least one report in some earlier run."""
        return {portal for (portal,) in self.db.execute("SELECT DISTINCT portal FROM reports")}
