"""`scrapy crawl` that exits with the run report's code, so cron, systemd and CI notice silent breakage."""

from __future__ import annotations

from scrapy.commands.crawl import Command as ScrapyCrawl


class Command(ScrapyCrawl):
    """Scrapy's crawl command; afterwards the exit code is the run report's (3 when a portal broke)."""

    def _create_crawler(self, spidercls):
        self.crawler = super()._create_crawler(spidercls)
        return self.crawler

    def run(self, args, opts) -> None:
        super().run(args, opts)
        code = self.crawler.stats.get_value("run/exit_code") if getattr(self, "crawler", None) else None
        if not self.exitcode and code:
            self.exitcode = code
