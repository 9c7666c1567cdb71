"""Reports published as files: the text and tables of a PDF (pypdfium2, pdfplumber; scans through tesseract), a
.docx (python-docx), a .doc or .wps (LibreOffice converts it to .docx) or a spreadsheet (python-calamine), as the page
stages would have read them from HTML."""

from __future__ import annotations

import io
import os
import re
import shutil
import signal
import subprocess
import tempfile
from bisect import bisect_left
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.errors import CountedFailure
from pipelines.text import clean_space

MAX_FILE_BYTES = 64 * 1024 * 1024  # as for pages: larger files are counted as failed, never read in part
# A page with fewer text characters than this is an image (a scan): its text is for OCR, not for the text layer.
MIN_TEXT_CHARS_PER_PAGE = 20
PAGE_NUMBER_LINE = re.compile(r"^\s*[-—－]?\s*\d{1,3}\s*[-—－]?\s*$|^\s*第\s*\d+\s*页")
# Text extractors put spaces between glyphs that stand apart; Chinese text has none (2024 年 → 2024年).
HAN_OR_MARK = "[\u4e00-\u9fff（），。、；：《》“”]"
SPACE_NEXT_TO_HAN = re.compile(rf"(?<={HAN_OR_MARK})[ \t]+|[ \t]+(?={HAN_OR_MARK})")
# A printed line ends a paragraph when it ends a sentence or the next one starts a numbered heading.
SENTENCE_END = ("。", "：", ":", "；", "！", "？", "）", ")")
HEADING_START = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])")


class UnreadableFile(CountedFailure):
    """A file that cannot be read (broken, encrypted, not what it claims)."""


@dataclass(frozen=True)
class FileContent:
    """What a report file holds: its text (paragraphs per line), its tables (merged cells expanded), pages."""

    text: str
    tables: list = field(default_factory=list)
    pages: int | None = None
    image_only: bool = False
    ocr: dict | None = None  # {"engine", "version"} when the text was recognised from images


def read_file(data: bytes, kind: str) -> FileContent:
    """Read a report file of type `kind` (pdf, docx, xls, xlsx, et); raise UnreadableFile saying why it cannot be."""
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableFile("too_large", f"{len(data)} bytes, over the limit of {MAX_FILE_BYTES}")
    reader = READERS.get(kind)
    if reader is None:
        raise UnreadableFile("unsupported_type", f"no reader for .{kind} files yet")
    try:
        return reader(data)
    except UnreadableFile:
        raise
    except Exception as error:  # each library has its own errors for broken files; the file costs only itself
        raise UnreadableFile("broken_file", f"{type(error).__name__}: {error}") from error


# The files last read, by content hash: the same file under two URLs (a report linked from its page and from the
# list, a mirror) is read once per extraction process, OCR and conversions included.
READ_CACHE_SIZE = 16
_recently_read: OrderedDict[tuple[str, str], FileContent | UnreadableFile] = OrderedDict()


def read_file_once(data: bytes, kind: str, sha256: str) -> FileContent:
    """read_file, answered from the last files read when one had the same content (`sha256`) and type."""
    key = (sha256, kind)
    if key not in _recently_read:
        try:
            _recently_read[key] = read_file(data, kind)
        except UnreadableFile as error:
            _recently_read[key] = error
        if len(_recently_read) > READ_CACHE_SIZE:
            _recently_read.popitem(last=False)
    _recently_read.move_to_end(key)
    if isinstance(_recently_read[key], UnreadableFile):
        raise _recently_read[key]
    return _recently_read[key]


def read_pdf(data: bytes) -> FileContent:
    """Text from the text layer (pypdfium2), tables from the ruling lines (pdfplumber), scans recognised."""
    import pdfplumber
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise UnreadableFile("encrypted_or_broken", f"pdfium cannot open it: {error}") from error
    pages = [document[index].get_textpage().get_text_range() for index in range(len(document))]
    document.close()
    characters = sum(len(clean_space(page)) for page in pages)
    if not pages or characters < MIN_TEXT_CHARS_PER_PAGE * len(pages):
        text, tables, engine = ocr_pdf(data)
        return FileContent(text=_paragraphs(text), tables=tables, pages=len(pages), image_only=True, ocr=engine)
    tables = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            tables += [{"caption": None, "rows": rows} for table in page.find_tables() if (rows := _grid(page, table))]
    return FileContent(text=_paragraphs("\n".join(pages)), tables=tables, pages=len(pages))


def _grid(page, table) -> list[list[str]]:
    """A pdfplumber table as rows with every merged cell repeated where it spans, from the cells' own boxes."""
    xs = _edges([cell[0] for cell in table.cells] + [cell[2] for cell in table.cells])
    ys = _edges([cell[1] for cell in table.cells] + [cell[3] for cell in table.cells])
    if len(xs) < 3 or len(ys) < 3:
        return []
    grid = [[""] * (len(xs) - 1) for _ in range(len(ys) - 1)]
    for x0, top, x1, bottom in table.cells:
        text = clean_space(SPACE_NEXT_TO_HAN.sub("", page.crop((x0, top, x1, bottom)).extract_text() or ""))
        text = text.replace(" ", "") if re.search(r"[\u4e00-\u9fff]", text) else text  # 商业企 / 业 → 商业企业
        for row in range(_index(ys, top), _index(ys, bottom)):
            for column in range(_index(xs, x0), _index(xs, x1)):
                grid[row][column] = text
    return grid if len(grid) >= 2 and len(grid[0]) >= 2 else []


def _edges(values: list[float], tolerance: float = 2.0) -> list[float]:
    edges: list[float] = []
    for value in sorted(values):
        if not edges or value - edges[-1] > tolerance:
            edges.append(value)
    return edges


def _index(edges: list[float], value: float, tolerance: float = 2.0) -> int:
    position = bisect_left(edges, value - tolerance)
    return min(position, len(edges) - 1)


def _paragraphs(text: str) -> str:
    """Printed lines joined back into paragraphs; page numbers dropped; the spaces extraction adds removed."""
    paragraphs: list[str] = []
    for raw in text.replace("\r", "\n").splitlines():
        line = SPACE_NEXT_TO_HAN.sub("", raw.strip())
        if not line or PAGE_NUMBER_LINE.match(line):
            continue
        if paragraphs and not paragraphs[-1].endswith(SENTENCE_END) and not HEADING_START.match(line):
            paragraphs[-1] += line
        else:
            paragraphs.append(line)
    return "\n".join(paragraphs)


def read_docx(data: bytes) -> FileContent:
    """Paragraphs and tables of a .docx in document order; python-docx repeats a merged cell where it spans."""
    import docx

    document = docx.Document(io.BytesIO(data))
    lines, tables = [], []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = clean_space("".join(node.text or "" for node in block.iter() if node.tag.endswith("}t")))
            if text:
                lines.append(text)
        elif tag == "tbl":
            table = docx.table.Table(block, document)
            rows = [[clean_space(cell.text) for cell in row.cells] for row in table.rows]
            if len(rows) >= 2 and len(rows[0]) >= 2:
                tables.append({"caption": None, "rows": rows})
                lines += ["| " + " | ".join(_shown_once(row)) + " |" for row in rows]
    return FileContent(text="\n".join(lines), tables=tables)


def _shown_once(row: list[str]) -> list[str]:
    return [cell if index == 0 or cell != row[index - 1] else "" for index, cell in enumerate(row)]


def read_sheet(data: bytes) -> FileContent:
    """Every sheet of a workbook (.xls, .xlsx, .et) as a table, merged cells repeated where they span; numbers as
    the sheet shows them (3, not 3.0)."""
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
    tables = []
    for name in workbook.sheet_names:
        sheet = workbook.get_sheet_by_name(name)
        rows = [[_cell_text(value) for value in row] for row in sheet.to_python()]
        first_row, first_column = sheet.start or (0, 0)
        for (top, left), (bottom, right) in sheet.merged_cell_ranges or ():  # a merged cell repeated where it spans
            top, bottom, left, right = top - first_row, bottom - first_row, left - first_column, right - first_column
            for row in range(top, min(bottom, len(rows) - 1) + 1):
                for column in range(left, min(right, len(rows[row]) - 1) + 1):
                    rows[row][column] = rows[top][left]
        rows = [row for row in rows if any(row)]
        if len(rows) >= 2:
            tables.append({"caption": name, "rows": rows})
    text = "\n".join("| " + " | ".join(row) + " |" for table in tables for row in table["rows"])
    return FileContent(text=text, tables=tables)


def _cell_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean_space(str(value)) if value is not None else ""


CONVERT_SECONDS = 120  # a converter that hangs on a hostile file is killed after this, with its children
OCR_DPI = 300  # tesseract reads Chinese best from 300 dpi renderings


def read_legacy_word(data: bytes) -> FileContent:
    """A .doc or .wps: converted to .docx by LibreOffice (headless, its own profile, a time limit), then read."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        raise UnreadableFile(
            "unsupported_type", "LibreOffice is not installed (apt-get install libreoffice-writer-nogui)"
        )
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "report.doc"
        source.write_bytes(data)
        _run(
            [
                office,
                f"-env:UserInstallation=file://{work}/profile",
                "--headless",
                "--norestore",
                "--convert-to",
                "docx",
                "--outdir",
                work,
                str(source),
            ],
        )
        converted = Path(work) / "report.docx"
        if not converted.exists():
            raise UnreadableFile("broken_file", "LibreOffice could not convert it")
        content = read_docx(converted.read_bytes())
    if "\ufffd" in content.text:  # LibreOffice falls back to reading a damaged file as plain text: bytes, no report
        raise UnreadableFile("broken_file", "not a Word document: LibreOffice could only read it as raw text")
    return content


def ocr_pdf(data: bytes) -> tuple[str, list[dict], dict | None]:
    """The text and ruled tables of a scanned PDF, page by page through tesseract (chi_sim); ("", [], None) without
    tesseract. Each page is read once, its ruling lines erased: the words' boxes place them in the tables' cells."""
    import numpy as np
    import pypdfium2 as pdfium

    from pipelines.scan_tables import find_rulings, page_tables, text_from_tsv, without_rulings, words_from_tsv

    tesseract = shutil.which("tesseract")
    if tesseract is None:
        return "", [], None
    version = _run([tesseract, "--version"]).splitlines()[0].split()[-1]
    document = pdfium.PdfDocument(data)
    pages, tables = [], []
    for index in range(len(document)):
        gray = np.asarray(document[index].render(scale=OCR_DPI / 72, grayscale=True).to_pil().convert("L"))
        rulings = find_rulings(gray, OCR_DPI)
        clean = without_rulings(gray, rulings)
        tsv = tesseract_tsv(clean)
        pages.append(text_from_tsv(tsv))
        tables += page_tables(rulings, clean, words_from_tsv(tsv), tesseract_tsv)
    document.close()
    return "\n".join(pages), tables, {"engine": "tesseract", "version": version, "dpi": OCR_DPI}


def tesseract_tsv(image, model: str = "chi_sim") -> str:
    """Tesseract's TSV (words with their boxes) for a gray image array; `model` is a language, "digits" after it
    for numerals only."""
    from PIL import Image

    png = io.BytesIO()
    Image.fromarray(image).save(png, "PNG")
    language, *digits = model.split()
    only = ["-c", "tessedit_char_whitelist=0123456789."] if digits else []
    return _run(["tesseract", "stdin", "stdout", "-l", language, *only, "--psm", "6", "tsv"], png.getvalue())


def _run(command: list[str], stdin: bytes | None = None) -> str:
    """A converter's output; killed with everything it started when it runs over CONVERT_SECONDS."""
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        out, _err = process.communicate(stdin, timeout=CONVERT_SECONDS)
    except subprocess.TimeoutExpired as error:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise UnreadableFile("converter_timeout", f"{Path(command[0]).name} ran over {CONVERT_SECONDS} s") from error
    return out.decode("utf-8", "replace")


READERS = {
    "pdf": read_pdf,
    "docx": read_docx,
    "doc": read_legacy_word,
    "wps": read_legacy_word,
    "xls": read_sheet,
    "xlsx": read_sheet,
    "et": read_sheet,
}
