"""Find injected spam in report pages and texts, remove it or repair it, and record every change."""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, replace
from functools import cache
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html

from pipelines import markers
from pipelines.items import Report
from pipelines.regions import region_parts, title_place
from pipelines.text import clean_space

VOCABULARY = tuple(sorted(markers.SPAM_VOCABULARY, key=len, reverse=True))


# Every kind of change the stage records in an item's `spam` list.
KINDS = (
    "hidden_element",
    "script_link",
    "link_block",
    "place_name",
    "spam_domain",
    "pinyin_gloss",
    "spam_title",
    "mixed_token",
    "spam_phrase",
)


@dataclass(frozen=True)
class SpamHit:
    """One injected span: what was found, what replaced it ("" when removed), and its kind."""

    found: str
    replaced_by: str
    kind: str

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class SpamContext:
    """What the page itself says about the truth: its portal's region, its own title, its own host, and (for short
    values such as table cells) the page's cleaned text, where the same slot may name the place."""

    region: str | None = None
    title: str | None = None
    host: str | None = None
    evidence: str = ""


# --- DOM level, before extraction --------------------------------------------------------------------------------


def strip_dom_spam(document: lxml_html.HtmlElement, container: lxml_html.HtmlElement, page_url: str) -> list[SpamHit]:
    """Remove hidden elements, marquees and off-site spam link blocks from the container; note script-written links."""
    hits = []
    host = urlsplit(page_url).hostname
    for script in document.iter("script"):
        code = script.text or ""
        if "document.write" not in code:
            continue
        for href, anchor in re.findall(r"""<a\s[^>]*href=\\?["']([^"'\\]+)[^>]*>(.*?)</a>""", code, re.I | re.S):
            text = clean_space(re.sub(r"<[^>]+>", "", anchor))
            if _offsite_spam(urljoin(page_url, href), text, host):
                hits.append(SpamHit(text, "", "script_link"))
    for element in container.xpath(".//*[@style or @hidden] | .//marquee"):
        if container not in element.iterancestors():
            continue  # inside an element dropped earlier
        style = element.get("style") or ""
        if element.tag == "marquee" or element.get("hidden") is not None or markers.INVISIBLE_STYLE.search(style):
            if text := clean_space(element.text_content()):
                hits.append(SpamHit(text, "", "hidden_element"))
            element.drop_tree()
    for anchor in container.xpath(".//a[@href]"):
        if container not in anchor.iterancestors():
            continue  # went with a block dropped earlier
        if not _offsite_spam(urljoin(page_url, anchor.get("href")), clean_space(anchor.text_content()), host):
            continue
        block = _link_block(anchor, container)
        hits.extend(SpamHit(clean_space(a.text_content()), "", "link_block") for a in block.iter("a"))
        block.drop_tree()
    return hits


def _offsite_spam(url: str, text: str, host: str | None) -> bool:
    """A link to another, untrusted site whose text or address is gambling, lottery-betting, casino or porn."""
    target = urlsplit(url).hostname
    if target in (None, host) or _trusted(target, SpamContext(host=host)):
        return False
    return bool(markers.LINK_SPAM.search(f"{text} {url}") or markers.SPAM_DOMAIN_WORDS.search(target))


def _link_block(anchor: lxml_html.HtmlElement, container: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """The largest ancestor below the container (a paragraph-sized block) whose text is nearly all link text."""
    block = anchor
    blocks = ("p", "div", "li", "ul", "span", "td", "font")
    while (parent := block.getparent()) is not None and parent is not container and parent.tag in blocks:
        text = len(clean_space(parent.text_content()))
        links = sum(len(clean_space(a.text_content())) for a in parent.iter("a"))
        if not text or links / text < 0.8:
            break
        block = parent
    return block


# --- Text level, after extraction --------------------------------------------------------------------------------


def clean_text_spam(text: str, context: SpamContext) -> tuple[str, list[SpamHit]]:
    """Remove or repair injected spans in extracted text; returns the clean text and what was changed."""
    hits: list[SpamHit] = []
    text = _remove_pinyin_glosses(text, hits)
    text = _remove_spam_addresses(text, context, hits)
    text = _clean_spam_phrases(text, context, hits)
    return text, hits


@cache
def _readings(character: str) -> frozenset[str]:
    from pypinyin import Style, pinyin

    return frozenset(pinyin(character, style=Style.NORMAL, heteronym=True)[0])


def _remove_pinyin_glosses(text: str, hits: list[SpamHit]) -> str:
    def repair(run: re.Match) -> str:
        pairs = markers.PINYIN_GLOSS.findall(run.group(0))
        if not all(syllable.lower() in _readings(character) for character, syllable in pairs):
            return run.group(0)
        clean = "".join(character for character, _syllable in pairs)
        hits.append(SpamHit(run.group(0), clean, "pinyin_gloss"))
        return clean

    return re.sub(f"(?:{markers.PINYIN_GLOSS.pattern})+", repair, text)


def _trusted(domain: str, context: SpamContext) -> bool:
    domain = domain.lower()
    bare_suffixes = (suffix.lstrip(".") for suffix in markers.TRUSTED_DOMAIN_SUFFIXES)
    return domain == (context.host or "") or any(
        domain == bare or domain.endswith("." + bare) for bare in bare_suffixes
    )


def _remove_spam_addresses(text: str, context: SpamContext, hits: list[SpamHit]) -> str:
    out, last = [], 0
    for match in markers.TEXT_URL.finditer(text):
        address = match.group(0)
        domain = address.rsplit("@", 1)[-1] if "@" in address else urlsplit("//" + address.split("://")[-1]).hostname
        if not domain or _trusted(domain, context):
            continue
        in_own_slot = markers.OWN_ADDRESS_CONTEXT.search(text[max(0, match.start() - 20) : match.start()])
        if not (in_own_slot or markers.SPAM_DOMAIN_WORDS.search(domain)):
            continue
        hits.append(SpamHit(address, "", "spam_domain"))
        start, end = match.start(), match.end()
        if text[start - 1 : start] in "(（" and text[end : end + 1] in ")）" and start > 0:
            start, end = start - 1, end + 1  # drop the brackets the address sat in
        out.append(text[last:start])
        last = end
    return "".join(out) + text[last:]


def _expand(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a spam core over the ASCII, bracketed and vocabulary pieces spam phrases are made of."""
    while end < len(text):
        if (match := markers.SPAM_ASCII.match(text, end)) and not markers.REPORT_YEAR_AHEAD.match(text, end):
            end = match.end()
        elif text[end] in "(（" and (close := _bracket_end(text, end)):
            end = close
        elif word := next((w for w in VOCABULARY if text.startswith(w, end)), None):
            end += len(word)
        else:
            break
    while start > 0:
        if match := re.search(r"[A-Za-z0-9_.\-]+$", text[max(0, start - 40) : start]):
            start -= len(match.group(0))
        elif word := next((w for w in VOCABULARY if text.endswith(w, 0, start)), None):
            start -= len(word)
        else:
            break
    return start, end


def _bracket_end(text: str, start: int) -> int | None:
    """End of a short bracket right after a spam phrase, like (中国), when all it holds is spam vocabulary."""
    close = next((i for i in range(start + 1, min(len(text), start + 8)) if text[i] in ")）"), None)
    inner = text[start + 1 : close] if close else None
    if inner and all(re.fullmatch(r"[A-Za-z0-9]+", part) or part in VOCABULARY for part in _pieces(inner)):
        return close + 1
    return None


def _pieces(inner: str) -> list[str]:
    pieces, index = [], 0
    while index < len(inner):
        word = next((w for w in VOCABULARY if inner.startswith(w, index)), None)
        ascii_run = re.match(r"[A-Za-z0-9]+", inner[index:])
        piece = word or (ascii_run.group(0) if ascii_run else inner[index])
        pieces.append(piece)
        index += len(piece)
    return pieces


def spam_spans(text: str) -> list[tuple[int, int]]:
    """Start and end of every spam phrase: cores and glued mixed-script runs, grown and merged."""
    seeds = [m.span() for m in markers.SPAM_CORE.finditer(text)]
    seeds += [
        m.span()
        for m in markers.MIXED_SEED.finditer(text)
        if re.search(r"[A-Za-z]", m.group(0)) and re.search(r"\d", m.group(0))
    ]
    spans: list[tuple[int, int]] = []
    for start, end in sorted(_expand(text, start, end) for start, end in seeds):
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def _clean_spam_phrases(text: str, context: SpamContext, hits: list[SpamHit]) -> str:
    # Left to right, so a name restored early in the page is evidence for the same slot further down.
    shift = 0
    for span_start, span_end in spam_spans(text):
        start, end = span_start + shift, span_end + shift
        found = text[start:end]
        suffix = markers.ADMIN_SUFFIX.match(text, end)
        if suffix:
            replacement = restore_place_name(text, end, suffix.group(0), context) or ""
            kind = "place_name"
        elif _prepended_title(text, start, end):
            replacement, kind = "", "spam_title"
            end += text[end : end + 1] in (" ", "\u3000")
        else:
            replacement = ""
            kind = "mixed_token" if "_" in found else "spam_phrase"
        hits.append(SpamHit(found, replacement, kind))
        text = text[:start] + replacement + text[end:]
        shift += len(replacement) - (end - start)
    return text


def _prepended_title(text: str, start: int, end: int) -> bool:
    """A phrase opening a line, followed by a space or directly by a report title."""
    if start and text[start - 1] != "\n":
        return False
    rest = text[end : text.find("\n", end) if "\n" in text[end:] else len(text)]
    return text[end : end + 1] in (" ", "\u3000") or bool(markers.REPORT_TITLE.search(rest))


def _abbreviation(place: str) -> str:
    if place in markers.PROVINCE_ABBREVIATIONS:
        return markers.PROVINCE_ABBREVIATIONS[place]
    if place.endswith(("市", "自治州", "地区", "盟")):
        return place[0]
    return place[:2]


def restore_place_name(text: str, end: int, suffix: str, context: SpamContext) -> str | None:
    """The place a spam phrase replaced, when the page's own evidence names exactly one; else None (remove)."""
    candidates = list(dict.fromkeys(region_parts(context.region) + region_parts(title_place(context.title))))
    province_body = "办公厅" in suffix
    if province_body:
        candidates = [place for place in candidates if place in markers.PROVINCE_ABBREVIATIONS]
    sentence_end = min((i for i in (text.find("。", end), text.find("\n", end)) if i != -1), default=len(text))
    number = markers.DOCUMENT_NUMBER.search(text, end, min(sentence_end, end + 160))
    evidence = False
    if number:
        matching = [place for place in candidates if number.group(1).startswith(_abbreviation(place))]
        if matching:
            candidates, evidence = matching, True
    if not evidence:
        elsewhere = [place for place in candidates if place + suffix in text or place + suffix in context.evidence]
        if elsewhere:
            candidates, evidence = elsewhere, True
    if len(candidates) == 1 and (evidence or province_body):
        return candidates[0]
    return None


def clean_report(report: Report) -> Report:
    """The report with injected spans removed or repaired in everything it carries: title, text, every table cell
    and the page's metadata values. Each change is listed once in `spam`, with the fields it stood in and how often.
    Fields derived from these (publisher, region, year, sections) are derived later, from the cleaned values."""
    host = urlsplit(report.url).hostname
    found: dict[tuple[str, str, str], dict] = {}

    def record(hits: list[SpamHit], field_name: str) -> None:
        for hit in hits:
            entry = found.setdefault(
                (hit.found, hit.replaced_by, hit.kind), {**hit.as_dict(), "fields": [], "count": 0}
            )
            entry["count"] += 1
            if field_name not in entry["fields"]:
                entry["fields"].append(field_name)

    # Extraction already removed the hidden and off-site blocks from the page (the DOM level).
    record([SpamHit(**hit) for hit in report.spam], "page")
    title, hits = clean_text_spam(report.title or "", SpamContext(report.region, report.title, host))
    record(hits, "title")
    context = SpamContext(report.region, title, host)
    text, hits = clean_text_spam(report.text, context)
    record(hits, "text")
    short_values = _ShortValueCleaner(replace(context, evidence=text))
    tables = [
        {
            "caption": short_values.clean(table["caption"], "tables", record),
            "rows": [[short_values.clean(cell, "tables", record) for cell in row] for row in table["rows"]],
        }
        for table in report.tables
    ]
    page_meta = {label: short_values.clean(value, "page_meta", record) for label, value in report.page_meta.items()}
    return replace(
        report,
        title=title.strip() or None,
        text=text,
        tables=tables,
        page_meta=page_meta,
        spam=list(found.values()),
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


class _ShortValueCleaner:
    """Cleans table cells and metadata values; merged cells repeat the same value, so each is judged once."""

    def __init__(self, context: SpamContext) -> None:
        self.context = context
        self.seen: dict[str, tuple[str, list[SpamHit]]] = {}

    def clean(self, value: str | None, field_name: str, record) -> str | None:
        if not value:
            return value
        if value not in self.seen:
            self.seen[value] = clean_text_spam(value, self.context)
        cleaned, hits = self.seen[value]
        record(hits, field_name)
        return cleaned
