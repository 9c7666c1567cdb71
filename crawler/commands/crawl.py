"""`scrapy crawl` that refuses a bad start in one line (exit 2) before anything starts, and exits with the run
report's code (3 when a portal broke), so cron, systemd and CI notice silent breakage."""

from __future__ import annotations

import sys

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader

from crawler.extensions import run_reported
from crawler.portals import StartError

EXIT_BAD_START = 2


class Command(ScrapyCrawl):
    """Scrapy's crawl command, checked before it starts and with the run report's exit code afterwards."""

    def process_options(self, args, opts) -> None:
        super().process_options(args, opts)
        if len(args) != 1 or args[0] not in get_spider_loader(self.settings).list():
            return  # Scrapy's own usage errors follow
        preflight = getattr(get_spider_loader(self.settings).load(args[0]), "preflight", None)
        try:
            if preflight:
                preflight(self.settings, **opts.spargs)
        except StartError as error:
            # Before the crawler process exists: no log lines, no traceback, just what to fix.
            sys.stderr.write(f"scrapy crawl {args[0]}: {error}\n")
            raise SystemExit(EXIT_BAD_START) from None

    def run(self, args, opts) -> None:
        if len(args) != 1:
            raise UsageError("name exactly one spider: scrapy crawl portals")
        self.run_exit_code = 0
        self.crawler_process.crawl(args[0], **opts.spargs)
        for crawler in self.crawler_process.crawlers:  # the one just created, unless it failed at once
            crawler.signals.connect(self.take_exit_code, signal=run_reported)
        self.crawler_process.start()
        self.exitcode = 1 if self.crawler_process.bootstrap_failed else self.run_exit_code

    def take_exit_code(self, report: dict) -> None:
        self.run_exit_code = report["exit_code"]
