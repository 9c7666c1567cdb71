"""`gongkai`: the commands around a crawl — export the dataset, draw the coverage."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from crawler import settings
from pipelines.coverage import build_coverage, coverage_html, coverage_png
from pipelines.export import export_dataset, read_store


def last_run_report(folder: Path) -> dict | None:
    """The newest run report in `folder` (run-<time>.json names sort by time), or None."""
    reports = sorted(folder.glob("run-*.json"))
    return json.loads(reports[-1].read_text("utf-8")) if reports else None


def export(args: argparse.Namespace) -> int:
    counts = export_dataset(args.store, args.out)
    for name, rows in counts.items():
        print(f"{name:9} {rows:7} rows  {Path(args.out) / name}.csv, .parquet")
    print(f"data package: {Path(args.out) / 'datapackage.json'}")
    return 0


def coverage(args: argparse.Namespace) -> int:
    reports, _versions = read_store(args.store)
    grid = build_coverage([report["item"] for report in reports], last_run_report(Path(args.runs)))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(coverage_html(grid), encoding="utf-8")
    coverage_png(grid, out.with_suffix(".png"))
    print(f"{len(grid.portals)} portals × {len(grid.years)} years: {out} and {out.with_suffix('.png')}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gongkai", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    store = {
        "default": settings.STORE_PATH,
        "help": "the store: a SQLite file or a postgresql:// URL (default: the crawl's, GONGKAI_STORE)",
    }
    to_export = commands.add_parser("export", help="reports, stats, panel and versions as CSV + Parquet + datapackage")
    to_export.add_argument("--store", **store)
    to_export.add_argument("--out", default="output/dataset", help="folder to write (default output/dataset)")
    to_export.set_defaults(run=export)
    to_draw = commands.add_parser("coverage", help="portals × years as an offline HTML page and a PNG")
    to_draw.add_argument("--store", **store)
    to_draw.add_argument(
        "--runs", default=settings.RUN_REPORT_DIR, help="folder of the run reports (last run's failures)"
    )
    to_draw.add_argument("--out", default="output/coverage.html", help="the HTML page; the PNG goes beside it")
    to_draw.set_defaults(run=coverage)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except (FileNotFoundError, ConnectionError) as error:  # no SQLite file; a PostgreSQL server not reachable
        sys.stderr.write(f"gongkai {args.command}: {error}\n")
        return 2


if __name__ == "__main__":
    sys.exit(main())
