"""Decode page bytes to text, trusting the bytes over a header or meta tag that may lie."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)
# Chinese pages that declare a single-byte Western charset are mislabelled, never really Latin text.
UNTRUSTED_DECLARATIONS = {"iso8859-1", "latin-1", "ascii", "cp1252"}
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def normalise_charset(name: str) -> str | None:
    """Python codec name for a declared charset; GB2312 and GBK widen to their superset GB18030."""
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    return "gb18030" if codec in ("gb2312", "gbk") else codec


def declared_charsets(body: bytes, content_type: str | None) -> list[str]:
    """Charsets the response claims, header first, then the first meta tag."""
    claims = []
    if content_type and (match := HEADER_CHARSET.search(content_type)):
        claims.append(match.group(1))
    if match := META_CHARSET.search(body[:4096]):
        claims.append(match.group(1).decode("ascii", "ignore"))
    return [codec for claim in claims if (codec := normalise_charset(claim))]


# Bytes that text never holds (C0 controls other than tab, newline, form feed, carriage return and escape).
CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 12, 13, 27})
MAX_CONTROL_SHARE = 0.01


def binary_reason(body: bytes) -> str | None:
    """Why a body served as a page is not text at all (random bytes, an image), or None when it is text."""
    if any(body.startswith(bom) for bom, _codec in BOMS):
        return None  # UTF-16 text is full of zero bytes
    sample = body[:65536]
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    if sample and controls / len(sample) > MAX_CONTROL_SHARE:
        return f"binary data, not text: {controls} control bytes in the first {len(sample)}"
    return None


def decode_html(body: bytes, content_type: str | None = None, override: str | None = None) -> tuple[str, str]:
    """Return (text, encoding used). Order: registry override, BOM, strict UTF-8, declared charsets, detection."""
    if override:
        codec = normalise_charset(override) or override
        return body.decode(codec, errors="replace"), codec
    for bom, codec in BOMS:
        if body.startswith(bom):
            return body.decode(codec, errors="replace"), codec
    # Strict UTF-8 almost never succeeds on GBK bytes, so a page that passes it is UTF-8 whatever it declares.
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for codec in declared_charsets(body, content_type):
        if codec in UNTRUSTED_DECLARATIONS or codec == "utf-8":
            continue
        try:
            return body.decode(codec), codec
        except UnicodeDecodeError:
            continue
    best = from_bytes(body[:65536]).best()
    codec = normalise_charset(best.encoding) if best else None
    codec = codec if codec and codec not in UNTRUSTED_DECLARATIONS else "gb18030"
    return body.decode(codec, errors="replace"), codec
