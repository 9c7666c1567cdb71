"""`scrapy crawl` that refuses a bad start in one line (exit 2) and exits with the run report's code (3 when a
portal broke), so cron, systemd and CI notice silent breakage."""

from __future__ import annotations

import sys

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError

from crawler.extensions import run_reported
from crawler.portals import StartError

EXIT_BAD_START = 2


class Command(ScrapyCrawl):
    """Scrapy's crawl command, checked before it starts and with the run report's exit code afterwards."""

    def run(self, args, opts) -> None:
        if len(args) != 1:
            raise UsageError("name exactly one spider: scrapy crawl portals")
        spidercls = self.crawler_process.spider_loader.load(args[0])
        if preflight := getattr(spidercls, "preflight", None):
            try:
                preflight(self.settings, **opts.spargs)
            except StartError as error:
                sys.stderr.write(f"scrapy crawl {args[0]}: {error}\n")
                self.exitcode = EXIT_BAD_START
                return
        self.run_exit_code = 0
        self.crawler_process.crawl(spidercls, **opts.spargs)
        for crawler in self.crawler_process.crawlers:  # the one just created, unless it failed at once
            crawler.signals.connect(self.take_exit_code, signal=run_reported)
        self.crawler_process.start()
        self.exitcode = 1 if self.crawler_process.bootstrap_failed else self.run_exit_code

    def take_exit_code(self, report: dict) -> None:
        self.run_exit_code = report["exit_code"]
