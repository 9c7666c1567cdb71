"""Read list pages: which links are annual reports, and which links lead to further list pages."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from posixpath import dirname
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml import html as lxml_html

from pipelines import markers
from pipelines.html import UnparseableHtml, parse_html
from pipelines.text import clean_space


@dataclass(frozen=True)
class Link:
    """A link found on a list page."""

    url: str
    title: str


def is_report_title(title: str) -> bool:
    """True when a link or page title names an annual disclosure report rather than a notice about one."""
    title = clean_space(title)
    return (
        bool(markers.REPORT_TITLE.search(title))
        and not markers.NOT_REPORT_TITLE.search(title)
        and not markers.COLUMN_TITLE.match(title)
    )


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


def _base_url(document: lxml_html.HtmlElement, page_url: str) -> str:
    base = document.xpath("//base/@href")
    return urljoin(page_url, base[0].strip()) if base else page_url


def is_hidden(element: lxml_html.HtmlElement) -> bool:
    """True when the element or an ancestor is hidden by inline style or the hidden attribute."""
    node = element
    while node is not None:
        if markers.INVISIBLE_STYLE.search(node.get("style") or "") or node.get("hidden") is not None:
            return True
        node = node.getparent()
    return False


def visible_links(document: lxml_html.HtmlElement, page_url: str) -> list[tuple[lxml_html.HtmlElement, str]]:
    """Every visible <a href> as (element, absolute URL without fragment); script and mail links dropped."""
    base = _base_url(document, page_url)
    found = []
    for anchor in document.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "mailto:", "#", "tel:")) or is_hidden(anchor):
            continue
        found.append((anchor, urljoin(base, href).split("#", 1)[0]))
    return found


def report_links(markup: str, page_url: str) -> list[Link]:
    """Visible links on a list page whose text or title attribute names an annual report, each URL once."""
    document = _parse(markup)
    if document is None:
        return []
    links: dict[str, Link] = {}
    for anchor, url in visible_links(document, page_url):
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


def list_page_urls(markup: str, page_url: str) -> list[str]:
    """Further pages of the list at `page_url`: createPageHTML, Hanweb dataproxy, index_N, ?page=N, 下一页."""
    document = _parse(markup)
    if document is None:
        return []
    found = create_page_html_urls(markup, page_url) + hanweb_dataproxy_urls(markup, page_url)
    for anchor, url in visible_links(document, page_url):
        text = clean_space(anchor.text_content())
        if urlsplit(url).netloc != urlsplit(page_url).netloc:
            continue
        same_path = urlsplit(url).path == urlsplit(page_url).path
        if (
            text in markers.NEXT_PAGE_TEXTS
            or (markers.PAGE_HREF.search(url) and _same_list(url, page_url))
            or (text.isdigit() and same_path)
        ):
            found.append(url)
    unique = dict.fromkeys(url for url in found if url != page_url)
    return list(unique)


def _find_records(node: object) -> list[dict]:
    """Dicts anywhere in a JSON document that carry both a title and a URL."""
    if isinstance(node, dict):
        if any(k in node for k in ("title", "name")) and any(k in node for k in ("url", "link", "href")):
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
    total = next((document[k] for k in ("total", "totalCount", "count") if isinstance(document.get(k), int)), None)
    size = next(
        (document[k] for k in ("per_page", "pageSize", "size", "limit") if isinstance(document.get(k), int)), None
    )
    if total is not None and size:
        return math.ceil(total / size)
    return None


def api_links(payload: str, page_url: str) -> tuple[list[Link], int | None]:
    """Report links and the page count from a JSON list API answer (gkmlpt and similar script-built lists)."""
    try:
        document = json.loads(payload)
    except ValueError:
        return [], None
    links = {}
    for record in _find_records(document):
        title = clean_space(str(record.get("title") or record.get("name") or ""))
        url = urljoin(page_url, str(record.get("url") or record.get("link") or record.get("href")))
        if is_report_title(title) and url not in links:
            links[url] = Link(url=url, title=title)
    return list(links.values()), _page_count(document)
