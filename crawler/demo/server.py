"""Serve the demo portals on 127.0.0.1 and write a registry file pointing at them."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from crawler.demo.site import DemoSite


class DemoServer(ThreadingHTTPServer):
    """An HTTP server answering from a DemoSite; `localhost` reaches it too and plays the off-site host."""

    daemon_threads = True

    def __init__(self, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), DemoHandler)
        self.site = DemoSite(f"http://127.0.0.1:{self.server_port}", f"http://localhost:{self.server_port}")
        self.hits: dict[str, int] = {}
        self.hits_lock = threading.Lock()

    def handle_error(self, request, client_address) -> None:
        # A client that went away mid-answer (the kill -9 tests do exactly that) is not a server fault.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    def write_files(self, registry: Path, expected: Path | None = None, home_registry: Path | None = None) -> None:
        """Write the demo registry (and the list of reports a crawl must find, and the registry that names each
        portal by its home page only) for the crawler to read."""
        if expected:
            _write_atomically(expected, json.dumps(self.site.expected, ensure_ascii=False, indent=1))
        if home_registry:
            _write_atomically(home_registry, self.site.registry_toml(home_only=True))
        # Last and whole: a script waiting for the registry file then finds the server listening and both files complete.
        _write_atomically(registry, self.site.registry_toml())


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


class DemoHandler(BaseHTTPRequestHandler):
    """GET and POST (Hanweb posts its dataproxy form) answered from memory; every request counted."""

    server: DemoServer

    def do_GET(self) -> None:
        host = (self.headers.get("Host") or "").split(":")[0]
        with self.server.hits_lock:
            key = f"{host}{self.path}"
            self.server.hits[key] = self.server.hits.get(key, 0) + 1
        site = self.server.site
        if challenge := site.challenge(self.path, self.headers.get("Cookie") or ""):
            self.send_response(challenge.status)
            self.send_header("Content-Type", challenge.content_type)
            cookie = site.challenge_cookie(self.path)
            self.send_header("Set-Cookie", f"{cookie}=1700000000.123|0|abc; Max-Age=3600; Path=/")
            self.send_header("Content-Length", str(len(challenge.body)))
            self.end_headers()
            self.wfile.write(challenge.body)
            return
        length = int(self.headers.get("Content-Length") or 0)
        page = site.respond(self.path, self.rfile.read(length).decode("utf-8", "replace") if length else "")
        if site.slow_seconds and page.status == 200 and site.is_report(self.path):
            time.sleep(site.slow_seconds)
        validators = site.validators(self.path, page)
        if validators and (
            self.headers.get("If-None-Match") == validators["ETag"]
            or self.headers.get("If-Modified-Since") == validators["Last-Modified"]
        ):
            self.send_response(304)
            for name, value in validators.items():
                self.send_header(name, value)
            self.end_headers()
            return
        self.send_response(page.status)
        self.send_header("Content-Type", page.content_type)
        self.send_header("Content-Length", str(len(page.body)))
        for name, value in validators.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(page.body)

    do_POST = do_GET

    def end_headers(self) -> None:
        # HTTP/1.0 closes after every answer, but Twisted keeps a connection unless the answer says close, sends the
        # next request down it, and retries only GETs that meet the closed end: a POST (Hanweb's form, 平潭's search)
        # then fails as often as the crawl's reactor is too busy to see the close first.
        self.send_header("Connection", "close")
        super().end_headers()

    def log_message(self, format: str, *args) -> None:
        """Quiet: the crawler's log says what was fetched."""


def start_in_thread(port: int = 0) -> DemoServer:
    """Start a demo server in a background thread (for tests); stop it with .shutdown()."""
    server = DemoServer(port)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the gongkai demo portals on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (0 picks a free one)")
    parser.add_argument(
        "--registry",
        type=Path,
        default=Path("output/demo_portals.toml"),
        help="where to write the registry of the demo portals",
    )
    parser.add_argument(
        "--expected",
        type=Path,
        default=Path("output/demo_expected.json"),
        help="where to write the list of reports a crawl must find",
    )
    parser.add_argument(
        "--home-registry",
        type=Path,
        default=Path("output/demo_home_portals.toml"),
        help="where to write the registry that names each portal by its home page (the crawl finds the columns)",
    )
    args = parser.parse_args()
    try:
        server = DemoServer(args.port)
    except OSError as error:
        sys.stderr.write(
            f"gongkai-demo: cannot listen on 127.0.0.1:{args.port}: {error.strerror}; pick another port with --port "
            "(scripts/demo.sh: GONGKAI_DEMO_PORT)\n"
        )
        raise SystemExit(2) from None
    server.write_files(args.registry, args.expected, args.home_registry)
    print(f"demo portals at http://127.0.0.1:{server.server_port}/ ; registry {args.registry}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


if __name__ == "__main__":
    main()
