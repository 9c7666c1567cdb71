"""The store, on SQLite and on PostgreSQL alike: versions, canonical keys, transactional writes, migration, and the
incremental fetch plan."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from pipelines.databases import open_database
from pipelines.store import CHANGED, NEW, UNCHANGED, FetchPlan, Known, Store, canonical_url, plan_fetch

NOW = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)


def item(text_hash: str = "a" * 64, url: str = "http://a.gov.cn/nb/t20240118_1.htm#top") -> dict:
    return {
        "url": url,
        "portal": "p",
        "title": "某县2023年政府信息公开工作年度报告",
        "year": 2023,
        "published": "2024-01-18",
        "publisher": "某县",
        "sha256": text_hash,
        "text": "…",
    }


@pytest.fixture
def store(store_location):
    opened = Store(store_location)
    yield opened
    opened.close()


def test_new_then_unchanged_then_changed_keeps_every_version_with_dates(store):
    assert store.save(item(), "2026-01-01T00:00:00+00:00", etag='"v1"') == NEW
    assert store.save(item(), "2026-02-01T00:00:00+00:00", etag='"v1"') == UNCHANGED
    assert store.save(item("b" * 64), "2026-03-01T00:00:00+00:00", etag='"v2"') == CHANGED
    rows = store.db.execute("SELECT version, sha256, first_seen, last_seen FROM versions ORDER BY version").fetchall()
    assert rows == [
        (1, "a" * 64, "2026-01-01T00:00:00+00:00", "2026-02-01T00:00:00+00:00"),
        (2, "b" * 64, "2026-03-01T00:00:00+00:00", "2026-03-01T00:00:00+00:00"),
    ]
    report = store.db.execute("SELECT versions, sha256, first_seen, last_changed, etag FROM reports").fetchone()
    assert report == (2, "b" * 64, "2026-01-01T00:00:00+00:00", "2026-03-01T00:00:00+00:00", '"v2"')


def test_urls_differing_only_in_fragment_or_query_order_are_one_report(store):
    store.save(item(url="http://a.gov.cn/show.asp?id=1&col=2#x"), "2026-01-01T00:00:00+00:00")
    assert store.save(item(url="http://a.gov.cn/show.asp?col=2&id=1"), "2026-01-02T00:00:00+00:00") == UNCHANGED
    assert store.db.execute("SELECT COUNT(*) FROM reports").fetchone() == (1,)
    assert canonical_url("http://a.gov.cn/show.asp?id=1&col=2#x") == "http://a.gov.cn/show.asp?col=2&id=1"


def test_known_and_confirm_unchanged(store):
    assert store.known("http://a.gov.cn/nb/t20240118_1.htm") is None
    assert store.confirm_unchanged("http://a.gov.cn/nb/t20240118_1.htm", "2026-01-05T00:00:00+00:00") is None
    store.save(item(), "2026-01-01T00:00:00+00:00", etag='"v1"', last_modified="Mon, 29 Jan 2024 13:15:46 GMT")
    assert store.known("http://a.gov.cn/nb/t20240118_1.htm") == Known(
        '"v1"', "Mon, 29 Jan 2024 13:15:46 GMT", "2026-01-01T00:00:00+00:00"
    )
    stored = store.confirm_unchanged("http://a.gov.cn/nb/t20240118_1.htm", "2026-01-05T00:00:00+00:00")
    assert stored["title"] == "某县2023年政府信息公开工作年度报告"
    assert store.db.execute("SELECT last_seen, last_fetched FROM reports").fetchone() == (
        "2026-01-05T00:00:00+00:00",
        "2026-01-01T00:00:00+00:00",
    )
    assert store.portals_with_reports() == {"p"}


def test_a_failed_write_leaves_the_store_as_it_was(store):
    store.save(item(), "2026-01-01T00:00:00+00:00")
    broken = item("c" * 64) | {"sha256": None}  # violates NOT NULL half-way through the change
    with pytest.raises((sqlite3.IntegrityError, psycopg.IntegrityError)):
        store.save(broken, "2026-01-02T00:00:00+00:00")
    assert store.db.execute("SELECT versions, sha256 FROM reports").fetchone() == (1, "a" * 64)
    assert store.db.execute("SELECT COUNT(*) FROM versions").fetchone() == (1,)


def test_a_second_connection_reads_what_the_first_wrote(store, store_location):
    store.save(item(), "2026-01-01T00:00:00+00:00")
    with open_database(store_location, read_only=True) as reader:
        assert reader.execute("SELECT title FROM reports").fetchone() == ("某县2023年政府信息公开工作年度报告",)


def test_two_stores_opened_at_once_on_one_database_share_it(store_location):
    first, second = Store(store_location), Store(store_location)  # the second finds the tables the first made
    try:
        assert first.save(item(), "2026-01-01T00:00:00+00:00") == NEW
        assert second.save(item(), "2026-01-02T00:00:00+00:00") == UNCHANGED
        assert second.save(item("b" * 64), "2026-01-03T00:00:00+00:00") == CHANGED
        assert first.known(item()["url"]).last_fetched == "2026-01-03T00:00:00+00:00"
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize(
    ("known", "full_refresh", "plan"),
    [
        (None, False, FetchPlan(False, {})),
        (Known('"e"', None, "2026-11-21T00:00:00+00:00"), False, FetchPlan(False, {"If-None-Match": '"e"'})),
        (
            Known(None, "Mon, 29 Jan 2024 13:15:46 GMT", "2026-11-21T00:00:00+00:00"),
            False,
            FetchPlan(False, {"If-Modified-Since": "Mon, 29 Jan 2024 13:15:46 GMT"}),
        ),
        (Known(None, None, "2026-11-21T00:00:00+00:00"), False, FetchPlan(True, {})),  # seen yesterday
        (Known(None, None, "2026-09-01T00:00:00+00:00"), False, FetchPlan(False, {})),  # older than 30 days
        (Known('"e"', None, "2026-11-21T00:00:00+00:00"), True, FetchPlan(False, {})),
        (Known(None, None, "2026-11-21T00:00:00+00:00"), True, FetchPlan(False, {})),
    ],
)
def test_plan_fetch(known, full_refresh, plan):
    assert plan_fetch(known, NOW, timedelta(days=30), full_refresh) == plan


# The reports table as the version before region, level, template and source became columns created it.
EARLIER_SCHEMA = """
CREATE TABLE reports (url TEXT PRIMARY KEY, portal TEXT NOT NULL, title TEXT, year INTEGER, published TEXT,
    publisher TEXT, sha256 TEXT NOT NULL, versions INTEGER NOT NULL, first_seen TEXT NOT NULL,
    last_changed TEXT NOT NULL, last_fetched TEXT NOT NULL, last_seen TEXT NOT NULL, etag TEXT, last_modified TEXT,
    item TEXT NOT NULL);
CREATE TABLE versions (url TEXT NOT NULL REFERENCES reports(url), version INTEGER NOT NULL, sha256 TEXT NOT NULL,
    first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, item TEXT NOT NULL, PRIMARY KEY (url, version));
"""


def test_a_store_made_by_the_earlier_version_is_migrated_in_place_with_nothing_lost(store_location):
    path = store_location
    old_item = item() | {"region": "江西省吉安市吉州区", "region_code": "360802", "level": "county", "template": "free"}
    with open_database(path) as db, db.transaction():
        db.script(EARLIER_SCHEMA)
        db.execute(
            "INSERT INTO reports VALUES (?, 'p', ?, 2023, '2024-01-18', '某县', ?, 1, 't0', 't0', 't0', 't0',"
            " NULL, NULL, ?)",
            (
                canonical_url(old_item["url"]),
                old_item["title"],
                old_item["sha256"],
                json.dumps(old_item, ensure_ascii=False),
            ),
        )
        db.execute(
            "INSERT INTO versions VALUES (?, 1, ?, 't0', 't0', ?)",
            (canonical_url(old_item["url"]), old_item["sha256"], "{}"),
        )
    migrated = Store(path)
    try:
        row = migrated.db.execute("SELECT region, region_code, level, template, source, item FROM reports").fetchone()
        assert row[:5] == ("江西省吉安市吉州区", "360802", "county", "free", None)
        assert json.loads(row[5]) == old_item
        assert migrated.db.execute("SELECT COUNT(*) FROM versions").fetchone() == (1,)
        assert migrated.save(old_item, "t1") == UNCHANGED  # and it goes on working as a store
    finally:
        migrated.close()
    again = Store(path)
    assert again.db.execute("SELECT COUNT(*) FROM reports").fetchone() == (1,)  # opening again changes nothing
    again.close()
