"""Coverage: which portals × report years the store holds (from a page, a file, a scan), which failed in the last
run, which are missing; as a self-contained HTML page and a PNG picture of the same grid."""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from pipelines.metadata import published_date, report_year

STATES = {  # state → (colour, what it means)
    "page": ("#2e7d32", "report read from its page"),
    "attachment": ("#1565c0", "report read from a file (PDF, Word …)"),
    "scanned": ("#6a1b9a", "report read from a scan (OCR)"),
    "failed": ("#c62828", "a report page failed in the last run"),
    "missing": ("#eeeeee", "no report found"),
}


@dataclass
class Coverage:
    """The grid: portals × years, each cell a state; the reports per cell; the failed integrity checks."""

    portals: list[str]
    years: list[int]
    cells: dict[tuple[str, int], str] = field(default_factory=dict)
    counts: Counter = field(default_factory=Counter)
    checks: list[dict] = field(default_factory=list)

    def state(self, portal: str, year: int) -> str:
        return self.cells.get((portal, year), "missing")


def _state(item: dict) -> str:
    files = item.get("attachments") or []
    if item.get("source") == "attachment" and any(f.get("image_only") or f.get("ocr") for f in files):
        return "scanned"
    return "attachment" if item.get("source") == "attachment" else "page"


def build_coverage(items: list[dict], last_run: dict | None) -> Coverage:
    """The coverage of the stored report items, with the failures of the last run report (if any) marked."""
    failed = [
        (portal, entry)
        for portal, counts in ((last_run or {}).get("portals") or {}).items()
        for entry in counts.get("failed_urls", [])
    ]
    portals = sorted({item["portal"] for item in items} | {portal for portal, _entry in failed})
    grid: dict[tuple[str, int], str] = {}
    counts: Counter = Counter()
    for item in items:
        if item.get("year") is None:
            continue
        key = (item["portal"], item["year"])
        counts[key] += 1
        grid[key] = min(grid.get(key, "missing"), _state(item), key=list(STATES).index)
    for portal, entry in failed:
        year = report_year(entry.get("title"), "", published_date({}, entry["url"]), entry["url"])
        if year is not None and (portal, year) not in grid:
            grid[(portal, year)] = "failed"
    years = sorted({year for _portal, year in grid})
    checks = [
        {"portal": item["portal"], "year": item.get("year"), "title": item.get("title"), "url": item["url"], **check}
        for item in items
        for check in item.get("checks") or []
    ]
    return Coverage(portals, list(range(years[0], years[-1] + 1)) if years else [], grid, counts, checks)


def coverage_html(coverage: Coverage) -> str:
    """A page that opens offline (no scripts, no links out): the grid, its totals, the legend and the checks."""
    e = html.escape
    head = "".join(f"<th>{year}</th>" for year in coverage.years)
    rows = []
    for portal in coverage.portals:
        cells = "".join(
            f'<td class="{coverage.state(portal, year)}" title="{e(portal)} {year}: {coverage.state(portal, year)}">'
            f"{coverage.counts[(portal, year)] or ''}</td>"
            for year in coverage.years
        )
        total = sum(coverage.counts[(portal, year)] for year in coverage.years)
        rows.append(f"<tr><th>{e(portal)}</th>{cells}<td class='total'>{total}</td></tr>")
    per_year = "".join(
        f"<td class='total'>{sum(coverage.counts[(p, year)] for p in coverage.portals)}</td>" for year in coverage.years
    )
    legend = "".join(f'<li><span class="{state}"></span>{e(meaning)}</li>' for state, (_c, meaning) in STATES.items())
    checks = "".join(
        f"<tr><td>{e(c['portal'])}</td><td>{c['year']}</td><td>{e(c['title'] or '')}</td><td>{e(c['rule'])}</td>"
        f"<td>{c['expected']}</td><td>{c['found']}</td></tr>"
        for c in coverage.checks
    )
    colours = "".join(f".{state}{{background:{colour}}}" for state, (colour, _m) in STATES.items())
    return f"""<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"><title>gongkai coverage</title>
<style>body{{font-family:sans-serif;margin:2em}}table{{border-collapse:collapse}}td,th{{border:1px solid #999;
padding:3px 6px;text-align:center;font-size:13px}}th{{background:#fafafa}}td.total{{font-weight:bold}}
ul.legend{{list-style:none;padding:0}}ul.legend span{{display:inline-block;width:1em;height:1em;margin-right:.5em;
vertical-align:middle}}td.page,td.attachment,td.scanned,td.failed{{color:#fff}}{colours}</style></head><body>
<h1>Coverage: portals × report years</h1>
<p>{len(coverage.portals)} portals, {sum(coverage.counts.values())} reports, years {
        coverage.years[0] if coverage.years else "–"
    }–{coverage.years[-1] if coverage.years else "–"}. A number is how many reports the cell holds.</p>
<ul class="legend">{legend}</ul>
<table id="coverage"><tr><th>portal</th>{head}<th>reports</th></tr>{"".join(rows)}
<tr><th>reports</th>{per_year}<td class="total">{sum(coverage.counts.values())}</td></tr></table>
<h2>Failed integrity checks ({len(coverage.checks)})</h2>
<table id="checks"><tr><th>portal</th><th>year</th><th>report</th><th>rule</th><th>expected</th><th>found</th></tr>
{checks}</table></body></html>"""


def coverage_png(coverage: Coverage, path: Path, cell: int = 22) -> None:
    """The grid as a picture: a row per portal, a column per year, coloured by state."""
    font = ImageFont.load_default()
    label = max((int(font.getlength(p)) for p in coverage.portals), default=40) + 12
    width, height = label + cell * max(len(coverage.years), 1) + 10, cell * (len(coverage.portals) + 2) + 10
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    for column, year in enumerate(coverage.years):
        draw.text((label + column * cell + 2, 4), str(year)[2:], fill="black", font=font)
    for row, portal in enumerate(coverage.portals, start=1):
        top = row * cell
        draw.text((4, top + 5), portal, fill="black", font=font)
        for column, year in enumerate(coverage.years):
            left = label + column * cell
            draw.rectangle([left, top, left + cell - 2, top + cell - 2], fill=STATES[coverage.state(portal, year)][0])
    image.save(path, "PNG")
