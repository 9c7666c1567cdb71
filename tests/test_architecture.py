"""Imports run one way: crawler/ (the Scrapy side) uses pipelines/ (the domain); the domain never uses Scrapy."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = sorted((ROOT / "pipelines").glob("*.py"))
SCRAPY_SIDE = ("scrapy", "twisted", "crawler")


def imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_domain_module_imports_scrapy_or_the_crawler():
    offenders = {path.name: sorted(imported_packages(path) & set(SCRAPY_SIDE)) for path in DOMAIN}
    assert {name: found for name, found in offenders.items() if found} == {}


def test_the_whole_domain_loads_without_scrapy():
    modules = ", ".join(f"pipelines.{path.stem}" for path in DOMAIN if path.stem != "__init__")
    code = f"import sys, {modules}; print(sorted(m for m in sys.modules if m.split('.')[0] in {SCRAPY_SIDE!r}))"
    loaded = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"
