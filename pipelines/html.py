"""HTML as browsers parse it: lexbor's HTML5 parser first, then an lxml tree for the stages that follow.

libxml2's HTML parser is not a browser: it drops everything after a stray </html> (Word pastes leave them mid-page)
and cuts a page at a 10 MB attribute (a pasted base64 image). lexbor parses by the HTML5 algorithm, as browsers do;
its serialisation is well-formed, so lxml then reads all of it.
"""

from __future__ import annotations

from functools import lru_cache

from lxml import etree
from lxml import html as lxml_html
from selectolax.lexbor import LexborHTMLParser

from pipelines import markers

# Inline images (data: URIs) carry no report text and can be tens of megabytes: kept as an empty image.
DATA_URI_ATTRIBUTES = ("src", "href", "data-src")
DATA_URI_SELECTOR = ", ".join(f'[{attribute}^="data:"]' for attribute in DATA_URI_ATTRIBUTES)
_LXML = lxml_html.HTMLParser(huge_tree=True)  # long text nodes are real content, not an attack
# lxml.html picks each element's class by a Python call (a form, an input … get classes of their own) every time
# an element is touched; nothing here uses those classes, so every element is a plain HtmlElement, chosen in C.
_LXML.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement,
        comment=lxml_html.HtmlComment,
        pi=lxml_html.HtmlProcessingInstruction,
        entity=lxml_html.HtmlEntity,
    )
)


class UnparseableHtml(ValueError):
    """Markup that yields no document at all."""


def parse_html(markup: str, utf8: bytes | None = None) -> lxml_html.HtmlElement:
    """The document tree of `markup`, built as a browser builds it; raise UnparseableHtml when there is none.
    `utf8`, when given, is the markup encoded as UTF-8 (a page served so): lexbor reads those bytes, so the
    markup is not encoded again."""
    if not markup.strip():
        raise UnparseableHtml("empty page")
    tree = LexborHTMLParser(utf8 if utf8 is not None else markup)
    for node in tree.css(DATA_URI_SELECTOR):  # one walk of the tree for the three attributes
        for attribute in DATA_URI_ATTRIBUTES:
            if (node.attrs.get(attribute) or "").startswith("data:"):
                node.attrs[attribute] = "data:,"
    try:
        return lxml_html.document_fromstring(tree.html, parser=_LXML)
    except (ValueError, etree.ParserError) as error:
        raise UnparseableHtml(f"not parseable as HTML: {error}") from error


@lru_cache(maxsize=4096)  # Word pastes repeat a few style strings thousands of times per page
def invisible_style(style: str) -> bool:
    """True when an inline style hides its element (display:none, zero size, far off-screen, transparent)."""
    return markers.INVISIBLE_STYLE.search(style) is not None
