"""Portals on 127.0.0.1 that misbehave the way government servers and pages do, one portal per fault.

Each portal has a list page `/<id>/index.html` linking its report pages. The server logs every request it gets
(host and target), so a test can say what was, and was not, requested. The same server answers as `localhost` too,
which plays another host: nothing may ever be requested from it.
"""

from __future__ import annotations

import gzip
import json
import random
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REAL_REPORT = Path(__file__).parent / "fixtures" / "real" / "pingtan_2024_report_trs.html"
# A phrase near the end of the real report's body and one from its last table: a page cut short loses both.
REAL_TAIL = "2024年，无收取信息处理费情况。"
REAL_TABLE_CELL = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
MB = 1024 * 1024


@dataclass
class Answer:
    """What a path answers: a status, headers and a body, or a behaviour (drip, reset, short body)."""

    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    behaviour: str = "plain"  # plain | drip | reset | short


def list_page(portal: str, links: list[tuple[str, str]], extra: str = "") -> Answer:
    items = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in links)
    return Answer(
        body=f"<html><head><meta charset='utf-8'><title>年报</title></head><body><ul>{items}</ul>{extra}"
        f"</body></html>".encode()
    )


def report_title(portal: str) -> str:
    return f"测试市{portal}2024年政府信息公开工作年度报告"


class FaultyPortals(ThreadingHTTPServer):
    """The server: `answers` maps a request target to an Answer (or a function of the target for endless pages)."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.origin = f"http://127.0.0.1:{self.server_port}"
        self.offsite = f"http://localhost:{self.server_port}"
        self.log: list[str] = []
        self.lock = threading.Lock()
        self.answers: dict[str, Answer] = {
            "/robots.txt": Answer(body=b"User-agent: *\nAllow: /\n", content_type="text/plain")
        }
        self.portals: list[dict] = []
        self.expected_links: dict[str, str] = {}
        self._build()

    # -- what each portal does ---------------------------------------------------------------------------------

    def add(
        self,
        portal: str,
        reports: dict[str, Answer],
        list_extra: str = "",
        list_markup: bytes | None = None,
        **registry,
    ) -> None:
        """A portal whose list links `reports` (path → answer) under the report title."""
        links = [(path, report_title(portal)) for path in reports]
        page = list_page(portal, links, list_extra)
        if list_markup is not None:
            page = Answer(body=list_markup)
        self.answers[f"/{portal}/index.html"] = page
        self.answers.update(reports)
        self.portals.append(
            {
                "id": portal,
                "name": portal,
                "region": "福建省平潭综合实验区",
                "start_urls": [f"{self.origin}/{portal}/index.html"],
                "domains": ["127.0.0.1"],
                **registry,
            }
        )

    def _build(self) -> None:
        real = REAL_REPORT.read_bytes()
        middle = real.index(b"<table")  # a stray </html> before the tables, as Word pastes leave them
        image = b'<p><img src="data:image/png;base64,' + b"iVBORw0KGgo" * (30 * MB // 11) + b'"></p>'

        self.add(
            "redirect_offsite",
            {"/redirect_offsite/r.htm": Answer(302, headers={"Location": f"{self.offsite}/elsewhere/r.htm"})},
        )
        self.answers["/elsewhere/r.htm"] = Answer(body=real)
        self.add(
            "stray_html",
            {"/stray_html/r.htm": Answer(body=real[:middle] + b"</html>" + real[middle:])},
            list_markup=b"<html><body><p>\xe5\xb9\xb4\xe6\x8a\xa5</p></html><ul><li><a href='/stray_html/r.htm'>"
            + report_title("stray_html").encode()
            + b"</a></li></ul></body></html>",
        )
        unclosed = real.replace(b"</p>", b"").replace(b"</span>", b"").replace(b"</b>", b"")
        self.add("unclosed_tags", {"/unclosed_tags/r.htm": Answer(body=unclosed)})
        self.add("big_image", {"/big_image/r.htm": Answer(body=real[:middle] + image + real[middle:])})
        self.add("too_large", {"/too_large/r.htm": Answer(body=real + b"<!--" + b" " * (70 * MB) + b"-->")})
        self.add("not_text", {"/not_text/r.htm": Answer(body=random.Random(7).randbytes(300 * 1024))})
        self.add(
            "redirect_loop",
            {
                "/redirect_loop/a.htm": Answer(302, headers={"Location": "/redirect_loop/b.htm"}),
            },
        )
        self.answers["/redirect_loop/b.htm"] = Answer(302, headers={"Location": "/redirect_loop/a.htm"})
        self.add("drip", {"/drip/r.htm": Answer(body=real, behaviour="drip")})
        self.add(
            "gzip_bomb",
            {
                "/gzip_bomb/r.htm": Answer(
                    body=gzip.compress(b"\0" * (100 * MB), 9), headers={"Content-Encoding": "gzip"}
                )
            },
        )
        self.add("octet_stream", {"/octet_stream/r.htm": Answer(body=real, content_type="application/octet-stream")})
        not_found = (
            "<html><head><title>页面不存在</title></head><body><h1>您访问的页面不存在</h1>"
            + ("<p>" + "返回首页 网站地图 联系我们 " * 20 + "</p>")
            + "</body></html>"
        )
        self.add("soft_404", {"/soft_404/r.htm": Answer(body=not_found.encode())})
        challenge = (
            b"<html><head><script>var _waf_='safedog';document.cookie='safedog-flow-item=1';"
            b"location.reload();</script></head><body></body></html>"
        )
        # Its cookie makes Scrapy's cookie handling look the host up in the public suffix list (offline: bundled).
        self.add(
            "challenge_200",
            {"/challenge_200/r.htm": Answer(body=challenge, headers={"Set-Cookie": "safedog=1; Path=/"})},
        )
        self.add("endless_pages", {}, list_extra='<a href="index_1.html">下一页</a>', max_list_pages=5)
        home = (
            "<html><head><title>首页_测试市人民政府</title></head><body>"
            + "<p>政务动态 新闻发布 " * 80
            + "</body></html>"
        )
        self.answers["/home_redirect/"] = Answer(body=home.encode())
        self.add("home_redirect", {"/home_redirect/r.htm": Answer(302, headers={"Location": "/home_redirect/"})})
        self.add("reset", {"/reset/r.htm": Answer(behaviour="reset")})
        self.add("short_body", {"/short_body/r.htm": Answer(body=real, behaviour="short")})
        lying = real.decode("utf-8").replace('charset="utf-8"', 'charset="gb2312"').encode("gb18030")
        self.add("lying_charset", {"/lying_charset/r.htm": Answer(body=lying, content_type="text/html; charset=utf-8")})
        self.add(
            "duplicate_links",
            {"/duplicate_links/r.htm": Answer(body=real)},
            list_extra=f'<a href="/duplicate_links/r.htm">{report_title("duplicate_links")}</a>'
            f'<a href="/duplicate_links/r.htm#top">{report_title("duplicate_links")}</a>',
        )

    def answer(self, target: str) -> Answer:
        if target.startswith("/endless_pages/index_"):  # every N answers, each linking N+1
            number = int(target.removeprefix("/endless_pages/index_").removesuffix(".html"))
            return list_page("endless_pages", [], f'<a href="index_{number + 1}.html">下一页</a>')
        return self.answers.get(target, Answer(404, b"<html><body>404</body></html>"))

    def registry(self, path: Path) -> Path:
        lines = []
        for entry in self.portals:
            lines.append("[[portal]]")
            lines += [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in entry.items()]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    def requested(self, prefix: str) -> list[str]:
        """Every request target (with its host) the server got that starts with `prefix`."""
        with self.lock:
            return [entry for entry in self.log if entry.startswith(prefix)]


class Handler(BaseHTTPRequestHandler):
    server: FaultyPortals

    def do_GET(self) -> None:
        host = (self.headers.get("Host") or "").split(":")[0]
        with self.server.lock:
            self.server.log.append(f"{host}{self.path}")
        answer = self.server.answer(self.path)
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        if answer.behaviour == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            self.connection.close()
            return
        length = len(answer.body) * 2 if answer.behaviour == "short" else len(answer.body)
        self.send_header("Content-Length", str(length))
        self.end_headers()
        try:
            if answer.behaviour == "drip":
                for index in range(len(answer.body)):
                    self.wfile.write(answer.body[index : index + 1])
                    self.wfile.flush()
                    time.sleep(1)
            else:
                self.wfile.write(answer.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler gave up on this answer, as it should

    def log_message(self, format: str, *args) -> None:
        """Quiet: the request log is self.server.log."""


def start() -> FaultyPortals:
    server = FaultyPortals()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


# Put on a crawl subprocess's PYTHONPATH with GONGKAI_NETWORK_LOG set: every attempt to reach a host other than
# this machine is written to that file (tests/offline/sitecustomize.py).
OFFLINE_GUARD = Path(__file__).parent / "offline"
