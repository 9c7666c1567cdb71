"""Request de-duplication within one run only."""

from __future__ import annotations

from scrapy.dupefilters import RFPDupeFilter


class RunDupeFilter(RFPDupeFilter):
    """Each request once per run, never written to JOBDIR.

    A job killed with kill -9 leaves the seen-requests file with requests whose results were never stored; trusting it
    on resume would lose those reports. Across runs the store decides what to fetch again.
    """

    def __init__(self, path: str | None = None, debug: bool = False, **kwargs) -> None:
        super().__init__(None, debug, **kwargs)
