"""The `portals` spider: start URLs → list pages (all pagination styles) → report pages, as raw pages."""

from __future__ import annotations

from datetime import UTC, datetime

import scrapy
from scrapy.http import Request, Response

from crawler.items import RawPage
from crawler.portals import DEFAULT_REGISTRY, Portal, load_registry, select_portals
from pipelines.encoding import decode_html
from pipelines.listing import Link, api_links, document_type, list_page_urls, report_links


class PortalsSpider(scrapy.Spider):
    """Crawl the annual-report columns of every portal in the registry (or those named with -a portal=…)."""

    name = "portals"

    def __init__(self, portal: str | None = None, portals_file: str | None = None, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.wanted = portal
        self.portals_file = portals_file
        self.portals: dict[str, Portal] = {}
        self.list_urls: dict[str, set[str]] = {}

    @classmethod
    def update_settings(cls, settings) -> None:
        super().update_settings(settings)
        if not settings.getdict("FEEDS") and settings.get("DEFAULT_FEED"):
            feed = {"format": "jsonlines", "encoding": "utf-8"}
            settings.set("FEEDS", {settings["DEFAULT_FEED"]: feed}, priority="spider")

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        path = spider.portals_file or crawler.settings.get("PORTALS_FILE") or DEFAULT_REGISTRY
        spider.portals = {p.id: p for p in select_portals(load_registry(path), spider.wanted)}
        spider.logger.info("Crawling %d portal(s) from %s: %s", len(spider.portals), path, ", ".join(spider.portals))
        return spider

    async def start(self):
        for portal in self.portals.values():
            self.list_urls[portal.id] = set(portal.start_urls)
            for url in portal.start_urls:
                yield Request(url, callback=self.parse_list, cb_kwargs={"portal_id": portal.id})
            if portal.list_api:
                yield self._api_request(portal, 1)

    def parse_list(self, response: Response, portal_id: str):
        """A list page (HTML, or Hanweb dataproxy XML): follow report links and further list pages."""
        portal = self.portals[portal_id]
        markup, _encoding = decode_html(response.body, _content_type(response), portal.encoding)
        for link in report_links(markup, response.url):
            yield from self._follow_report(portal, link)
        if portal.pagination == "none":
            return
        for url in list_page_urls(markup, response.url):
            if self._new_list_page(portal, url):
                yield Request(url, callback=self.parse_list, cb_kwargs={"portal_id": portal.id})

    def parse_api(self, response: Response, portal_id: str, page: int):
        """A JSON list API answer: follow report links; the first page announces the others."""
        portal = self.portals[portal_id]
        links, pages = api_links(response.text, response.url)
        for link in links:
            yield from self._follow_report(portal, link)
        if page == 1 and pages:
            for number in range(2, min(pages, portal.max_list_pages) + 1):
                yield self._api_request(portal, number)

    def parse_report(self, response: Response, portal_id: str, list_title: str):
        """A report page: hand the raw bytes to the pipelines."""
        portal = self.portals[portal_id]
        self.crawler.stats.inc_value(f"portal/{portal_id}/report_pages")
        yield RawPage(
            portal=portal_id,
            url=response.url,
            body=response.body,
            content_type=_content_type(response),
            fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
            list_title=list_title,
            encoding_hint=portal.encoding,
            content_selector=portal.content_selector,
        )

    def _api_request(self, portal: Portal, page: int) -> Request:
        return Request(
            portal.list_api.format(page=page), callback=self.parse_api, cb_kwargs={"portal_id": portal.id, "page": page}
        )

    def _new_list_page(self, portal: Portal, url: str) -> bool:
        """True the first time a list page of this portal is seen, within its domains and page budget."""
        seen = self.list_urls[portal.id]
        if url in seen or not portal.allows(url):
            return False
        if len(seen) >= portal.max_list_pages * len(portal.start_urls):
            self.crawler.stats.inc_value(f"portal/{portal.id}/list_pages_over_budget")
            return False
        seen.add(url)
        return True

    def _follow_report(self, portal: Portal, link: Link):
        stats = self.crawler.stats
        if not portal.allows(link.url):
            stats.inc_value(f"portal/{portal.id}/offsite_report_links")
            return
        if portal.link_regex and not portal.link_regex.search(link.url):
            stats.inc_value(f"portal/{portal.id}/report_links_not_matching_pattern")
            return
        if document_type(link.url):
            # Reports listed directly as files are read by the attachment stage, not as pages.
            stats.inc_value(f"portal/{portal.id}/document_report_links")
            return
        yield Request(
            link.url, callback=self.parse_report, cb_kwargs={"portal_id": portal.id, "list_title": link.title}
        )


def _content_type(response: Response) -> str | None:
    value = response.headers.get("Content-Type")
    return value.decode("latin-1") if value else None
