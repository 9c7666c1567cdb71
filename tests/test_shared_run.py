"""A shared run on many workers: the demo portals crawled by two `scrapy crawl portals` processes that share a
portal queue in Redis and a store in PostgreSQL (real servers started here); one is killed -9 midway."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess

import pytest
import redis

from pipelines.databases import open_database
from pipelines.export import read_store
from tests.conftest import crawl, crawl_command, stored_reports, wait_until

pytestmark = pytest.mark.slow  # real crawls in subprocesses against servers started here

ROWS = "SELECT url, portal, title, year, published, publisher, region_code, sha256, versions FROM reports ORDER BY url"


def rows(store: str) -> list[tuple]:
    with open_database(store, read_only=True) as db:
        return [tuple(row) for row in db.execute(ROWS).fetchall()]


def leases_of(redis_url: str, run: str, pid: int) -> list[str]:
    """The portals a worker process holds a lease on (worker ids are host:pid:token)."""
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    try:
        owners = client.hgetall(f"gongkai:{{{run}}}:owners")
    finally:
        client.close()
    return [portal for portal, worker in owners.items() if worker.startswith(f"{socket.gethostname()}:{pid}:")]


def test_two_workers_one_killed_midway_store_every_report_once_as_one_process_would(
    demo, tmp_path_factory, postgres, redis_url
):
    server, folder = demo
    registry = f"portals_file={folder / 'demo_portals.toml'}"
    reference = tmp_path_factory.mktemp("reference")
    alone = crawl(reference, "-a", registry)
    assert alone.returncode == 0, alone.stderr[-2000:]

    store = postgres.new_database()
    shared = {
        "GONGKAI_STORE": store,
        "GONGKAI_QUEUE": redis_url,
        "GONGKAI_QUEUE_LEASE": "2",  # a dead worker's portal goes to the other one 2 s after its last renewal
        "GONGKAI_QUEUE_PORTALS": "2",
        "GONGKAI_PER_DOMAIN": "1",
    }
    server.site.slow_seconds = 0.3  # long enough that the kill finds the doomed worker in the middle of a portal
    workers = {}
    for name in ("doomed", "survivor"):  # each in a folder of its own, for its feed and run report
        workdir = folder / name
        workdir.mkdir()
        command, env = crawl_command(workdir, "-a", registry, "-a", "run=demo", env=shared)
        with (folder / f"{name}.log").open("w") as log:
            workers[name] = subprocess.Popen(
                command, cwd=workdir, env=env, stdout=subprocess.DEVNULL, stderr=log, start_new_session=True
            )
    doomed, survivor = workers["doomed"], workers["survivor"]
    total = len(server.site.expected)
    try:
        held = wait_until(
            lambda: total // 3 <= stored_reports(store) < total and leases_of(redis_url, "demo", doomed.pid),
            120,
            "the doomed worker holding a portal after a third of the reports are stored",
        )
    finally:
        os.killpg(doomed.pid, signal.SIGKILL)  # the whole worker: the crawler and its extraction processes
        doomed.wait()
    assert total // 3 <= stored_reports(store) < total
    server.site.slow_seconds = 0.0
    try:
        assert survivor.wait(300) == 0, (folder / "survivor.log").read_text("utf-8")[-3000:]
    finally:
        if survivor.poll() is None:
            os.killpg(survivor.pid, signal.SIGKILL)

    log = (folder / "survivor.log").read_text("utf-8")
    taken_over = re.findall(r"took (\w+) \(.*its lease ran out 1 time\(s\) before", log)
    assert set(held) <= set(taken_over)  # what the dead worker held went to the survivor
    seeded = [name for name in workers if "seeded with 8 portal(s)" in (folder / f"{name}.log").read_text("utf-8")]
    assert len(seeded) == 1  # both started the run at once; one seeded it

    assert rows(store) == rows(str(reference / "output" / "gongkai.sqlite"))  # none lost, none doubled, same text
    with open_database(store, read_only=True) as db:
        assert db.execute("SELECT COUNT(*) FROM versions").fetchone() == (total,)
    reports, versions = read_store(store)  # the export reads a PostgreSQL store as it reads SQLite
    assert {report["url"] for report in reports} == {report["url"] for report in server.site.expected}
    assert len(versions) == total


@pytest.mark.parametrize(
    ("env", "args", "message"),
    [
        ({}, ("-a", "run=demo"), "-a run=NAME joins a shared run, which needs a queue: GONGKAI_QUEUE=redis://"),
        ({"GONGKAI_QUEUE": "{redis}"}, (), "is set: name the shared run to join with -a run=NAME"),
        ({"GONGKAI_QUEUE": "http://127.0.0.1:1/"}, ("-a", "run=demo"), "GONGKAI_QUEUE must be a redis:// URL"),
        (
            {"GONGKAI_QUEUE": "redis://127.0.0.1:1/0"},
            ("-a", "run=demo"),
            "cannot reach the queue redis://127.0.0.1:1/0",
        ),
    ],
)
def test_a_shared_run_misconfigured_is_refused_at_start_in_one_line(demo, redis_url, env, args, message):
    _server, folder = demo
    env = {name: value.format(redis=redis_url) for name, value in env.items()}
    result = crawl(folder, "-a", f"portals_file={folder / 'demo_portals.toml'}", *args, env=env)
    assert result.returncode == 2
    last = result.stderr.splitlines()[-1]
    assert last.startswith("scrapy crawl portals: ") and message in last
    assert "Traceback" not in result.stderr


def test_joining_a_run_with_other_portals_is_refused_at_start(demo, redis_url):
    _server, folder = demo
    env = {"GONGKAI_QUEUE": redis_url}
    registry = f"portals_file={folder / 'demo_portals.toml'}"
    client = redis.Redis.from_url(redis_url)
    client.sadd("gongkai:{other-portals}:portals", "hunan_yongzhou")  # a run seeded with one portal only
    client.close()
    result = crawl(folder, "-a", registry, "-a", "run=other-portals", env=env)
    assert result.returncode == 2
    assert "run 'other-portals' holds other portals than this crawl selected" in result.stderr.splitlines()[-1]


def test_a_worker_stopped_with_ctrl_c_gives_its_portals_back_at_once(demo, redis_url, tmp_path):
    server, folder = demo
    server.site.slow_seconds = 0.5  # the portals are still being crawled when the worker is stopped
    env = {"GONGKAI_STORE": str(tmp_path / "store.sqlite"), "GONGKAI_QUEUE": redis_url, "GONGKAI_QUEUE_LEASE": "600"}
    command, env = crawl_command(
        folder, "-a", f"portals_file={folder / 'demo_portals.toml'}", "-a", "run=stop", env=env
    )
    with (tmp_path / "worker.log").open("w") as log:
        worker = subprocess.Popen(command, cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=log)
    try:
        held = wait_until(lambda: leases_of(redis_url, "stop", worker.pid), 120, "the worker holding a portal")
        worker.send_signal(signal.SIGINT)  # what Ctrl-C sends: Scrapy stops gracefully
        worker.wait(120)
    finally:
        if worker.poll() is None:
            worker.kill()
    assert f"gave {held[0]} back unfinished (shutdown)" in (tmp_path / "worker.log").read_text("utf-8")
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    try:
        assert client.hgetall("gongkai:{stop}:owners") == {}  # no lease left to wait out (600 s here)
        assert set(held) <= set(client.lrange("gongkai:{stop}:pending", 0, -1))
    finally:
        client.close()


def test_two_workers_share_a_run_of_portals_registered_by_their_home_pages(demo, postgres, redis_url):
    server, folder = demo
    server.write_files(folder / "demo_portals.toml", home_registry=folder / "homes.toml")
    store = postgres.new_database()
    env = {"GONGKAI_STORE": store, "GONGKAI_QUEUE": redis_url}
    workers = []
    for name in ("first", "second"):
        (folder / name).mkdir()
        command, environment = crawl_command(
            folder / name, "-a", f"portals_file={folder / 'homes.toml'}", "-a", "run=homes", env=env
        )
        with (folder / f"{name}.log").open("w") as log:
            workers.append(
                subprocess.Popen(command, cwd=folder / name, env=environment, stdout=subprocess.DEVNULL, stderr=log)
            )
    try:
        for name, worker in zip(("first", "second"), workers, strict=True):
            assert worker.wait(300) == 0, (folder / f"{name}.log").read_text("utf-8")[-3000:]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
    assert sorted(url for url, *_ in rows(store)) == sorted(report["url"] for report in server.site.expected)
    with open_database(store, read_only=True) as db:
        assert db.execute("SELECT COUNT(*) FROM versions").fetchone() == (len(server.site.expected),)
