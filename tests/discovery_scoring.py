"""Columns found / expected: discovery walked offline over the demo portals (their pages answered from memory, as
the spider would fetch them) and over the saved real pages. Printed by scripts/discovery_eval.py."""

from __future__ import annotations

from urllib.parse import urlsplit

from crawler.demo.site import DemoSite
from crawler.portals import parse_registry
from pipelines.discovery import Discovery, read_navigation
from pipelines.encoding import decode_html
from tests.conftest import saved_page

ORIGIN, OFFSITE = "http://127.0.0.1:8000", "http://localhost:8000"

# Saved real pages (tests/fixtures/discovery/) → the annual-report columns they link, read by hand.
REAL_PAGES = {
    "hd_zfxxgk_index.html": ["http://hdzfxxgk.hd.gov.cn/zfxxgknb/"],
    "yichun_index.shtml": [],  # a home page: no column, but 信息公开 and 政务公开 to look in
    "meijiang_yjx.php": ["http://zwgk.meijiang.gov.cn/zfgzbg"],
}


def walk(discovery: Discovery, site: DemoSite) -> tuple[list[str], list[str]]:
    """Run discovery to its end over the demo site; the columns it found and the pages it read."""
    pending, read = [discovery.start()], []
    while pending:
        visit = pending.pop(0)
        page = site.respond(urlsplit(visit.url).path)
        read.append(visit.url)
        if page.status != 200:
            continue
        markup, _encoding = decode_html(page.body, page.content_type)
        step = discovery.read(visit.url, visit.depth, read_navigation(markup, visit.url))
        pending += sorted(step.visits, key=lambda next_visit: -next_visit.score)
    return discovery.columns, read


def demo_columns() -> dict[str, tuple[list[str], list[str], list[str]]]:
    """Per demo portal: (columns found from its home page, its real columns, pages read)."""
    site = DemoSite(ORIGIN, OFFSITE)
    expected = {portal.id: list(portal.start_urls) for portal in parse_registry(site.registry_toml())}
    results = {}
    for portal in parse_registry(site.registry_toml(home_only=True)):
        found, read = walk(Discovery(portal.home, portal.allows), site)
        results[portal.id] = (found, expected[portal.id], read)
    return results


def real_page_columns() -> dict[str, tuple[list[str], list[str]]]:
    """Per saved real page: (columns read_navigation finds on it, the columns it links)."""
    results = {}
    for name, expected in REAL_PAGES.items():
        page = saved_page("discovery", name)
        markup, _encoding = decode_html(page.body, page.content_type)
        results[name] = ([column.url for column in read_navigation(markup, page.url).columns], expected)
    return results
