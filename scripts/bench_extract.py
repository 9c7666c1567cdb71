"""Benchmark the chain the extraction workers run (extract, spam, parse, checks: pipelines.chain): in-process
(EXTRACT_WORKERS=1, the baseline) against the worker pool the crawl uses.

Usage: python -m scripts.bench_extract [--rounds N] [--workers N]. Measures steady-state pages/second over every
demo report page repeated N times; the pool is warmed up first so its start-up is not counted.
python -m scripts.bench_extract --profile [--pages N]: CPU ms per page of each step of the whole chain on the
first N pages of the benchmark farm (real-size pages, scripts/bench_farm.py), from cProfile.
"""

from __future__ import annotations

import argparse
import cProfile
import multiprocessing
import os
import pstats
import time
from concurrent.futures import ProcessPoolExecutor

from crawler.demo.site import DemoSite
from pipelines.chain import report_from_page
from pipelines.items import RawPage


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


# The steps of the chain whose cost the profile reports, by function: (label, file, function name).
STEPS = (
    ("whole chain", "chain.py", "report_from_page"),
    ("extract stage", "extract.py", "extract_report"),
    ("  parse (lexbor, then lxml)", "extract.py", "parse_document"),
    ("  page metadata", "extract.py", "page_metadata"),
    ("  page title", "extract.py", "page_title"),
    ("  attachment links", "extract.py", "attachments"),
    ("  content container", "extract.py", "find_container"),
    ("  DOM spam", "spam.py", "strip_dom_spam"),
    ("  chrome removal", "extract.py", "remove_chrome"),
    ("  tables", "extract.py", "normalise_tables"),
    ("  text (trafilatura)", "extract.py", "container_text"),
    ("  simplified characters", "text.py", "simplified"),
    ("spam stage", "spam.py", "clean_report"),
    ("  text-level spam", "spam.py", "clean_text_spam"),
    ("parse stage", "parse.py", "parse_report"),
    ("  template statistics", "stats.py", "template_stats"),
    ("checks", "checks.py", "validate_report"),
)


def farm_pages(count: int) -> list[RawPage]:
    from scripts.bench_farm import report_pages

    return [
        RawPage(
            portal="farm_00",
            url=f"http://127.0.0.1:8000/p00/zfxxgknb/202401/t20240118_{index}.htm",
            body=body,
            content_type="text/html; charset=utf-8",
            fetched_at="2026-11-22T00:00:00+00:00",
            list_title=title,
            region="永州市",
        )
        for index, (title, body) in enumerate(report_pages()[:count])
    ]


def profile(pages: list[RawPage]) -> None:
    """CPU ms per page of each step, from one profiled pass over the pages (after an unprofiled one)."""
    start = time.process_time()
    for page in pages:
        report_from_page(page)
    plain = 1000 * (time.process_time() - start) / len(pages)
    profiler = cProfile.Profile(time.process_time)
    profiler.runcall(lambda: [report_from_page(page) for page in pages])
    stats = pstats.Stats(profiler).stats
    by_step = {}
    for (file, _line, function), (_calls, _primitive, _own, cumulative, _callers) in stats.items():
        for label, step_file, step_function in STEPS:
            if file.endswith(step_file) and function == step_function:
                by_step[label] = by_step.get(label, 0) + cumulative
    whole = by_step["whole chain"]
    print(f"{len(pages)} farm pages: whole chain {plain:.1f} CPU ms/page unprofiled. Under cProfile (which slows")
    print("Python code more than C, so the C parsers' share is understated), CPU ms/page and share of the chain:")
    for label, _file, _function in STEPS:
        spent = by_step.get(label, 0)
        print(f"{label:34} {1000 * spent / len(pages):6.1f} ms {100 * spent / whole:5.1f} %")


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:7.1f} pages/s ({seconds:.2f} s for {count} pages)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--profile", action="store_true", help="CPU per step of the chain on farm pages")
    parser.add_argument("--pages", type=int, default=100, help="farm pages to profile")
    args = parser.parse_args()
    if args.profile:
        profile(farm_pages(args.pages))
        return
    pages = demo_pages() * args.rounds
    print(f"{len(pages)} report pages ({len(pages) // args.rounds} distinct), {os.cpu_count()} CPU(s)")

    start = time.perf_counter()
    serial = [report_from_page(page) for page in pages]
    serial_seconds = time.perf_counter() - start
    print(f"in-process (baseline)   {rate(len(pages), serial_seconds)}")

    with ProcessPoolExecutor(args.workers, mp_context=multiprocessing.get_context("forkserver")) as pool:
        list(pool.map(report_from_page, pages[: args.workers * 2]))  # warm-up: workers import trafilatura once
        start = time.perf_counter()
        pooled = [future.result() for future in [pool.submit(report_from_page, page) for page in pages]]
        pool_seconds = time.perf_counter() - start
    print(f"pool of {args.workers} workers       {rate(len(pages), pool_seconds)}")
    print(f"speed-up {serial_seconds / pool_seconds:.2f}x")
    assert [r.sha256 for r in serial] == [r.sha256 for r in pooled], "pool and in-process results differ"


if __name__ == "__main__":
    main()
