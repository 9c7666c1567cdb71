"""Tables of a scanned page rebuilt from its image: the ruling lines found as long runs of ink, the grid they draw
(cells merged where a line between them is missing), each cell filled with the words OCR recognised inside it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image

INK = 128  # gray level below which a pixel is ink (a scanner's gray shading of header rows stays above it)
# A ruling line is a run of ink at least this long; the longest stroke of a character in body text is shorter.
MIN_LINE_INCHES = 0.2
# Ink runs this close across (a line a few pixels thick, a scan's broken line) are one line.
LINE_GAP_INCHES = 0.015
# A table is at least this wide and tall; crossing strokes of a heading's characters (井) are far smaller.
MIN_TABLE_INCHES = 1.0
# Cells are read enlarged: a 150 dpi scan's thin strokes (1, 4, 计) are lost at the page's own scale.
CELL_SCALE = 2
NUMBER = re.compile(r"[0-9.]+")
HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Word:
    """A word tesseract recognised, with its box in image pixels."""

    text: str
    left: int
    top: int
    width: int
    height: int

    @property
    def centre(self) -> tuple[float, float]:
        return self.left + self.width / 2, self.top + self.height / 2


@dataclass(frozen=True)
class Line:
    """A ruling line: `at` across its direction (y of a horizontal line, x of a vertical one), `start`..`end` along."""

    at: float
    start: int
    end: int


def words_from_tsv(tsv: str) -> list[Word]:
    """The words of tesseract's TSV output (level 5 rows), in its reading order."""
    words = []
    for row in tsv.splitlines()[1:]:
        fields = row.split("\t")
        if len(fields) == 12 and fields[0] == "5" and fields[11].strip():
            left, top, width, height = (int(value) for value in fields[6:10])
            words.append(Word(fields[11].strip(), left, top, width, height))
    return words


def text_from_tsv(tsv: str) -> str:
    """The page's text from tesseract's TSV output: one printed line per line, words as tesseract spaced them."""
    lines: dict[tuple[str, ...], list[str]] = {}
    for row in tsv.splitlines()[1:]:
        fields = row.split("\t")
        if len(fields) == 12 and fields[0] == "5" and fields[11].strip():
            lines.setdefault(tuple(fields[1:5]), []).append(fields[11].strip())
    return "\n".join(" ".join(words) for words in lines.values())


@dataclass(frozen=True)
class Rulings:
    """A page's ruled tables, each as its (horizontal, vertical) lines, and the pixels those lines cover (erased
    before OCR: lines through text confuse it)."""

    tables: list[tuple[list[Line], list[Line]]]
    pixels: np.ndarray
    gap: int


def find_rulings(gray: np.ndarray, dpi: int) -> Rulings:
    """The ruled tables on a page image (2-D gray levels at `dpi`): groups of long lines that cross, spanning at
    least MIN_TABLE_INCHES each way. Long strokes of characters that cross nothing are left alone."""
    ink = gray < INK
    length, gap = round(MIN_LINE_INCHES * dpi), max(1, round(LINE_GAP_INCHES * dpi))
    across, down = _on_long_runs(ink, length), _on_long_runs(ink.T, length).T
    tables = []
    for horizontal, vertical in _connected(_lines(across, gap), _lines(down.T, gap), gap):
        tall = max(h.at for h in horizontal) - min(h.at for h in horizontal)
        wide = max(v.at for v in vertical) - min(v.at for v in vertical)
        if min(tall, wide) >= MIN_TABLE_INCHES * dpi:
            tables.append((horizontal, vertical))
    lines = np.zeros_like(ink)
    for horizontal, vertical in tables:
        for h in horizontal:
            band = slice(max(0, int(h.at) - 2 * gap), int(h.at) + 2 * gap + 1), slice(h.start, h.end + 1)
            lines[band] |= across[band]
        for v in vertical:
            band = slice(v.start, v.end + 1), slice(max(0, int(v.at) - 2 * gap), int(v.at) + 2 * gap + 1)
            lines[band] |= down[band]
    return Rulings(tables, _grown(lines, gap), gap)


def without_rulings(gray: np.ndarray, rulings: Rulings) -> np.ndarray:
    """The page image with its ruling lines painted over in white."""
    clean = gray.copy()
    clean[rulings.pixels] = 255
    return clean


def page_tables(
    rulings: Rulings, clean: np.ndarray, words: list[Word], read: Callable[[np.ndarray, str], str]
) -> list[dict]:
    """Every ruled table on the page as rows of cells, merged cells repeated where they span. `clean` is the page
    without its rulings and `words` what OCR read on it; `read(image, model)` is tesseract's TSV for an image
    (`model`: a language, "digits" after it for numerals only). A cell is a number when what was read in it holds
    no Chinese character. The numbers are read again as digits, a table row's numbers on one line (a line of
    numbers reads better than each alone, and the language model reads 7 as 了); the labels again each on its own,
    stacked into one image (one OCR run, not one per cell): the page's reading runs neighbouring labels together.
    """
    tables = [spans for across, down in rulings.tables if (spans := _spans(across, down, rulings.gap))]
    boxes = [box for _shape, spans in tables for _cells, box in spans]
    crops = {box: crop for box in boxes if (crop := _ink(clean, box, rulings.gap)) is not None}
    on_page = {box: _words_in(words, box) for box in crops}
    labels = _read_stacked({box: crops[box] for box in crops if not _is_number(on_page[box])}, read)
    numbers = [box for box in crops if _is_number(on_page[box]) or _is_number(labels.get(box, ""))]
    digits = _read_in_rows({box: crops[box] for box in numbers}, read)
    # The page's own reading is a second opinion: a number it read otherwise is unknown, never a guess.
    texts = labels | {
        box: text if not NUMBER.fullmatch(on_page[box]) or on_page[box] == text else "" for box, text in digits.items()
    }
    found = []
    for (rows, columns), spans in tables:
        grid = [[""] * columns for _ in range(rows)]
        for cells, box in spans:
            for r, c in cells:
                grid[r][c] = texts.get(box, "")
        found.append({"caption": None, "rows": grid})
    return found


def _is_number(text: str) -> bool:
    return not HAN.search(text) and bool(text.strip("—-/／ "))


def _words_in(words: list[Word], box: Box) -> str:
    left, top, right, bottom = box
    return "".join(w.text for w in words if left < w.centre[0] < right and top < w.centre[1] < bottom)


def _grown(mask: np.ndarray, by: int) -> np.ndarray:
    """The mask widened by `by` pixels each way: the anti-aliased fringe of a line goes with it."""
    grown = mask.copy()
    for shift in range(1, by + 1):
        grown[shift:] |= mask[:-shift]
        grown[:-shift] |= mask[shift:]
        grown[:, shift:] |= mask[:, :-shift]
        grown[:, :-shift] |= mask[:, shift:]
    return grown


def _on_long_runs(ink: np.ndarray, length: int) -> np.ndarray:
    """The ink pixels that lie on a run of at least `length` ink pixels along each row."""
    height, width = ink.shape
    if width < length:
        return np.zeros_like(ink)
    counts = np.zeros((height, width + 1), np.int32)
    np.cumsum(ink, axis=1, out=counts[:, 1:])
    starts = (counts[:, length:] - counts[:, :-length]) == length  # a full run begins at this column
    begun = np.zeros((height, starts.shape[1] + 1), np.int32)
    np.cumsum(starts, axis=1, out=begun[:, 1:])
    columns = np.arange(width)
    last_start = np.minimum(columns, starts.shape[1] - 1) + 1
    first_start = np.maximum(columns - length + 1, 0)
    return (begun[:, last_start] - begun[:, first_start]) > 0


def _lines(on_runs: np.ndarray, gap: int) -> list[Line]:
    """Ruling lines from the pixels on long runs: neighbouring rows banded into one line, split where it breaks."""
    rows = np.flatnonzero(on_runs.any(axis=1))
    lines = []
    for band in _bands(rows, gap):
        along = np.flatnonzero(on_runs[band[0] : band[-1] + 1].any(axis=0))
        for segment in _bands(along, gap):
            lines.append(Line((band[0] + band[-1]) / 2, int(segment[0]), int(segment[-1])))
    return lines


def _bands(indices: np.ndarray, gap: int) -> list[np.ndarray]:
    """Sorted indices split where two neighbours lie more than `gap` apart."""
    if not len(indices):
        return []
    return np.split(indices, np.flatnonzero(np.diff(indices) > gap) + 1)


def _connected(horizontal: list[Line], vertical: list[Line], gap: int) -> list[tuple[list[Line], list[Line]]]:
    """The groups of lines that cross or touch one another, each a table's (horizontal, vertical) lines."""
    parent = list(range(len(horizontal) + len(vertical)))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for h_index, h in enumerate(horizontal):
        for v_index, v in enumerate(vertical):
            if h.start - gap <= v.at <= h.end + gap and v.start - gap <= h.at <= v.end + gap:
                parent[root(h_index)] = root(len(horizontal) + v_index)
    groups: dict[int, tuple[list[Line], list[Line]]] = {}
    for index, line in enumerate(horizontal + vertical):
        groups.setdefault(root(index), ([], []))[index >= len(horizontal)].append(line)
    return [group for group in groups.values() if len(group[0]) >= 2 and len(group[1]) >= 2]


Box = tuple[int, int, int, int]  # left, top, right, bottom in pixels


def _spans(across: list[Line], down: list[Line], gap: int) -> tuple[tuple[int, int], list]:
    """((rows, columns), [(the grid cells a drawn cell covers, its box)]): the cells the lines draw, merged where
    the line between two is missing."""
    ys, xs = _positions([h.at for h in across], gap), _positions([v.at for v in down], gap)
    if len(ys) < 3 or len(xs) < 3:
        return ()
    rows, columns = len(ys) - 1, len(xs) - 1
    parent = {(r, c): (r, c) for r in range(rows) for c in range(columns)}

    def root(cell):
        while parent[cell] != cell:
            cell = parent[cell]
        return cell

    def ruled(lines: list[Line], at: float, along: float) -> bool:
        return any(abs(line.at - at) <= 2 * gap and line.start - gap <= along <= line.end + gap for line in lines)

    for r in range(rows):
        for c in range(columns):
            if c + 1 < columns and not ruled(down, xs[c + 1], (ys[r] + ys[r + 1]) / 2):
                parent[root((r, c + 1))] = root((r, c))
            if r + 1 < rows and not ruled(across, ys[r + 1], (xs[c] + xs[c + 1]) / 2):
                parent[root((r + 1, c))] = root((r, c))
    merged: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for cell in parent:
        merged.setdefault(root(cell), []).append(cell)
    spans = []
    for cells in merged.values():
        top, left = min(r for r, _ in cells), min(c for _, c in cells)
        bottom, right = max(r for r, _ in cells) + 1, max(c for _, c in cells) + 1
        spans.append((cells, (int(xs[left]), int(ys[top]), int(xs[right]), int(ys[bottom]))))
    return (rows, columns), spans


def _ink(clean: np.ndarray, box: Box, gap: int) -> np.ndarray | None:
    """The cell's content cut to its ink with a margin and enlarged, or None for an empty cell."""
    left, top, right, bottom = box
    inner = clean[top + 2 * gap : bottom - 2 * gap, left + 2 * gap : right - 2 * gap]
    ys, xs = np.nonzero(inner < INK)
    if not len(ys):
        return None
    margin = 4 * gap
    padded = np.full((ys.max() - ys.min() + 1 + 2 * margin, xs.max() - xs.min() + 1 + 2 * margin), 255, np.uint8)
    padded[margin:-margin, margin:-margin] = inner[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
    height, width = padded.shape
    return np.asarray(Image.fromarray(padded).resize((width * CELL_SCALE, height * CELL_SCALE), Image.LANCZOS))


def _read_stacked(crops: dict[Box, np.ndarray], read: Callable[[np.ndarray, str], str]) -> dict[Box, str]:
    """Each crop's text, from one OCR run over the crops stacked one under another."""
    if not crops:
        return {}
    stacked = np.full((sum(c.shape[0] for c in crops.values()), max(c.shape[1] for c in crops.values())), 255, np.uint8)
    places: dict[Box, Box] = {}
    offset = 0
    for box, crop in crops.items():
        stacked[offset : offset + crop.shape[0], : crop.shape[1]] = crop
        places[box] = (0, offset, crop.shape[1], offset + crop.shape[0])
        offset += crop.shape[0]
    words = words_from_tsv(read(stacked, "chi_sim"))
    return {box: _words_in(words, place) for box, place in places.items()}


def _read_in_rows(crops: dict[Box, np.ndarray], read: Callable[[np.ndarray, str], str]) -> dict[Box, str]:
    """The numbers in these crops read as digits, the crops of one table row set on one line, far apart."""
    if not crops:
        return {}
    lines: dict[int, list[Box]] = {}
    for box in sorted(crops, key=lambda box: (box[1], box[0])):
        lines.setdefault(box[1], []).append(box)
    height = max(crop.shape[0] for crop in crops.values())
    apart = 2 * height  # wide white between two numbers: one word never runs over two cells
    width = max(sum(crops[box].shape[1] + apart for box in line) for line in lines.values())
    image = np.full((len(lines) * height, width), 255, np.uint8)
    places: dict[Box, Box] = {}
    for row, line in enumerate(lines.values()):
        left = 0
        for box in line:
            crop = crops[box]
            top = row * height + (height - crop.shape[0]) // 2
            image[top : top + crop.shape[0], left : left + crop.shape[1]] = crop
            places[box] = (left, row * height, left + crop.shape[1], (row + 1) * height)
            left += crop.shape[1] + apart
    words = words_from_tsv(read(image, "eng digits"))
    return {box: _words_in(words, place) for box, place in places.items()}


def _positions(values: list[float], gap: int) -> list[float]:
    """Line positions with those closer than twice the gap (one line drawn twice) taken as one."""
    positions: list[float] = []
    for value in sorted(values):
        if not positions or value - positions[-1] > 2 * gap:
            positions.append(value)
    return positions
