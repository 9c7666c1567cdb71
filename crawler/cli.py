"""`gongkai`: the commands around a crawl — export the dataset, draw the coverage, import and update registries."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from crawler import settings
from crawler.portals import DEFAULT_REGISTRY, RegistryError
from crawler.registry_files import add_discovered_columns, imported_registry
from pipelines.coverage import build_coverage, coverage_html, coverage_png
from pipelines.export import export_dataset, read_store
from pipelines.portal_import import BadList, import_portals, read_rows


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


def discover(args: argparse.Namespace) -> int:
    registry = Path(args.registry)
    report = (
        json.loads(Path(args.run_report).read_text("utf-8")) if args.run_report else last_run_report(Path(args.runs))
    )
    if report is None:
        raise FileNotFoundError(f"no run report (run-*.json) in {args.runs}; crawl first, or name one with --run")
    text, lines = add_discovered_columns(registry.read_text("utf-8"), report, str(registry))
    registry.write_text(text, encoding="utf-8")
    print("\n".join(lines) if lines else f"{registry}: no entry gives only a home page; nothing to do")
    return 0


def import_list(args: argparse.Namespace) -> int:
    source = Path(args.file)
    raw = source.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:  # saved by a Chinese-locale spreadsheet
        text = raw.decode("gb18030")
    portals, notes = import_portals(read_rows(text))
    for note in notes:
        sys.stderr.write(f"{source}:{note.line}: {note.message}\n")
    if not portals:
        raise BadList("no usable row")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(imported_registry(portals, source.name), encoding="utf-8")
    left_out = sum(not note.merged for note in notes)
    print(f"{out}: {len(portals)} portals; {len(notes) - left_out} rows merged, {left_out} rows left out")
    return 1 if left_out else 0


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
    registry = commands.add_parser("registry", help="import a list of portals; write discovered columns back")
    registry_commands = registry.add_subparsers(dest="registry_command", required=True)
    to_discover = registry_commands.add_parser(
        "discover", help="the columns a crawl found from home pages, written into the registry as start_urls"
    )
    to_discover.add_argument(
        "--registry", default=settings.PORTALS_FILE or DEFAULT_REGISTRY, help="the registry file to update"
    )
    to_discover.add_argument("--run", dest="run_report", help="the run report to read (default: the newest in --runs)")
    to_discover.add_argument("--runs", default=settings.RUN_REPORT_DIR, help="folder of the run reports")
    to_discover.set_defaults(run=discover)
    to_import = registry_commands.add_parser("import", help="a registry from a CSV list: name, region, url[, id]")
    to_import.add_argument("file", help="the CSV file (UTF-8 or GB18030), header: name,region,url[,id]")
    to_import.add_argument("--out", default="output/imported_portals.toml", help="the registry file to write")
    to_import.set_defaults(run=import_list)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    # ConnectionError: a PostgreSQL store that cannot be reached.
    except (FileNotFoundError, ConnectionError, RegistryError, BadList) as error:
        sys.stderr.write(f"gongkai {args.command}: {error}\n")
        return 2


if __name__ == "__main__":
    sys.exit(main())
