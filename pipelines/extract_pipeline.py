"""Pipeline adapter: RawPage → Report, extraction spread over worker processes."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from scrapy.exceptions import DropItem

from crawler.items import RawPage
from pipelines.extract import ExtractionError, extract_report

logger = logging.getLogger(__name__)


class ExtractPipeline:
    """Extract report text, tables and page metadata; a page that yields nothing is logged, counted and dropped."""

    def __init__(self, workers: int, stats) -> None:
        self.workers = workers
        self.stats = stats
        self.pool: ProcessPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.getint("EXTRACT_WORKERS"), crawler.stats)

    def open_spider(self) -> None:
        if self.workers > 1:
            # forkserver: workers start from a clean interpreter, not a fork of the running reactor.
            context = multiprocessing.get_context("forkserver")
            self.pool = ProcessPoolExecutor(self.workers, mp_context=context)

    def close_spider(self) -> None:
        if self.pool:
            self.pool.shutdown(wait=True, cancel_futures=True)

    async def process_item(self, item):
        if not isinstance(item, RawPage):
            return item
        try:
            if self.pool:
                report = await asyncio.wrap_future(self.pool.submit(extract_report, item))
            else:
                report = extract_report(item)
        except ExtractionError as error:
            self.stats.inc_value(f"portal/{item.portal}/failed/parse_error")
            logger.warning("Cannot extract a report from %s: %s", item.url, error)
            raise DropItem(f"{item.url}: {error}") from error
        except Exception as error:
            # A page that trips a bug costs that page only: logged with its traceback and counted, crawl goes on.
            self.stats.inc_value(f"portal/{item.portal}/failed/parse_error")
            logger.exception("Extraction failed on %s", item.url)
            raise DropItem(f"{item.url}: {type(error).__name__}: {error}") from error
        self.stats.inc_value(f"extract/reports/{item.portal}")
        return report
