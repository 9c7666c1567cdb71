"""Read list pages: which links are annual reports, and which links lead to further list pages."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from posixpath import dirname
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml import html as lxml_html

from pipelines import markers
from pipelines.html import UnparseableHtml, invisible_style, parse_html
from pipelines.text import clean_space


@dataclass(frozen=True)
class Link:
    """A link found on a list page."""

    url: str
    title: str


@dataclass(frozen=True)
class ApiCall:
    """A page of a list only the platform's API serves: GET `url`, or POST `form` to it."""

    url: str
    page: int
    form: tuple[tuple[str, str], ...] | None = None


@dataclass(frozen=True)
class ListPage:
    """What one list page (or one list API answer) says: its report links, where the rest of the list is, how many
    records the column declares, and every detail link it lists (reports or not) for the completeness check."""

    reports: tuple[Link, ...] = ()
    pages: tuple[str, ...] = ()
    api_calls: tuple[ApiCall, ...] = ()
    declared_records: int | None = None
    declared_pages: int | None = None
    records: frozenset[str] = frozenset()


def is_report_title(title: str) -> bool:
    """True when a link or page title names an annual disclosure report rather than a notice about one."""
    title = clean_space(title)
    return (
        bool(markers.REPORT_TITLE.search(title))
        and not markers.NOT_REPORT_TITLE.search(title)
        and not markers.COLUMN_TITLE.match(title)
    )


@lru_cache(maxsize=4096)  # every link of every page is asked about; chrome links repeat across pages
def document_type(url: str) -> str | None:
    """The file type when a URL points at a document (pdf, docx …) rather than a web page."""
    path = urlsplit(url).path.lower()
    extension = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else ""
    return extension if extension in markers.DOCUMENT_EXTENSIONS else None


def _parse(markup: str) -> lxml_html.HtmlElement | None:
    """Parse HTML, including the HTML held in CDATA records (Hanweb list pages and dataproxy.jsp answers)."""
    markup = markers.XML_DECLARATION.sub("", markup, count=1)
    try:
        document = parse_html(markup)
        records = markers.CDATA.findall(markup)
        if records:
            block = parse_html("\n".join(records)).find("body")
            block.tag = "div"
            document.find("body").append(block)
    except UnparseableHtml:
        return None
    return document


# A joined URL's last path segment is a whole segment of the link or of the base URL, so a document URL's suffix
# (.pdf …) is written in one of them.
DOCUMENT_SUFFIXES = tuple(f".{extension}" for extension in markers.DOCUMENT_EXTENSIONS)


def _names_document(url: str) -> bool:
    lowered = url.lower()  # as document_type compares
    return any(suffix in lowered for suffix in DOCUMENT_SUFFIXES)


def _base_url(document: lxml_html.HtmlElement, page_url: str) -> str:
    base = document.xpath("//base/@href")
    return urljoin(page_url, base[0].strip()) if base else page_url


def is_hidden(element: lxml_html.HtmlElement, known: dict | None = None) -> bool:
    """True when the element or an ancestor is hidden by inline style or the hidden attribute. `known` remembers
    the answer for every element asked about, so the links of one page climb each ancestor once."""
    known = {} if known is None else known
    climbed = []
    node, hidden = element, False
    while node is not None:
        if node in known:
            hidden = known[node]
            break
        climbed.append(node)
        if invisible_style(node.get("style") or "") or node.get("hidden") is not None:
            hidden = True
            break
        node = node.getparent()
    known.update(dict.fromkeys(climbed, hidden))
    return hidden


def visible_links(
    document: lxml_html.HtmlElement, page_url: str, documents_only: bool = False
) -> list[tuple[lxml_html.HtmlElement, str]]:
    """Every visible <a href> as (element, absolute URL without fragment); script and mail links dropped.
    documents_only: only the links that may lead to a document (document_type), the rest never resolved."""
    base = _base_url(document, page_url)
    found = []
    known: dict[lxml_html.HtmlElement, bool] = {}
    documents_only = documents_only and not _names_document(base)
    for anchor in document.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "mailto:", "#", "tel:")):
            continue
        if (documents_only and not _names_document(href)) or is_hidden(anchor, known):
            continue
        found.append((anchor, urljoin(base, href).split("#", 1)[0]))
    return found


def read_list(markup: str, page_url: str) -> ListPage:
    """Everything a list page says, from one parse: report links, further pages (static and API), declared size."""
    document = _parse(markup)
    if document is None:
        return ListPage()
    links = visible_links(document, page_url)
    return ListPage(
        reports=tuple(_report_links(links)),
        pages=tuple(_list_page_urls(markup, links, page_url)),
        api_calls=tuple(trs_search_calls(markup, page_url)),
        declared_records=declared_records(markup),
        declared_pages=_declared_pages(markup),
        records=frozenset(url for _anchor, url in links if markers.DETAIL_HREF.search(url)),
    )


def _report_links(anchors: list[tuple[lxml_html.HtmlElement, str]]) -> list[Link]:
    """Visible links whose text or title attribute names an annual report, each URL once."""
    links: dict[str, Link] = {}
    for anchor, url in anchors:
        text, title_attr = clean_space(anchor.text_content()), clean_space(anchor.get("title") or "")
        # A title attribute holds the full title where the text is cut short with an ellipsis.
        title = title_attr if is_report_title(title_attr) else text
        if is_report_title(title) and url not in links:
            links[url] = Link(url=url, title=title)
    return list(links.values())


def _same_list(candidate: str, page_url: str) -> bool:
    """True when `candidate` is another page of the list at `page_url` (same host and folder)."""
    here, there = urlsplit(page_url), urlsplit(candidate)
    return here.netloc == there.netloc and dirname(here.path) == dirname(there.path)


def create_page_html_urls(markup: str, page_url: str) -> list[str]:
    """List pages announced by TRS createPageHTML(total, current, "index", "htm") calls, either argument form."""
    urls = []
    for call in markers.CREATE_PAGE_HTML.finditer(markup):
        arguments = [part.strip().strip("\"'") for part in call.group(1).split(",")]
        numbers = [int(part) for part in arguments if part.isdigit()]
        words = [part for part in arguments if part and not part.isdigit()]
        if not numbers or len(words) < 2:
            continue
        prefix, extension = words[-2], words[-1]
        for page in range(numbers[0]):
            name = f"{prefix}.{extension}" if page == 0 else f"{prefix}_{page}.{extension}"
            urls.append(urljoin(page_url, name))
    return urls


def hanweb_dataproxy_urls(markup: str, page_url: str) -> list[str]:
    """Hanweb JCMS list pages: one dataproxy.jsp URL per page of records, from the jpage settings."""
    proxy = markers.HANWEB_DATAPROXY.search(markup)
    total = markers.HANWEB_TOTAL_RECORD.search(markup)
    per_page = markers.HANWEB_PER_PAGE.search(markup)
    if not (proxy and total and per_page) or int(per_page.group(1)) == 0:
        return []
    proxy_url = urljoin(page_url, proxy.group(1).replace("&amp;", "&"))
    parts = urlsplit(proxy_url)
    query = [(key, value) for key, value in parse_qsl(parts.query) if key not in ("page", "startrecord", "endrecord")]
    size = int(per_page.group(1))
    urls = []
    for page in range(1, math.ceil(int(total.group(1)) / size) + 1):
        paging = [("page", str(page)), ("startrecord", str((page - 1) * size + 1)), ("endrecord", str(page * size))]
        urls.append(urlunsplit(parts._replace(query=urlencode(paging + query))))
    return urls


def _list_page_urls(markup: str, anchors: list[tuple[lxml_html.HtmlElement, str]], page_url: str) -> list[str]:
    """Further static pages of the list: createPageHTML, Hanweb dataproxy, TRS trt static pages, the pages a
    共N页 pager declares, index_N, ?page=N, 下一页, and the column's own "more" page (nlist.htm)."""
    found = (
        create_page_html_urls(markup, page_url)
        + hanweb_dataproxy_urls(markup, page_url)
        + trs_static_urls(markup, page_url)
    )
    numbered = []
    for anchor, url in anchors:
        text = clean_space(anchor.text_content())
        if urlsplit(url).netloc != urlsplit(page_url).netloc:
            continue
        same_path = urlsplit(url).path == urlsplit(page_url).path
        if markers.PAGE_HREF.search(url) and _same_list(url, page_url):
            numbered.append(url)
        if (
            text in markers.NEXT_PAGE_TEXTS
            or url in numbered
            or (text.isdigit() and same_path)
            or ((text in markers.MORE_TEXTS or markers.COLUMN_TITLE.match(text)) and _same_list(url, page_url))
        ):
            found.append(url)
    found += _pager_urls(numbered, _declared_pages(markup))
    unique = dict.fromkeys(url for url in found if not _same_page(url, page_url))
    return list(unique)


def _same_page(url: str, page_url: str) -> bool:
    """True for the page itself, also when named by its folder (…/xxgknb/ for …/xxgknb/index.html)."""
    path, page_path = urlsplit(url).path, urlsplit(page_url).path
    folder_index = path.endswith("/") and page_path.startswith(path) and "/" not in page_path[len(path) :]
    return url == page_url or (folder_index and page_path.rsplit("/", 1)[-1].startswith(("index.", "default.")))


def _declared_pages(markup: str) -> int | None:
    """The page count a pager text declares (共5页, 共 5 页, 页次：1/5)."""
    match = markers.PAGER_PAGES.search(markup)
    return int(match.group(1) or match.group(2)) if match else None


def declared_records(markup: str) -> int | None:
    """How many records a list says its column holds: TRS trt recordCount, Hanweb totalRecord, 共N条."""
    for pattern in (markers.TRS_RECORD_COUNT, markers.HANWEB_TOTAL_RECORD, markers.PAGER_RECORDS):
        if match := pattern.search(markup):
            return int(match.group(1))
    return None


def _pager_urls(numbered: list[str], pages: int | None) -> list[str]:
    """Every page 2…N a 共N页 pager declares, made from the numbered page links it shows (index_1.htm, ?page=2),
    so pages the pager hides behind "…" are not missed."""
    if not pages or not numbered:
        return []
    example = numbered[0]
    match = markers.PAGE_NUMBER.search(example)
    if not match:
        return []
    group = 1 if match.group(1) else 2
    # index_1.htm is the second page (index.htm the first); ?page=2 is the second page.
    numbers = range(1, pages) if group == 1 else range(2, pages + 1)
    return [example[: match.start(group)] + str(number) + example[match.end(group) :] for number in numbers]


def trs_static_urls(markup: str, page_url: str) -> list[str]:
    """The static pages of a TRS "trt" list built by list2.trsapi (动静结合): index.htm … up to maxStaticIndex."""
    static = markers.TRS_MAX_STATIC_INDEX.search(markup)
    if not static or "list2.trsapi" not in markup:
        return []
    return [urljoin(page_url, "index.htm" if n == 0 else f"index_{n}.htm") for n in range(int(static.group(1)))]


def trs_search_calls(markup: str, page_url: str) -> list[ApiCall]:
    """The pages of a TRS "trt" list beyond its static ones, as list2.trsapi asks the platform's search service:
    POST channelid, classsql, sortfield, page and prepage (listArgs and pagebar of the page's listModel call)."""
    if "list2.trsapi" not in markup:
        return []
    found = {name: pattern.search(markup) for name, pattern in markers.TRS_LIST_ARGS.items()}
    static, total = markers.TRS_MAX_STATIC_INDEX.search(markup), markers.TRS_RECORD_COUNT.search(markup)
    if not (static and total and found["prepage"] and found["channelid"]):
        return []
    prepage = int(found["prepage"].group(1))
    pages = math.ceil(int(total.group(1)) / prepage) if prepage else 0
    form = {name: next(group for group in match.groups() if group) for name, match in found.items() if match}
    url = urljoin(page_url, markers.TRS_SEARCH_PATH)
    return [
        ApiCall(url, page, tuple(sorted((form | {"page": str(page)}).items())))
        for page in range(int(static.group(1)) + 1, pages + 1)
    ]


def _find_records(node: object) -> list[dict]:
    """Dicts anywhere in a JSON document that carry both a title and a URL."""
    if isinstance(node, dict):
        if any(k in node for k in markers.API_TITLE_KEYS) and any(k in node for k in markers.API_URL_KEYS):
            return [node]
        return [record for value in node.values() for record in _find_records(value)]
    if isinstance(node, list):
        return [record for value in node for record in _find_records(value)]
    return []


def _page_count(document: object) -> int | None:
    if not isinstance(document, dict):
        return None
    for key in ("total_pages", "totalPages", "totalPage", "pages", "page_count", "pageCount"):
        if isinstance(document.get(key), int):
            return document[key]
    total = _api_total(document)
    size = next(
        (document[k] for k in ("per_page", "pageSize", "size", "limit") if isinstance(document.get(k), int)), None
    )
    if total is not None and size:
        return math.ceil(total / size)
    return None


def _api_total(document: object) -> int | None:
    if not isinstance(document, dict):
        return None
    return next((document[k] for k in ("total", "totalCount", "count") if isinstance(document.get(k), int)), None)


def read_api(payload: str, page_url: str) -> ListPage:
    """A JSON list API answer (gkmlpt, TRS trt search and similar script-built lists): report links, page count,
    declared total and every record's URL."""
    try:
        document = json.loads(payload)
    except ValueError:
        return ListPage()
    links, records = {}, set()
    for record in _find_records(document):
        title = clean_space(str(next((record[k] for k in markers.API_TITLE_KEYS if record.get(k)), "")))
        url = urljoin(page_url, str(next(record[k] for k in markers.API_URL_KEYS if k in record)))
        records.add(url)
        if is_report_title(title) and url not in links:
            links[url] = Link(url=url, title=title)
    return ListPage(
        reports=tuple(links.values()),
        declared_pages=_page_count(document),
        declared_records=_api_total(document),
        records=frozenset(records),
    )
