"""Scheduler that never keeps its queue on disk."""

from __future__ import annotations

from scrapy.core.scheduler import Scheduler


class MemoryQueueScheduler(Scheduler):
    """Requests stay in memory even with JOBDIR set.

    After kill -9, Scrapy's disk queue can be left with a truncated size header; a resumed job then fails on every
    request it pushes and ends having fetched almost nothing (seen in tests/test_scheduled_runs.py). Resuming is the
    store's job instead: list pages are re-read and reports already stored are not fetched again.
    """

    def _dqdir(self, jobdir: str | None) -> str | None:
        return None
