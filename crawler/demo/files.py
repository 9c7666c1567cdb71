"""Report files for the demo portals: a .docx made from a report's HTML, a blank template, a scanned PDF, and what
LibreOffice makes of a report (PDF, .doc, .xls), cached so that the demo starts in a second after its first start."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from lxml import html as lxml_html

# The real report (淮安市 2024) as published, a copy of shared/real/huaian_2024_report.pdf (sha256 fed22baa…).
REAL_PDF = Path(__file__).with_name("real") / "huaian_2024_report.pdf"
# LibreOffice takes seconds per file: what it made is kept here, named by a hash of what it was made from.
CACHE = Path(
    os.environ.get("GONGKAI_DEMO_CACHE")
    or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "gongkai-demo"
)


def docx_from_html(markup: str) -> bytes:
    """A Word document with the paragraphs and tables of a report's HTML, merged cells merged again."""
    import docx

    document = docx.Document()
    for element in lxml_html.fragment_fromstring(markup, create_parent="div"):
        if element.tag == "table":
            _table(document, element)
        elif text := element.text_content().strip():
            document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _table(document, table) -> None:
    """The HTML table's grid in Word, each rowspan/colspan cell merged over the cells it spans."""
    spans, taken = [], set()
    for row_index, row in enumerate(table.iter("tr")):
        column = 0
        for cell in row:
            if cell.tag not in ("td", "th"):
                continue
            while (row_index, column) in taken:
                column += 1
            down, across = int(cell.get("rowspan", 1)), int(cell.get("colspan", 1))
            spans.append((row_index, column, down, across, cell.text_content().strip()))
            taken |= {(row_index + r, column + c) for r in range(down) for c in range(across)}
            column += across
    height = max(r for r, _c in taken) + 1
    width = max(c for _r, c in taken) + 1
    grid = document.add_table(rows=height, cols=width)
    for row, column, down, across, text in spans:
        cell = grid.cell(row, column)
        if down > 1 or across > 1:
            cell = cell.merge(grid.cell(row + down - 1, column + across - 1))
        cell.text = text


def blank_template_docx() -> bytes:
    """The official format template as counties circulate it: headings, （文字描述） and empty tables."""
    skeleton = (
        "<p>政府信息公开工作年度报告格式模板</p><p>一、总体情况</p><p>（文字描述）</p><p>二、主动公开政府信息情况</p>"
        "<table><tr><td colspan='4'>第二十条第（一）项</td></tr><tr><td>信息内容</td><td>本年制发件数</td>"
        "<td>本年废止件数</td><td>现行有效件数</td></tr><tr><td>规章</td><td></td><td></td><td></td></tr>"
        "<tr><td>行政规范性文件</td><td></td><td></td><td></td></tr></table>"
        "<p>五、存在的主要问题及改进情况</p><p>（文字描述）</p><p>六、其他需要报告的事项</p><p>（文字描述）</p>"
    )
    return docx_from_html(skeleton)


@cache
def scanned_pdf(source: Path = REAL_PDF, pages: int | None = None) -> bytes:
    """The real report as a scan (its first `pages`, or all): each page rendered to an image, no text layer left."""
    import pypdfium2 as pdfium

    original = pdfium.PdfDocument(source)
    scan = pdfium.PdfDocument.new()
    for index in range(min(len(original), pages or len(original))):
        page = original[index]
        width, height = page.get_size()
        bitmap = page.render(scale=150 / 72)  # 150 dpi, as office scanners save
        image = pdfium.PdfImage.new(scan)
        image.set_bitmap(bitmap)
        image.set_matrix(pdfium.PdfMatrix().scale(width, height))
        new_page = scan.new_page(width, height)
        new_page.insert_obj(image)
        new_page.gen_content()
    out = io.BytesIO()
    scan.save(out)
    return out.getvalue()


def pdf_from_html(markup: str) -> bytes:
    """A report's HTML as the PDF Word would print of it (LibreOffice from the .docx): a text layer and ruled tables."""
    return _converted(markup, "docx", "pdf")


def doc_from_html(markup: str) -> bytes:
    """A report's HTML as an old Word 97 .doc (LibreOffice from the .docx); WPS Office saves .wps files alike."""
    return _converted(markup, "docx", "doc")


def xls_from_html(table: str) -> bytes:
    """An HTML table as an Excel 97 .xls sheet, merged cells merged (LibreOffice Calc's HTML import)."""
    return _converted(table, "html", "xls")


def _converted(markup: str, source: str, target: str) -> bytes:
    """LibreOffice's `target` file of `markup` (made a .docx, or given it as an HTML page), cached under a hash of
    markup and formats: a .docx is not the same bytes twice (python-docx stamps the time), its markup is."""
    key = hashlib.sha256(f"{source}>{target}\n{markup}".encode()).hexdigest()[:24]
    cached = CACHE / f"{key}.{target}"
    if cached.exists():
        return cached.read_bytes()
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / f"report.{source}"
        if source == "docx":
            path.write_bytes(docx_from_html(markup))
        else:
            path.write_text(f"<html><head><meta charset='utf-8'></head><body>{markup}</body></html>", "utf-8")
        office = [
            "soffice",
            f"-env:UserInstallation=file://{work}/profile",
            "--headless",
            "--norestore",
            *(["--infilter=HTML (StarCalc)"] if source == "html" else []),
            "--convert-to",
            target,
            "--outdir",
            work,
            str(path),
        ]
        subprocess.run(office, capture_output=True, timeout=180, check=True)
        body = (Path(work) / f"report.{target}").read_bytes()
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(f".{os.getpid()}.partial")
    partial.write_bytes(body)
    partial.replace(cached)  # whole or not at all: two demo servers may start at once
    return body
