"""Benchmark extraction: in-process (EXTRACT_WORKERS=1, the baseline) against the worker pool the pipeline uses,
and the spam and parse stages that follow it in the main process.

Usage: python scripts/bench_extract.py [--rounds N] [--workers N]. Measures steady-state pages/second over every
demo report page repeated N times; the pool is warmed up first so its start-up is not counted.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor

from crawler.demo.site import DemoSite
from pipelines.checks import validate_report
from pipelines.extract import extract_report
from pipelines.items import RawPage
from pipelines.parse import parse_report
from pipelines.spam import clean_report


def demo_pages() -> list[RawPage]:
    site = DemoSite("http://127.0.0.1:8000", "http://localhost:8000")
    pages = []
    for report in site.expected:
        page = site.respond(report["url"].removeprefix("http://127.0.0.1:8000"))
        if not page.content_type.startswith("text/"):
            continue  # report files (PDF, scans) are read by other tools at other speeds: this times HTML pages
        pages.append(
            RawPage(
                portal=report["portal"],
                url=report["url"],
                body=page.body,
                content_type=page.content_type,
                fetched_at="2026-11-22T00:00:00+00:00",
            )
        )
    return pages


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:7.1f} pages/s ({seconds:.2f} s for {count} pages)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    pages = demo_pages() * args.rounds
    print(f"{len(pages)} report pages ({len(pages) // args.rounds} distinct), {os.cpu_count()} CPU(s)")

    start = time.perf_counter()
    serial = [extract_report(page) for page in pages]
    serial_seconds = time.perf_counter() - start
    print(f"in-process (baseline)   {rate(len(pages), serial_seconds)}")

    with ProcessPoolExecutor(args.workers, mp_context=multiprocessing.get_context("forkserver")) as pool:
        list(pool.map(extract_report, pages[: args.workers * 2]))  # warm-up: workers import trafilatura once
        start = time.perf_counter()
        pooled = [future.result() for future in [pool.submit(extract_report, page) for page in pages]]
        pool_seconds = time.perf_counter() - start
    print(f"pool of {args.workers} workers       {rate(len(pages), pool_seconds)}")
    print(f"speed-up {serial_seconds / pool_seconds:.2f}x")
    assert [r.sha256 for r in serial] == [r.sha256 for r in pooled], "pool and in-process results differ"

    # The spam, parse and validate stages run in the crawl's main process, after extraction: they must stay
    # faster than the pool or the main process becomes the bottleneck.
    reports = serial
    for stage, run in (("spam stage", clean_report), ("parse + checks", lambda r: validate_report(parse_report(r)))):
        start = time.perf_counter()
        reports = [run(report) for report in reports]
        print(f"{stage + ' (main process)':30} {rate(len(reports), time.perf_counter() - start)}")


if __name__ == "__main__":
    main()
