"""The `portals` spider: start URLs → list pages (all pagination styles) → report pages, as raw pages."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from urllib.parse import urljoin

import scrapy
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import FormRequest, Request, Response
from scrapy.settings import SETTINGS_PRIORITIES
from scrapy.spidermiddlewares.httperror import HttpError

from crawler.feeds import FEED_FILTERS
from crawler.middlewares import ChallengePage, OffsiteRequest
from crawler.portals import DEFAULT_REGISTRY, Portal, StartError, load_registry, select_portals
from crawler.shared_run import SharedRun, check_shared_run
from pipelines import markers
from pipelines.counters import Count
from pipelines.discovery import Discovery, Visit, read_navigation
from pipelines.encoding import decode_html
from pipelines.items import FetchedFile, RawPage, UnchangedPage
from pipelines.listing import ApiCall, Link, ListPage, document_type, read_api, read_list


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class PortalsSpider(scrapy.Spider):
    """Crawl the annual-report columns of every portal in the registry (or those named with -a portal=…)."""

    name = "portals"

    def __init__(
        self, portal: str | None = None, portals_file: str | None = None, run: str | None = None, *args, **kwargs
    ) -> None:
        super().__init__(*args, **kwargs)
        self.wanted = portal
        self.portals_file = portals_file
        self.run = run  # the shared run to join (with GONGKAI_QUEUE)
        self.shared_run: SharedRun | None = None
        self.portals: dict[str, Portal] = {}  # the portals this crawl crawls (in a shared run: those it took)
        self.list_urls: dict[str, set[str]] = {}
        self.columns: dict[str, list[str]] = {}  # per portal: its start URLs, or the columns discovery found
        self.discoveries: dict[str, Discovery] = {}
        self.report_urls: set[str] = set()  # each report requested once per run, however many lists link it
        self.file_urls: set[str] = set()  # each report file fetched once per run, however many pages link it

    @classmethod
    def preflight(
        cls, settings, portal: str | None = None, portals_file: str | None = None, run: str | None = None, **_other
    ) -> tuple:
        """The portals to crawl, or StartError saying why the crawl must not start."""
        if settings.get("JOBDIR"):
            raise StartError(
                f"JOBDIR={settings['JOBDIR']} is not supported: a killed run leaves Scrapy's job files ahead of what "
                "was stored. Resuming is the store's job: run again with the same STORE_PATH (GONGKAI_STORE, or "
                "GONGKAI_JOB_DIR with scripts/schedule/crawl.sh); for scrapyd, leave jobs_dir unset."
            )
        if settings.get("FEED_ITEMS") not in FEED_FILTERS:
            raise StartError(f"FEED_ITEMS must be one of {', '.join(FEED_FILTERS)}, got {settings.get('FEED_ITEMS')!r}")
        path = portals_file or settings.get("PORTALS_FILE") or DEFAULT_REGISTRY
        selected = select_portals(load_registry(path), portal)
        check_shared_run(settings, run, selected)
        return selected

    @classmethod
    def update_settings(cls, settings) -> None:
        super().update_settings(settings)
        # Scrapy merges -o/-O into FEEDS, so the default feed applies only when none was given.
        feeds = settings.getdict("FEEDS")
        if not feeds and settings.get("DEFAULT_FEED"):
            feeds = {settings["DEFAULT_FEED"]: {"format": "jsonlines", "encoding": "utf-8"}}
        item_filter = FEED_FILTERS.get(settings.get("FEED_ITEMS"))
        feeds = {uri: ({"item_filter": item_filter} if item_filter else {}) | options for uri, options in feeds.items()}
        priority = max(settings.getpriority("FEEDS") or 0, SETTINGS_PRIORITIES["spider"])
        settings.set("FEEDS", feeds, priority=priority)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        selected = cls.preflight(crawler.settings, spider.wanted, spider.portals_file, spider.run)
        spider.shared_run = SharedRun.join(crawler, selected, spider.run)
        if spider.shared_run:
            spider.logger.info("Joining shared run %s of %d portal(s)", spider.run, len(selected))
        else:
            spider.portals = {p.id: p for p in selected}
            spider.logger.info("Crawling %d portal(s): %s", len(spider.portals), ", ".join(spider.portals))
        crawler.signals.connect(spider.request_dropped, signal=signals.request_dropped)
        return spider

    async def start(self):
        if self.shared_run:  # portals leased from the shared run's queue, a few at a time
            async for request in self.shared_run.requests(self):
                yield request
            return
        for portal in self.portals.values():
            for request in self.portal_requests(portal):
                yield request

    def portal_requests(self, portal: Portal):
        """The requests that start a portal's crawl: its columns' first list pages (and its list API's), or the
        walk from its home page when it names no column."""
        self.list_urls[portal.id] = set(portal.start_urls)
        self.columns[portal.id] = list(portal.start_urls)
        if not portal.start_urls:  # registered by its home page: find the annual-report column(s) first
            yield self._discovery_request(portal)
        for url in portal.start_urls:
            yield self._list_request(portal, url, column=url)
        if portal.list_api:
            column = portal.start_urls[0] if portal.start_urls else portal.list_api
            yield self._api_request(portal, ApiCall(portal.list_api.format(page=1), 1), column)

    def _discovery_request(self, portal: Portal) -> Request:
        settings = self.crawler.settings
        discovery = Discovery(
            portal.home,
            portal.allows,
            max_pages=settings.getint("DISCOVERY_MAX_PAGES"),
            max_depth=settings.getint("DISCOVERY_MAX_DEPTH"),
        )
        self.discoveries[portal.id] = discovery
        self.crawler.stats.discovering(portal.id, portal.home)
        return self._navigation_request(portal, discovery.start())

    def _navigation_request(self, portal: Portal, visit: Visit) -> Request:
        return Request(
            visit.url,
            callback=self.parse_navigation,
            errback=self.failed,
            priority=visit.score,
            cb_kwargs={"portal_id": portal.id, "depth": visit.depth},
        )

    def parse_navigation(self, response: Response, portal_id: str, depth: int):
        """A home or 政府信息公开 page of a portal registered by its home page: on towards its annual-report column."""
        portal = self.portals[portal_id]
        markup, _encoding = decode_html(response.body, _header(response, "Content-Type"), portal.encoding)
        step = self.discoveries[portal_id].read(response.url, depth, read_navigation(markup, response.url))
        self.crawler.stats.count(portal_id, Count.DISCOVERY_PAGES)
        for column in step.columns:
            self.logger.info("Portal %s: annual-report column found at %s", portal_id, column)
            self.crawler.stats.discovered(portal_id, column)
            self.columns[portal_id].append(column)
            self.list_urls[portal_id].add(column)
            yield self._list_request(portal, column, column)
        for visit in step.visits:
            yield self._navigation_request(portal, visit)

    def parse_list(self, response: Response, portal_id: str, column: str):
        """A list page (HTML, or Hanweb dataproxy XML): follow report links, further list pages, API pages."""
        portal = self.portals[portal_id]
        markup, _encoding = decode_html(response.body, _header(response, "Content-Type"), portal.encoding)
        page = read_list(markup, response.url)
        yield from self._read(portal, column, page)
        if portal.pagination == "none":
            return
        for url in page.pages:
            if self._new_list_page(portal, url):
                yield self._list_request(portal, url, column)
        for call in page.api_calls:
            if self._new_list_page(portal, f"{call.url}#{call.page}"):
                yield self._api_request(portal, call, column)

    def parse_api(self, response: Response, portal_id: str, column: str, page: int, announces: bool):
        """A JSON list API answer: follow report links; the registry's list API announces its other pages."""
        portal = self.portals[portal_id]
        answer = read_api(response.text, response.url)
        yield from self._read(portal, column, answer)
        if announces and page == 1 and answer.declared_pages:
            for number in range(2, min(answer.declared_pages, portal.max_list_pages) + 1):
                yield self._api_request(portal, ApiCall(portal.list_api.format(page=number), number), column)

    def _read(self, portal: Portal, column: str, page: ListPage):
        self.crawler.stats.count(portal.id, Count.LIST_PAGES)
        self.crawler.stats.column(portal.id, column, page.declared_records, page.records)
        for link in page.reports:
            yield from self._follow_report(portal, link)

    def parse_report(self, response: Response, portal_id: str, list_title: str):
        """A report page: hand the raw bytes to the pipelines (or say it is unchanged since the last run)."""
        if response.status == 304:
            yield self._next_check(response.url, portal_id, list_title, tuple(response.meta.get("file_checks", ())))
            return
        portal = self.portals[portal_id]
        self.crawler.stats.count(portal_id, Count.REPORT_PAGES)
        page = RawPage(
            portal=portal_id,
            url=response.url,
            body=response.body,
            content_type=_header(response, "Content-Type"),
            fetched_at=utc_now(),
            list_title=list_title,
            encoding_hint=portal.encoding,
            content_selector=portal.content_selector,
            region=portal.region,
            etag=_header(response, "ETag"),
            last_modified=_header(response, "Last-Modified"),
            redirected_from=linked_url(response.request) if response.meta.get("redirect_urls") else None,
        )
        yield self._next_file(page, tuple(self._new_files(portal, response)))

    def parse_file(self, response: Response, page: RawPage, pending: tuple[str, ...], portal_id: str):
        """A report file the page links: fetched with the page, read by the extraction stage (`portal_id` keeps
        its request, redirects included, on the portal's domains)."""
        fetched = FetchedFile(
            response.url,
            response.body,
            etag=_header(response, "ETag"),
            last_modified=_header(response, "Last-Modified"),
        )
        yield self._next_file(replace(page, files=(*page.files, fetched)), pending)

    def _next_check(self, page_url: str, portal_id: str, list_title: str, pending: tuple) -> UnchangedPage | Request:
        """An unchanged page's next file to ask about (a conditional request); the report is unchanged when every
        file it links is."""
        if not pending:
            return UnchangedPage(portal=portal_id, url=page_url, fetched_at=utc_now())
        (url, headers), rest = pending[0], pending[1:]
        context = {"page_url": page_url, "portal_id": portal_id, "list_title": list_title, "pending": rest}
        return Request(
            url,
            headers=headers,
            callback=self.file_checked,
            errback=self.file_check_failed,
            dont_filter=True,  # the same file may be asked about for two pages
            meta={"handle_httpstatus_list": [304]},
            cb_kwargs=context,
        )

    def file_checked(self, response: Response, page_url: str, portal_id: str, list_title: str, pending: tuple):
        """A file of an unchanged page, asked again: unchanged (304), or changed, and then its report is read again,
        page and files, as on a first run."""
        if response.status == 304:
            yield self._next_check(page_url, portal_id, list_title, pending)
            return
        self.crawler.stats.inc_value("incremental/files_changed")
        yield Request(
            page_url,
            callback=self.parse_report,
            errback=self.failed,
            dont_filter=True,  # this run asked for the page already, and was told it had not changed
            cb_kwargs={"portal_id": portal_id, "list_title": list_title},
            meta={"report": True, "refetch": True},
        )

    def file_check_failed(self, failure):
        """A file that could not be asked about costs only itself: the report stays as stored."""
        context = failure.request.cb_kwargs
        self.logger.warning("Failed to check file %s: %s", failure.request.url, failure_reason(failure))
        return [self._next_check(context["page_url"], context["portal_id"], context["list_title"], context["pending"])]

    def file_failed(self, failure):
        """A file that could not be fetched costs only itself: the page goes on with the files it has."""
        context = failure.request.cb_kwargs
        self.crawler.stats.inc_value("files/failed")
        self.logger.warning(
            "Failed file %s of %s: %s", failure.request.url, context["page"].url, failure_reason(failure)
        )
        return [self._next_file(context["page"], context["pending"])]

    def _new_files(self, portal: Portal, response: Response) -> list[str]:
        """Report files the page links, on the portal's domains and not yet fetched in this run (a few at most)."""
        found = []
        if not markers.FILE_SUFFIX.search(response.body):
            return found
        for match in markers.FILE_HREF.finditer(response.body):
            url = urljoin(response.url, match.group(1).decode("latin-1").strip()).split("#", 1)[0]
            if portal.allows(url) and url not in self.file_urls and len(found) < markers.MAX_FILES_PER_PAGE:
                self.file_urls.add(url)
                found.append(url)
        return found

    def _next_file(self, page: RawPage, pending: tuple[str, ...]) -> RawPage | Request:
        if not pending:
            return page
        return Request(
            pending[0],
            callback=self.parse_file,
            errback=self.file_failed,
            cb_kwargs={"page": page, "pending": pending[1:], "portal_id": page.portal},
        )

    def failed(self, failure):
        """Count a page that could not be fetched, once, with its reason and the URL the list linked; go on."""
        request = failure.request
        portal_id = request.cb_kwargs.get("portal_id", "unknown")
        reason = failure_reason(failure)
        if reason is None:
            # robots.txt refusals: the crawler's own choice, not a broken portal.
            self.crawler.stats.count(portal_id, Count.IGNORED_REQUESTS)
            return
        self.crawler.stats.fail(portal_id, linked_url(request), reason, request.cb_kwargs.get("list_title"))
        self.logger.warning("Failed %s for portal %s: %s", request.url, portal_id, reason)

    def request_dropped(self, request, spider) -> None:
        """A report request the scheduler refused as already seen: the spider asks for each report once, so this is
        a redirect back to a page already requested (a redirect loop), never silent."""
        if request.meta.get("report"):
            portal_id = request.cb_kwargs["portal_id"]
            self.crawler.stats.fail(
                portal_id, linked_url(request), "redirect_loop", request.cb_kwargs.get("list_title")
            )
            self.logger.warning(
                "Dropped %s for portal %s: redirect to an already requested page", request.url, portal_id
            )

    def _list_request(self, portal: Portal, url: str, column: str) -> Request:
        return Request(
            url, callback=self.parse_list, errback=self.failed, cb_kwargs={"portal_id": portal.id, "column": column}
        )

    def _api_request(self, portal: Portal, call: ApiCall, column: str) -> Request:
        context = {"portal_id": portal.id, "column": column, "page": call.page, "announces": call.form is None}
        if call.form is None:
            return Request(call.url, callback=self.parse_api, errback=self.failed, cb_kwargs=context)
        return FormRequest(
            call.url, formdata=dict(call.form), callback=self.parse_api, errback=self.failed, cb_kwargs=context
        )

    def _new_list_page(self, portal: Portal, url: str) -> bool:
        """True the first time a list page of this portal is seen, within its domains and page budget."""
        seen = self.list_urls[portal.id]
        if url in seen or not portal.allows(url):
            return False
        if len(seen) >= portal.max_list_pages * len(self.columns[portal.id]):
            self.crawler.stats.count(portal.id, Count.LIST_PAGES_OVER_BUDGET)
            return False
        seen.add(url)
        return True

    def _follow_report(self, portal: Portal, link: Link):
        stats = self.crawler.stats
        if not portal.allows(link.url):
            stats.count(portal.id, Count.OFFSITE_REPORT_LINKS)
            return
        if portal.link_regex and not portal.link_regex.search(link.url):
            stats.count(portal.id, Count.UNMATCHED_REPORT_LINKS)
            return
        if link.url in self.report_urls:
            return
        self.report_urls.add(link.url)
        stats.count(portal.id, Count.REPORT_LINKS)
        if document_type(link.url):  # a report published as a file: fetched like a page, read as the file it is
            stats.count(portal.id, Count.DOCUMENT_REPORT_LINKS)
        yield Request(
            link.url,
            callback=self.parse_report,
            errback=self.failed,
            cb_kwargs={"portal_id": portal.id, "list_title": link.title},
            meta={"report": True},
        )


def _header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def linked_url(request: Request) -> str:
    """The URL a list page linked, before any redirect."""
    return request.meta.get("redirect_urls", [request.url])[0]


def failure_reason(failure) -> str | None:
    """Why a request failed, as the run report names it; None for the crawler's own refusals (robots.txt)."""
    error = failure.value
    if failure.check(HttpError):
        return f"http_{error.response.status}"
    if failure.check(ChallengePage):
        return "challenge"
    if failure.check(OffsiteRequest):
        return "offsite_redirect"
    message = str(error)
    if "download max size" in message.lower() or "DOWNLOAD_MAXSIZE" in message:  # at download, or when unpacked
        return "too_large"
    if failure.check(IgnoreRequest):
        if message == "Forbidden by robots.txt":
            return None
        return "redirect_loop" if message == "max redirections reached" else "ignored"
    return failure.type.__name__
