"""Downloader middlewares: the portal's domains for every request, WAF challenge pages, and incremental runs that
ask the store before fetching."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from scrapy import signals
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import HtmlResponse, Response
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding

from pipelines.challenge import challenge_marker
from pipelines.counters import Count
from pipelines.store import Store, file_checks, plan_fetch


class OffsiteRequest(IgnoreRequest):
    """A request (a redirect's target among them) off its portal's domains: never sent."""


class PortalDomainsMiddleware:
    """Every request of a portal stays on the portal's domains, redirects included: one that leaves them is dropped
    before robots.txt of the other host is even asked for."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request):
        portal = getattr(self.crawler.spider, "portals", {}).get(request.cb_kwargs.get("portal_id"))
        if portal is not None and not portal.allows(request.url):
            came_from = request.meta.get("redirect_urls", [request.url])[0]
            raise OffsiteRequest(f"{came_from} leads off the portal's domains to {request.url}")


class ChallengePage(IgnoreRequest):
    """A WAF challenge still answered after the allowed retries; the page is never treated as content."""


class ChallengeMiddleware:
    """Retry challenge pages a bounded number of times (their cookies go along), then give the request up."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.max_retries = crawler.settings.getint("CHALLENGE_RETRIES")

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response):
        marker = challenge_marker(response.status, response.body)
        if marker is None:
            return response
        self.crawler.stats.count(request.cb_kwargs.get("portal_id", "unknown"), Count.CHALLENGE_PAGES)
        retry = get_retry_request(
            request,
            spider=self.crawler.spider,
            reason="challenge",
            max_retry_times=self.max_retries,
            stats_base_key="challenge_retry",
        )
        if retry is not None:
            return retry
        raise ChallengePage(f"challenge page ({marker}) at {request.url}")


# Scrapy reads a meta refresh in a page's first 4096 characters: at most 4 bytes each in any encoding.
META_REFRESH_HEAD_BYTES = 4 * 4096


class HeadMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's meta refresh redirects, read off the start of the page. Scrapy decodes the whole body to take its
    first 4096 characters (0.4 ms of the crawl's one thread on a 200 KB report page); a page that declares its
    encoding is decoded as far as those characters reach, the same way. A page that does not is left to Scrapy,
    which infers the encoding from the whole body."""

    def process_response(self, request, response):
        if isinstance(response, HtmlResponse) and len(response.body) > META_REFRESH_HEAD_BYTES:
            content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
            if encoding := http_content_type_encoding(content_type) or html_body_declared_encoding(response.body):
                head = response.replace(body=response.body[:META_REFRESH_HEAD_BYTES], encoding=encoding)
                answer = super().process_response(request, head)
                return response if answer is head else answer
        return super().process_response(request, response)


class IncrementalMiddleware:
    """Send conditional requests for stored reports, or skip those seen recently on servers without validators.

    A skipped page is answered with a local 304 flagged "stored", so the spider treats both cases alike; either
    carries the stored report's files with their validators (`file_checks`), for the spider to ask about.
    """

    def __init__(self, store_path: str, refetch_after: timedelta, full_refresh: bool, stats) -> None:
        self.store_path = store_path
        self.refetch_after = refetch_after
        self.full_refresh = full_refresh
        self.stats = stats
        self.store: Store | None = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.get("STORE_PATH"):
            raise NotConfigured("no STORE_PATH: nothing to compare with")
        middleware = cls(
            settings["STORE_PATH"],
            timedelta(days=settings.getfloat("REFETCH_AFTER_DAYS")),
            settings.getbool("FULL_REFRESH"),
            crawler.stats,
        )
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def spider_opened(self) -> None:
        self.store = Store(self.store_path)

    def spider_closed(self) -> None:
        if self.store:
            self.store.close()

    def process_request(self, request):
        if not request.meta.get("report") or request.meta.get("refetch") or self.store is None:
            return None  # a page read again because one of its files changed is downloaded whole
        plan = plan_fetch(self.store.known(request.url), datetime.now(UTC), self.refetch_after, self.full_refresh)
        request.meta["handle_httpstatus_list"] = [304]
        if plan.skip or plan.headers:  # its files are asked about in turn when the page comes back unchanged
            request.meta["file_checks"] = file_checks(self.store.item(request.url))
        if plan.skip:
            self.stats.inc_value("incremental/skipped_recently_fetched")
            return Response(request.url, status=304, request=request, flags=["stored"])
        if plan.headers:
            self.stats.inc_value("incremental/conditional_requests")
            for name, value in plan.headers.items():
                request.headers[name] = value
        return None
