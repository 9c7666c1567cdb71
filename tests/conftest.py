"""Shared test helpers: saved pages from tests/fixtures/<portal_id>/."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import psycopg
import pytest
from scrapy.utils.test import get_crawler

from crawler.demo.server import start_in_thread
from pipelines.databases import open_database

FIXTURES = Path(__file__).parent / "fixtures"
REPORT_SCHEMA = json.loads((Path(__file__).parent.parent / "pipelines" / "report.schema.json").read_text("utf-8"))


@pytest.fixture
def demo(tmp_path):
    """The demo portals on a free port, their registry written in the test's folder: (server, folder)."""
    server = start_in_thread(0)
    server.write_files(tmp_path / "demo_portals.toml")
    yield server, tmp_path
    server.shutdown()


def assert_valid_report(item: dict) -> None:
    """Fail with the offending field when a JSON line breaks the item schema (pipelines/report.schema.json)."""
    jsonschema.Draft202012Validator(REPORT_SCHEMA, format_checker=jsonschema.FormatChecker()).validate(item)


@dataclass(frozen=True)
class SavedPage:
    url: str
    content_type: str
    body: bytes


def saved_page(portal: str, name: str) -> SavedPage:
    """A page saved by scripts/save_fixtures.py, with the URL and header it was served with."""
    folder = FIXTURES / portal
    meta = json.loads((folder / "pages.json").read_text(encoding="utf-8"))[name]
    return SavedPage(meta["url"], meta["content_type"], (folder / name).read_bytes())


@pytest.fixture
def page():
    return saved_page


def project_crawler(spidercls=None, **settings):
    """A Scrapy crawler with the project's settings (its per-portal stats collector among them) and `settings` on
    top, for spider, middleware and adapter tests."""
    from crawler import settings as project

    defaults = {name: getattr(project, name) for name in dir(project) if name.isupper()}
    return get_crawler(spidercls, settings_dict=defaults | settings)


# Test speed only: the demo server is local, so the polite per-site delays would just make the tests slow.
FAST = {"GONGKAI_DOWNLOAD_DELAY": "0", "GONGKAI_AUTOTHROTTLE_START_DELAY": "0"}


def crawl_command(workdir: Path, *args: str, env: dict | None = None) -> tuple[list[str], dict]:
    """The real `scrapy crawl portals` command line and environment, run from `workdir`."""
    environment = {**os.environ, **FAST, "SCRAPY_SETTINGS_MODULE": "crawler.settings", **(env or {})}
    return [sys.executable, "-m", "scrapy", "crawl", "portals", *args], environment


def crawl(workdir: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `scrapy crawl portals` to the end in a subprocess."""
    command, environment = crawl_command(workdir, *args, env=env)
    return subprocess.run(command, cwd=workdir, env=environment, capture_output=True, text=True, timeout=300)


def hit_key(url: str) -> str:
    """The demo server's request counter key: host without port, then path and query."""
    parts = urlsplit(url)
    return parts.hostname + parts.path + (f"?{parts.query}" if parts.query else "")


def wait_until(condition: Callable[[], object], seconds: float, what: str, interval: float = 0.05):
    """Poll `condition` until it returns something truthy (returned), or fail naming `what` after `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        if result := condition():
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {seconds} s waiting for {what}")
        time.sleep(interval)


def free_port() -> int:
    """A port nobody listens on right now (for servers that cannot be told to pick one themselves)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def stored_reports(store: Path | str) -> int:
    """Reports in a store (SQLite file or PostgreSQL URL), 0 while the file or its tables do not exist yet (a crawl
    creates them after starting)."""
    try:
        with open_database(store, read_only=True) as db:
            return db.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
    # No file or no such table yet, or the SQLite writer holds a lock for a moment.
    except (FileNotFoundError, sqlite3.OperationalError, psycopg.errors.UndefinedTable):
        return 0


@pytest.fixture(scope="session")
def postgres():
    """A PostgreSQL server for the whole session (tests.servers); `postgres.new_database()` gives an empty one."""
    from tests.servers import postgres_server

    with postgres_server() as server:
        yield server


@pytest.fixture(scope="session")
def redis_url():
    """A Redis server for the whole session (tests.servers), as its redis:// URL."""
    from tests.servers import redis_server

    with redis_server() as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])  # slow: starts a server
def store_location(request, tmp_path) -> str:
    """An empty store's location, once a SQLite file (in a folder not there yet), once a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "nested" / "gongkai.sqlite")
    return request.getfixturevalue("postgres").new_database()
