"""Scheduled runs against the demo portals: incremental second run, revised report, dark portal, kill -9 resume."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.conftest import crawl, crawl_command, stored_reports, wait_until

pytestmark = pytest.mark.slow  # real crawls in subprocesses against servers started here


def run(folder: Path, name: str, *args: str, env: dict | None = None) -> tuple[subprocess.CompletedProcess, dict]:
    """One crawl of the demo portals in `folder` (its store and run reports under folder/output)."""
    before = set((folder / "output").glob("run-*.json"))
    result = crawl(
        folder,
        "-a",
        f"portals_file={folder / 'demo_portals.toml'}",
        "-O",
        str(folder / f"{name}.jsonl"),
        *args,
        env=env,
    )
    (report_path,) = set((folder / "output").glob("run-*.json")) - before
    return result, json.loads(report_path.read_text(encoding="utf-8"))


def feed(folder: Path, name: str) -> list[dict]:
    return [json.loads(line) for line in (folder / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]


def store_rows(folder: Path) -> list[tuple]:
    with sqlite3.connect(folder / "output" / "gongkai.sqlite") as db:
        return db.execute("SELECT url, portal, title, year, sha256, versions FROM reports ORDER BY url").fetchall()


def test_second_run_downloads_no_unchanged_report_page(demo):
    server, folder = demo
    first, first_report = run(folder, "first")
    assert first.returncode == 0, first.stderr[-2000:]
    reports = len(server.site.expected)
    totals = first_report["totals"]
    assert totals["reports_new"] == totals["report_pages"] == reports

    second, second_report = run(folder, "second")
    assert second.returncode == 0, second.stderr[-2000:]
    assert second_report["totals"]["report_pages"] == 0
    assert second_report["totals"]["reports_unchanged"] == reports
    assert second_report["requests"] < first_report["requests"]
    # Every stored page whose server gave ETag/Last-Modified is asked for conditionally; the legacy site (舒城)
    # sends no validators, so its pages are skipped as fetched recently.
    legacy = sum(1 for report in server.site.expected if "/shucheng/" in report["url"])
    conditional = int(re.search(r"'incremental/conditional_requests': (\d+)", second.stderr).group(1))
    assert conditional >= reports - legacy
    assert f"'incremental/skipped_recently_fetched': {legacy}" in second.stderr
    assert feed(folder, "second") == []  # FEED_ITEMS=changed by default
    assert len(store_rows(folder)) == reports

    third, _ = run(folder, "third", env={"GONGKAI_FEED_ITEMS": "all"})
    assert third.returncode == 0
    assert {item["url"] for item in feed(folder, "third")} == {r["url"] for r in server.site.expected}


def test_revised_report_is_stored_as_a_new_version_beside_the_old(demo):
    server, folder = demo
    assert run(folder, "first")[0].returncode == 0
    revised = next(r["url"] for r in server.site.expected if r["portal"] == "liaoning_liaoyang")
    server.site.revise(revised)
    result, report = run(folder, "second")
    assert result.returncode == 0
    assert report["totals"]["reports_changed"] == 1 and report["totals"]["report_pages"] == 1
    assert [item["url"] for item in feed(folder, "second")] == [revised]
    assert "更正说明" in feed(folder, "second")[0]["text"]
    with sqlite3.connect(folder / "output" / "gongkai.sqlite") as db:
        versions = db.execute(
            "SELECT version, first_seen, item FROM versions WHERE url = ? ORDER BY version", (revised,)
        ).fetchall()
    assert [v[0] for v in versions] == [1, 2] and versions[0][1] <= versions[1][1]
    assert "更正说明" not in json.loads(versions[0][2])["text"] and "更正说明" in json.loads(versions[1][2])["text"]


def test_a_file_replaced_under_an_unchanged_page_is_asked_for_conditionally_and_read_again(demo):
    server, folder = demo
    page = next(r["url"] for r in server.site.expected if r["url"].endswith("t20240131_2023.html"))
    path = server.site.huaian_word_file()[0]
    assert run(folder, "first")[0].returncode == 0
    (stored,) = [item for item in feed(folder, "first") if item["url"] == page]
    assert stored["source"] == "attachment" and stored["attachments"][0]["http_cache"]["etag"]

    second, report = run(folder, "second")  # nothing changed: the page and its file each answer 304
    assert second.returncode == 0 and report["totals"]["reports_changed"] == 0
    assert server.hits["127.0.0.1" + path] == 2 and "'incremental/files_changed'" not in second.stderr

    server.site.pages[path] = server.site.huaian_word_file(revision=1)[1]  # a corrected file, the page as it was
    third, report = run(folder, "third")
    assert third.returncode == 0 and "'incremental/files_changed': 1" in third.stderr
    assert report["totals"]["reports_changed"] == 1 and [item["url"] for item in feed(folder, "third")] == [page]
    (revised,) = feed(folder, "third")
    assert (
        revised["stats"] != stored["stats"]
        and revised["attachments"][0]["sha256"] != stored["attachments"][0]["sha256"]
    )
    assert [row[5] for row in store_rows(folder) if row[0] == page] == [2]


def test_portal_gone_dark_fails_the_run_with_a_clear_report(demo):
    server, folder = demo
    assert run(folder, "first")[0].returncode == 0
    server.site.dark.add("/jizhou/")
    result, report = run(folder, "second")
    assert result.returncode == 3
    problems = [p for p in report["problems"] if p["portal"] == "jiangxi_jian_jizhou"]
    assert problems and "found none now" in problems[0]["problem"]
    assert problems[0]["failed"] == {"http_503": 1}
    assert "PROBLEM jiangxi_jian_jizhou" in result.stderr
    assert len(store_rows(folder)) == len(server.site.expected)  # nothing stored is lost


def test_kill_9_then_resume_ends_with_the_store_of_an_uninterrupted_crawl(demo, tmp_path_factory):
    server, folder = demo
    reference = tmp_path_factory.mktemp("reference")
    (reference / "demo_portals.toml").write_text((folder / "demo_portals.toml").read_text("utf-8"), "utf-8")
    assert run(reference, "all")[0].returncode == 0

    job = ["-a", f"portals_file={folder / 'demo_portals.toml'}"]  # resuming needs nothing but the same store
    server.site.slow_seconds = 0.4
    command, env = crawl_command(folder, *job, env={"GONGKAI_PER_DOMAIN": "1"})
    process = subprocess.Popen(
        command, cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    store = folder / "output" / "gongkai.sqlite"
    total = len(server.site.expected)
    try:
        # A condition that cannot hold too early: the tables exist and hold some, not all, of the reports.
        wait_until(lambda: 3 <= stored_reports(store) < total, 120, "a crawl that has stored some reports")
    finally:
        os.killpg(process.pid, signal.SIGKILL)  # the whole job: the crawler and its extraction workers
        process.wait()
    stored_before = len(store_rows(folder))
    assert 3 <= stored_before < total

    server.site.slow_seconds = 0.0
    resumed = crawl(folder, *job)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert store_rows(folder) == store_rows(reference)
    with sqlite3.connect(store) as db:
        assert db.execute("SELECT COUNT(*) FROM versions").fetchone() == (total,)


def test_jobdir_is_refused_at_start_in_one_line(demo):
    _server, folder = demo
    result = crawl(folder, "-a", f"portals_file={folder / 'demo_portals.toml'}", "-s", f"JOBDIR={folder / 'job'}")
    assert result.returncode == 2
    last = result.stderr.splitlines()[-1]
    assert last.startswith("scrapy crawl portals: JOBDIR=") and "Resuming is the store's job" in last
    assert "Traceback" not in result.stderr and not (folder / "job").exists()
