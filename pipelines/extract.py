"""Turn a raw report page into a Report: content container, clean text, tables, page metadata."""

from __future__ import annotations

import copy
import hashlib
import html
import itertools
import re
import unicodedata
from collections import Counter
from contextlib import contextmanager
from functools import lru_cache

import trafilatura
import trafilatura.settings
from lxml import etree
from lxml import html as lxml_html
from parsel.csstranslator import HTMLTranslator
from trafilatura.utils import RE_FILTER as TEXT_FILTER
from trafilatura.utils import sanitize

from pipelines import markers
from pipelines.encoding import binary_reason, decode_html
from pipelines.errors import CountedFailure
from pipelines.files import FileContent, UnreadableFile, read_file_once
from pipelines.html import UnparseableHtml, parse_html
from pipelines.items import FetchedFile, RawPage, Report
from pipelines.listing import document_type, is_report_title, visible_links
from pipelines.numbers import cell_number
from pipelines.spam import strip_dom_spam
from pipelines.text import clean_space, simplified, without_space

BLOCK_TAGS = {"td", "div", "article", "section", "body", "main"}
SHEETS = ("xls", "xlsx", "et")
# Reasons that say a listed page is not a report at all (not that the portal failed to serve one).
NOT_A_REPORT = ("blank_template",)


class ExtractionError(CountedFailure):
    """A page that is not a report."""


def parse_document(markup: str, utf8: bytes | None = None) -> lxml_html.HtmlElement:
    """Parse a page as a browser does (pipelines/html.py; `utf8`: the markup's UTF-8 bytes), or raise
    ExtractionError."""
    try:
        return parse_html(markup, utf8)
    except UnparseableHtml as error:
        raise ExtractionError("unparseable", str(error)) from error


def expand_table(table: lxml_html.HtmlElement) -> tuple[list[list[str]], list[list[str]]]:
    """(grid with every rowspan/colspan cell repeated where it spans, grid with each merged cell shown once)."""
    grid: dict[tuple[int, int], tuple[str, bool]] = {}
    rows = [row for row in table.iter("tr") if row.getparent() is table or row.getparent().getparent() is table]
    for row_index, row in enumerate(rows):
        column = 0
        for cell in row:
            if cell.tag not in ("td", "th"):
                continue
            while (row_index, column) in grid:
                column += 1
            text = clean_space(cell.text_content())
            rowspan = _span(cell.get("rowspan"))
            colspan = _span(cell.get("colspan"))
            for down in range(rowspan):
                for across in range(colspan):
                    grid.setdefault((row_index + down, column + across), (text, down == 0 and across == 0))
            column += colspan
    if not grid:
        return [], []
    height = max(r for r, _ in grid) + 1
    width = max(c for _, c in grid) + 1
    cells = [[grid.get((r, c), ("", True)) for c in range(width)] for r in range(height)]
    expanded = [[text for text, _origin in row] for row in cells]
    shown_once = [[text if origin else "" for text, origin in row] for row in cells]
    return expanded, shown_once


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value), 200)) if value else 1
    except ValueError:
        return 1


def normalise_tables(
    container: lxml_html.HtmlElement,
) -> tuple[list[dict], dict[lxml_html.HtmlElement, list[list[str]]]]:
    """Every data table with merged cells expanded, each rewritten in place as a plain grid for the text; and those
    grids (each merged cell shown once) by their table element."""
    tables = []
    grids = {}
    for table in list(container.iter("table")):
        if table.find(".//table") is not None:
            continue  # a layout table: its inner tables are the data
        expanded, shown_once = expand_table(table)
        if len(expanded) < 2 or len(expanded[0]) < 2:
            continue
        caption = table.find("caption")
        tables.append(
            {"caption": clean_space(caption.text_content()) if caption is not None else None, "rows": expanded}
        )
        for child in list(table):
            table.remove(child)
        for cells in shown_once:
            row = etree.SubElement(table, "tr")
            for text in cells:
                etree.SubElement(row, "td").text = text
        grids[table] = shown_once
    return tables, grids


def _has_text(element: lxml_html.HtmlElement, minimum: int) -> bool:
    """Whether the element's text, white space collapsed, has at least `minimum` characters: read from its start only
    as far as that takes (a start of the text, collapsed, is never longer than the whole, collapsed)."""
    pieces, read, check_at = [], 0, minimum
    for piece in element.itertext():  # the pieces of text_content(), in order
        pieces.append(piece)
        read += len(piece)
        if read >= check_at:
            if len(clean_space("".join(pieces))) >= minimum:
                return True
            check_at = 2 * read
    return len(clean_space("".join(pieces))) >= minimum


def find_container(document: lxml_html.HtmlElement, hint: str | None = None) -> lxml_html.HtmlElement:
    """The element holding the report body: the registry hint, a platform container, else the densest block."""
    for selector in ((hint,) if hint else ()) + markers.CONTENT_SELECTORS:
        for element in _css(selector)(document):
            if _has_text(element, markers.MIN_CONTAINER_CHARS):
                return element
    # Table-layout and unknown pages: credit each text run to its nearest block ancestor, take the richest.
    scores: dict[lxml_html.HtmlElement, int] = {}
    for element in document.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "a"):
            continue
        for text in (element.text, *(child.tail for child in element)):
            if text is None or len(text) < 10:
                continue  # collapsing white space only shortens a run: this one is too short already
            run = clean_space(text)
            if len(run) < 10:
                continue
            block = element
            while block is not None and block.tag not in BLOCK_TAGS:
                block = block.getparent()
            if block is not None:
                scores[block] = scores.get(block, 0) + len(run)
    if not scores:
        body = document.find("body")
        return body if body is not None else document
    return max(scores, key=scores.get)


@lru_cache(maxsize=256)  # the platform selectors, and each portal's own hint, compiled once per process
def _css(selector: str) -> etree.XPath:
    # A class or id selector goes to the attribute, then its element: the same elements as the translated XPath
    # (descendant-or-self::*[@class and …]), but libxml2 tests only the attributes there are, not every element
    # (a third less on a whole page, and the content selectors are tried on whole pages).
    if match := SIMPLE_SELECTOR.fullmatch(selector):
        kind, name = match.groups()
        if kind == ".":
            return etree.XPath(
                f"descendant-or-self::*/@class[contains(concat(' ', normalize-space(.), ' '), ' {name} ')]/.."
            )
        return etree.XPath(f"descendant-or-self::*/@id[. = '{name}']/..")
    return etree.XPath(HTMLTranslator().css_to_xpath(selector))


SIMPLE_SELECTOR = re.compile(r"([.#])([\w-]+)")


# Chrome selectors are tag names and class names: tags are found by lxml's own walk, classes by one XPath to the
# elements that have a class, then their class tokens (as CSS splits them: on spaces, tabs and line breaks).
# Any other selector form is matched by its translated XPath.
CHROME_TAGS = tuple(s for s in markers.CHROME_SELECTORS if re.fullmatch(r"[a-z][a-z0-9]*", s))
CHROME_CLASSES = frozenset(s[1:] for s in markers.CHROME_SELECTORS if re.fullmatch(r"\.[\w-]+", s))
CHROME_OTHER = [s for s in markers.CHROME_SELECTORS if s not in CHROME_TAGS and s[1:] not in CHROME_CLASSES]
CHROME_OTHER_XPATH = etree.XPath(" | ".join(HTMLTranslator().css_to_xpath(s, ".//") for s in CHROME_OTHER) or "/..")
WITH_CLASS = etree.XPath("descendant::*/@class/..")  # by the attributes, as in _css
CLASS_SEPARATOR = re.compile(r"[ \t\n\r]+")  # the white space of XPath's normalize-space


def remove_chrome(container: lxml_html.HtmlElement) -> None:
    """Drop chrome elements (with everything inside them) before extraction. The order they are dropped in does
    not matter: one inside another goes with it either way, and each leaves its tail text where it stood."""
    found = [element for element in container.iter(*CHROME_TAGS) if element is not container]
    found += [e for e in WITH_CLASS(container) if not CHROME_CLASSES.isdisjoint(CLASS_SEPARATOR.split(e.get("class")))]
    for element in dict.fromkeys(found + CHROME_OTHER_XPATH(container)):  # a <nav class="share"> once
        element.drop_tree()


def clean_lines(text: str) -> str:
    """Strip each line, drop blank lines and short chrome lines."""
    kept = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line == "|" or set(line) <= {"|", " "}:
            continue
        # trafilatura marks list items with "- "; chrome in lists (infoboxes, link lists) must still match.
        bare = line.lstrip("-•· ")
        if len(bare) <= markers.CHROME_LINE_MAX_CHARS and markers.CHROME_LINE.search(bare):
            continue
        kept.append(line)
    return "\n".join(kept)


# What we ask of trafilatura.extract: tables, no comments or links, recall over precision, no deduplication, and
# fast (the container is already chosen; its readability/justext second opinion only costs time). Built once, as
# trafilatura builds it from extract's keywords (include_tables, favor_recall, fast …) on every call.
TRAFILATURA = trafilatura.settings.Extractor(
    output_format="txt", fast=True, recall=True, comments=False, links=False, tables=True, dedup=False
)
# trafilatura spends most of its time on table cells (two thirds on the farm's template reports), yet renders a
# plain grid in a known way: a line "| a |  | b | " per row that has a text, | escaped, entities then unescaped.
# So a grid is handed to it as a stand-in: one cell holding a marker as long as the grid's text (every element's
# text trafilatura measures stays as long), and the grid's lines put where the marker's line comes out. Only where
# nothing else can differ: no cell is one its filter drops, no other grid is the same (it drops a repeat), the
# table sits in plain blocks (in a list or a cell its rows share a line), and the extraction is long enough without
# the grid's text. trafilatura redoes an extraction shorter than its minimum with fallbacks, measuring its pieces
# joined by spaces, and the one-cell marker joins fewer pieces than the grid: a grid that reaches the minimum alone
# cannot tip that, and beside a shorter one the text outside the stand-ins must reach it on its own.
MIN_EXTRACTED_SIZE = trafilatura.settings.DEFAULT_CONFIG.getint("DEFAULT", "MIN_EXTRACTED_SIZE")
STAND_IN_PARENTS = frozenset({"div", "section", "article", "main", "center", "body"})


def container_text(
    container: lxml_html.HtmlElement, grids: dict[lxml_html.HtmlElement, list[list[str]]] | None = None
) -> str:
    """Main text of the container via trafilatura (tables as | rows), falling back to its plain text."""
    stand_ins = _stand_ins(container, grids or {})
    text = None
    if stand_ins:
        text = _with_grids(_trafilatura(container, stand_ins), stand_ins)
    if text is None:  # no stand-in, or one whose line did not come out as a grid's would
        text = _trafilatura(container, {})
    if not text:
        text = "\n".join(clean_space(t) for t in container.itertext())
    return clean_lines(text)


def _trafilatura(container: lxml_html.HtmlElement, stand_ins: dict[lxml_html.HtmlElement, tuple[str, str]]) -> str:
    """trafilatura's text of the container, each table of stand_ins holding only its marker while it is read."""
    document = _reading(container, stand_ins)
    if document is None:  # control characters in it: read from the markup, as trafilatura cleans it
        return trafilatura.extract(_markup(container, stand_ins), options=TRAFILATURA)
    if not _unwrap_plain_spans(document):
        return trafilatura.extract(document, options=TRAFILATURA)
    text = trafilatura.extract(document, options=TRAFILATURA)
    if text is None or _letters_below(text, MIN_EXTRACTED_SIZE):  # trafilatura's fallbacks may have read it
        text = trafilatura.extract(_reading(container, stand_ins), options=TRAFILATURA)
    return text


@contextmanager
def _standing_in(container: lxml_html.HtmlElement, stand_ins: dict[lxml_html.HtmlElement, tuple[str, str]]):
    """The container with each table of stand_ins holding only a cell with its marker, its rows put back after."""
    rows = {table: list(table) for table in stand_ins}
    for table, (marker, _lines) in stand_ins.items():
        for row in rows[table]:
            table.remove(row)
        etree.SubElement(etree.SubElement(table, "tr"), "td").text = marker
    try:
        yield container
    finally:
        for table in stand_ins:
            table.remove(table[-1])
            table.extend(rows[table])


def _markup(container: lxml_html.HtmlElement, stand_ins: dict[lxml_html.HtmlElement, tuple[str, str]]) -> str:
    """The page trafilatura would be handed as markup: the container (and its tail) alone in an <article>."""
    with _standing_in(container, stand_ins):
        fragment = lxml_html.tostring(container, encoding="unicode")
    return f"<html><body><article>{fragment}</article></body></html>"


# trafilatura's parser drops comments and processing instructions, and it deletes these characters from markup
# before parsing (trafilatura.utils.INVALID_XML_CHARS); lxml keeps them in a tree.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
TEXT = etree.XPath("string()")
ATTRIBUTE_VALUES = etree.XPath("descendant-or-self::*/@*", smart_strings=False)


def _reading(
    container: lxml_html.HtmlElement, stand_ins: dict[lxml_html.HtmlElement, tuple[str, str]]
) -> lxml_html.HtmlElement | None:
    """A copy of the container as the tree trafilatura makes of its markup (the container and its tail alone in an
    <article>, no comments), so it is spared serialising and parsing it again; None when the container holds
    characters trafilatura would have deleted from the markup."""
    with _standing_in(container, stand_ins):
        copied = copy.deepcopy(container)  # its tail too, as tostring gives it
    if any(CONTROL_CHARACTERS.search(t) for t in (TEXT(copied), copied.tail or "", "".join(ATTRIBUTE_VALUES(copied)))):
        return None
    root = container.makeelement("html")  # an element of our parser: the classes lxml picks in C (pipelines/html)
    etree.SubElement(etree.SubElement(root, "body"), "article").append(copied)
    etree.strip_tags(root, etree.Comment, etree.ProcessingInstruction)
    return root


# Word pastes cut every paragraph into styled <span> runs (half the elements of a report page), and trafilatura
# tests each against its discard XPaths before it strips every span itself (main_extractor.prune_unwanted_sections),
# ahead of reading any text. So the copy it reads has the spans unwrapped first wherever nothing trafilatura does
# before that strip can tell: only style and lang attributes and no style its rules look for (hidden, display:none,
# border); a text of its own (an empty span is pruned with its parent left standing); no link inside (a link alone
# in its <p> is a listing); not in a <pre> (one span there makes code); and nothing it weighs by an element's
# neighbours or children moved: not a <div>'s child, no <p>, <div> or list before it beside it or among its children.
# The one step after the strip that reads text nodes one by one (its baseline's last resort) runs only on an
# extraction shorter than MIN_EXTRACTED_SIZE: such a text is read again from the copy as it is.
BLOCKS = frozenset({"p", "div", "details", "figure", "form", "table", "ul", "ol", "dl"})  # its <p>, <div>, <list>
NOT_PARENTS = BLOCKS - {"p"}
STYLE_LOOKED_FOR = re.compile("hidden|display:none|display: none|border")  # its discard XPaths (trafilatura.xpaths)
UNWRAPPED = "gongkai-unwrapped-span"


@lru_cache(maxsize=4096)  # Word repeats a few run styles thousands of times
def _plain_attributes(names: tuple[str, ...], style: str | None) -> bool:
    return set(names) <= {"style", "lang"} and (style is None or STYLE_LOOKED_FOR.search(style) is None)


def _unwrap_plain_spans(document: lxml_html.HtmlElement) -> bool:
    """Unwrap the spans trafilatura cannot tell from their text (above); True when there were any."""
    kept = {span for pre in document.iter("pre") for span in pre.iter("span")}
    for block in document.iter(*BLOCKS):  # the spans after a block, each sibling run walked once
        for sibling in block.itersiblings():
            if sibling.tag in BLOCKS:
                break
            if sibling.tag == "span":
                kept.add(sibling)
    plain = [
        span
        for span in document.iter("span")
        if span.text
        and _plain_attributes(tuple(span.keys()), span.get("style"))
        and span.getparent().tag not in NOT_PARENTS
        and span not in kept
        and (not len(span) or (span.find(".//a") is None and not any(child.tag in BLOCKS for child in span)))
    ]
    for span in plain:
        span.tag = UNWRAPPED
    etree.strip_tags(document, UNWRAPPED)
    return bool(plain)


def _letters_below(text: str, count: int) -> bool:
    """Whether text has fewer than count letters (trafilatura's rendering adds none: |, -, digits, white space)."""
    found = 0
    for start in range(0, len(text), 4 * count):
        found += sum(map(str.isalpha, text[start : start + 4 * count]))
        if found >= count:
            return False
    return True


def _stand_ins(
    container: lxml_html.HtmlElement, grids: dict[lxml_html.HtmlElement, list[list[str]]]
) -> dict[lxml_html.HtmlElement, tuple[str, str]]:
    """(marker, the lines trafilatura makes of the grid) for each grid it may be spared, by table element."""
    repeated = Counter(repr(rows) for rows in grids.values())
    stand_ins = {}
    for table, rows in grids.items():
        length = sum(len(cell) for row in rows for cell in row)
        marker = f"GONGKAI{len(stand_ins)}TABLE"
        if (
            length < len(marker)
            or repeated[repr(rows)] > 1
            or any(cell and TEXT_FILTER.match(cell) for row in rows for cell in row)
            or any(block.tag not in STAND_IN_PARENTS for block in _blocks_around(table, container))
        ):
            continue
        lines = [_grid_line(row) for row in rows if any(row)]
        stand_ins[table] = (marker.ljust(length, "X"), "\n".join(lines))
    return stand_ins


def _grid_line(row: list[str]) -> str:
    """A grid row as trafilatura's text gives it: cells escaped, then the whole text's entities and control
    characters dealt with and its characters composed (NFC), as it treats every line."""
    line = "| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " | "
    return unicodedata.normalize("NFC", html.unescape(sanitize(line, True) or ""))


def _blocks_around(table: lxml_html.HtmlElement, container: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The table's ancestors up to the container, the container too: the fragment trafilatura reads starts there."""
    found = []
    for ancestor in table.iterancestors():
        found.append(ancestor)
        if ancestor is container:
            break
    return found if table is not container else [table]


def _with_grids(text: str | None, stand_ins: dict[lxml_html.HtmlElement, tuple[str, str]]) -> str | None:
    """trafilatura's text with each marker's line replaced by its grid's lines; None when a marker came out in any
    other form, or the text outside a short grid's stand-in is shorter than trafilatura's minimum extraction (the
    text is then read without stand-ins)."""
    if not text:
        return None
    if any(len(marker) < MIN_EXTRACTED_SIZE for marker, _lines in stand_ins.values()):
        outside = text
        for marker, _lines in stand_ins.values():
            outside = outside.replace(marker, "")
        if _letters_below(outside, MIN_EXTRACTED_SIZE):
            return None
    for marker, lines in stand_ins.values():
        line = f"| {marker} | "
        if text.count(line) == 1:
            text = text.replace(line, lines)
    if "GONGKAI" in text and any(marker in text for marker, _lines in stand_ins.values()):
        return None
    return text


# The text nodes of the body by the descendant axis: libxml2 reads //body//text()[…] as every node of the body and
# then each one's text children (a predicate keeps it from taking the shortcut it takes for a bare //text()),
# which costs half as much again for the same nodes in the same order.
BODY_TEXT = etree.XPath(
    "/descendant::body/descendant::text()[not(ancestor::script or ancestor::style)]", smart_strings=False
)
# The same text when no script or style holds an element (the HTML parser reads their content as raw text, so none
# does): a test of each text node's parent, not a climb to the root.
BODY_TEXT_FLAT = etree.XPath(
    "/descendant::body/descendant::text()[not(parent::script or parent::style)]", smart_strings=False
)


def _body_text(document: lxml_html.HtmlElement) -> list[str]:
    flat = not any(len(element) for element in document.iter("script", "style"))
    return (BODY_TEXT_FLAT if flat else BODY_TEXT)(document)


def page_metadata(document: lxml_html.HtmlElement) -> dict[str, str]:
    """The label → value pairs of the page's metadata block (索引号, 发布日期, 来源 …) and its meta tags."""
    found: dict[str, str] = {}
    for meta in document.iter("meta"):
        label = markers.META_TAGS.get((meta.get("name") or "").lower())
        if label and (value := clean_space(meta.get("content") or "")):
            found.setdefault(label, value)
    # The text runs, white space collapsed only where it is read: in a run with a colon (every label ends in one,
    # and the many runs without one cannot hold a label), and in the run after it.
    runs = [text for text in _body_text(document) if (bare := text.strip()) and bare not in ("|", "•")]
    for index, text in enumerate(runs):
        if ":" not in text and "：" not in text:
            continue
        run = clean_space(text)
        labels = list(markers.META_LABEL.finditer(run))
        for number, match in enumerate(labels):
            label = without_space(match.group(1))
            end = labels[number + 1].start() if number + 1 < len(labels) else len(run)
            value = run[match.end() : end].strip()
            # Table layouts put the value in the next cell.
            if not value and number + 1 == len(labels) and index + 1 < len(runs):
                following = clean_space(runs[index + 1])
                value = "" if markers.META_LABEL.match(following) else following
            value = value.split("【", 1)[0].strip()
            if label in markers.META_LABELS and value:
                found.setdefault(label, value)
    return found


# (the elements whose class contains "title" reached from their class attributes: the same elements, in one pass
# over the attributes instead of a test on every element, at half the cost)
TITLE_ELEMENTS = etree.XPath("//h1|//h2|//h3|//@class[contains(.,'title')]/..")


def page_title(document: lxml_html.HtmlElement, page_meta: dict[str, str], list_title: str | None) -> str | None:
    """The report's title: a meta tag, a heading, the <title>, else the list link that led here."""
    # Lazily, in order: the first that names a report wins, and the headings after it are never read.
    candidates = itertools.chain(
        (page_meta.get("标题", ""),),
        (clean_space(h.text_content()) for h in TITLE_ELEMENTS(document)),
        (part for t in document.xpath("//title/text()") for part in _title_parts(t)),
        (list_title or "",),
    )
    for candidate in candidates:
        if candidate and len(candidate) <= 120 and is_report_title(candidate) and "..." not in candidate:
            return candidate
    return clean_space(list_title) if list_title else None


def _title_parts(title: str) -> list[str]:
    for separator in ("_", " - ", "-", "|"):
        if separator in title:
            return [clean_space(part) for part in title.split(separator)]
    return [clean_space(title)]


def attachments(document: lxml_html.HtmlElement, page_url: str) -> list[dict]:
    """Report files the page links to (PDF, Word, WPS, spreadsheets); parsed in a later stage."""
    found = {}
    for _anchor, url in visible_links(document, page_url, documents_only=True):
        kind = document_type(url)
        if kind and url not in found:
            found[url] = {
                "url": url,
                "type": kind,
                "sha256": None,
                "pages": None,
                "text_chars": None,
                "image_only": None,
                "ocr": None,
            }
    return list(found.values())


def file_type(body: bytes, url: str, content_type: str | None = None) -> str | None:
    """The file type when bytes are a report file (PDF, Word …), by their first bytes and the URL; None for a page."""
    by_url = document_type(url)
    for magic, kinds in markers.DOCUMENT_MAGIC:
        if body.startswith(magic):
            return by_url if by_url in kinds else kinds[0]
    if content_type and not content_type.lower().startswith(("text/", "application/xhtml")):
        return by_url
    return None


def read_attachment(url: str, body: bytes, kind: str) -> tuple[dict, FileContent | None]:
    """The attachment's entry in the item (type, hash, pages, characters, scan, or the error) and what it holds."""
    digest = hashlib.sha256(body).hexdigest()
    entry = {
        "url": url,
        "type": kind,
        "sha256": digest,
        "pages": None,
        "text_chars": None,
        "image_only": None,
        "ocr": None,
    }
    try:
        content = read_file_once(body, kind, digest)
    except UnreadableFile as error:
        return entry | {"error": error.reason}, None
    return entry | {
        "pages": content.pages,
        "text_chars": len(content.text),
        "image_only": content.image_only,
        "ocr": content.ocr,
    }, content


def fetched_attachment(file: FetchedFile) -> tuple[dict, FileContent | None]:
    """A file fetched beside its page, read, with the validators a later run asks it again with."""
    entry, content = read_attachment(file.url, file.body, file_type(file.body, file.url) or document_type(file.url))
    return entry | {"http_cache": {"etag": file.etag, "last_modified": file.last_modified}}, content


def is_blank_template(content: FileContent) -> bool:
    """A report template (格式模板): （文字描述） placeholders and tables without a single number."""
    numbers = any(cell_number(cell) is not None for table in content.tables for row in table["rows"] for cell in row)
    return bool(markers.BLANK_TEMPLATE.search(content.text)) and not numbers


def report_content(read: list[tuple[dict, FileContent | None]]) -> FileContent | None:
    """The file that is the report, when the page has no text of its own: the first with text; a blank template
    is never one (ExtractionError)."""
    for _entry, content in read:
        if content is not None and content.text:
            if is_blank_template(content):
                raise ExtractionError("blank_template", "the file is a blank report template, not a report")
            return content
    return None


def document_report(raw: RawPage, kind: str) -> Report:
    """A report served as a file (linked from a list, or a link that serves one): read, recorded as its own
    attachment, titled from the list link."""
    entry, content = read_attachment(raw.url, raw.body, kind)
    content = report_content([(entry, content)])
    text, lang = simplified(content.text) if content else ("", None)
    return Report(
        url=raw.url,
        portal=raw.portal,
        title=simplified(raw.list_title)[0] if raw.list_title else None,
        region=raw.region,
        source="attachment",
        lang=lang,
        text=text,
        tables=content.tables if content else [],
        attachments=[entry],
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        fetched_at=raw.fetched_at,
        http_cache=http_cache(raw),
    )


def extract_report(raw: RawPage) -> Report:
    """Extract one report page as found: title, text, tables, page metadata, attachments and the DOM spam removed.
    Fields derived from these (year, publisher, region …) are left to the parse stage, after spam cleaning.
    Raise ExtractionError when the page is not a report: too large, not text, no text, a "page not found" answer,
    or a redirect that landed on a page that is not a report."""
    if not raw.body.strip():
        raise ExtractionError("empty", "empty page")
    if len(raw.body) > markers.MAX_PAGE_BYTES:
        raise ExtractionError("too_large", f"{len(raw.body)} bytes, over the limit of {markers.MAX_PAGE_BYTES}")
    if kind := file_type(raw.body, raw.url, raw.content_type):
        return document_report(raw, kind)
    if reason := binary_reason(raw.body):
        raise ExtractionError("not_text", reason)
    markup, encoding = decode_html(raw.body, raw.content_type, raw.encoding_hint)
    # A body read as UTF-8 with no character replaced is the markup's UTF-8 bytes already (the parser reads UTF-8).
    document = parse_document(markup, raw.body if encoding == "utf-8" and "\ufffd" not in markup else None)
    page_meta = page_metadata(document)
    own_title = page_title(document, page_meta, None)
    if own_title is None and (reason := not_a_report(document, raw)):
        raise ExtractionError(*reason)
    title = own_title or page_title(document, page_meta, raw.list_title)
    files = attachments(document, raw.url)
    container = find_container(document, raw.content_selector)
    spam = strip_dom_spam(document, container, raw.url)  # before chrome removal, which drops the scripts
    remove_chrome(container)
    tables, grids = normalise_tables(container)
    text = container_text(container, grids)
    read = [fetched_attachment(f) for f in raw.files]
    source = "page"
    if len(text) < markers.MIN_REPORT_CHARS:
        if content := report_content(read):  # the page only links the report: the file is the report
            text, tables, source = content.text, content.tables, "attachment"
        elif not files:
            raise ExtractionError("no_text", f"only {len(text)} characters of text and no report attachment")
    else:  # the page is the report; a spreadsheet beside it adds its tables (表三 as an .xls)
        tables += [table for entry, content in read if content and entry["type"] in SHEETS for table in content.tables]
    files = list(({f["url"]: f for f in files} | {entry["url"]: entry for entry, _content in read}).values())
    text, lang = simplified(text)
    return Report(
        url=raw.url,
        portal=raw.portal,
        title=simplified(title)[0] if title else None,
        region=raw.region,
        source=source,
        lang=lang,
        text=text,
        tables=tables,
        spam=[hit.as_dict() for hit in spam],
        attachments=files,
        # Names and labels are normalised like the title and text, so later stages compare like with like.
        page_meta={label: simplified(value)[0] for label, value in page_meta.items() if label != "标题"},
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        fetched_at=raw.fetched_at,
        http_cache=http_cache(raw),
    )


def not_a_report(document: lxml_html.HtmlElement, raw: RawPage) -> tuple[str, str] | None:
    """(reason, detail) for a page without a report title of its own that is an answer in place of the report:
    a "page not found" page sent with status 200, or the page a redirect landed on (often the home page)."""
    heading = " ".join(clean_space(t) for t in document.xpath("//title/text() | //h1//text()"))[:200]
    if markers.NOT_FOUND_PAGE.search(heading):
        return "not_found_page", f"the page says it does not exist: {heading!r}"
    if raw.redirected_from:
        return "redirected_away", f"{raw.redirected_from} redirects to {raw.url}, which is not a report"
    return None


def http_cache(raw: RawPage) -> dict:
    """The validators a later run sends back in a conditional request."""
    return {"etag": raw.etag, "last_modified": raw.last_modified}
