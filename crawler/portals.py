"""Load and validate the portal registry (portals.toml) into frozen dataclasses."""

from __future__ import annotations

import codecs
import difflib
import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from urllib.parse import urlsplit

from cssselect import SelectorError
from parsel import css2xpath

from pipelines.markers import PORTAL_ID

DEFAULT_REGISTRY = Path(__file__).with_name("portals.toml")
PAGINATION_MODES = ("auto", "none")


class StartError(ValueError):
    """A crawl that must not start (bad registry, bad setting); the message says what to change."""


class RegistryError(StartError):
    """A registry file or one of its entries is unusable; the message names the file, entry and key."""


@dataclass(frozen=True)
class Portal:
    """One government portal: where its annual-report column starts (or its home page, from which the spider finds
    the column) and what differs from the defaults."""

    id: str
    name: str
    region: str
    start_urls: tuple[str, ...]
    home: str | None = None
    domains: tuple[str, ...] = ()
    link_pattern: str | None = None
    content_selector: str | None = None
    pagination: str = "auto"
    list_api: str | None = None
    max_list_pages: int = 50
    encoding: str | None = None
    notes: str = ""
    link_regex: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    def allows(self, url: str) -> bool:
        """True when `url` is on one of the portal's domains (or a subdomain of one)."""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == domain or host.endswith("." + domain) for domain in self.domains)


REQUIRED_KEYS = ("id", "name", "region")
KNOWN_KEYS = {f.name for f in fields(Portal)} - {"link_regex"}


def _fail(source: str, entry: str, key: str, problem: str) -> RegistryError:
    return RegistryError(f"{source}: portal {entry!r}: key {key!r}: {problem}")


def _string(source: str, entry: str, raw: dict, key: str) -> str | None:
    value = raw.get(key)
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise _fail(source, entry, key, f"must be a non-empty string, got {value!r}")
    return value


def _http_url(source: str, entry: str, key: str, url: object) -> str:
    if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
        raise _fail(source, entry, key, f"not an http(s) URL: {url!r}")
    return url


def _portal_from_table(source: str, index: int, raw: dict) -> Portal:
    entry = raw.get("id") if isinstance(raw.get("id"), str) else f"#{index + 1}"
    unknown = sorted(set(raw) - KNOWN_KEYS)
    if unknown:
        close = difflib.get_close_matches(unknown[0], KNOWN_KEYS, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(sorted(KNOWN_KEYS))}"
        raise _fail(source, entry, unknown[0], f"unknown key ({hint})")
    for key in REQUIRED_KEYS:
        if key not in raw:
            raise _fail(source, entry, key, "missing")
    portal_id, name, region = (_string(source, entry, raw, key) for key in ("id", "name", "region"))
    if not PORTAL_ID.match(portal_id):
        raise _fail(source, entry, "id", "must be snake_case pinyin such as 'hunan_yongzhou'")

    home = raw.get("home")
    if home is not None:
        _http_url(source, entry, "home", home)
    if "start_urls" not in raw and home is None:
        raise _fail(source, entry, "start_urls", "missing (give the annual-report column, or the portal's home)")
    start_urls = raw.get("start_urls", [])
    if not isinstance(start_urls, list) or (not start_urls and home is None):
        raise _fail(source, entry, "start_urls", "must be a non-empty list of URLs")
    start_urls = tuple(_http_url(source, entry, "start_urls", url) for url in start_urls)

    # The home's site without www.: its 政府信息公开 section often lives on a sibling host (xxgk.…, zwgk.…).
    home_site = [urlsplit(home).hostname.lower().removeprefix("www.")] if home else []
    domains = raw.get("domains") or sorted({urlsplit(url).hostname.lower() for url in start_urls} | set(home_site))
    if not isinstance(domains, list) or not all(isinstance(d, str) and d for d in domains):
        raise _fail(source, entry, "domains", f"must be a list of host names, got {domains!r}")

    link_pattern = _string(source, entry, raw, "link_pattern")
    try:
        link_regex = re.compile(link_pattern) if link_pattern else None
    except re.error as error:
        raise _fail(source, entry, "link_pattern", f"bad regular expression {link_pattern!r}: {error}") from error

    content_selector = _string(source, entry, raw, "content_selector")
    if content_selector:
        try:
            css2xpath(content_selector)  # the translation extraction uses
        except SelectorError as error:
            raise _fail(source, entry, "content_selector", f"bad CSS selector {content_selector!r}: {error}") from error

    pagination = raw.get("pagination", "auto")
    if pagination not in PAGINATION_MODES:
        raise _fail(source, entry, "pagination", f"must be one of {PAGINATION_MODES}, got {pagination!r}")

    list_api = _string(source, entry, raw, "list_api")
    if list_api:
        _http_url(source, entry, "list_api", list_api)
        if "{page}" not in list_api:
            raise _fail(source, entry, "list_api", "must contain the placeholder {page}")

    max_list_pages = raw.get("max_list_pages", 50)
    if not isinstance(max_list_pages, int) or isinstance(max_list_pages, bool) or max_list_pages < 1:
        raise _fail(source, entry, "max_list_pages", f"must be a positive integer, got {max_list_pages!r}")

    encoding = _string(source, entry, raw, "encoding")
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError as error:
            raise _fail(source, entry, "encoding", f"unknown encoding {encoding!r}") from error

    notes = raw.get("notes", "")
    if not isinstance(notes, str):
        raise _fail(source, entry, "notes", f"must be a string, got {notes!r}")

    return Portal(
        id=portal_id,
        name=name,
        region=region,
        start_urls=start_urls,
        home=home,
        domains=tuple(d.lower() for d in domains),
        link_pattern=link_pattern,
        content_selector=content_selector,
        pagination=pagination,
        list_api=list_api,
        max_list_pages=max_list_pages,
        encoding=encoding,
        notes=notes,
        link_regex=link_regex,
    )


def parse_registry(text: str, source: str = "<registry>") -> tuple[Portal, ...]:
    """Parse registry TOML text; raise RegistryError naming the entry and key on the first problem."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RegistryError(f"{source}: not valid TOML: {error}") from error
    extra = sorted(set(document) - {"portal"})
    if extra:
        raise RegistryError(f"{source}: unknown top-level key {extra[0]!r}; entries go in [[portal]] tables")
    tables = document.get("portal")
    if not isinstance(tables, list) or not tables:
        raise RegistryError(f"{source}: no [[portal]] entries")
    portals = tuple(_portal_from_table(source, index, raw) for index, raw in enumerate(tables))
    seen: set[str] = set()
    for portal in portals:
        if portal.id in seen:
            raise _fail(source, portal.id, "id", "duplicate id")
        seen.add(portal.id)
    return portals


def load_registry(path: str | Path = DEFAULT_REGISTRY) -> tuple[Portal, ...]:
    """Read and validate a registry file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise RegistryError(f"{path}: cannot read registry: {error.strerror}") from error
    return parse_registry(text, source=str(path))


def select_portals(portals: tuple[Portal, ...], wanted: str | None) -> tuple[Portal, ...]:
    """Keep the portals named in a comma-separated id list (all when `wanted` is empty)."""
    if not wanted:
        return portals
    ids = [part.strip() for part in wanted.split(",") if part.strip()]
    by_id = {portal.id: portal for portal in portals}
    unknown = [portal_id for portal_id in ids if portal_id not in by_id]
    if unknown:
        raise RegistryError(f"unknown portal id(s) {', '.join(unknown)}; known: {', '.join(sorted(by_id))}")
    return tuple(by_id[portal_id] for portal_id in ids)
