"""Scrapy settings for gongkai; every non-default value says why. Environment variables override a few."""

import os

from pipelines.markers import MAX_PAGE_BYTES

# Offline means offline: Scrapy's cookie handling (tldextract) would download the public suffix list on first use;
# an empty URL list makes it use the copy bundled with the package. Set before Scrapy imports its middlewares.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

BOT_NAME = "gongkai"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Identify ourselves honestly; operators add a contact through the environment.
USER_AGENT = os.getenv(
    "GONGKAI_USER_AGENT", "gongkai/0.1 (research crawler for government information-disclosure annual reports)"
)
# Government sites publish robots.txt and expect it to be honoured.
ROBOTSTXT_OBEY = True

# Small county servers fall over under load: few parallel requests per site, adapted to its latency.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = int(os.getenv("GONGKAI_PER_DOMAIN", "4"))
DOWNLOAD_DELAY = float(os.getenv("GONGKAI_DOWNLOAD_DELAY", "0.5"))
AUTOTHROTTLE_ENABLED = True
# Start gently (the default 5 s makes a crawl of hundreds of portals take days) and let latency steer.
AUTOTHROTTLE_START_DELAY = float(os.getenv("GONGKAI_AUTOTHROTTLE_START_DELAY", "1.0"))
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
# Government servers are slow and flaky: one more retry than the default, and a shorter timeout than 180 s.
RETRY_TIMES = 3
DOWNLOAD_TIMEOUT = float(os.getenv("GONGKAI_DOWNLOAD_TIMEOUT", "60"))
# A report page with a pasted image can be 30 MB; a body over this limit (compressed or not) is not a page.
DOWNLOAD_MAXSIZE = MAX_PAGE_BYTES
DOWNLOAD_WARNSIZE = MAX_PAGE_BYTES // 4

# The stages are CPU-bound; spread them over worker processes so the crawl uses every core (1 = in-process).
EXTRACT_WORKERS = int(os.getenv("GONGKAI_EXTRACT_WORKERS", str(os.cpu_count() or 1)))

ITEM_PIPELINES = {
    # RawPage → Report in the worker processes: extract, clean spam, parse, validate (pipelines/chain.py); one
    # round trip per page, so the crawl's own process (one core) only fetches, counts and stores.
    "crawler.pipelines.ChainPipeline": 100,
    "crawler.pipelines.StorePipeline": 800,  # embedded store; after everything that changes the item
}
# A callback yields one item (a report page) or only requests (a list page), yet Scrapy starts CONCURRENT_ITEMS
# tasks for each callback's output, however little it holds: 100 tasks per page were 13 % of the crawl's own CPU.
CONCURRENT_ITEMS = 1
# Scrapy re-reads a callback's source (inspect.getsource, then ast.parse: ~2 ms) whenever its weak cache has lost
# the bound method, only to warn about `return value` in a generator callback: a coding slip, not a crawl's concern.
WARN_ON_GENERATOR_RETURN_VALUE = False
# Counts per portal as data for the run report (crawler/stats.py), beside Scrapy's own stats.
STATS_CLASS = "crawler.stats.PortalStats"
DOWNLOADER_MIDDLEWARES = {
    # Before robots.txt (100): a redirect off the portal's domains must not even fetch the other host's robots.txt.
    "crawler.middlewares.PortalDomainsMiddleware": 50,
    # Sees responses after decompression (590) and before RetryMiddleware (550) so it can retry challenges itself.
    "crawler.middlewares.ChallengeMiddleware": 560,
    # After robots.txt (100) so disallowed pages are never considered; before the download itself.
    "crawler.middlewares.IncrementalMiddleware": 580,
    # Scrapy's meta refresh redirects without decoding every page whole, at Scrapy's place for them.
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawler.middlewares.HeadMetaRefreshMiddleware": 580,
}
# WAF challenge pages are retried this often (with the cookies they set) before the page counts as failed.
CHALLENGE_RETRIES = 2
# The run report and progress lines; FrozenStartup keeps start-up's objects out of every full garbage collection.
EXTENSIONS = {
    "crawler.extensions.RunReport": 500,
    "crawler.extensions.Progress": 510,
    "crawler.extensions.FrozenStartup": 520,
}
# A progress line this often while crawling (and a progress bar on a terminal); 0 turns it off.
PROGRESS_INTERVAL = float(os.getenv("GONGKAI_PROGRESS_INTERVAL", "30"))
# Our crawl command refuses a bad start (exit 2: bad registry, or JOBDIR, whose files a kill -9 leaves ahead of
# the store; resuming is the store's job) and exits with the run report's code (3 when a portal broke).
COMMANDS_MODULE = "crawler.commands"

# The store: a SQLite file (one crawl process), or a postgresql:// URL that many workers share (the same tables).
# Reports are keyed by canonical URL; a changed text adds a version.
STORE_PATH = os.getenv("GONGKAI_STORE", "output/gongkai.sqlite")
# Which items reach the JSON lines feed: "changed" (new and changed reports only) or "all" (unchanged ones too,
# read back from the store). Scheduled runs want "changed"; a full snapshot wants "all".
FEED_ITEMS = os.getenv("GONGKAI_FEED_ITEMS", "changed")
# Download every report page again, ignoring the store (conditional requests included).
FULL_REFRESH = os.getenv("GONGKAI_FULL_REFRESH", "") not in ("", "0", "false")
# Servers without ETag/Last-Modified cannot answer a conditional request: re-download such pages this often.
REFETCH_AFTER_DAYS = float(os.getenv("GONGKAI_REFETCH_AFTER_DAYS", "30"))
# A JSON run report per crawl goes here; the crawl exits 3 when a portal that had reports finds none, or when
# more than this share of a portal's pages failed.
RUN_REPORT_DIR = os.getenv("GONGKAI_RUN_REPORT_DIR", "output")
RUN_MAX_FAILURE_RATIO = float(os.getenv("GONGKAI_MAX_FAILURE_RATIO", "0.25"))

# JSON lines with real Chinese characters, not \u escapes.
FEED_EXPORT_ENCODING = "utf-8"
# -o reports.csv: nested fields (tables, stats, spam …) as JSON text, which Scrapy would write as Python reprs.
# JSON lines: reports written as the store writes them (crawler.feeds), in a fraction of Scrapy's exporter's time.
FEED_EXPORTERS = {
    "csv": "crawler.feeds.JsonCellsCsvItemExporter",
    **dict.fromkeys(("jsonlines", "jsonl", "jl"), "crawler.feeds.ReportJsonLinesItemExporter"),
}
# Where items go when no -o/-O is given; one file per run so scheduled runs never overwrite each other.
# Applied by the spider only when FEEDS is empty, because Scrapy merges -O into FEEDS instead of replacing it.
DEFAULT_FEED = os.getenv("GONGKAI_FEED", "output/%(name)s-%(time)s.jsonl")

# A shared run (-a run=NAME) over many workers: the redis:// URL of its portal queue (crawler/shared_run.py).
QUEUE_URL = os.getenv("GONGKAI_QUEUE", "")
# A worker that dies loses its portals to the others after this many seconds; renewed every third of it.
QUEUE_LEASE = float(os.getenv("GONGKAI_QUEUE_LEASE", "120"))
# Portals one worker crawls at once: DOWNLOAD_DELAY spaces each site's requests, so about one is in flight per
# portal, and as many portals as CONCURRENT_REQUESTS keep the downloader busy.
QUEUE_PORTALS = int(os.getenv("GONGKAI_QUEUE_PORTALS", str(CONCURRENT_REQUESTS)))
# Scrapy's scheduler that also says when a request leaves it, so a shared run knows when a portal is done.
SCHEDULER = "crawler.shared_run.PortalScheduler"

# The registry the spider reads unless -a portals_file=… names another.
PORTALS_FILE = os.getenv("GONGKAI_PORTALS_FILE", "")
# A portal registered by its home page: the annual-report column is looked for within this many pages (home and
# 政府信息公开 sections) and this many links from home (首页 → 政务公开 → 政府信息公开 → 年报 is 3).
DISCOVERY_MAX_PAGES = int(os.getenv("GONGKAI_DISCOVERY_PAGES", "12"))
DISCOVERY_MAX_DEPTH = int(os.getenv("GONGKAI_DISCOVERY_DEPTH", "3"))

LOG_LEVEL = os.getenv("GONGKAI_LOG_LEVEL", "INFO")
