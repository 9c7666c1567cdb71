"""The two reference crawlers of scripts/bench_crawl.py, run with `scrapy runspider` outside the project (plain
Scrapy settings): both walk the farm's list pages as our crawl does; on each report page `naive` runs
trafilatura.extract and yields the text, `fetch` does nothing at all."""

from __future__ import annotations

import re
import tomllib

import scrapy

LIST_PAGE = re.compile(r"/index(?:_\d+)?\.htm$")


class FarmSpider(scrapy.Spider):
    name = "farm"

    def __init__(self, registry: str, mode: str, **kwargs) -> None:
        super().__init__(**kwargs)
        with open(registry, "rb") as file:
            portals = tomllib.load(file)["portal"]
        self.start_urls = [url for portal in portals for url in portal["start_urls"]]
        self.mode = mode

    def parse(self, response):
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            yield scrapy.Request(url, self.parse if LIST_PAGE.search(url) else self.report)

    def report(self, response):
        if self.mode == "naive":
            import trafilatura

            yield {"url": response.url, "text": trafilatura.extract(response.text) or ""}
