"""Extension: the run report at the end of every crawl, written, logged, and announced for the exit code."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path

from scrapy import signals

from pipelines.run_report import build_run_report, problem_lines, summary_lines
from pipelines.store import Store

logger = logging.getLogger(__name__)

# Sent with report=<the run report dict> once it is written; the crawl command takes its exit code from it.
run_reported = object()


class RunReport:
    """Per-portal run report to RUN_REPORT_DIR as JSON, summarised in the log (problems as errors)."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.settings = crawler.settings
        self.productive_before: set[str] = set()
        self.started = ""

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider) -> None:
        self.started = datetime.now(UTC).isoformat(timespec="seconds")
        if self.settings.get("STORE_PATH"):
            store = Store(self.settings["STORE_PATH"])
            self.productive_before = store.portals_with_reports()
            store.close()

    def spider_closed(self, spider, reason) -> None:
        finished = datetime.now(UTC)
        stats = self.crawler.stats
        report = build_run_report(
            stats.tally,
            list(getattr(spider, "portals", {})),
            self.productive_before,
            self.settings.getfloat("RUN_MAX_FAILURE_RATIO"),
            {
                "started": self.started,
                "finished": finished.isoformat(timespec="seconds"),
                "finish_reason": reason,
                "requests": stats.get_value("downloader/request_count", 0),
            },
        )
        folder = Path(self.settings["RUN_REPORT_DIR"])
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"run-{finished.strftime('%Y%m%dT%H%M%S.%fZ')}.json"
        path.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
        for line in summary_lines(report):
            logger.info(line)
        for line in problem_lines(report):
            logger.error(line)
        logger.info("Run report written to %s", path)
        self.crawler.signals.send_catch_log(run_reported, report=report)
