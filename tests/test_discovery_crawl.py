"""End to end: the demo portals registered by their home pages only; the crawl finds the annual-report columns
itself and then the same reports as the registry that names the columns."""

from __future__ import annotations

import json

import pytest

from crawler.demo.homes import NAVIGATION, OFFSITE
from crawler.demo.server import start_in_thread
from crawler.portals import load_registry
from tests.conftest import crawl

pytestmark = pytest.mark.slow  # real crawls in subprocesses against a demo server started here


def _run(folder, registry, name):
    workdir = folder / name
    workdir.mkdir()
    env = {"GONGKAI_STORE": str(workdir / "store.sqlite"), "GONGKAI_RUN_REPORT_DIR": str(workdir)}
    result = crawl(workdir, "-a", f"portals_file={registry}", "-O", str(workdir / "items.jsonl"), env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    items = [json.loads(line) for line in (workdir / "items.jsonl").read_text("utf-8").splitlines()]
    (report,) = workdir.glob("run-*.json")
    return items, json.loads(report.read_text("utf-8"))


@pytest.fixture(scope="module")
def both_crawls(tmp_path_factory):
    server = start_in_thread(0)
    folder = tmp_path_factory.mktemp("discovery")
    try:
        server.write_files(folder / "columns.toml", home_registry=folder / "homes.toml")
        by_columns = _run(folder, folder / "columns.toml", "columns")
        hits_before = dict(server.hits)
        by_homes = _run(folder, folder / "homes.toml", "homes")
        hits = {key: count - hits_before.get(key, 0) for key, count in server.hits.items()}
        yield server, folder, by_columns, by_homes, {key for key, count in hits.items() if count}
    finally:
        server.shutdown()


def test_a_home_only_registry_finds_the_same_reports_as_the_column_registry(both_crawls):
    server, _folder, (column_items, _), (home_items, _), _hits = both_crawls
    expected = {report["url"] for report in server.site.expected}
    assert {item["url"] for item in column_items} == expected
    assert sorted(item["url"] for item in home_items) == sorted(expected)  # each once


def test_the_run_report_lists_each_portals_discovered_columns_which_are_its_real_columns(both_crawls):
    _server, folder, _by_columns, (_items, report), _hits = both_crawls
    columns = {portal.id: list(portal.start_urls) for portal in load_registry(folder / "columns.toml")}
    found = {portal: entry["discovery"]["columns"] for portal, entry in report["portals"].items()}
    assert found == columns  # 8 of 8 portals, every column, nothing else
    assert report["problems"] == []
    for entry in report["portals"].values():
        assert 1 <= entry["discovery"]["pages"] <= 3  # home, then at most 政务公开 and 政府信息公开


def test_discovery_never_asks_for_decoy_columns_or_other_hosts(both_crawls):
    server, _folder, _by_columns, _by_homes, fetched = both_crawls
    links = [(href, text) for pages in NAVIGATION.values() for _path, _title, links in pages for href, text in links]
    # The columns the demo does not serve: 政策解读, 通知公告, 年度计划, 工作要点, 统计年报, 法治政府建设年度报告 …
    decoys = {href for href, _text in links if not href.startswith(OFFSITE) and server.site.respond(href).status == 404}
    assert {"政策解读", "通知公告", "年度计划", "工作要点", "统计年报", "企业年报", "法治政府建设年度报告"} <= {
        text for href, text in links if href in decoys
    }
    fetched_paths = {"/" + hit.split("/", 1)[1] for hit in fetched}
    assert {"/pingtan/", "/pingtan/zwgk/", "/pingtan/zwgk/zfxxgk/"} <= fetched_paths  # 首页 → 政务公开 → 政府信息公开
    assert not decoys & fetched_paths
    assert not [hit for hit in fetched if hit.startswith("localhost")]
