"""Write registry files: the columns a crawl discovered back into their entries, and entries imported from a list.
Comments, order and layout of an existing file stay as they were (tomlkit); every file written loads."""

from __future__ import annotations

import tomlkit

from crawler.portals import parse_registry
from pipelines.portal_import import ImportedPortal


def add_discovered_columns(text: str, run_report: dict, source: str) -> tuple[str, list[str]]:
    """The registry `text` with each home-only entry's columns from `run_report` added as its start_urls (the rest
    of the file untouched), and one line per portal saying what was done."""
    document = tomlkit.parse(text)
    lines = []
    for table in document.get("portal", []):
        portal_id, home = table.get("id"), table.get("home")
        if home is None or "start_urls" in table:
            continue
        discovery = run_report.get("portals", {}).get(portal_id, {}).get("discovery")
        if discovery is None:
            lines.append(f"{portal_id}: not crawled in this run; left without start_urls")
        elif discovery["home"] != home:
            lines.append(f"{portal_id}: the run looked from {discovery['home']}, the entry now says {home}; left as is")
        elif not discovery["columns"]:
            lines.append(f"{portal_id}: no column found from {home} in this run; left without start_urls")
        else:
            table["start_urls"] = discovery["columns"]
            lines.append(f"{portal_id}: start_urls = {', '.join(discovery['columns'])}")
    written = tomlkit.dumps(document)
    parse_registry(written, source)
    return written, lines


def imported_registry(portals: list[ImportedPortal], source: str) -> str:
    """A registry file of imported portals: by home page (the crawl discovers the columns), or by column."""
    document = tomlkit.document()
    document.add(tomlkit.comment(f"Imported from {source} by `gongkai registry import`; regions as the gazetteer"))
    document.add(tomlkit.comment("names them. Entries with `home` get their columns from a crawl, then"))
    document.add(tomlkit.comment("`gongkai registry discover` writes them here as start_urls."))
    entries = tomlkit.aot()
    for portal in portals:
        entry = tomlkit.table()
        entry.update({"id": portal.id, "name": portal.name, "region": portal.region})
        if portal.is_column:
            entry["start_urls"] = [portal.url]
        else:
            entry["home"] = portal.url
        entry["notes"] = f"Imported from {source}, line {portal.line}. Not checked live."
        entries.append(entry)
    document.add("portal", entries)
    written = tomlkit.dumps(document)
    parse_registry(written, source)
    return written
