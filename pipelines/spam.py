"""Find injected spam in report pages and texts, remove it or repair it, and record every change."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, fields, replace
from difflib import SequenceMatcher
from functools import cache
from itertools import takewhile
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

from pipelines import markers
from pipelines.html import invisible_style
from pipelines.items import Report
from pipelines.prefilter import Prefiltered
from pipelines.regions import named_place, place_at, place_pinyin, region_parts, title_place
from pipelines.text import clean_space, to_simplified

VOCABULARY = tuple(sorted(markers.SPAM_VOCABULARY, key=len, reverse=True))
CORE_BEFORE = Prefiltered(re.compile(f"(?:{markers.SPAM_CORE.pattern})\\Z", re.I))
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
    "template_phrase",
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
    dropped = False  # until something is dropped, every element found below is still in the container
    # Most pages hide nothing: the distinct inline styles (a handful, however many elements) say so at once.
    hides = MARKED_HIDDEN(container) or any(invisible_style(style) for style in set(INLINE_STYLES(container)))
    for element in HIDDEN_CANDIDATES(container) if hides else ():
        if dropped and container not in element.iterancestors():
            continue  # inside an element dropped earlier
        if element.tag == "marquee" or element.get("hidden") is not None or invisible_style(element.get("style") or ""):
            if text := clean_space(element.text_content()):
                hits.append(SpamHit(text, "", "hidden_element"))
            element.drop_tree()
            dropped = True
    for anchor in list(container.iterdescendants("a")):  # blocks are dropped as we go
        href = anchor.get("href")
        if href is None or not _may_leave_site(href):
            continue
        if dropped and container not in anchor.iterancestors():
            continue  # went with a block dropped earlier
        if not _offsite_spam(urljoin(page_url, href), clean_space(anchor.text_content()), host):
            continue
        block = _link_block(anchor, container)
        hits.extend(SpamHit(clean_space(a.text_content()), "", "link_block") for a in block.iter("a"))
        block.drop_tree()
        dropped = True
    return hits


HIDDEN_CANDIDATES = etree.XPath(".//*[@style or @hidden] | .//marquee")
MARKED_HIDDEN = etree.XPath("boolean(.//*[@hidden] | .//marquee)")
INLINE_STYLES = etree.XPath(".//@style", smart_strings=False)
# Characters URL parsing removes wherever they stand (urllib.parse: tab, carriage return, newline).
URL_IGNORED = str.maketrans("", "", "\t\r\n")


def _may_leave_site(href: str) -> bool:
    """False for a link that resolves to the page's own host whatever the page's URL is: one without "//" (a
    path, a query, a fragment, or a scheme such as javascript: that urljoin leaves without a host)."""
    return "//" in href.translate(URL_IGNORED)


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
    if not markers.ANY_LETTER.search(text):
        return text, []  # numbers and punctuation (most table cells) carry no spam
    hits: list[SpamHit] = []
    original = text
    text = _remove_pinyin_glosses(text, hits)
    text = _remove_spam_addresses(text, context, hits)
    # the shadow is made once and edited with the text from here on
    text, shadow, marked = _restore_template_phrases(text, _shadow(text), hits)
    text, shadow = _replace_spans(text, shadow, _words_inserted_into_a_copy(shadow), hits, "spam_phrase")
    text = _clean_spam_phrases(text, shadow, context, hits, marked)
    return text, _glosses_in_removed_spans(original, hits) if hits and hits[0].kind == "pinyin_gloss" else hits


def _glosses_in_removed_spans(original: str, hits: list[SpamHit]) -> list[SpamHit]:
    """A gloss inside a span removed whole was part of what was injected: the span is recorded as it stood, gloss and
    all (半島官網(wǎng)), and the gloss is not recorded apart."""
    glosses = [hit for hit in hits if hit.kind == "pinyin_gloss"]
    recorded = []
    for hit in hits[len(glosses) :]:  # the glosses come first: they are removed first
        for gloss in [gloss for gloss in glosses if not hit.replaced_by and gloss.replaced_by in hit.found]:
            if (as_found := hit.found.replace(gloss.replaced_by, gloss.found, 1)) in original:
                hit = replace(hit, found=as_found)
                glosses.remove(gloss)
        recorded.append(hit)
    return glosses + recorded


def _shadow(text: str) -> str:
    """The text in simplified characters, position for position, so patterns written in simplified characters find
    traditional and mixed spellings (美高梅娛樂城) and each span is cut from the text as found. A line OpenCC would
    lengthen or shorten is left as it is."""
    lines = text.split("\n")
    converted = [to_simplified(line) for line in lines]
    return "\n".join(new if len(new) == len(old) else old for new, old in zip(converted, lines, strict=True))


@cache
def _readings(character: str) -> frozenset[str]:
    from pypinyin import Style, pinyin

    return frozenset(pinyin(character, style=Style.NORMAL, heteronym=True)[0])


def _toneless(syllable: str) -> str:
    """fā → fa, lǜ → lv (pypinyin writes ü as v without tones)."""
    decomposed = unicodedata.normalize("NFD", syllable.lower()).replace("u\u0308", "v")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _remove_pinyin_glosses(text: str, hits: list[SpamHit]) -> str:
    def repair(run: re.Match) -> str:
        pairs = markers.PINYIN_GLOSS.findall(run.group(0))
        if not all(_toneless(syllable) in _readings(character) for character, syllable in pairs):
            return run.group(0)
        clean = "".join(character for character, _syllable in pairs)
        hits.append(SpamHit(run.group(0), clean, "pinyin_gloss"))
        return clean

    return re.sub(f"(?:{markers.PINYIN_GLOSS.pattern})+", repair, text)


def _trusted(domain: str, context: SpamContext) -> bool:
    domain = domain.lower()
    bare_suffixes = (suffix.lstrip(".") for suffix in markers.TRUSTED_DOMAIN_SUFFIXES)
    return (
        domain == (context.host or "")
        or any(domain == bare or domain.endswith("." + bare) for bare in bare_suffixes)
        or _place_domain(domain)
    )


def _place_domain(domain: str) -> bool:
    """A .cn domain registered under a province's or city's pinyin (ly.shandong.cn, the province's mail system):
    spam sites take numbers and letters (996bkk.com, 77365.com), not a place's name."""
    labels = domain.split(".")
    return len(labels) >= 2 and labels[-1] == "cn" and labels[-2] in place_pinyin()


def _remove_spam_addresses(text: str, context: SpamContext, hits: list[SpamHit]) -> str:
    if "." not in text:
        return text  # every address has a dot: most values (table cells) are passed at once
    out, last = [], 0
    for match in (markers.TEXT_URL if "@" in text else markers.TEXT_URL_WITHOUT_MAIL).finditer(text):
        address = match.group(0)
        domain = address.rsplit("@", 1)[-1] if "@" in address else urlsplit(SCHEME.sub("//", address, count=1)).hostname
        if not domain or _trusted(domain, context) or _inside_a_list(text, match.start(), match.end()):
            continue
        # (the text as repaired so far: an address put back to 政府信息公开 before 平台( makes the next the platform's)
        before = to_simplified(("".join(out[-2:]) + text[last : match.start()])[-OWN_ADDRESS_LOOKBACK:])
        in_own_slot = (
            markers.OWN_ADDRESS_CONTEXT.search(before)
            or markers.BYLINE_BODY_BEFORE.search(before)
            or (
                markers.DATELINE_ADDRESS_BEFORE.search(before)
                and markers.DATELINE_AFTER.match(to_simplified(text[match.end() : match.end() + 40]))
            )
            or (
                markers.OWN_DOWNLOAD_BEFORE.search(before)
                and markers.OWN_DOWNLOAD_AFTER.match(to_simplified(text[match.end() : match.end() + 4]))
            )
        )
        # in brackets after a spam site's name (在BT365-Online(http://…)全文公开): that site's address
        bracketed = text[match.start() - 1 : match.start()] in "(（"
        spam_named = bracketed and _names_spam(CLAUSE_MARK.split(before)[-1])
        if not (in_own_slot or spam_named or markers.SPAM_DOMAIN_WORDS.search(domain)):
            continue
        start, end = match.start(), match.end()
        if "@" in address and _host_elsewhere(text, domain):
            # the mirror wrote its host for the portal's domain throughout: in a mailbox only the domain is its own
            # (fzsjxxzx@gnylighting.com beside www.gnylighting.com)
            address, start = domain, end - len(domain)
        glued = (text[start - 1 : start].isalpha() and not text[start - 1].isascii()) or text[start - 1 : start] == "《"
        # glued inside a name whose words take a place before them (表彰www.77365.com体育系统): it stands for the place
        in_place = glued and markers.PLACE_TAKING_AHEAD.match(to_simplified(text[end : end + 12]))
        fixed = next((words for after, words in OPEN_TEMPLATES if after.match(to_simplified(text[end : end + 12]))), "")
        kind = "template_phrase" if fixed else "place_name" if in_place else "spam_domain"
        # the site's name opening the line before its address (吉华股票 www.390194.live 本年報是根據…)
        name = kind == "spam_domain" and markers.SITE_NAME_BEFORE_ADDRESS.search(text, last, start)
        # (the name as the page writes it, maybe in traditional characters: 中央政府門戶網站)
        if name and not markers.OWN_ADDRESS_CONTEXT.search(to_simplified(name.group("name"))):
            hits.append(SpamHit(name.group("name"), "", "spam_phrase"))
            start = name.start()
        hits.append(SpamHit(address, fixed, kind))
        if not fixed and text[start - 1 : start] in "(（" and text[end : end + 1] in ")）" and start > 0:
            start, end = start - 1, end + 1  # drop the brackets the address sat in
        out.append(text[last:start] + fixed)
        last = end
    return "".join(out) + text[last:]


def _names_spam(clause: str) -> bool:
    """The clause holds a spam core or a brand read by its grammar (在米乐体育官网入口)."""
    return bool(markers.SPAM_CORE.search(clause) or _composed_brands(clause))


def _host_elsewhere(text: str, domain: str) -> bool:
    """The page gives the domain as a site's host too, not only after an @."""
    return any(text[m.start() - 1 : m.start()] != "@" for m in re.finditer(re.escape(domain), text, re.I))


def _inside_a_list(text: str, start: int, end: int) -> bool:
    """An address joined by _ to a brand list's pieces and glued to the next (…备用网址_365bet.com最快线路检测中心): one
    of the list's pieces, cut with the list (spam_spans), not on its own."""
    return text[start - 1 : start] == "_" and _name_letter(text[end : end + 1] or " ")


CLAUSE_MARK = re.compile(r"[，。；,;\n]")
# An address's scheme or its slashes, where it has them: replaced by // so that every address parses as a host.
SCHEME = re.compile(r"^(?:https?:)?//|^", re.I)
# How far before an address its slot's words are looked for: a label, or a site named in quotes (政府门户网站“…”).
OWN_ADDRESS_LOOKBACK = 40


def _foreign(slot: str) -> bool:
    """Words no template slot holds: spam vocabulary, risky words, Latin letters, a casino brand glued to another
    word (澳门金沙城中心)."""
    return _foreign_words(slot) or bool(re.search(r"[A-Za-z]{2,}", slot))


def _foreign_words(slot: str) -> bool:
    """Spam vocabulary, risky words or a casino brand glued to another word: _foreign without its Latin letters."""
    return bool(markers.SPAM_CORE.search(slot) or markers.SLOT_RISKY.search(slot) or _slot_brand(slot))


def _slot_brand(text: str) -> bool:
    """A casino brand glued to another brand morpheme (澳门金沙, U体育): too light to be spam in a sentence, foreign
    where only fixed words or a name can stand."""
    return any(_slot_weight(kinds) for _start, _end, kinds, _stem in _segments(text, _brand_morphemes(text)))


def _slot_weight(kinds: list[str]) -> bool:
    return "brand" in kinds and sum(markers.BRAND_WEIGHTS[kind] for kind in kinds) >= markers.SLOT_BRAND_MIN_WEIGHT


# Templates with a fixed text on both sides of the slot, searched for directly; the others judge found spans.
BOUNDED_TEMPLATES = tuple(
    (re.compile(f"(?:{before})(?P<slot>{markers.TEMPLATE_SLOT})(?:{after})"), re.compile(before), words)
    for before, words, after in markers.TEMPLATE_PHRASES
    if before
)
TEMPLATE_WORDS = tuple({words for _before, words, _after in markers.TEMPLATE_PHRASES})
# Bounded templates whose slot a body's own name fills as well (市人民政府应急办公室): no evidence for a string there.
NAME_SLOT_TEMPLATES = frozenset(
    index
    for index, (_before, _words, after) in enumerate(phrase for phrase in markers.TEMPLATE_PHRASES if phrase[0])
    if after == markers.OFFICE_AFTER
)
OPEN_TEMPLATES = tuple((re.compile(after), words) for before, words, after in markers.TEMPLATE_PHRASES if not before)
# Any bounded template's fixed left text: a value holding none (most table cells) is passed at once.
TEMPLATE_BEFORE = re.compile("|".join(f"(?:{before})" for before, _words, _after in markers.TEMPLATE_PHRASES if before))


def _restore_template_phrases(text: str, shadow: str, hits: list[SpamHit]) -> tuple[str, str, frozenset[str]]:
    """Put the report's fixed words back where a spam span stands in their place (《中华人民共和国X条例》). A mirror
    writes one string for one word throughout the page, so a string found standing for fixed words is put back by the
    same words wherever else it stands as a phrase of its own (市X全面推进 → 关于, 推进X:的决策部署 → 政务公开).
    Also returns the strings found written with a colon for fixed words (澳门金沙城中心: for 关于), without it: the
    mirror's own phrase, spam wherever else it stands bare (发布更新政策文件、澳门金沙城中心等信息). A string of no
    spam vocabulary is put back where it stands in the slots of two templates of the same words (X:印发 and
    X:政府信息公开工作年度报告有关事项 for 关于): no genuine text writes one other string there twice."""
    if not TEMPLATE_BEFORE.search(shadow):
        return text, shadow, frozenset()
    confirmed: dict[str, str] = {}
    unknown: dict[tuple[str, str], set[int]] = {}  # strings of no spam vocabulary in a slot: the templates they fill
    text, shadow = _restore_template_slots(text, shadow, hits, confirmed, unknown)
    if repeated := {slot for (slot, _words), templates in unknown.items() if len(templates) > 1}:
        text, shadow = _restore_template_slots(text, shadow, hits, confirmed, {}, repeated)
    for found in sorted(confirmed, key=len, reverse=True):  # 十大博彩公司: before 十大博彩公司
        spans = [
            (match.start(), match.end(), confirmed[found])
            for match in re.finditer(re.escape(found), shadow)
            if _expand(shadow, *match.span()) == match.span()
            # (before a level word and a body, X市科技局, it stands for the place: judged with the other phrases)
            and not markers.PLACE_BODY_SLOT.match(shadow, match.end())
        ]
        text, shadow = _replace_spans(text, shadow, spans, hits)
    colon_written = {found[:-1] for found in confirmed if found[-1] in ":："}
    return text, shadow, frozenset(stem for stem in colon_written if stem)


def _restore_template_slots(
    text: str,
    shadow: str,
    hits: list[SpamHit],
    confirmed: dict[str, str],
    unknown: dict[tuple[str, str], set[int]],
    repeated: frozenset[str] | set[str] = frozenset(),
) -> tuple[str, str]:
    """Each bounded template's slot holding foreign words (or a string in `repeated`) put back to its fixed words and
    noted in `confirmed`; the other strings that fill a slot where fixed words belong noted in `unknown`."""
    for index, (pattern, before, words) in enumerate(BOUNDED_TEMPLATES):
        spans = []
        for match in pattern.finditer(shadow):
            start, end = match.span("slot")
            # the slot starts after the last left text in it (国务院办公厅政府信息与政务公开办公室|X:印发)
            start = max([start] + [inner.end() for inner in before.finditer(shadow, start, end)])
            # fixed words in the slot, its own or another template's at its end (年X政府信息公开|工作要点): what
            # stands before them is no fixed words but the place (judged with the other spam phrases)
            slot = shadow[start:end]
            if words in slot or slot.endswith(TEMPLATE_WORDS):
                continue
            if not (slot in repeated or _foreign(slot)):
                if (
                    index not in NAME_SLOT_TEMPLATES
                    and len(slot.strip(" :：")) >= 2
                    and markers.ANY_LETTER.search(slot)
                ):
                    unknown.setdefault((slot, words), set()).add(index)
                continue
            spans.append((start, end, words))
            confirmed.setdefault(slot, words)
        text, shadow = _replace_spans(text, shadow, spans, hits)
    return text, shadow


def _replace_spans(
    text: str, shadow: str, spans: list[tuple[int, int, str]], hits: list[SpamHit], kind: str = "template_phrase"
) -> tuple[str, str]:
    """Text and shadow with each (start, end) span replaced by its words, recorded as of the kind given."""
    if not spans:
        return text, shadow
    pieces, shadow_pieces, last = [], [], 0
    for start, end, words in spans:
        hits.append(SpamHit(text[start:end], words, kind))
        pieces.append(text[last:start] + words)
        shadow_pieces.append(shadow[last:start] + words)
        last = end
    return "".join(pieces) + text[last:], "".join(shadow_pieces) + shadow[last:]


def _words_inserted_into_a_copy(text: str) -> list[tuple[int, int, str]]:
    """Words a spam site scatters into copied text, where the page shows the same passage clean as well (a summary
    over the body): short words the body's copy holds right after a clause mark and the clean copy does not
    (近日,发改国家发展和改革委员会、委对国家体育总局、若干国务院…), when there are several of them and the rest of the
    two copies agree; then the same words wherever else they stand right after a clause mark (差距。若干), never
    inside a sentence, where the text's own words stand (筛选若干示范城市). Spans to remove, as (start, end, "")."""
    if "\n" not in text:
        return []
    lines = [line.strip() for line in text.split("\n")]
    by_opening: dict[str, str] = {}
    inserted: set[str] = set()
    for line in lines:
        if len(line) < markers.COPY_MIN_CHARS or "|" in line:  # (a table's rows open alike and differ in cells)
            continue
        opening = line[: markers.COPY_OPENING_CHARS]
        if (clean := by_opening.setdefault(opening, line)) is not line:
            inserted |= _inserted_words(clean, line) or _inserted_words(line, clean)
    if not inserted:
        return []
    pattern = re.compile(f"(?<=[{markers.CLAUSE_MARKS}])(?:{'|'.join(map(re.escape, inserted))})")
    return [(match.start(), match.end(), "") for match in pattern.finditer(text)]


def _inserted_words(clean: str, copy: str) -> set[str]:
    """The short words inserted into copy right after a clause mark, when clean is copy without them (its other
    differences are brackets); else none."""
    # a cheap look first: two copies share stretches of text beyond their opening (lines of a report that open
    # alike, 本机关2023年…, go on differently)
    chunks = (clean[len(clean) * k // 4 :][: markers.COPY_OPENING_CHARS] for k in (1, 2, 3))
    if not any(chunk in copy for chunk in chunks):
        return set()
    matcher = SequenceMatcher(None, clean, copy[: len(clean) + markers.COPY_SLACK_CHARS], autojunk=False)
    words, agreed = set(), 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        piece = copy[j1:j2]
        if tag == "equal":
            agreed += i2 - i1
        elif tag == "insert" and markers.INSERTED_WORD.fullmatch(piece) and copy[j1 - 1] in markers.CLAUSE_MARKS:
            words.add(piece)
    enough = len(words) >= markers.INSERTED_MIN_WORDS and agreed >= markers.COPY_AGREEMENT * len(clean)
    return words if enough else set()


def _piece_after(text: str, index: int) -> int | None:
    """End of the spam piece starting at index: a separator followed by another piece (the longest read: a list's
    piece no vocabulary names runs to the next separator, _list_piece_after), an ASCII run (not the report's year),
    a core, a short bracket of spam, or a vocabulary word that does not name the body after it."""
    if separator := markers.SPAM_SEPARATOR.match(text, index):
        after = separator.end()
        if ends := [end for end in (_piece_after(text, after), _brand_word(text, after)) if end]:
            return max([*ends, _list_piece_after(text, after) or 0])
        if end := _list_piece_after(text, after):
            return end
    if (
        (match := markers.SPAM_ASCII.match(text, index))
        and not markers.REPORT_YEAR_AHEAD.match(text, index)
        and not markers.COUNT_AHEAD.match(text, index)
    ):
        return match.end()
    if core := markers.SPAM_CORE.match(text, index):
        return core.end()
    if text[index : index + 1] in ("(", "（") and (close := _bracket_end(text, index)):
        return close
    if text[index : index + 1] == "【" and (close := _spam_bracket_end(text, index)):
        return close
    if markers.BODY_WORDS.match(text, index):
        return None
    if word := next((w for w in VOCABULARY if text.startswith(w, index)), None):
        return index + len(word)
    if word := next((w for w in markers.SPAM_LINKING_WORDS if text.startswith(w, index)), None):
        return index + len(word) if _piece_after(text, index + len(word)) else None
    return None


def _list_piece_after(text: str, index: int) -> int | None:
    """End of a list's piece no vocabulary names (欧洲杯足球网 of …_欧洲杯足球网-【投注官网平台】): letters up to a
    separator that opens another spam piece."""
    piece = markers.LIST_PIECE.match(text, index)
    separator = piece and markers.SPAM_SEPARATOR.match(text, piece.end())
    return piece.end() if separator and _piece_after(text, separator.end()) else None


def _spam_bracket_end(text: str, start: int) -> int | None:
    """End of a 【】 tail that holds one spam piece whole (-【投注官网平台】)."""
    close = text.find("】", start + 1, start + markers.LIST_PIECE_MAX_CHARS + 2)
    return close + 1 if close > start + 1 and _grow(text, start + 1, _piece_after) == close else None


def _brand_word(text: str, index: int) -> int | None:
    """End of a short brand word opening a list item after a separator, glued to its ASCII part (_速发365网址)."""
    if match := BRAND_WORD.match(text, index):
        return _piece_after(text, match.end())
    return None


BRAND_WORD = re.compile(r"[\u4e00-\u9fff]{1,3}(?=[A-Za-z0-9])")


def _piece_before(text: str, index: int) -> int | None:
    """Start of the spam piece ending at index, as _piece_after reads them, leftwards."""
    head = text[max(0, index - 40) : index]
    if (
        (match := markers.SPAM_ASCII_BEFORE.search(head))
        and not markers.DATE_ASCII.search(head.rstrip())
        and not markers.YEAR_BEFORE.search(head)
    ):
        return index - len(match.group(0))
    if core := CORE_BEFORE.search(head):
        return index - len(core.group(0))
    if word := next((w for w in VOCABULARY if text.endswith(w, 0, index)), None):
        return index - len(word)
    # a brand's Chinese name glued before its Latin one (必威betway, 华体会hth)
    latin_after = text[index : index + 1].isascii() and text[index : index + 1].isalpha()
    if latin_after and (brand := _casino_brand_before(text, index)) is not None:
        return brand
    if separator := re.search(markers.SPAM_SEPARATOR.pattern + r"\Z", head):
        at = index - len(separator.group(0))
        return _piece_before(text, at) or _casino_brand_before(text, at)
    return None


def _casino_brand_before(text: str, index: int) -> int | None:
    """Start of a casino brand in Chinese ending at index (金博 of 金博·体育(中国)官方网站; a Latin one is an ASCII
    piece)."""
    for length in range(min(markers.BRAND_MAX_CHARS, index), 1, -1):
        if markers.BRAND_MORPHEME_KINDS.get(word := text[index - length : index]) == "brand" and not word.isascii():
            return index - length
    return None


def _grow(text: str, index: int, step) -> int:
    while (moved := step(text, index)) is not None and moved != index:
        index = moved
    return index


def _expand(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a spam core over the pieces spam phrases are made of, over a comma to the next brand of a list
    (英国威廉希尔公司,十大博彩公司) when that brand carries spam or risky words, and over the emoji framing it."""
    # A core overlapping the end of another (皇冠娱乐|城 of 娱乐城) carries the span to its own end.
    end = max([end] + [core.end() for i in range(start, end) if (core := markers.SPAM_CORE.match(text, i))])
    while True:
        end = _grow(text, end, _piece_after)
        if text[end : end + 1] and text[end] in markers.LIST_COMMA:
            after = _grow(text, end + 1, _piece_after)
            if markers.SPAM_CORE.search(text, end + 1, after) or markers.SLOT_RISKY.search(text, end + 1, after):
                end = after
                continue
        break
    end = _last_piece_to_place_slot(text, start, end)
    while True:
        start = _grow(text, start, _piece_before)
        if piece := _list_piece_before(text, start) or _list_head_before(text, start):
            start = piece
            continue
        if start and text[start - 1] in markers.LIST_COMMA:
            before = _grow(text, start - 1, _piece_before)
            if markers.SPAM_CORE.search(text, before, start - 1) or markers.SLOT_RISKY.search(text, before, start - 1):
                start = before
                continue
        break
    while start and markers.EMOJI.match(text, start - 1):
        start -= 1
    while markers.EMOJI.match(text, end):
        end += 1
    return start, end


def _last_piece_to_place_slot(text: str, start: int, end: int) -> int:
    """Where a brand list joined by separators ends when a place's body follows its last piece closely (…_365提款一直
    在处理中|人民政府办公室): the place slot holds the whole string, so the letters glued between are the list's last
    piece, when they name no place the gazetteer knows; else end."""
    if not markers.SPAM_SEPARATOR.search(text, start, end):
        return end
    for stop in range(end, min(len(text), end + markers.LIST_PIECE_MAX_CHARS) + 1):
        if stop > end and not "\u4e00" <= text[stop - 1] <= "\u9fff":
            break
        if markers.GOVERNMENT_BODY.match(text, stop):
            return end if place_at(text[end:]) else stop
    return end


def _list_piece_before(text: str, start: int) -> int | None:
    """Start of a list piece before a _ that opens the phrase at start (《365bet规则_365bet…, _365bet最新技巧_365体育…),
    when a boundary stands before the piece; None otherwise (关于假的365不让提款怎么办_: its edge is unknown)."""
    if text[start - 1 : start] != "_":
        return None
    head = text[max(0, start - markers.LIST_PIECE_MAX_CHARS - 1) : start]
    if not (piece := markers.LIST_PIECE_BEFORE.search(head)):
        return None
    piece_start = start - len(piece.group(0))
    return piece_start if piece_start == 0 or not text[piece_start - 1].isalnum() else None


def _list_head_before(text: str, start: int) -> int | None:
    """Start of the first piece of a list joined by _ when the phrase at start is only its tail (金沙城中心|赌场_澳门
    金沙官网) and the rest of the piece names a brand: the piece runs back to a list's boundary (the start, a space,
    、, >, 《, “), never to a sentence's start, where any words may stand (。未发生|金沙城中心赌场_…: that one is found
    whole elsewhere on the page)."""
    if not (piece := markers.LIST_HEAD.match(text, start)):
        return None
    head = markers.LIST_HEAD_BEFORE.search(text, max(0, start - markers.LIST_PIECE_MAX_CHARS), start)
    if not head or head.end() != start or head.start() == start:
        return None
    bounded = head.start() == 0 or text[head.start() - 1] in markers.LIST_BOUNDARIES
    short = len(piece.group(0)) + start - head.start() <= markers.LIST_PIECE_MAX_CHARS
    # the piece names a brand (金沙 of 金沙城中心), not the sentence's own words (一是推进|足球彩票_…)
    return head.start() if bounded and short and markers.BRAND_MORPHEME.search(head.group(0)) else None


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


def _keyword_lines(text: str) -> list[tuple[int, int]]:
    """Lines that are porn or gambling keyword lists (亚洲精品_中文字幕乱码_…): short, without sentence punctuation,
    naming no government body, in fragments joined by _ , - that mostly carry spam words, a spam core among them, or
    that each name a site's access (_access_keywords)."""
    spans, offset = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        # a list glued before the report's title (X2016年政府信息公开工作年度报告) stands for the body that titles it:
        # the list is the line up to the title's year
        if stripped.endswith("报告") and (title := markers.REPORT_TITLE_TAIL.search(stripped)):
            stripped = stripped[: title.start()]
        fragments = _keyword_list(stripped)
        colon = ":" in stripped or "：" in stripped  # (a cheap look first: most lines have no label)
        if fragments is None and colon and (label := markers.KEYWORD_LINE_LABEL.search(stripped)):
            # the list after its label, opening the line or after the template's leftovers on it (its JSON line)
            # (a long list only: after a field's label, 地址:X, a short one is the field's value cut in pieces)
            stripped = stripped[label.start() :]
            fragments = _keyword_list(stripped[label.end() - label.start() :])
            if fragments is not None and len(fragments) < markers.KEYWORD_LIST_COLON_MIN_FRAGMENTS:
                fragments = None
        if fragments is None:
            fragments = _place_name_list(stripped)
        if fragments is not None:
            start = offset + line.index(stripped)
            # (a ? after the list is a character the copy lost, the page's own, not the list's)
            spans.append((start, start + len(stripped.rstrip(" ?"))))
            spans += _brand_before_a_date(text, [part.strip() for part in fragments])
        offset += len(line) + 1
    return spans


def _keyword_list(line: str) -> list[str] | None:
    """The fragments of a line that is a keyword list (_keyword_lines), or None."""
    if (  # the cheap tests first: most lines are sentences, or carry no core and no two access words
        not markers.SENTENCE_MARKS_BUT_COLON.search(line)
        and (len(line) <= markers.TITLE_LINE_MAX_CHARS or markers.KEYWORD_SEPARATOR.search(line))
        and ((words := markers.TITLE_LINE_WORDS.search(line)) or _two_access_words(line))
        and len(fragments := [part for part in markers.KEYWORD_SEPARATOR.split(line) if part.strip()])
        >= markers.KEYWORD_LINE_MIN_FRAGMENTS
        and _list_shaped(line, fragments)
        and not markers.ADMIN_SUFFIX.search(line)
        and (
            (words and (markers.SPAM_CORE.search(line) or _long_list(fragments)) and _strays_allowed(fragments))
            or _access_keywords(fragments)
        )
    ):
        return fragments
    return None


def _place_name_list(line: str) -> list[str] | None:
    """The fragments of a line that is a spider pool's list of place names (鲜城| 德惠市| 嵊泗县| …| 财经| 汉沽区|),
    or None: joined by bars, no sentence mark in it, and nearly all of them places of many provinces, mostly counties
    but provinces and cities among them (markers.PLACE_LIST_SEPARATOR)."""
    if len(markers.PLACE_LIST_SEPARATOR.findall(line)) < markers.PLACE_LIST_MIN_FRAGMENTS - 1:
        return None  # (a cheap look first: a table's row or a menu has fewer bars)
    fragments = [part.strip() for part in markers.PLACE_LIST_SEPARATOR.split(line) if part.strip()]
    if len(fragments) < markers.PLACE_LIST_MIN_FRAGMENTS or markers.SENTENCE_MARKS.search(line):
        return None
    places = [place for part in fragments if (place := named_place(part))]
    counties = [place for place in places if place.level == "county"]
    if (
        len(places) >= markers.PLACE_LIST_MIN_SHARE * len(fragments)
        and len(counties) * 2 > len(places)
        and {place.level for place in places} == {"province", "city", "county"}
        and len({place.code[:2] for place in places}) >= markers.PLACE_LIST_MIN_PROVINCES
    ):
        return fragments
    return None


def _list_shaped(line: str, fragments: list[str]) -> bool:
    """A line with no sentence mark but a colon (_keyword_list tests that first) short enough to be a keyword list;
    longer when it is many short fragments (a spider pool's list), and with a colon only inside a fragment of a long
    list (人在海贼:门门果实玩出花)."""
    # (an address's colon, http://…/…/…, makes no list of its slashes)
    if markers.SENTENCE_MARKS.search(line) and (
        len(fragments) < markers.KEYWORD_LIST_COLON_MIN_FRAGMENTS or "://" in line
    ):
        return False
    return len(line) <= markers.TITLE_LINE_MAX_CHARS or all(
        len(part.strip()) <= markers.KEYWORD_FRAGMENT_MAX_CHARS for part in fragments
    )


def _name_access_title(text: str) -> list[tuple[int, int]]:
    """The page's first line as one name repeated with site-access words only, a strong one among them (钱柜登陆,
    钱柜入口): a betting site's title, whatever its name, when the name is no place and no government's or site's
    words (a portal's 政务服务网入口 | 政务服务网登录 stays)."""
    line = markers.FIRST_LINE.match(text)
    stripped = line.group("line").rstrip() if line else ""
    if not stripped or markers.SENTENCE_MARKS.search(stripped) or not markers.STRONG_ACCESS.search(stripped):
        return []
    fragments = [part.strip() for part in markers.KEYWORD_SEPARATOR.split(stripped)]
    opening = "".join(
        chars[0] for chars in takewhile(lambda chars: len(set(chars)) == 1, zip(*fragments, strict=False))
    )
    if (
        len(fragments) < markers.KEYWORD_LINE_MIN_FRAGMENTS
        or not markers.ACCESS_TITLE_NAME.fullmatch(opening)
        or markers.GOVERNMENT_WORDS.search(opening)
        or markers.OWN_SERVICE_WORDS.search(opening)
        or place_at(opening)
    ):
        return []
    kinds = []
    for part in fragments:
        words = list(markers.BRAND_MORPHEME.finditer(part, len(opening)))
        if not words or "".join(word.group(0) for word in words) != part[len(opening) :]:
            return []
        kinds += [markers.BRAND_MORPHEME_KINDS.get(word.group(0).lower()) for word in words]
    if "access" not in kinds or not set(kinds) <= {"access", "weak_access"}:
        return []
    return [(line.start("line"), line.start("line") + len(stripped))]


def _tags_after_a_repeated_title(text: str) -> list[tuple[int, int]]:
    """A content farm's tags (嚴打…取得實效 世界熱門, and on its summary line 嚴打…取得實效,主流): the page's title
    line written again further down, each copy ending in a short word of its own after a space or a comma; the words
    differ, so neither is the title's."""
    first = markers.TAGGED_LINE.match(text)
    if not first:
        return []
    title = first.group("title")
    for line in markers.TAGGED_LINE.finditer(text, first.end()):
        if line.group("title") == title and line.group("tag") != first.group("tag"):
            return [first.span("tag"), line.span("tag")]
    return []


def _brand_before_a_date(text: str, fragments: list[str]) -> list[tuple[int, int]]:
    """The site's brand, the words its keyword line's fragments open with (网信彩票 of 网信彩票返点 - 网信彩票APP),
    with a word glued to it opening a line before the item's date (网信彩票计划2023-01-31 16:05): a title as well."""
    # (the fragments differ in length: the opening ends with the shortest)
    opening = takewhile(lambda chars: len(set(chars)) == 1, zip(*fragments, strict=False))
    brand = "".join(chars[0] for chars in opening)
    if len(brand) < markers.KEYWORD_BRAND_MIN_CHARS:
        return []
    pattern = re.compile(f"^{re.escape(brand)}[\u4e00-\u9fff]{{0,4}}(?=(?:19|20)\\d{{2}}-\\d{{1,2}}-\\d{{1,2}})", re.M)
    return [match.span() for match in pattern.finditer(text)]


def _gambling_app_line(line: str) -> bool:
    """A line titled as an app's download page is a gambling site's own title when it names its country in brackets
    or its phones' systems, and a gambling or sports word (金博·体育(中国)官方网站-ios/安卓版/手机APP下载)."""
    return bool(markers.APP_TITLE_SIGNS.search(line) and markers.APP_TITLE_WORDS.search(line))


def _app_questions(line: re.Match) -> bool:
    """A line of buyers' questions about one name (8455新葡萄娱乐场特色在哪下载安装?8455新葡萄娱乐场特色好用吗?) is an
    app site's title when the name opens with a site's number and the line holds a gambling or sports word."""
    return bool(markers.SITE_NUMBER.match(line.group("name")) and markers.APP_TITLE_WORDS.search(line.group(0)))


def _two_access_words(line: str) -> bool:
    return bool((first := markers.STRONG_ACCESS.search(line)) and markers.STRONG_ACCESS.search(line, first.end()))


def _access_keywords(fragments: list[str]) -> bool:
    """A list of three fragments or more, each naming a site's access (app下载, 官网入口, 平台), with a sports, casino
    or gambling word among them and two strong access words (江南体育app下载_江南体育官网入口_江南体育平台): a betting
    site's title whatever its brand; a site's menu (APP下载 | 网上办事大厅 | 在线咨询) has fragments of other words."""
    if len(fragments) < markers.KEYWORD_LINE_STRAY_FROM:
        return False
    kinds = [
        [markers.BRAND_MORPHEME_KINDS.get(match.group(0).lower()) for match in markers.BRAND_MORPHEME.finditer(part)]
        for part in fragments
    ]
    every = [kind for part in kinds for kind in part]
    return (
        all({"access", "weak_access"} & set(part) for part in kinds)
        and bool({"brand", "gambling", "noun"} & set(every))
        and every.count("access") >= 2
    )


def _long_list(fragments: list[str]) -> bool:
    """A long list a porn site's title is even where no core stands in it: every fragment carries a keyword word
    (99热精品在线国产_美女午夜性视频免费_…), or every fragment is a phrase, longer than a menu's words, and few carry
    none (成人不卡在线,日日夜夜网站,国产精品天天看,…: _strays_allowed); a menu (首页|视频|电影|美女) stays."""
    if len(fragments) < markers.KEYWORD_LINE_WITHOUT_CORE_MIN_FRAGMENTS:
        return False
    return all(markers.TITLE_LINE_WORDS.search(part) for part in fragments) or all(
        len(part.strip()) >= markers.KEYWORD_PHRASE_MIN_CHARS for part in fragments
    )


def _strays_allowed(fragments: list[str]) -> bool:
    """Whether few enough fragments of a line carry no keyword word: none of two, one of three or more, or one in
    five of a longer list when each of them has letters (a site's own words; a date's numbers, 2025-11-21, are no
    list's piece). A fragment opening with the letters a keyword fragment opens with is the list's own site named
    again (91制片厂bb beside 91麻豆免费国产视频), no stray."""
    keyworded = [part.strip() for part in fragments if markers.TITLE_LINE_WORDS.search(part)]
    openings = {part[: markers.KEYWORD_OPENING_CHARS] for part in keyworded}
    # (a fragment naming a site's access, 雅趣app最新版本下载安装, √天堂资源中文官网bt, is a site's title piece too)
    strays = [
        part
        for part in fragments
        if not markers.TITLE_LINE_WORDS.search(part)
        and not markers.STRONG_ACCESS.search(part)
        and part.strip()[: markers.KEYWORD_OPENING_CHARS] not in openings
    ]
    if len(strays) <= (len(fragments) >= markers.KEYWORD_LINE_STRAY_FROM):
        return True
    lettered = all(markers.ANY_LETTER.search(part) for part in strays)
    return lettered and len(strays) <= len(fragments) // markers.KEYWORD_LINE_FRAGMENTS_PER_STRAY


def _slot_seeds(text: str) -> list[tuple[int, int]]:
    """Risky words where only a place or a body's name can stand (中国体育彩票市统计局, 澳门赌场机关): the phrase they
    belong to, when it is followed by a level word and a body and is no place the gazetteer knows, or by 机关; with the
    unknown name it ends, when one stands before it in the slot (星辰娱乐市文化广电和旅游局: _name_before)."""
    seeds = []
    for match in markers.SLOT_RISKY.finditer(text):
        start, end = _expand(text, *match.span())
        if _place_body_ahead(text, end) and not place_at(text[start:end]):
            seeds.append((_name_before(text, start, end), end))
        elif text.startswith("机关", end):
            seeds.append((start, end))
    for match in markers.SPORTS_WORD.finditer(text):
        start, end = _expand(text, *match.span())
        # ending in the sports word, or with a site's number in it (365-体育在线): 体育官网 may be a body's site
        branded = end == match.end() or re.search(r"[A-Za-z0-9]", text[start:end])
        if branded and markers.GOVERNMENT_AHEAD.match(text, end) and not place_at(text[start:end]):
            seeds.append((_name_before(text, start, end), end))
    if "《" in text:  # a cheap look first: most values have none
        seeds += [
            match.span("name")
            for match in markers.ISSUER_SLOT.finditer(text)
            # (Latin letters alone are no sign here: 《WHO关于…》 cites a body by its letters)
            if _foreign_words(match.group("name")) and not markers.BODY_END.search(match.group("name"))
        ]
    # a site's code standing for the place (hg0088市人民政府办公室): no place is written in Latin letters
    seeds += [
        (_ascii_run_start(text, match.start()), match.end())
        for match in markers.SITE_CODE_END.finditer(text)
        if _place_body_ahead(text, match.end())
    ]
    # The mirror writes the same string wherever it replaced the place: each of them, standing as a phrase of its own
    # (《中国体育彩票印发中国体育彩票市2019年…》), is the same injection.
    for phrase in {text[start:end] for start, end in seeds}:
        seeds += [m.span() for m in re.finditer(re.escape(phrase), text) if _expand(text, *m.span()) == m.span()]
    return seeds


def _ascii_run_start(text: str, index: int) -> int:
    while index and text[index - 1].isascii() and text[index - 1].isalnum():
        index -= 1
    return index


def _name_before(text: str, start: int, end: int) -> int:
    """Where the name a place slot's spam phrase ends in begins (星辰 of 星辰娱乐市…): the Chinese letters before it,
    back to a mark or a function word, two to a few and naming no place the gazetteer knows, when the mirror wrote the
    name and phrase as one string more than once (现将星辰彩票市统计局 and 《星辰彩票印发…), opening a title line or
    a document's title;
    else the phrase's own start (现公布|中国体育彩票…, 江西|彩票…: a sentence's words or a place stay)."""
    begin = start
    while begin > 0 and start - begin < markers.SLOT_NAME_MAX_CHARS and _name_letter(text[begin - 1]):
        begin -= 1
    if start - begin < 2 or (begin > 0 and _name_letter(text[begin - 1])):
        return start  # one letter, or more than a name's: the sentence's own words
    if any(place_at(text[at:start]) for at in range(begin, start)):
        return start
    line_start = text.rfind("\n", 0, begin) + 1
    line_end = text.find("\n", end) if "\n" in text[end:] else len(text)
    title_line = begin == line_start and not markers.SENTENCE_OR_LABEL.search(text, line_start, line_end)
    opens_document = text[begin - 1 : begin] == "《"  # a document's issuer: 《即时比分办公厅关于…》
    return begin if title_line or opens_document or text.count(text[begin:end]) > 1 else start


def _name_letter(character: str) -> bool:
    return "\u4e00" <= character <= "\u9fff" and not markers.FUNCTION_CHARS.match(character)


def _in_place_slot(text: str, start: int, end: int, kinds: list[str]) -> bool:
    """A casino brand glued to one more morpheme (米乐体育, 金宝博体育) standing where only a place can
    (_place_body_ahead), when it is no place the gazetteer knows."""
    return _slot_weight(kinds) and _place_body_ahead(text, end) and not place_at(text[start:end])


def _opens_a_title(text: str, start: int, end: int, kinds: list[str]) -> bool:
    """A casino brand glued to one more morpheme, or a site's access word glued to a gambling word (官网开奖), opening
    a document's title (《澳门金沙集团》, 《澳门金沙集团实施》, 《…官网开奖公报》): no rules, documents or gazettes a
    report cites are named for a casino or a lottery site; the mirror put its brand for their names."""
    name = _unknown_name_before(text, start)
    if text[start - 1 : start] != "《" and text[name - 1 : name] != "《":
        return False
    if not (_slot_weight(kinds) or ("access" in kinds and "gambling" in kinds)):
        return False
    return _title_close(text, end) >= end


def _place_body_ahead(text: str, end: int) -> bool:
    """Only a place's name stands before: a level word and a body (X市统计局), 人民政府, or the body's own report,
    plan or portal, also after the mirror's colon (现公布X2023年政府信息公开…, 编制形成了X:政府信息公开工作年度报告)."""
    return bool(
        markers.PLACE_BODY_SLOT.match(text, end)
        or text.startswith(("人民政府", "办公厅"), end)  # (only a government has a 办公厅)
        or markers.REPORT_BODY_AHEAD.match(text, end + (text[end : end + 1] in (":", "：")))
    )


def _composed_brands(text: str) -> list[tuple[int, int]]:
    """Runs of glued brand morphemes (markers.BRAND_MORPHEMES) that weigh enough and hold an anchor: brands no list
    names (澳门金沙官网, 365体育备用网址, 足彩app哪个是正规的); a casino brand or gambling noun with another morpheme
    in a weak slot (_weak_slot) or standing for the site's name (_site_names: 位置: 澳门威尼斯人 >, U体育 | 最新更新,
    来源:yabo); each brand's stem where else it opens a phrase (B体育 of B体育官网 in B体育新闻中心: a mirror writes
    its brand throughout the page), and a brand found in such a slot wherever else it stands (市澳门金沙城中心:推进)."""
    spans, stems, names = [], set(), set()
    site_names = _site_names(text)
    for start, end in site_names:  # a Latin brand alone as the site's name (来源:yabo; 编辑:银河 may be a pen name)
        word = markers.BRAND_MORPHEME.fullmatch(text, start, end)
        if word and word.group(0).isascii() and end - start >= 3 and _morpheme_kind(text, word) == "brand":
            spans.append((start, end))
            names.add(text[start:end])
    for start, end, kinds, stem_end in _segments(text, _brand_morphemes(text)):
        in_slot = (
            _weak_slot(text, start, end, kinds)
            or ((start, end) in site_names and "brand" in kinds)
            or _in_place_slot(text, start, end, kinds)
            or _opens_a_title(text, start, end, kinds)
        )
        # a brand glued to one more word opening a list joined by _ (澳门金沙城中心_欧洲杯足球网-【…】)
        listed = text[end : end + 1] == "_" and _slot_weight(kinds)
        access_tailed = _access_tailed(text, start, kinds)
        if in_slot and "brand" not in kinds and text[start - 1 : start] != "《":
            # a run of no casino brand in a slot: the lottery site's own name before it (腾讯分分 of 《腾讯分分官网开奖
            # 公报》), and that name wherever else it stands
            start = _unknown_name_before(text, start)
            names.add(text[start:end])
        elif access_tailed and (
            name := next((name for name in site_names if name[0] <= start and end == name[1]), None)
        ):
            start = name[0]  # the site's whole name (来源:江南体育app官方下载, 位置: 首页 > X >)
            names.add(text[start:end])
        elif access_tailed and _in_place_slot_ahead(text, end):
            start = _unknown_name_before(text, start)
            names.add(text[start:end])
        elif not (in_slot or listed or _is_brand(kinds)):
            continue
        spans.append((start, end))
        if stem_end < end and "brand" in kinds and not text[start:stem_end].isascii():
            stems.add(text[start:stem_end])  # (a Latin stem, bob of bobapp, may be any word's letters)
        if in_slot and "brand" in kinds and not _is_brand(kinds):
            names.add(text[start:end])
    for stem in stems:
        spans += [
            match.span()
            for match in re.finditer(re.escape(stem), text)
            if not (match.start() and text[match.start() - 1].isalnum())
        ]
    spans += [match.span() for name in names for match in re.finditer(re.escape(name), text)]
    return spans


def _access_tailed(text: str, start: int, kinds: list[str]) -> bool:
    """A sports, casino or gambling word, or a Latin name, with two site-access words glued after it, one of them
    strong (体育app下载, 娱乐app官网入口, manbext网页版登录): a betting site's name, whatever its brand
    (江南体育app下载入口), where only a place's, a body's or the site's own name stands (_in_place_slot_ahead,
    _site_names)."""
    access = [kind for kind in kinds if kind in ("access", "weak_access")]
    if len(access) < 2 or "access" not in access:
        return False
    named = {"brand", "gambling", "noun"} & set(kinds[: kinds.index(access[0])])
    return bool(named or markers.LATIN_NAME_BEFORE.search(text, max(0, start - 8), start))


def _in_place_slot_ahead(text: str, end: int) -> bool:
    """Only a place's or a body's name stands before end (X市人民政府, X统计局, X2022年政府信息公开…)."""
    return (_place_body_ahead(text, end) or bool(markers.ADMIN_SUFFIX.match(text, end))) and not place_at(text[end:])


def _unknown_name_before(text: str, start: int) -> int:
    """Where the brand's own name begins before its run (江南 of 江南体育app下载, yy易游 of yy易游体育app下载): letters
    back to a mark, a space or a function word, a few of them and naming no place the gazetteer knows; else the run's
    start."""
    begin = start
    while begin > 0 and start - begin < markers.SLOT_NAME_MAX_CHARS and _brand_name_letter(text[begin - 1]):
        begin -= 1
    if begin == start or (begin > 0 and _brand_name_letter(text[begin - 1])):
        return start  # more than a name's letters: the sentence's own words
    return start if any(place_at(text[at:start]) for at in range(begin, start)) else begin


def _brand_name_letter(character: str) -> bool:
    return _name_letter(character) or (character.isascii() and character.isalnum())


def _site_names(text: str) -> set[tuple[int, int]]:
    """Where the site's own name stands: first in its breadcrumb (位置: X >), opening the page before a title's bar
    (X | 最新更新), and after a copied item's source or editor label (来源:X 编辑:Y)."""
    names = {m.span("name") for m in markers.SITE_NAME_SLOT.finditer(text)} if "位置" in text else set()
    if opening := markers.SITE_TITLE_SLOT.match(text):
        names.add(opening.span("name"))
    if any(label in text for label in markers.CREDIT_LABELS):  # a cheap look first: most values have none
        names |= {m.span("name") for m in markers.CREDIT_NAME_SLOT.finditer(text)}
    return names


def _brand_morphemes(text: str) -> list[re.Match]:
    """Brand morphemes in the order they stand: the listed words and numbers, and Latin brands before a noun (a
    Latin word both find, bob, is taken once)."""
    listed = list(markers.BRAND_MORPHEME.finditer(text))
    starts = {match.start() for match in listed}
    nouns = any(noun in text for noun in markers.LATIN_BRAND_NOUNS)  # a cheap look first: most values have none
    latin = [match for match in markers.LATIN_BRAND.finditer(text) if match.start() not in starts] if nouns else []
    return sorted(listed + latin, key=re.Match.start) if latin else listed


def _weak_slot(text: str, start: int, end: int, kinds: list[str]) -> bool:
    """Where a run too light to be a brand anywhere is spam all the same: a casino brand with a noun it brands glued
    to the last word of a heading (no sentence or label marks) or of a clause (…举行芒果体育, …便利芒果体育,), and a
    gambling noun or brand with one more morpheme as a line of its own (澳門賭場 over its page's title). (A gambling
    noun glued to a clause's end is a crackdown's words: 多次前往澳门赌场,.)"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text[end : end + 1] in ("", "\n")
    if start == line_start:
        return line_end and _anchored(kinds)
    glued = text[start - 1].isalpha() and not text[start - 1].isascii()
    heading = line_end and not markers.SENTENCE_OR_LABEL.search(text, line_start, start)
    branded_noun = "brand" in kinds and {"noun", "gambling"} & set(kinds)  # 芒果体育, not 在澳门威尼斯人, (a venue)
    return bool(branded_noun) and glued and (heading or _sentence_end(text, end))


def _anchored(kinds: list[str]) -> bool:
    return bool(markers.BRAND_ANCHORS.intersection(kinds))


def _sentence_end(text: str, index: int) -> bool:
    """A clause or sentence ends at index: what stands glued before it was put at the end of a sentence (…更加便利
    澳门人威尼斯官网,), where no place name stands."""
    return text[index : index + 1] in markers.CLAUSE_ENDS


def _segments(text: str, matches) -> list[tuple[int, int, list[str], int]]:
    """Glued runs of brand morphemes, each as start, end, the kinds of its morphemes and the end of its stem (the run
    without the access and tip words it ends in: 半岛 of 半岛官网)."""
    segments = []
    for run in _glued(matches):
        if len(run) < 2:
            continue  # one morpheme weighs 1 at most: never a brand (and most table cells stop here)
        segment: list[tuple[re.Match, str]] = []
        for match in [*run, None]:
            kind = match and _morpheme_kind(text, match)
            if kind:
                segment.append((match, kind))
            elif segment:
                kinds = [kind for _match, kind in segment]
                stem = len(kinds)
                while stem > 1 and kinds[stem - 1] in markers.BRAND_TAIL_KINDS:
                    stem -= 1
                segments.append((segment[0][0].start(), segment[-1][0].end(), kinds, segment[stem - 1][0].end()))
                segment = []
    return segments


def _glued(matches) -> list[list[re.Match]]:
    """Matches in runs, each starting where the one before it ended."""
    runs: list[list[re.Match]] = []
    for match in matches:
        if runs and runs[-1][-1].end() == match.start():
            runs[-1].append(match)
        else:
            runs.append([match])
    return runs


def _is_brand(kinds: list[str]) -> bool:
    """Glued morphemes of these kinds weigh enough and hold an anchor: a casino brand or gambling noun, a number beside
    words (365体育, not 12345热线app), or a place before lottery-tip words (澳门内部资料免费公开)."""
    weight = sum(markers.BRAND_WEIGHTS[kind] for kind in kinds)
    present = set(kinds)
    anchored = (
        present & markers.BRAND_ANCHORS
        or ("number" in present and present & set(markers.BRAND_WORDS))
        or {"place", "tip"} <= present
    )
    return weight >= markers.BRAND_MIN_WEIGHT and bool(anchored)


def _morpheme_kind(text: str, match: re.Match) -> str | None:
    """The kind of a brand morpheme where it stands; None for a year, a piece of a longer number or of a Latin word,
    or an amount (2021体育彩票, 0750-8888038, page, 发行体育彩票694·65亿元)."""
    if markers.BODY_WORDS.match(text, match.start()):
        return None  # the body or fund after a brand (尊龙凯时|体育彩票公益金): its own words, no morpheme of the brand
    word, before = match.group(0), text[match.start() - 1 : match.start()]
    if markers.CHINESE_NUMERAL.fullmatch(word):
        # a brand written in numerals (三亿) names one only before the noun it brands (三亿体育); after words or before
        # a unit it is an amount (销售体育彩票三亿元)
        noun = markers.BRAND_MORPHEME.match(text, match.end())
        return "brand" if noun and markers.BRAND_MORPHEME_KINDS.get(noun.group(0).lower()) == "noun" else None
    if word.isdigit():
        is_year = len(word) == 4 and word[:2] in ("19", "20")
        in_number = before and before in "0123456789.:/-"
        return None if is_year or in_number or markers.QUANTITY_AHEAD.match(text, match.end()) else "number"
    if word.isascii():
        after = text[match.end() : match.end() + 1]
        letter_before = before.isascii() and before.isalpha()
        letter_after = after.isascii() and after.isalpha() and text[match.end() : match.end() + 3].lower() != "app"
        if letter_before or letter_after:
            return None
    return markers.BRAND_MORPHEME_KINDS.get(word.lower(), "brand")  # else a Latin brand before a noun (B体育)


def _names_gambling(name: str) -> bool:
    """A name holds a casino game (牌九游戏) or a gambling noun (a site's footer names the site so); a casino brand's
    morphemes are ordinary words alone (银河麒麟, 星空云平台, 开元数据) and name no gambling site there."""
    kinds = {markers.BRAND_MORPHEME_KINDS.get(word.group(0).lower()) for word in markers.BRAND_MORPHEME.finditer(name)}
    return bool(markers.CASINO_GAMES.search(name) or "gambling" in kinds)


def _names_casino_games(text: str) -> bool:
    """True where a text names three of a casino's table games: it is about the games, so their names are theirs."""
    return len(set(markers.CASINO_GAMES.findall(text))) >= 3


def _local_venue(text: str, start: int) -> bool:
    """True where the 娱乐城 at `start` closes a name opened by a street or district, in a text about 娱乐场所."""
    return "娱乐场所" in text and bool(markers.ADDRESSED_VENUE_BEFORE.search(text, max(0, start - 12), start))


def spam_spans(text: str, marked: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Start and end of every spam phrase in a text in simplified characters: cores, glued mixed-script runs, risky
    words in a place slot, phrases the page marked as its mirror's own (`marked`), grown and merged; keyword-list
    lines whole."""
    credited = [m.span("site") for m in markers.CREDITED_SITE.finditer(text)] if "编" in text or "源" in text else []
    seeds = [
        m.span()
        for m in markers.SPAM_CORE.finditer(text)
        if not any(start <= m.start() and m.end() == end for start, end in credited)
        and not markers.VENUE_LIST_AHEAD.match(text, m.end())
        and not (m.group(0) in markers.GAMES_AS_BRANDS and _names_casino_games(text))
        and not (m.group(0) == "娱乐城" and _local_venue(text, m.start()))
    ]
    seeds += [m.span() for phrase in marked for m in re.finditer(re.escape(phrase), text)]
    seeds += [
        m.span()
        for m in markers.MIXED_SEED.finditer(text)
        if re.search(r"[A-Za-z]", m.group(0)) and re.search(r"\d", m.group(0))
    ]
    seeds += _composed_brands(text)
    if any(noun + "网" in text for noun in markers.BODY_SLOT_SITE_NOUNS):  # a cheap look first: most values have none
        seeds += [m.span("name") for m in markers.BODY_SLOT_SITE.finditer(text)]
    if "365" in text:  # a cheap look first: most values have none
        seeds += [m.span() for m in markers.SITE_CODE_365.finditer(text)]
    grown = [_expand(text, start, end) for start, end in seeds] + _slot_seeds(text) + _keyword_lines(text)
    grown += _name_access_title(text) + _tags_after_a_repeated_title(text)
    if markers.FARM_TAG_OPENING.search(text):  # a cheap look first: most values have none of a tag's words
        grown += [tag.span("tag") for tag in markers.CONTENT_FARM_TAG.finditer(text)]
    if "owered" in text or "OWERED" in text:  # a cheap look first: most values have none
        footers = markers.POWERED_BY.finditer(text)
        grown += [footer.span("name") for footer in footers if _names_gambling(footer["name"])]
    if "关键" in text:  # a cheap look first: most values have none
        grown += [
            line.span()
            for line in markers.KEYWORD_TAG_LINE.finditer(text)
            if any(start < line.end() and end > line.start() for start, end in grown)
        ]
    for line in (markers.LOTTERY_SITE_LINE, markers.LOTTERY_QUERY_LINE):
        if (site := line.match(text)) and markers.BREADCRUMB_AHEAD.match(text, site.end()):
            grown.append(site.span())
    grown += _lottery_name_over_a_title(text) + _betting_app_listing(text)
    if "转载" in text:  # a cheap look first: most values have none
        grown += [line.span() for line in markers.REPOST_CREDIT_LINE.finditer(text)]
    if "?" in text or "？" in text:  # a cheap look first: most values have none
        grown += [line.span() for line in markers.QUESTION_TITLE_LINE.finditer(text) if _app_questions(line)]
    if "下载" in text:  # a cheap look first: most values have none
        grown += [line.span() for line in markers.APP_SITE_TITLE.finditer(text) if _gambling_app_line(line.group(0))]
    if "欢迎" in text:  # a cheap look first: most values have none
        grown += _welcome_banners(text) + _sales_pitches(text)
    if "“" in text:  # a cheap look first: most values have none
        grown = [_quoted_site_name(text, start, end) for start, end in grown]
    spans = [_with_stray_colon(text, *span) for span in _merged(_as_written_elsewhere(text, _merged(grown)))]
    # (a phrase opening a line takes the colon the page writes with it inside the lines: X:文化广电新闻出版局)
    spans = _merged(_as_written_elsewhere(text, spans))
    spans = [(_numbered_head(text, start), _before_own_download(text, start, end)) for start, end in spans]
    spans = [(start, _with_tag_alias(text, start, end)) for start, end in spans]
    spans = [piece for start, end in spans for piece in _doubled(text, start, end)]
    return [piece for start, end in spans for piece in _site_and_address(text, start, end)] if "." in text else spans


def _with_tag_alias(text: str, start: int, end: int) -> int:
    """Where a span opening a line or a 【 summary ends: after the alias and the space or bar a content farm glues
    between its brand and the title (markers.TAG_ALIAS_AHEAD); any other span's end as it is."""
    if start and text[start - 1] not in "\n【":
        return end
    alias = markers.TAG_ALIAS_AHEAD.match(text, end)
    return alias.end() if alias else end


def _doubled(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """One string written twice, glued (《im体育平台im体育平台印发…》), as the two spans it is: a mirror writes one
    string for each word it replaces, here two; any other span as it is."""
    middle = (start + end) // 2
    if (end - start) % 2 or end - start < 4 or text[start:middle] != text[middle:end]:
        return [(start, end)]
    return [(start, middle), (middle, end)]


def _lottery_name_over_a_title(text: str) -> list[tuple[int, int]]:
    """A lottery's or gambling site's short name opening the page over a report's title (彩天下 over 六盘水市人民政府
    …年度报告): where the portal's name stands, when the name is no place and no government's or own service's, and
    its gambling or lottery word is not the title's too."""
    line = markers.NAME_OVER_TITLE.match(text)
    if not line or not markers.REPORT_TITLE.search(line.group("title")):
        return []
    name = line.group("name")
    words = [
        word.group(0)
        for word in markers.BRAND_MORPHEME.finditer(name)
        if markers.BRAND_MORPHEME_KINDS.get(word.group(0)) in markers.LOTTERY_NAME_KINDS
        or word.group(0) in markers.LOTTERY_NAME_WORDS
    ]
    if (
        not words
        or any(word in line.group("title") for word in words)
        or markers.GOVERNMENT_WORDS.search(name)
        or markers.OWN_SERVICE_WORDS.search(name)
        or markers.ADMIN_SUFFIX.search(name)
        or place_at(name)
    ):
        return []
    return [line.span("name")]


def _betting_app_listing(text: str) -> list[tuple[int, int]]:
    """The page's first line as an app store's listing of a betting app (新甫京娱乐娱城-正版App Store): a title of
    the betting site's, when the app's name holds a gambling or sports word and none of a government's own."""
    line = markers.APP_STORE_TITLE.match(text)
    if not line:
        return []
    name = line.group("name")
    if not markers.APP_TITLE_WORDS.search(name) or markers.GOVERNMENT_WORDS.search(name):
        return []
    if markers.OWN_SERVICE_WORDS.search(name) or markers.ADMIN_SUFFIX.search(name):
        return []
    return [line.span("listing")]


def _welcome_banners(text: str) -> list[tuple[int, int]]:
    """A gambling site's welcome banner (欢迎您访问…计划网(www.duhaowan.com)!!! …开奖与计划。): a line welcoming the
    visitor that gives an untrusted site's address and holds a gambling word; with the site's name named before its
    address wherever else it stands (作者/整理 X 来源:)."""
    spans = []
    for line in markers.WELCOME_LINE.finditer(text):
        site = markers.WELCOME_SITE.search(line.group(0))
        domain = site and urlsplit(SCHEME.sub("//", site.group("address"), count=1)).hostname
        gambling = markers.LINK_SPAM.search(line.group(0)) or any(
            markers.BRAND_MORPHEME_KINDS.get(word.group(0)) == "gambling"
            for word in markers.BRAND_MORPHEME.finditer(line.group(0))
        )
        if domain and not _trusted(domain, SpamContext()) and gambling:
            spans.append((line.start(), line.start() + len(line.group(0).rstrip())))
            spans += [match.span() for match in re.finditer(re.escape(site.group("name")), text)]
    return spans


def _sales_pitches(text: str) -> list[tuple[int, int]]:
    """A seller's pitch glued into the page (…期间打水软件的最新消息欢迎进入网站了解,网站有专业的客服人员进行详细的
    解答!), with the keyword it follows when it follows one (…的最新消息): the keyword starts where the page's own words
    end, the words before it that the page writes elsewhere too (“十四五”期间, again in the notice's body); where none
    are, at the run of letters' start."""
    spans = []
    for pitch in markers.SALES_PITCH.finditer(text):
        start = pitch.start()
        if pitch.group(0).startswith(("的最新消息", "的相关信息")):
            run = start
            while run > 0 and start - run < markers.PITCH_KEYWORD_MAX_CHARS and _name_letter(text[run - 1]):
                run -= 1
            own = markers.OWN_WORDS_MIN_CHARS
            start = next(
                (
                    keyword
                    for keyword in range(start - 2, run, -1)
                    if keyword >= own and text.count(text[keyword - own : keyword]) > 1
                ),
                run,
            )
        spans.append((start, pitch.end()))
    return spans


def _numbered_head(text: str, start: int) -> int:
    """Where a phrase starts when a number and one letter stand glued before it after a boundary (9号|彩票开户): the
    brand's own name, as its number is."""
    head = markers.NUMBERED_HEAD.search(text, max(0, start - 5), start)
    return head.start() if head else start


def _before_own_download(text: str, start: int, end: int) -> int:
    """Where a phrase ends that stands for the site a report says it can be downloaded from (电子版可在X下载): before
    that 下载, the report's own word."""
    if text.endswith("下载", start, end) and markers.DOWNLOAD_FROM.search(text, max(0, start - 4), start):
        return end - len("下载")
    return end


def _quoted_site_name(text: str, start: int, end: int) -> tuple[int, int]:
    """A span inside the site's name the report quotes (门户网站“bt365投彩”) grown to the whole name: the mirror put its
    own there; any other span as it is."""
    reach = markers.QUOTED_SITE_NAME_MAX_CHARS + 10  # (the name, its quotes, 网站 before or 政府信息公开指南 after)
    for quoted in markers.QUOTED_SITE_NAME.finditer(text, max(0, start - reach), end + reach):
        if quoted.start("name") <= start and end <= quoted.end("name"):
            return quoted.span("name")
    return start, end


def _site_and_address(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A spam site's name with its address after a separator (98开元官网-www.napovietnam.com) as two spans, the name
    and the address (the separator between them stays); any other span as it is."""
    address = markers.ADDRESS_AFTER_SEPARATOR.search(text, start, end)
    if address and address.end() == end and address.start() > start:
        return [(start, address.start()), address.span("address")]
    return [(start, end)]


def _with_stray_colon(text: str, start: int, end: int) -> tuple[int, int]:
    """A colon glued after a phrase inside a line was injected with it (…官网: >, 未发生…官网:政府信息公开的…); after a
    phrase opening a line it is a label's, and stays."""
    opens_line = start == 0 or text[start - 1] == "\n"
    return (start, end + 1) if not opens_line and text[end : end + 1] in (":", "：") else (start, end)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _as_written_elsewhere(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A mirror writes one string wherever it injects: a span lying inside the same string found whole elsewhere
    (…怎么办_365bet最新技巧_365体育注册送365 after 关于, found whole after 《) is that string."""
    if len(spans) < 2:
        return spans
    phrases = sorted({text[start:end] for start, end in spans}, key=len, reverse=True)
    grown = []
    for start, end in spans:
        for phrase in phrases:
            if len(phrase) <= end - start:
                break
            # an occurrence that starts at or before the span and ends at or after it
            if (at := text.find(phrase, max(0, end - len(phrase)), start + len(phrase))) != -1:
                start, end = at, at + len(phrase)
                break
        grown.append((start, end))
    return grown


def _clean_spam_phrases(
    text: str, shadow: str, context: SpamContext, hits: list[SpamHit], marked: frozenset[str]
) -> str:
    # Left to right, so a name restored early in the page is evidence for the same slot further down. The spans are
    # found in the simplified shadow and cut from the text as found; both are edited alike.
    shift, original = 0, shadow
    spans = spam_spans(shadow, marked)
    # A string that stands for a place the page does not name stands for it wherever else it is no title or fixed
    # words (以及365bet网上娱乐_…网址有关要求): removed as a place name there too.
    kinds = [_phrase_kind(shadow, start, end, "") for start, end in spans]
    places = {
        shadow[start:end]
        for (start, end), kind in zip(spans, kinds, strict=True)
        if kind == "place_name" and not _restored_place(shadow, start, end, context)
    }
    # A string found standing for fixed words stands for them wherever else it is no title and names no issuer (before
    # 关于 a name stands): 365bet亚洲平台工作领导小组 → 政府信息公开, so 365bet亚洲平台工作是根据… → 政府信息公开工作是
    # 根据…, as the mirror writes one string for one word; a string found standing for the place is the place.
    fixed = {
        shadow[start:end]: words
        for (start, end), kind in zip(spans, kinds, strict=True)
        if kind == "template_phrase"
        and shadow[start:end] not in places
        and (words := _open_template_words(shadow, end)) not in markers.TEMPLATE_NAMES
    }
    for span_start, span_end in spans:
        # (judged before the text is edited: the first copy goes first)
        doubled = _second_of_a_doubled_issuer(original, span_start, span_end)
        start, end = span_start + shift, span_end + shift
        found = text[start:end]
        replacement, kind = "", _phrase_kind(shadow, start, end, found)
        if doubled or (
            kind in ("spam_phrase", "mixed_token", "place_name")
            and shadow[start:end] in fixed
            and not markers.NAME_HOLDER_AHEAD.match(shadow, end)
        ):
            kind = "template_phrase"
        elif shadow[start:end] in places and (
            # (at a clause's end too when written with the colon it is written with as the place: 汇总 X:,以及各州;
            # never opening a document's title whose words take no place, 《X》 or 《X实施》: the mirror's one string
            # for a place and for the names of the rules the report follows; 《X公报》 is the place's gazette)
            (
                kind in ("spam_phrase", "mixed_token")
                and (not _sentence_end(shadow, end) or found[-1] in ":：")
                and (shadow[start - 1 : start] != "《" or markers.PLACE_TAKING_AHEAD.match(shadow, end))
            )
            # glued to the report's title it names (X2016年政府信息公开工作年度报告): the body, not a title before it
            or (kind == "spam_title" and _title_after(shadow, end))
            # where a party committee stands (按照X、省政府和…): the place's body, as in its government's name
            or (kind == "template_phrase" and _open_template_words(shadow, end).endswith("委"))
        ):
            kind = "place_name"
        if kind == "spam_phrase" and markers.TEXT_URL_WITHOUT_MAIL.fullmatch(found):
            kind = "spam_domain"  # the address after a spam site's name (_site_and_address)
        if kind == "template_phrase":
            replacement = "关于" if doubled else fixed.get(shadow[start:end]) or _open_template_words(shadow, end)
        elif kind == "place_name":
            replacement = _restored_place(shadow, start, end, context)
        elif kind == "spam_title":
            end += shadow[end : end + 1] in (" ", "\u3000")
        hits.append(SpamHit(found, replacement, kind))
        text = text[:start] + replacement + text[end:]
        shadow = shadow[:start] + replacement + shadow[end:]
        shift += len(replacement) - (end - start)
    return text


def _title_after(text: str, end: int) -> bool:
    """The report's title stands glued after index end, to its line's end."""
    line_end = text.find("\n", end)
    return bool(markers.REPORT_TITLE_TAIL.match(text, end, len(text) if line_end == -1 else line_end))


def _open_template_words(shadow: str, end: int) -> str:
    """The fixed words a span ending at end stands for, by the open template whose right text follows it."""
    return next(words for after, words in OPEN_TEMPLATES if after.match(shadow, end))


def _second_of_a_doubled_issuer(shadow: str, start: int, end: int) -> bool:
    """The span is glued after the same string and before 印发 or 转发, which take 关于 before them."""
    return (
        start >= end - start
        and shadow[2 * start - end : start] == shadow[start:end]
        and bool(markers.ISSUED_AHEAD.match(shadow, end))
    )


def _restored_place(shadow: str, start: int, end: int, context: SpamContext) -> str:
    """The place name a place-slot span is replaced by: the one the page's evidence names, else ""."""
    suffix = _place_suffix(shadow, start, end)
    return (restore_place_name(shadow, end, suffix, context) or "") if suffix else ""


def _phrase_kind(shadow: str, start: int, end: int, found: str) -> str:
    """What a spam span stands for, from its slot: the report's fixed words, a place, a title, or nothing."""
    # a content farm's tag glued to a title is the title's, whatever follows it (环球速讯:商务部:…, X速讯:市政府…)
    tag = markers.CONTENT_FARM_TAG.match(shadow, shadow.rfind("\n", 0, start) + 1)
    if tag and tag.start("tag") == start:
        return "spam_title"
    if any(after.match(shadow, end) for after, _words in OPEN_TEMPLATES):
        return "template_phrase"
    if _issuer_a_government(shadow, start, end):
        return "place_name"
    if markers.NAME_HOLDER_AHEAD.match(shadow, end):
        return "spam_phrase"
    if _place_suffix(shadow, start, end) is not None:
        return "place_name"
    if _title_spam(shadow, start, end):
        return "spam_title"
    if markers.REPORT_BODY_AHEAD.match(shadow, end) or _opens_document_title(shadow, start, end):
        return "place_name"
    if shadow.endswith(markers.VISITED_BEFORE, 0, start) and markers.VISITED_PLACE_AHEAD.match(shadow, end):
        return "place_name"
    return "mixed_token" if "_" in found and _site_code(found) else "spam_phrase"


def _issuer_a_government(text: str, start: int, end: int) -> bool:
    """The span is the issuer opening a document's title before 关于, and the 文号 after the title is a government's
    (《X关于印发…的通知》(辽政办发〔2018〕27号)): where the place's government office stands."""
    if text[start - 1 : start] != "《" or not text.startswith("关于", end):
        return False
    close = _title_close(text, end)
    return close > end and bool(markers.DOCUMENT_NUMBER.match(text, close + 1))


def _opens_document_title(text: str, start: int, end: int) -> bool:
    """The span opens a document's title whose words go on after it (《X2022年全面推进乡村振兴…方案》): where the
    issuing place stands. (Any body has its own 《X政府信息公开指南》, 《X信息公开保密审查办法》, 《X政务微博管理办法》:
    the name there is a body's, not a place's.)"""
    close = _title_close(text, end)
    return (
        text[start - 1 : start] == "《"
        # more than a word goes on (《X实施》: X names the rules themselves), or words that take a place (《X公报》)
        and (
            close > end + markers.TITLE_WORD_MAX_CHARS or (close > end and markers.PLACE_TAKING_AHEAD.match(text, end))
        )
        and not markers.BODY_OWN_TITLE.match(text, end)
    )


def _title_close(text: str, end: int) -> int:
    """Where the 》 closing a document's title on its line stands, at `end` or after; -1 where none does."""
    close = text.find("》", end, end + markers.DOCUMENT_TITLE_MAX_CHARS)
    return close if close >= 0 and "\n" not in text[end:close] else -1


def _site_code(found: str) -> bool:
    """A run of Latin letters that is no word of a brand (app): a site's code, as in 皇家88_xpj官方入口 (while
    188博金宝app_188博金宝体育@ is brands and numbers only)."""
    return any(
        run.lower() not in VOCABULARY and run.lower() not in markers.BRAND_LATIN_WORDS
        for run in re.findall(r"[A-Za-z]+", found)
    )


def _place_suffix(shadow: str, start: int, end: int) -> str | None:
    """The body's name after a span standing where a place belongs ("" in an address), or None when the span is
    not in a place slot: nothing name-bearing follows, or a place the gazetteer knows already stands there."""
    if place_at(shadow[end:]):
        return None
    if suffix := markers.ADMIN_SUFFIX.match(shadow, end) or markers.PLACE_LEVEL.match(shadow, end):
        return suffix.group(0)
    return "" if markers.ADDRESS_SLOT.search(shadow[max(0, start - 16) : start]) else None


def _title_spam(text: str, start: int, end: int) -> bool:
    """A phrase prepended to a title (opening a line, followed by a space, a report title or a heading), a line of
    its own, or one appended to the page's first line after a separator or glued (also before the site the title
    names, …凈增1758萬畝查包養網心得_中國網), or to another heading glued (…成效显著 -凯发app官网开户, …燃动全城三亿体育
    手机app下载), when that line is no sentence and no labelled value (版权所有:X, 地址:X)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) if "\n" in text[end:] else len(text)
    before, after = text[line_start:start], text[end:line_end]
    if text[start:end] in after:
        return False  # the same string again on the line (X   X信息中心承办): it stands in the line, no title before it
    if before.endswith("【") and text[end - 1] in "|｜":
        return True  # a tag barred off a 【 summary line's title (【乐鱼体育伊伊|官方回应…】)
    # (the template's JSON left before it on its line, {"code": 200, …}, is no text of the page's)
    if not before.strip() or markers.TEMPLATE_JSON_LEFTOVER.fullmatch(before):
        if not after.strip() and _between_menu_entries(text, line_start, line_end):
            return False  # one of a menu's entries (…手机WAP | 188体育365官网 | 英文版…), no title
        return (
            after[:1] in (" ", "\u3000")
            or bool(markers.REPORT_TITLE.search(after))
            or not re.search("[。，；,;]", after)  # the rest of the line is a heading, not a sentence
        )
    # appended to the end of a heading: the first line (a page title) after a separator or glued, any other glued
    return (
        (not after.strip() or (line_start == 0 and bool(markers.TITLE_SITE_TAIL.fullmatch(after))))
        and not markers.SENTENCE_OR_LABEL.search(before)
        and (line_start == 0 or before[-1:].isalpha())
        # (inside a quotation left open, 完成“三连增X, the words go on: no heading ends there)
        and before.count("“") <= before.count("”")
    )


def _between_menu_entries(text: str, line_start: int, line_end: int) -> bool:
    """The lines right before and after a line are a menu's entries: short, with words and no sentence in them."""
    before = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)] if line_start else ""
    after_end = text.find("\n", line_end + 1)
    after = text[line_end + 1 : len(text) if after_end == -1 else after_end] if line_end < len(text) else ""
    return all(
        0 < len(line.strip()) <= markers.MENU_ENTRY_MAX_CHARS and not markers.SENTENCE_OR_LABEL.search(line)
        for line in (before, after)
    )


def _abbreviation(place: str) -> str:
    if place in markers.PROVINCE_ABBREVIATIONS:
        return markers.PROVINCE_ABBREVIATIONS[place]
    if place.endswith(("市", "自治州", "地区", "盟")):
        return place[0]
    return place[:2]


def restore_place_name(text: str, end: int, suffix: str, context: SpamContext) -> str | None:
    """The place a spam phrase replaced, when the page's own evidence names exactly one; else None (remove). When
    the suffix starts with the level word (X市统计局), the name is given without it."""
    candidates = list(dict.fromkeys(region_parts(context.region) + region_parts(title_place(context.title))))
    level = suffix[:1] if suffix[:1] in "省市县区州" else ""
    names = {place: place.removesuffix(level) for place in candidates if place.endswith(level)}
    province_body = "办公厅" in suffix
    if province_body:
        names = {place: name for place, name in names.items() if place in markers.PROVINCE_ABBREVIATIONS}
    sentence_end = min((i for i in (text.find("。", end), text.find("\n", end)) if i != -1), default=len(text))
    number = markers.DOCUMENT_NUMBER.search(text, end, min(sentence_end, end + 160))
    evidence = False
    if number:
        matching = {place: name for place, name in names.items() if number.group(1).startswith(_abbreviation(place))}
        if matching:
            names, evidence = matching, True
    if not evidence:
        elsewhere = {
            place: name for place, name in names.items() if name + suffix in text or name + suffix in context.evidence
        }
        if elsewhere:
            names, evidence = elsewhere, True
    if len(names) == 1 and (evidence or province_body):
        return next(iter(names.values()))
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
    """Cleans table cells and metadata values; merged cells repeat the same value, so each is judged once; and a
    value whose judging read nothing of its page's context (most: the template's labels, which every report repeats)
    is judged once per process."""

    def __init__(self, context: SpamContext) -> None:
        self.context = context
        self.seen: dict[str, tuple[str, list[SpamHit]]] = {}

    def clean(self, value: str | None, field_name: str, record) -> str | None:
        if not value:
            return value
        if value not in self.seen:
            self.seen[value] = CONTEXT_FREE_JUDGED.get(value) or _judged(value, self.context)
        cleaned, hits = self.seen[value]
        record(hits, field_name)
        return cleaned


# Values judged without reading their page's context, and what they were judged to be (at most a bounded number).
CONTEXT_FREE_JUDGED: dict[str, tuple[str, list[SpamHit]]] = {}
CONTEXT_FREE_LIMIT = 20_000


def _judged(value: str, context: SpamContext) -> tuple[str, list[SpamHit]]:
    """clean_text_spam of a value, remembered for any page when nothing read the context (the result cannot depend
    on it, whatever the rules are)."""
    watched = _WatchedContext(**{name: getattr(context, name) for name in CONTEXT_FIELDS})
    judged = clean_text_spam(value, watched)
    if not watched.read:
        if len(CONTEXT_FREE_JUDGED) >= CONTEXT_FREE_LIMIT:
            CONTEXT_FREE_JUDGED.clear()
        CONTEXT_FREE_JUDGED[value] = judged
    return judged


class _WatchedContext(SpamContext):
    """A page's context that notes whether any of its fields was read."""

    read = False

    def __getattribute__(self, name: str):
        if name in CONTEXT_FIELDS:
            object.__setattr__(self, "read", True)
        return object.__getattribute__(self, name)


CONTEXT_FIELDS = frozenset(field.name for field in fields(SpamContext))
