"""The failure every stage raises for input that costs only itself: counted in the run report by its reason."""

from __future__ import annotations


class CountedFailure(ValueError):
    """Input that cannot be used; `reason` is the run report's short name for why, the message the detail."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(reason, detail)  # both in args: the error crosses from a worker process by pickle
        self.reason, self.detail = reason, detail

    def __str__(self) -> str:
        return self.detail
