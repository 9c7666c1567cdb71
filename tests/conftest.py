"""Shared test helpers: saved pages from tests/fixtures/<portal_id>/."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

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
