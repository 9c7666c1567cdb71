"""The project deploys to scrapyd (started here on 127.0.0.1) and a spider run scheduled through its HTTP API
stores the demo reports."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from crawler.demo.server import start_in_thread

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(check, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if result := check():
            return result
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def scrapyd(tmp_path):
    port = free_port()
    (tmp_path / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\npoll_interval = 0.2\nmax_proc = 1\n"
        f"eggs_dir = {tmp_path / 'eggs'}\nlogs_dir = {tmp_path / 'logs'}\ndbs_dir = {tmp_path / 'dbs'}\n",
        encoding="utf-8",
    )
    daemon = subprocess.Popen(
        [sys.executable, "-m", "scrapyd"], cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}/"

    def up():
        try:
            return requests.get(url + "daemonstatus.json", timeout=2).json()["status"] == "ok"
        except requests.ConnectionError:
            return False

    try:
        wait_for(up, 60, "scrapyd to start")
        yield url, tmp_path
    finally:
        daemon.terminate()
        daemon.wait(timeout=30)


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

        wait_for(finished, 180, "the scheduled crawl to finish")
    finally:
        demo.shutdown()
    with sqlite3.connect(store) as db:
        assert db.execute("SELECT COUNT(*), COUNT(DISTINCT portal) FROM reports").fetchone() == (
            len(demo.site.expected),
            6,
        )
    assert list((folder / "runs").glob("run-*.json"))
