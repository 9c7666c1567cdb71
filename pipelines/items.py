"""The values that flow through the crawl: the raw page the spider collects and the report the stages refine.

Every class is frozen: a stage returns a new value (`dataclasses.replace`) and never edits the one it was given.
The field docstrings are the documentation of the JSON lines (see `report.schema.json` beside this file).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

import orjson


def json_line(value: dict) -> bytes:
    """One line of JSON, UTF-8 with real characters (no \\u escapes), no newline: how the store and the JSON lines
    feed write a report. orjson takes a third of json.dumps's time on a 17 KB report, in the crawl's one thread."""
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS)


@dataclass(frozen=True)
class FetchedFile:
    """A report file (PDF, Word, spreadsheet …) a report page links, as the server sent it."""

    url: str
    """The file URL after redirects."""
    body: bytes
    """The file's bytes."""
    etag: str | None = None
    """The ETag header the file came with, for a conditional request next run."""
    last_modified: str | None = None
    """The Last-Modified header the file came with."""


@dataclass(frozen=True)
class RawPage:
    """A fetched report page, exactly as the server sent it; the spider's only output for a downloaded page."""

    portal: str
    """Registry id of the portal the page was found on."""
    url: str
    """The page URL after redirects."""
    body: bytes
    """The undecoded response body."""
    content_type: str | None
    """The Content-Type header, which may lie about the charset."""
    fetched_at: str
    """ISO 8601 UTC timestamp of the fetch."""
    list_title: str | None = None
    """The link text or title the report was found under on the list page."""
    encoding_hint: str | None = None
    """The registry's encoding override for this portal."""
    content_selector: str | None = None
    """The registry's content-container CSS selector for this portal."""
    region: str | None = None
    """The portal's region from the registry: evidence for repairing place names that spam replaced."""
    etag: str | None = None
    """The ETag header, kept for conditional requests in later runs."""
    last_modified: str | None = None
    """The Last-Modified header, kept for conditional requests in later runs."""
    redirected_from: str | None = None
    """The URL the list linked, when the server redirected it here."""
    files: tuple[FetchedFile, ...] = ()
    """The report files the page links, fetched with it (the extraction reads them)."""


@dataclass(frozen=True)
class UnchangedPage:
    """A report page found again and known unchanged (HTTP 304, or seen recently on a server without validators);
    the store answers it with the report it holds."""

    portal: str
    """Registry id of the portal the page was found on."""
    url: str
    """The page URL."""
    fetched_at: str
    """ISO 8601 UTC timestamp of the check."""


@dataclass(frozen=True)
class Report:
    """One annual report: the JSON line users build panel data from (see SCHEMA.md)."""

    url: str
    """The page the report was read from (after redirects)."""
    portal: str
    """Registry id of the portal it was found on."""
    title: str | None
    """The report's own title, chrome and spam removed (simplified characters)."""
    year: int | None = None
    """The year the report covers (not the year it was published)."""
    published: str | None = None
    """Publication date, ISO YYYY-MM-DD."""
    publisher: str | None = None
    """The body that issued the report."""
    region: str | None = None
    """Administrative area, full name."""
    region_code: str | None = None
    """6-digit GB/T 2260 code of the region."""
    level: str | None = None
    """province, city, county, department or central."""
    index_no: str | None = None
    """索引号, when the page shows one."""
    lang: str | None = None
    """zh-Hans or zh-Hant as published."""
    text: str = ""
    """Cleaned report text, paragraphs separated by newlines, tables as `| cell | cell |` rows."""
    sections: list = field(default_factory=list)
    """[{"heading", "text"}] in report order."""
    tables: list = field(default_factory=list)
    """Every data table with merged cells expanded: [{"caption", "rows"}]."""
    template: str | None = None
    """2021, 2019 or free."""
    source: str | None = None
    """Where the text and tables came from: page (the HTML page) or attachment (a report file)."""
    stats: dict = field(default_factory=dict)
    """Statistics keyed as in SCHEMA.md."""
    checks: list = field(default_factory=list)
    """Integrity rules that failed: [{"rule", "expected", "found"}]."""
    spam: list = field(default_factory=list)
    """Injected spans removed or repaired: [{"found", "replaced_by", "kind", "fields"}], each change once."""
    attachments: list = field(default_factory=list)
    """Linked report files: [{"url", "type", "sha256", "pages", "text_chars", "image_only", "ocr", "error",
    "http_cache"}]; `http_cache` holds the file's validators when it was fetched."""
    page_meta: dict = field(default_factory=dict)
    """The metadata block the page shows (发布日期, 发布机构, 来源, 索引号 …), label → value, spam removed."""
    sha256: str | None = None
    """SHA-256 of `text`, for change detection."""
    fetched_at: str | None = None
    """ISO timestamp of the fetch (UTC)."""
    http_cache: dict = field(default_factory=dict)
    """The page's validators ({"etag", "last_modified"}) that later runs send in conditional requests."""
    change: str | None = None
    """What this run found in the store: new, changed or unchanged (null before the store stage)."""

    def as_fields(self) -> dict:
        """The fields by name, in schema order, as they are: plain JSON values already (ItemAdapter.asdict would
        copy every table cell)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict) -> Report:
        """A report from its JSON form, as the store keeps it; keys of older or newer versions are ignored."""
        names = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in names})
