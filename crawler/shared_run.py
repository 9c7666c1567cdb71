"""A crawl that joins a shared run (GONGKAI_QUEUE=redis://…, -a run=NAME): its portals come leased from the run's
queue (pipelines.portal_queue) instead of all from the registry. This worker crawls a few at a time, renews their
leases while it does, and marks a portal done once none of its requests is left anywhere in the engine (waiting in
the scheduler, downloading, or in a callback whose items are still in the pipelines), so a portal is done only
when everything it yielded is stored. It stops when the run has no portal pending and none leased elsewhere."""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import socket
import time
from collections import Counter
from collections.abc import AsyncIterator

import redis
from scrapy import Request, signals
from scrapy.core.scheduler import Scheduler
from scrapy.exceptions import CloseSpider

from crawler.portals import Portal, StartError
from pipelines.portal_queue import PortalQueue

logger = logging.getLogger(__name__)

# Sent with request=… when the scheduler hands a request on to the downloader.
request_dequeued = object()
# How often the worker looks for finished portals, renews leases when due, and asks for more portals.
TICK_SECONDS = 0.25
QUEUE_SCHEMES = ("redis://", "rediss://", "unix://")


class PortalScheduler(Scheduler):
    """Scrapy's scheduler, saying when a request leaves it (request_dequeued): with request_scheduled and
    request_dropped that tells how many of each portal's requests wait in it."""

    def next_request(self) -> Request | None:
        request = super().next_request()
        if request is not None:
            self.crawler.signals.send_catch_log(request_dequeued, request=request)
        return request


def portal_of(request: Request) -> str | None:
    return request.cb_kwargs.get("portal_id")


def open_queue(settings, run: str) -> PortalQueue:
    client = redis.Redis.from_url(settings["QUEUE_URL"], socket_timeout=30, socket_connect_timeout=30)
    worker = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"
    return PortalQueue(client, run, worker, settings.getfloat("QUEUE_LEASE"))


def check_shared_run(settings, run: str | None, selected: list[Portal]) -> None:
    """StartError unless the queue and the run name come together, the queue answers, and a run that exists
    already holds the portals this crawl selected (the same registry and -a portal)."""
    url = settings.get("QUEUE_URL")
    if not url and not run:
        return
    if not url:
        raise StartError("-a run=NAME joins a shared run, which needs a queue: GONGKAI_QUEUE=redis://host:port/0")
    if not run:
        raise StartError(f"GONGKAI_QUEUE={url} is set: name the shared run to join with -a run=NAME")
    if not url.startswith(QUEUE_SCHEMES):
        raise StartError(f"GONGKAI_QUEUE must be a redis:// URL, got {url!r}")
    queue = open_queue(settings, run)
    try:
        held = queue.portals()
    except redis.RedisError as error:
        raise StartError(f"cannot reach the queue {url}: {error}") from None
    finally:
        queue.client.close()
    wanted = {portal.id for portal in selected}
    if held and held != wanted:
        raise StartError(
            f"run {run!r} holds other portals than this crawl selected: {len(held - wanted)} only in the run, "
            f"{len(wanted - held)} only here (e.g. {sorted(held ^ wanted)[0]}). Join it with the same registry "
            "and -a portal, or start a run of another name."
        )


class SharedRun:
    """This worker's part of a shared run: the portals it holds and when each of them is done."""

    def __init__(self, crawler, queue: PortalQueue, selection: list[Portal]) -> None:
        self.crawler = crawler
        self.queue = queue
        self.selection = {portal.id: portal for portal in selection}
        self.at_once = crawler.settings.getint("QUEUE_PORTALS")
        self.renew_every = crawler.settings.getfloat("QUEUE_LEASE") / 3
        self.held: set[str] = set()  # leased to this worker, not yet done
        self.waiting: Counter[str] = Counter()  # per portal, its requests in the scheduler
        crawler.signals.connect(self.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(self.request_left, signal=signals.request_dropped)
        crawler.signals.connect(self.request_left, signal=request_dequeued)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def join(cls, crawler, selection: list[Portal], run: str | None) -> SharedRun | None:
        """The shared run this crawl joins, or None when it crawls its selection alone (no GONGKAI_QUEUE)."""
        if not crawler.settings.get("QUEUE_URL"):
            return None
        return cls(crawler, open_queue(crawler.settings, run), selection)

    @property
    def stats(self):
        return self.crawler.stats  # set once the crawl starts, after the spider (and this) were made

    def request_scheduled(self, request: Request) -> None:
        self.waiting[portal_of(request)] += 1

    def request_left(self, request: Request) -> None:
        self.waiting[portal_of(request)] -= 1

    def busy_portals(self) -> set[str]:
        """Portals with a request still waiting, downloading, or being handled (items in the pipelines included)."""
        # The engine keeps each request it took from the scheduler in its slot's `inprogress` until the request's
        # callback output is handled; Scrapy's own engine status report (scrapy.utils.engine) reads it alike.
        in_progress = {portal_of(request) for request in self.crawler.engine._slot.inprogress}
        return in_progress | {portal for portal, count in self.waiting.items() if count > 0}

    async def requests(self, spider) -> AsyncIterator[Request]:
        """Seed the run (once, whoever comes first), then lease portals and yield their start requests until
        the run is over; meanwhile finish the portals that are done and renew the leases of the others."""
        run = self.queue.run
        if self.queue.seed(list(self.selection)):
            logger.info("Shared run %s: seeded with %d portal(s)", run, len(self.selection))
        elif self.queue.portals() != set(self.selection):  # another worker seeded it a moment ago, differently
            logger.error("Shared run %s holds other portals than this crawl selected; stopping", run)
            raise CloseSpider("shared_run_mismatch")
        renewed = time.monotonic()
        finished, waiting_logged = False, False
        while not finished or self.held:
            self._finish_done()
            if time.monotonic() - renewed >= self.renew_every:
                self._renew()
                renewed = time.monotonic()
            # One portal a tick, not all `at_once` in a burst: workers that start together share a small run, and
            # the last portals of a large one spread over the workers still running.
            if not finished and len(self.held) < self.at_once:
                turn = self.queue.take()
                if turn.portal is not None:
                    waiting_logged = False
                    for request in self._start_portal(spider, turn.portal, turn.taken_over):
                        yield request
                finished = turn.finished
                if turn.portal is None and not finished and not self.held and not waiting_logged:
                    waiting_logged = True
                    logger.info(
                        "Shared run %s: no portal pending; waiting for those other workers hold (the first lease "
                        "runs out in %.0f s unless renewed)",
                        run,
                        turn.wait_seconds,
                    )
            await asyncio.sleep(TICK_SECONDS)
        progress = self.queue.progress()
        mine = self.stats.get_value("shared_run/portals_done", 0)
        logger.info("Shared run %s: over (%d portal(s) done, %d by this worker)", run, progress.done, mine)

    def _start_portal(self, spider, portal_id: str, taken_over: int):
        portal = self.selection[portal_id]
        self.held.add(portal_id)
        spider.portals[portal_id] = portal
        self.stats.inc_value("shared_run/portals_taken")
        progress = self.queue.progress()
        logger.info(
            "Shared run %s: took %s (%d pending, %d leased, %d done)%s",
            self.queue.run,
            portal_id,
            progress.pending,
            progress.leased,
            progress.done,
            f"; its lease ran out {taken_over} time(s) before, a worker died holding it" if taken_over else "",
        )
        if taken_over:
            self.stats.inc_value("shared_run/portals_taken_over")
        # The engine schedules each request as it is yielded, before this generator goes on: the portal counts
        # as busy from its first request on, never done before it started.
        yield from spider.portal_requests(portal)

    def _finish_done(self) -> None:
        for portal_id in sorted(self.held - self.busy_portals()):
            self.held.discard(portal_id)
            if self.queue.finish(portal_id):
                self.stats.inc_value("shared_run/portals_done")
                logger.info("Shared run %s: %s done", self.queue.run, portal_id)
            else:
                logger.warning("Shared run %s: %s crawled, but its lease had gone elsewhere", self.queue.run, portal_id)

    def _renew(self) -> None:
        for portal_id in self.queue.renew(sorted(self.held)):
            self.stats.inc_value("shared_run/leases_lost")
            logger.warning(
                "Shared run %s: lost the lease of %s (not renewed within GONGKAI_QUEUE_LEASE=%.0f s): another "
                "worker may crawl it too; the store keeps one row per report either way",
                self.queue.run,
                portal_id,
                self.queue.lease_ms / 1000,
            )

    def spider_closed(self, reason: str) -> None:
        """A worker stopping early (Ctrl-C, a close reason of its own) gives its unfinished portals back at once."""
        for portal_id in sorted(self.held):
            if self.queue.release(portal_id):
                logger.info("Shared run %s: gave %s back unfinished (%s)", self.queue.run, portal_id, reason)
        self.queue.client.close()
