"""Benchmark whole crawls on a local farm of real-size report pages (scripts/bench_farm.py), side by side in one run:
(a) our `scrapy crawl portals` (every stage, worker pool, store, feed), (b) a naive Scrapy spider that only runs
trafilatura.extract on each page, (c) Scrapy fetching only (scripts/bench_spiders.py); same concurrency.

CPU is counted for every process of a crawl, extraction workers and the forkserver included: this script is a
child subreaper (prctl PR_SET_CHILD_SUBREAPER), so processes the crawl leaves behind become its children, and it
waits for all of them before reading resource.getrusage(RUSAGE_CHILDREN). The farm server is a child too but is
waited for only at the end, so its CPU is never counted. The crawl's own process and what it leaves behind (the
forkserver, with the extraction workers it reaped) are each waited for with os.wait4, whose rusage splits the CPU
into the main process's (Scrapy: fetch, scheduling, store, feed) and the workers'. Peak memory is the largest sum
of the RSS of the crawl's process tree, sampled every 0.2 s, and the largest single process then.

Usage: python -m scripts.bench_crawl [--sizes 1000,5000] [--with-20k] [--concurrency 16] [--before DIR]. The three
crawlers run at the first size; the later sizes run our crawl only, for peak memory as the crawl grows. --before DIR
also runs our crawl from another checkout (e.g. `git archive main | tar -x -C DIR`) on the same farm, first: a
before/after in one run, under the same load.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PR_SET_CHILD_SUBREAPER = 36
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class Measured:
    crawler: str
    pages: int
    items: int
    seconds: float
    cpu_seconds: float
    main_cpu_seconds: float  # the crawl's own process; the rest is the forkserver and the workers it reaped
    peak_tree_mb: float
    peak_process_mb: float

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds

    @property
    def cpu_ms_per_page(self) -> float:
        return 1000 * self.cpu_seconds / self.pages

    @property
    def main_ms_per_page(self) -> float:
        return 1000 * self.main_cpu_seconds / self.pages

    @property
    def workers_ms_per_page(self) -> float:
        return self.cpu_ms_per_page - self.main_ms_per_page


def become_subreaper() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER) failed")


def parents() -> dict[int, int]:
    """pid → parent pid of every process on the machine."""
    found = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            found[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    return found


def descendants(root: int, skip: int) -> list[int]:
    """Every process below `root`, not counting `skip` and what is below it."""
    tree = parents()
    children: dict[int, list[int]] = {}
    for pid, parent in tree.items():
        children.setdefault(parent, []).append(pid)
    found, todo = [], [pid for pid in children.get(root, []) if pid != skip]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def tree_rss(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_BYTES
        except OSError:
            continue
    return total


def measure(crawler: str, command: list[str], cwd: Path, env: dict, server: int, pages: int, log: Path) -> Measured:
    """Run one crawl to its end, its leftover processes reaped, and what it cost."""
    me = os.getpid()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = [0, 0]  # the tree's summed RSS, the largest single process's
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            sizes = [tree_rss([pid]) for pid in descendants(me, server)]
            peak[:] = max(peak[0], sum(sizes)), max([peak[1], *sizes])

    sampler = threading.Thread(target=sample, daemon=True)
    start = time.perf_counter()
    with log.open("w") as output:
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=output, stderr=subprocess.STDOUT)
        sampler.start()
        _pid, status, main = os.wait4(process.pid, 0)  # its rusage: the main process alone
        process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    while leftovers := [pid for pid in descendants(me, server) if parents().get(pid) == me]:
        for pid in leftovers:  # the forkserver and its workers, reparented here: their CPU counts too
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    text = log.read_text(errors="replace")
    if process.returncode not in (0, 3):
        raise RuntimeError(f"{crawler} exited {process.returncode}; see {log}")
    items = int(match.group(1)) if (match := re.search(r"'item_scraped_count': (\d+)", text)) else 0
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    main_cpu = main.ru_utime + main.ru_stime
    return Measured(crawler, pages, items, seconds, cpu, main_cpu, peak[0] / 2**20, peak[1] / 2**20)


def start_farm(pages: int, registry: Path) -> tuple[subprocess.Popen, int, int]:
    server = subprocess.Popen(
        [sys.executable, "-m", "scripts.bench_farm", "--pages", str(pages), "--registry", str(registry)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    _ready, port, reports = server.stdout.readline().split()
    return server, int(port), int(reports)


def crawl_commands(
    registry: Path, work: Path, concurrency: int, before: Path | None = None
) -> dict[str, tuple[list[str], Path, dict]]:
    """The crawlers: command, working directory, environment; the same concurrency and no delays. `before` is
    another checkout of the project whose crawl runs as "before" (`python -m scrapy` imports it from there)."""
    same = [
        f"CONCURRENT_REQUESTS={concurrency}",
        f"CONCURRENT_REQUESTS_PER_DOMAIN={concurrency}",  # every farm portal is on 127.0.0.1: one Scrapy slot
        "DOWNLOAD_DELAY=0",
        "AUTOTHROTTLE_ENABLED=False",
        "LOG_LEVEL=INFO",
    ]
    settings = [part for setting in same for part in ("-s", setting)]
    ours = [sys.executable, "-m", "scrapy", "crawl", "portals", "-a", f"portals_file={registry}"]
    ours += [*settings, "-s", f"STORE_PATH={work / 'store.sqlite'}", "-s", f"RUN_REPORT_DIR={work}"]
    ours += ["-O", str(work / "reports.jsonl")]
    environment = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawler.settings", "GONGKAI_PROGRESS_INTERVAL": "0"}
    plain = {key: value for key, value in os.environ.items() if key != "SCRAPY_SETTINGS_MODULE"}
    plain["PYTHONPATH"] = str(ROOT)
    spider = [sys.executable, "-m", "scrapy", "runspider", str(ROOT / "scripts" / "bench_spiders.py")]
    spider += [*settings, "-a", f"registry={registry}"]
    outside = work / "plain"  # no scrapy.cfg above it: plain Scrapy settings, not the project's
    outside.mkdir(exist_ok=True)
    return {
        "before": (ours, before, environment),
        "ours": (ours, ROOT, environment),
        "naive": ([*spider, "-a", "mode=naive"], outside, plain),
        "fetch": ([*spider, "-a", "mode=fetch"], outside, plain),
    }


def run_size(pages: int, crawlers: list[str], concurrency: int, before: Path | None = None) -> list[Measured]:
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-crawl-") as folder:
        work = Path(folder)
        registry = work / "farm.toml"
        server, _port, reports = start_farm(pages, registry)
        try:
            for crawler in crawlers:
                run = work / crawler
                run.mkdir()
                command, cwd, env = crawl_commands(registry, run, concurrency, before)[crawler]
                result = measure(crawler, command, cwd, env, server.pid, reports, run / "crawl.log")
                print(
                    f"  {pages:>6} pages {crawler:6} {result.pages_per_second:6.1f} pages/s "
                    f"{result.cpu_ms_per_page:6.1f} CPU ms/page (main {result.main_ms_per_page:5.1f}, workers "
                    f"{result.workers_ms_per_page:5.1f})  peak {result.peak_tree_mb:6.0f} MB "
                    f"(items {result.items}, load {os.getloadavg()[0]:.1f})",
                    flush=True,
                )
                results.append(result)
        finally:
            server.terminate()
            server.wait()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000", help="farm sizes in report pages, comma-separated")
    parser.add_argument("--with-20k", action="store_true", help="also a 20 000-page crawl (ours only)")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--crawlers", default="ours,naive,fetch", help="which crawlers run at the first size")
    parser.add_argument("--before", type=Path, help="another checkout whose crawl runs too, first (before/after)")
    args = parser.parse_args()
    become_subreaper()
    sizes = [int(size) for size in args.sizes.split(",")] + ([20000] if args.with_20k else [])
    print(f"{os.cpu_count()} CPU(s), load {os.getloadavg()[0]:.1f} at start; concurrency {args.concurrency}")
    crawlers = (["before"] if args.before else []) + args.crawlers.split(",")
    first = run_size(sizes[0], crawlers, args.concurrency, args.before)
    growth = [m for size in sizes[1:] for m in run_size(size, ["ours"], args.concurrency)]
    by_name = {m.crawler: m for m in first}
    print("\n| crawler | pages | pages/s | CPU ms/page | main process | workers | peak RSS of the tree | largest |")
    print("|---|---|---|---|---|---|---|---|")
    for m in first + growth:
        print(
            f"| {m.crawler} | {m.pages} | {m.pages_per_second:.1f} | {m.cpu_ms_per_page:.1f} "
            f"| {m.main_ms_per_page:.1f} | {m.workers_ms_per_page:.1f} "
            f"| {m.peak_tree_mb:.0f} MB | {m.peak_process_mb:.0f} MB |"
        )
    if "ours" in by_name:
        ours = by_name["ours"]
        for other in ("before", "naive", "fetch"):
            if other in by_name:
                print(f"ours / {other}: {ours.pages_per_second / by_name[other].pages_per_second:.2f}× pages/s")
    print(f"load {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
