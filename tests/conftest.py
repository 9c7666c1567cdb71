"""Shared test helpers: saved pages from tests/fixtures/<portal_id>/."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


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
