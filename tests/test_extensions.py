"""The crawl's extensions, on a crawler with the project's settings."""

from __future__ import annotations

import gc

from scrapy import signals

from crawler.extensions import FrozenStartup
from tests.conftest import project_crawler


def test_what_start_up_built_leaves_the_collectors_generations_when_the_spider_opens():
    crawler = project_crawler()
    FrozenStartup.from_crawler(crawler)
    gc.unfreeze()
    try:
        assert gc.get_freeze_count() == 0
        crawler.signals.send_catch_log(signals.spider_opened)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
