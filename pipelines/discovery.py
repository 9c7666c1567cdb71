"""Column discovery: from a portal's home page through 政府信息公开 to its annual-report column(s)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from lxml import html as lxml_html

from pipelines import markers
from pipelines.html import UnparseableHtml, parse_html
from pipelines.listing import visible_links
from pipelines.text import clean_space, to_simplified

# Scores: a link's name says more than its URL; the URL adds where the platform's usual path confirms the name.
FULL_NAME, BARE_NAME, USUAL_PATH, COLUMN_PAGE = 3, 2, 2, 1
# The fewest points a column needs: its full or bare name, or a platform's usual path alone (an image link).
COLUMN_THRESHOLD = 2


@dataclass(frozen=True)
class Candidate:
    """A link that may lead to the annual-report column: its URL, its text and how strongly it says so."""

    url: str
    text: str
    score: int


@dataclass(frozen=True)
class Navigation:
    """What one page offers for discovery: annual-report columns, and 政府信息公开 sections to look in (best first)."""

    columns: tuple[Candidate, ...] = ()
    gateways: tuple[Candidate, ...] = ()


def link_text(anchor: lxml_html.HtmlElement) -> str:
    """What a link says, in simplified characters: its text, else its title, else its image's alt text."""
    for text in (anchor.text_content(), anchor.get("title") or "", *anchor.xpath(".//img/@alt")):
        if cleaned := clean_space(text).replace(" ", ""):
            return to_simplified(cleaned)
    return ""


def column_score(text: str, url: str) -> int:
    """How strongly a link names the annual-report column (0: not at all)."""
    path = urlsplit(url).path + ("?" + urlsplit(url).query if urlsplit(url).query else "")
    if markers.DETAIL_HREF.search(url):  # a report or notice inside a column, not the column
        return 0
    usual_path = USUAL_PATH if markers.DISCOVERY_COLUMN_HREF.search(path) else 0
    name = markers.DISCOVERY_COLUMN_NAME.match(text)
    if not name:
        # Only the platform's path speaks for a link whose text names nothing (an image, 更多); another name refuses.
        return usual_path if not text or text in markers.MORE_TEXTS else 0
    named = FULL_NAME if name.group("full") else BARE_NAME
    return named + usual_path + (COLUMN_PAGE if markers.DISCOVERY_COLUMN_PAGE_HREF.search(path) else 0)


def gateway_score(text: str, url: str) -> int:
    """How strongly a link names the 政府信息公开 section that holds the column (0: not at all)."""
    if markers.DETAIL_HREF.search(url):
        return 0
    name = markers.DISCOVERY_GATEWAY_NAME.match(text)
    if name:
        exact = not name.group("prefix") and not name.group("suffix")
        score = 3 if exact and name.group("core") != "政务公开" else 2 if exact else 1
    elif markers.GKMLPT_HREF.search(url):  # the gkmlpt catalogue, whatever its link says
        score = 1
    else:
        return 0
    return score + (1 if markers.DISCOVERY_GATEWAY_HREF.search(urlsplit(url).path) else 0)


def platform_columns(url: str) -> list[str]:
    """Columns a platform keeps at a fixed path: a gkmlpt catalogue's annual-report column."""
    match = markers.GKMLPT_HREF.match(url)
    return [match.group("site") + markers.GKMLPT_ANNUAL_REPORT] if match else []


def read_navigation(markup: str, page_url: str) -> Navigation:
    """The annual-report columns a page links and the 政府信息公开 sections to look in next, best first."""
    try:
        document = parse_html(markup)
    except UnparseableHtml:
        return Navigation()
    columns: dict[str, Candidate] = {}
    gateways: dict[str, Candidate] = {}

    def keep(found: dict[str, Candidate], candidate: Candidate) -> None:
        key = page_key(candidate.url)
        if key not in found or found[key].score < candidate.score:
            found[key] = candidate

    for anchor, url in visible_links(document, page_url):
        text = link_text(anchor)
        if (score := column_score(text, url)) >= COLUMN_THRESHOLD:
            keep(columns, Candidate(url, text, score))
        elif score := gateway_score(text, url):
            keep(gateways, Candidate(url, text, score))
        for guessed in platform_columns(url):
            keep(columns, Candidate(guessed, "", USUAL_PATH))
    gateways = {key: gateway for key, gateway in gateways.items() if key not in columns}
    return Navigation(columns=_best_first(columns), gateways=_best_first(gateways))


def _best_first(found: dict[str, Candidate]) -> tuple[Candidate, ...]:
    return tuple(sorted(found.values(), key=lambda candidate: -candidate.score))


def page_key(url: str) -> str:
    """One name per page: without fragment, and a folder and its index page named alike (…/zwgk/ = …/zwgk/index.htm)."""
    parts = urlsplit(url)
    path = parts.path or "/"
    folder, _slash, name = path.rpartition("/")
    if name.lower().split(".", 1)[0] in ("index", "default") and "." in name:
        path = folder + "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


@dataclass(frozen=True)
class Visit:
    """A page discovery asks for: its URL, how many links from the home page it is, how promising it is."""

    url: str
    depth: int
    score: int = 0


@dataclass(frozen=True)
class Step:
    """What discovery does after reading one page: the columns it found there (new ones) and the pages to read next."""

    columns: tuple[str, ...] = ()
    visits: tuple[Visit, ...] = ()


@dataclass
class Discovery:
    """One portal's search for its annual-report column(s), within a page budget and a depth limit, on its domains.

    Each page is asked for once; from each page the few best 政府信息公开 sections are followed; once a column is
    found no new section is entered (the pages already asked for are still read, and may name more columns)."""

    home: str
    allows: Callable[[str], bool]
    max_pages: int = 12
    max_depth: int = 3
    sections_per_page: int = 3
    columns: list[str] = field(default_factory=list)
    pages_asked: int = 0
    pages_read: int = 0
    _asked: set[str] = field(default_factory=set)  # pages and columns, by page_key

    def start(self) -> Visit:
        """The first page: the home page."""
        self._asked.add(page_key(self.home))
        self.pages_asked = 1
        return Visit(self.home, 0)

    def read(self, page_url: str, depth: int, navigation: Navigation) -> Step:
        """Take what the page at `page_url` (after redirects), `depth` links from home, offers: new columns on the
        portal's domains, and the sections to read next."""
        self.pages_read += 1
        self._asked.add(page_key(page_url))
        found = []
        for column in navigation.columns:
            key = page_key(column.url)
            if self.allows(column.url) and key not in self._asked:
                self._asked.add(key)
                found.append(column.url)
        self.columns += found
        if self.columns or depth + 1 >= self.max_depth:
            return Step(columns=tuple(found))
        visits = []
        for gateway in navigation.gateways:
            if len(visits) == self.sections_per_page or self.pages_asked >= self.max_pages:
                break
            key = page_key(gateway.url)
            if self.allows(gateway.url) and key not in self._asked:
                self._asked.add(key)
                self.pages_asked += 1
                visits.append(Visit(gateway.url, depth + 1, gateway.score))
        return Step(columns=tuple(found), visits=tuple(visits))
