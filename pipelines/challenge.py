"""Recognise WAF JavaScript challenge pages (安全狗, 瑞数, 加速乐 …) served instead of the page asked for."""

from __future__ import annotations

import re

from pipelines import markers


def challenge_marker(status: int, body: bytes) -> str | None:
    """Why a response is a challenge page ("status 521", "marker __jsl_clearance"), or None for a real page."""
    if status in markers.CHALLENGE_STATUSES:
        return f"status {status}"
    if status != 200 or len(body) > markers.CHALLENGE_MAX_BYTES:
        return None
    head = body.decode("utf-8", errors="ignore")
    # A challenge is a script with hardly any text; a small page that merely names a WAF product is content.
    visible = re.sub(r"<script.*?</script>|<[^>]+>|\s", "", head, flags=re.S | re.I)
    if "<script" not in head.lower() or len(visible) > markers.CHALLENGE_MAX_TEXT:
        return None
    if match := markers.CHALLENGE_MARKERS.search(head):
        return f"marker {match.group(0)}"
    if (match := markers.CHALLENGE_HINTS.search(head)) and "document.cookie" in head:
        return f"marker {match.group(0)} with a cookie script"
    return None
