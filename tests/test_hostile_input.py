"""Hostile input: one real crawl against portals that misbehave as government servers and pages do
(tests/faulty_portals.py). Each test reads one portal's items, run-report counters and failed URLs, and the
server's own log of what was and was not requested."""

from __future__ import annotations

import json
import os

import pytest

from pipelines.html import parse_html
from tests.conftest import assert_valid_report, crawl
from tests.faulty_portals import OFFLINE_GUARD, REAL_TABLE_CELL, REAL_TAIL, report_title, start

pytestmark = pytest.mark.slow  # one real crawl in a subprocess against a server started here


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    server = start()
    folder = tmp_path_factory.mktemp("faults")
    registry = server.registry(folder / "faulty.toml")
    network_log = folder / "network.log"
    network_log.touch()
    env = {
        "GONGKAI_DOWNLOAD_TIMEOUT": "2",  # the dripping body must time out within the test
        "GONGKAI_MAX_FAILURE_RATIO": "1",  # failures here are the point; the exit code is tested elsewhere
        "GONGKAI_NETWORK_LOG": str(network_log),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(OFFLINE_GUARD), os.environ.get("PYTHONPATH")])),
    }
    result = crawl(folder, "-a", f"portals_file={registry}", "-O", str(folder / "items.jsonl"), env=env)
    (report_path,) = (folder / "output").glob("run-*.json")
    items = [json.loads(line) for line in (folder / "items.jsonl").read_text("utf-8").splitlines()]
    yield {
        "server": server,
        "result": result,
        "items": {item["portal"]: item for item in items},
        "all_items": items,
        "report": json.loads(report_path.read_text("utf-8")),
        "network": network_log.read_text("utf-8"),
    }
    server.shutdown()


def portal(run, name: str) -> dict:
    return run["report"]["portals"][name]


def failed_with(run, name: str, reason: str, path: str) -> None:
    """The portal's one page failed with `reason`, named by the URL its list linked, and no item was emitted."""
    (failure,) = portal(run, name)["failed_urls"]
    assert failure == {"url": run["server"].origin + path, "reason": reason, "title": report_title(name)}
    assert name not in run["items"]


def test_the_crawl_finishes_and_every_item_is_valid(run):
    assert run["result"].returncode == 0, run["result"].stderr[-3000:]
    for item in run["all_items"]:
        assert_valid_report(item)
    assert "Traceback" not in run["result"].stderr


def test_a_redirect_off_the_portal_is_never_followed(run):
    failed_with(run, "redirect_offsite", "offsite_redirect", "/redirect_offsite/r.htm")
    assert run["server"].requested("localhost") == []  # not its robots.txt, not its page


def test_a_stray_html_end_tag_loses_nothing_in_report_or_list(run):
    item = run["items"]["stray_html"]
    assert REAL_TAIL in item["text"] and REAL_TABLE_CELL in item["text"]
    assert item["template"] == "2021" and len(item["tables"]) >= 3


def test_unclosed_tags_lose_no_text(run):
    item = run["items"]["unclosed_tags"]
    assert REAL_TAIL in item["text"] and item["template"] == "2021"
    assert item["stats"]["requests.new.total"] == 218


def test_a_30_mb_pasted_image_does_not_cut_the_page(run):
    item = run["items"]["big_image"]
    assert REAL_TAIL in item["text"] and item["template"] == "2021"
    assert item["stats"]["requests.new.total"] == 218 and "iVBORw0KGgo" not in item["text"]


def test_a_page_over_the_size_limit_is_failed_not_read_in_part(run):
    failed_with(run, "too_large", "too_large", "/too_large/r.htm")


def test_bytes_that_are_not_text_are_failed(run):
    failed_with(run, "not_text", "not_text", "/not_text/r.htm")


def test_a_redirect_loop_is_counted_with_its_url(run):
    failed_with(run, "redirect_loop", "redirect_loop", "/redirect_loop/a.htm")


def test_a_dripping_body_times_out_and_is_counted(run):
    failed_with(run, "drip", "DownloadTimeoutError", "/drip/r.htm")


def test_a_gzip_bomb_is_failed_as_too_large(run):
    failed_with(run, "gzip_bomb", "too_large", "/gzip_bomb/r.htm")


def test_html_sent_as_octet_stream_is_read_as_a_page(run):
    assert REAL_TAIL in run["items"]["octet_stream"]["text"]


def test_a_200_page_that_says_it_does_not_exist_is_failed(run):
    failed_with(run, "soft_404", "not_found_page", "/soft_404/r.htm")


def test_a_challenge_sent_with_status_200_is_retried_then_failed(run):
    failed_with(run, "challenge_200", "challenge", "/challenge_200/r.htm")
    assert len(run["server"].requested("127.0.0.1/challenge_200/r.htm")) == 3  # CHALLENGE_RETRIES = 2


def test_endless_pagination_stops_at_the_page_budget(run):
    counts = portal(run, "endless_pages")
    assert counts["list_pages"] == 5 and counts["failed"] == {}
    assert len(run["server"].requested("127.0.0.1/endless_pages/index")) == 5


def test_a_report_that_redirects_to_the_home_page_is_failed(run):
    failed_with(run, "home_redirect", "redirected_away", "/home_redirect/r.htm")


def test_resets_and_short_bodies_are_retried_and_failed_never_partial(run):
    assert portal(run, "reset")["failed"] and "reset" not in run["items"]
    assert portal(run, "short_body")["failed"] and "short_body" not in run["items"]
    assert len(run["server"].requested("127.0.0.1/reset/r.htm")) == 4  # RETRY_TIMES = 3


def test_a_lying_charset_is_decoded_from_the_bytes(run):
    assert REAL_TAIL in run["items"]["lying_charset"]["text"]


def test_duplicate_links_fetch_the_report_once(run):
    assert run["items"]["duplicate_links"]["url"].endswith("/duplicate_links/r.htm")
    assert len(run["server"].requested("127.0.0.1/duplicate_links/r.htm")) == 1


def test_the_crawler_contacts_no_other_machine(run):
    assert run["network"] == ""


def test_inline_data_in_any_of_the_three_attributes_is_kept_as_an_empty_uri():
    image = "data:image/png;base64," + "iVBORw0KGgo" * 1000
    markup = (
        f'<html><body><img src="{image}"><a href="{image}">图</a><img data-src="{image}" src="/a.png">'
        '<a href="/data:x">链接</a><img src=" data:x"></body></html>'
    )
    document = parse_html(markup)
    assert [(e.tag, dict(e.attrib)) for e in document.iter("img", "a")] == [
        ("img", {"src": "data:,"}),
        ("a", {"href": "data:,"}),
        ("img", {"data-src": "data:,", "src": "/a.png"}),
        ("a", {"href": "/data:x"}),
        ("img", {"src": " data:x"}),
    ]
