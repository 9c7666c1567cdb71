"""The project deploys to scrapyd (started here on 127.0.0.1) and a spider run scheduled through its HTTP API
stores the demo reports."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from crawler.demo.server import start_in_thread
from tests.conftest import free_port, wait_until

pytestmark = pytest.mark.slow  # real crawls in subprocesses against servers started here

ROOT = Path(__file__).resolve().parent.parent


def start_scrapyd(folder: Path) -> tuple[subprocess.Popen, str]:
    """scrapyd on a free port, in its own process group (it starts crawl processes of its own)."""
    port = free_port()
    (folder / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\npoll_interval = 0.2\nmax_proc = 1\n"
        f"eggs_dir = {folder / 'eggs'}\nlogs_dir = {folder / 'logs'}\ndbs_dir = {folder / 'dbs'}\n",
        encoding="utf-8",
    )
    daemon = subprocess.Popen(
        [sys.executable, "-m", "scrapyd"],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    return daemon, f"http://127.0.0.1:{port}/"


@pytest.fixture
def scrapyd(tmp_path):
    # The free port can be taken by another process before scrapyd binds it: then scrapyd exits and we try again.
    for _attempt in range(3):
        daemon, url = start_scrapyd(tmp_path)

        def up(daemon=daemon, url=url):
            if daemon.poll() is not None:
                return "exited"
            try:
                return requests.get(url + "daemonstatus.json", timeout=2).json()["status"] == "ok"
            except requests.ConnectionError:
                return False

        try:
            if wait_until(up, 60, "scrapyd to answer") == "exited":
                continue
            yield url, tmp_path
            return
        finally:
            os.killpg(daemon.pid, signal.SIGKILL)  # scrapyd and any crawl it still runs
            daemon.wait(timeout=30)
    pytest.fail("scrapyd did not start on any of three free ports")


def test_deploy_to_scrapyd_and_schedule_a_crawl(scrapyd):
    url, folder = scrapyd
    egg = folder / "gongkai.egg"
    deploy = Path(sys.executable).with_name("scrapyd-deploy")
    built = subprocess.run([str(deploy), "--build-egg", str(egg)], cwd=ROOT, capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    with egg.open("rb") as payload:
        added = requests.post(
            url + "addversion.json", data={"project": "gongkai", "version": "1"}, files={"egg": payload}, timeout=60
        ).json()
    assert added["status"] == "ok" and added["spiders"] == 1, added

    demo = start_in_thread(0)
    try:
        demo.write_files(folder / "demo_portals.toml")
        store = folder / "store.sqlite"
        job = requests.post(
            url + "schedule.json",
            timeout=30,
            data=[
                ("project", "gongkai"),
                ("spider", "portals"),
                ("portals_file", str(folder / "demo_portals.toml")),
                ("setting", f"STORE_PATH={store}"),
                ("setting", f"RUN_REPORT_DIR={folder / 'runs'}"),
                ("setting", "DOWNLOAD_DELAY=0"),
                ("setting", "AUTOTHROTTLE_START_DELAY=0"),
            ],
        ).json()
        assert job["status"] == "ok", job

        def finished():
            jobs = requests.get(url + "listjobs.json", params={"project": "gongkai"}, timeout=10).json()
            return [j for j in jobs["finished"] if j["id"] == job["jobid"]]

        wait_until(finished, 180, "the scheduled crawl to finish", interval=0.2)
    finally:
        demo.shutdown()
    with sqlite3.connect(store) as db:
        assert db.execute("SELECT COUNT(*), COUNT(DISTINCT portal) FROM reports").fetchone() == (
            len(demo.site.expected),
            8,
        )
    assert list((folder / "runs").glob("run-*.json"))
