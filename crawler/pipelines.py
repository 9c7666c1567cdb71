"""The item pipelines: thin adapters around the stage functions of the `pipelines` package.

Each stage takes a value and returns a new one; what the adapters add is Scrapy's side: counting per portal
(crawler.stats.PortalStats), dropping a page that cannot become a report, and the worker processes the stages run in.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace

from scrapy.exceptions import DropItem, NotConfigured

from pipelines.chain import report_from_page
from pipelines.counters import STORED, Count
from pipelines.errors import CountedFailure
from pipelines.extract import NOT_A_REPORT, ExtractionError
from pipelines.items import RawPage, Report, UnchangedPage
from pipelines.store import UNCHANGED, Store

logger = logging.getLogger(__name__)


class StatsPipeline:
    """Base of the adapters: holds the crawl's PortalStats."""

    def __init__(self, stats) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)


class ChainPipeline(StatsPipeline):
    """RawPage → Report: extract, clean, parse and validate (pipelines.chain) in worker processes, so the crawl's
    own process only fetches and stores. What the stages found is counted here from the report that comes back
    (spam by kind, failed checks); a page that yields nothing, in any stage, is failed and dropped.

    A worker that dies (killed for memory, a crash in a C parser) breaks the pool: the pool is rebuilt and the page
    tried once more in a process of its own, so only a page that kills that one too is failed (worker_died).
    """

    def __init__(self, stats, workers: int, chain=report_from_page) -> None:
        super().__init__(stats)
        self.workers = workers
        self.chain = chain
        self.pool: ProcessPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats, crawler.settings.getint("EXTRACT_WORKERS"))

    def open_spider(self) -> None:
        if self.workers > 1:
            self.pool = self._new_pool(self.workers)

    def close_spider(self) -> None:
        if self.pool:
            self.pool.shutdown(wait=True, cancel_futures=True)

    @staticmethod
    def _new_pool(workers: int) -> ProcessPoolExecutor:
        # forkserver: workers start from a clean interpreter, not a fork of the running reactor.
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver"))

    async def _in_workers(self, item: RawPage) -> Report:
        pool = self.pool
        try:
            return await asyncio.wrap_future(pool.submit(self.chain, item))
        except BrokenProcessPool:
            if self.pool is pool:  # the first page to notice rebuilds it; the others in flight just go on
                self.stats.inc_value("extract/worker_pool_restarts")
                logger.warning("An extraction worker died; restarting the pool (page %s)", item.url)
                pool.shutdown(wait=False, cancel_futures=True)
                self.pool = self._new_pool(self.workers)
        alone = self._new_pool(1)  # the page on its own: if this process dies too, the page is the cause
        try:
            return await asyncio.wrap_future(alone.submit(self.chain, item))
        except BrokenProcessPool as error:
            raise ExtractionError("worker_died", "the extraction process died on this page, twice") from error
        finally:
            alone.shutdown(wait=False)

    async def process_item(self, item):
        if not isinstance(item, RawPage):
            return item
        try:
            report = await self._in_workers(item) if self.pool else self.chain(item)
        except CountedFailure as error:
            reason, detail = error.reason, str(error)
            if reason in NOT_A_REPORT:
                self.stats.count(item.portal, Count.NOT_REPORTS)
                raise DropItem(f"not a report: {item.url}: {detail}", log_level="INFO") from error
            logger.warning("Not a report: %s: %s (%s)", item.url, detail, reason)
        except Exception as error:
            # A page that trips a bug costs that page only: logged with its traceback and counted, crawl goes on.
            reason, detail = "parse_error", f"{type(error).__name__}: {error}"
            logger.exception("Extraction failed on %s", item.url)
        else:
            for hit in report.spam:
                self.stats.inc_value(f"spam/{hit['kind']}", hit["count"])
            self.stats.inc_value("checks/failed", len(report.checks))
            return report
        self.stats.fail(item.portal, item.redirected_from or item.url, reason, item.list_title)
        raise DropItem(f"{item.url}: {detail}")


class StorePipeline(StatsPipeline):
    """Every report into the store (new, changed or unchanged), passed on with `change` saying which; a page the
    spider found unchanged comes back as the report the store holds. What reaches a feed is the feed's choice
    (FEED_ITEMS, crawler.feeds)."""

    def __init__(self, stats, path: str) -> None:
        super().__init__(stats)
        self.path = path
        self.store: Store | None = None

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("STORE_PATH"):
            raise NotConfigured("no STORE_PATH")
        return cls(crawler.stats, crawler.settings["STORE_PATH"])

    def open_spider(self) -> None:
        self.store = Store(self.path)

    def close_spider(self) -> None:
        self.store.close()

    def process_item(self, item):
        if isinstance(item, UnchangedPage):
            stored = self.store.confirm_unchanged(item.url, item.fetched_at)
            if stored is None:
                self.stats.fail(item.portal, item.url, "unchanged_but_not_stored")
                raise DropItem(f"answered 304 but not in the store: {item.url}")
            self.stats.count(item.portal, Count.REPORTS_UNCHANGED)
            return replace(Report.from_dict(stored), change=UNCHANGED)
        if not isinstance(item, Report):
            return item
        change = self.store.save(item.as_fields(), item.fetched_at, **item.http_cache)
        self.stats.count(item.portal, STORED[change])
        return replace(item, change=change)
