"""Benchmark a shared run: N `scrapy crawl portals` workers on the demo portals, with the queue in Redis and the
store in PostgreSQL (both started here, as the tests start them), timed per worker from its run report.

Usage: python -m scripts.bench_workers [--workers 1 2] [--polite]. Without --polite the demo's pages come as fast
as the machine serves them (no per-site delay); with it, at the defaults real portals get (DOWNLOAD_DELAY 0.5 s,
AutoThrottle). The demo is local and small: these numbers bound what a worker does, they do not predict a real
portal's latency.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from crawler.demo.server import start_in_thread
from tests.servers import postgres_server, redis_server


def shared_run(workers: int, polite: bool, store: str, queue: str, run: str) -> list[dict]:
    """Start `workers` crawl processes at once on one run; the run report of each once all have finished."""
    server = start_in_thread(0)
    folder = Path(tempfile.mkdtemp(prefix="gongkai-bench-"))
    server.write_files(folder / "demo_portals.toml")
    speed = {} if polite else {"GONGKAI_DOWNLOAD_DELAY": "0", "GONGKAI_AUTOTHROTTLE_START_DELAY": "0"}
    shared = {"GONGKAI_STORE": store, "GONGKAI_QUEUE": queue}
    env = {**os.environ, **speed, **shared, "SCRAPY_SETTINGS_MODULE": "crawler.settings"}
    registry = f"portals_file={folder / 'demo_portals.toml'}"
    processes = []
    for number in range(workers):
        workdir = folder / f"worker{number}"
        workdir.mkdir()
        command = [sys.executable, "-m", "scrapy", "crawl", "portals", "-a", registry, "-a", f"run={run}"]
        command += ["-s", "LOG_FILE=crawl.log"]
        processes.append((workdir, subprocess.Popen(command, cwd=workdir, env=env)))
    reports = []
    try:
        for workdir, process in processes:
            if process.wait() != 0:
                raise SystemExit(f"a worker failed; see {workdir / 'crawl.log'}")
            (path,) = (workdir / "output").glob("run-*.json")
            reports.append(json.loads(path.read_text("utf-8")))
    finally:
        server.shutdown()
    shutil.rmtree(folder)  # kept when a worker failed, for its log
    return reports


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to run (default 1 2)")
    parser.add_argument("--polite", action="store_true", help="the per-site delays real portals get")
    args = parser.parse_args()
    with postgres_server() as postgres, redis_server() as queue:
        for workers in args.workers:
            started = time.monotonic()
            reports = shared_run(workers, args.polite, postgres.new_database(), queue, f"bench-{workers}")
            wall = time.monotonic() - started
            for number, report in enumerate(reports):
                took = datetime.fromisoformat(report["finished"]) - datetime.fromisoformat(report["started"])
                seconds = max(took.total_seconds(), 1)
                pages, portals = report["requests"], len(report["portals"])
                print(
                    f"{workers} worker(s), worker {number}: {portals} portals, {pages} requests in {seconds:.0f} s"
                    f" = {pages / seconds * 3600:,.0f} pages/hour"
                )
            print(f"{workers} worker(s): the run took {wall:.0f} s from the first start to the last exit")


if __name__ == "__main__":
    main()
