"""A farm of real-size report pages for the crawl benchmark (scripts/bench_crawl.py): ~25 portals on 127.0.0.1,
served from memory by one process, with their registry written for `scrapy crawl portals`.

The pages are real ones or built like them, 100–300 KB each:
- the two real 平潭 report pages (tests/fixtures/real) as saved;
- 2021 and 2019 template reports (the demo's tables, merged cells, split 表三, blank cells) and the five seed
  reports' real text, each as Word pastes it (MsoNormal paragraphs, a styled span per run, mso- styles on every
  cell: the markup that makes real report pages 100–300 KB), inside the real 平潭 page's chrome (TRS WCM, with its
  scripts, navigation and footer), or inside an old table layout (no content container: the densest-block path);
- one in ten carries the DOM injections hacked pages carry.
At most DISTINCT different pages; a larger farm repeats them under distinct URLs on other portals.

Usage: python -m scripts.bench_farm --pages N --registry PATH [--port P]; prints `ready <port>` when listening.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from crawler.demo.reports import seed_report, template_report
from crawler.demo.site import DOM_INJECTIONS

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "fixtures" / "real"
PORTALS = 25
DISTINCT = 500
LINKS_PER_LIST_PAGE = 20
PLACES = (
    "永州市", "吉安市", "辽阳市", "六安市", "韶关市", "包头市", "淮安市", "宿迁市", "杭州市", "奉贤区", "平潭县",
    "舒城县", "吉州区", "鄂尔多斯市", "遵义市", "赣州市", "衡阳市", "常德市", "南平市", "三明市", "泉州市",
    "漳州市", "龙岩市", "宁德市", "莆田市",
)  # fmt: skip
SEEDS = ("000", "001", "002", "003", "004")
WORD_PARAGRAPH = (
    "<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;"
    "mso-line-height-rule:exactly;mso-pagination:widow-orphan'>"
)
WORD_SPAN = (
    '<span style=\'font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:"Times New Roman";'
    "mso-bidi-font-family:宋体;color:black;mso-font-kerning:0pt'>"
)
WORD_CELL_STYLE = (
    " valign=center style='width:42.6pt;border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid "
    "windowtext .5pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt;height:21.75pt'"
)


def word_pasted(html: str, rng: random.Random, longest_run: int = 40) -> str:
    """Paragraphs and cells as Word pastes them: a styled paragraph, the text cut into styled spans (Word starts a
    new one at every font, language or revision change), mso- styles and <o:p> in every cell."""

    def runs(text: str) -> str:
        pieces, start = [], 0
        while start < len(text):
            end = min(len(text), start + rng.randint(3, longest_run))
            while end < len(text) and text[end - 1] == "&":
                end += 1
            pieces.append(f"{WORD_SPAN}{text[start:end]}</span>")
            start = end
        return "".join(pieces) + "<span lang=EN-US><o:p></o:p></span>"

    def paragraph(match: re.Match) -> str:
        return f"{WORD_PARAGRAPH}{runs(match.group(1))}</p>"

    def cell(match: re.Match) -> str:
        inner = re.sub(r"<[^>]+>", "", match.group(2))
        return (
            f"<td{match.group(1)}{WORD_CELL_STYLE}><p class=MsoNormal align=center style='text-align:center;"
            f"mso-pagination:widow-orphan'>{runs(inner or '&nbsp;')}</p></td>"
        )

    html = re.sub(r"<td([^>]*)>(.*?)</td>", cell, html, flags=re.S)
    return re.sub(r"<p>(.*?)</p>", paragraph, html, flags=re.S)


def trs_shell() -> tuple[str, str]:
    """The real 平潭 2024 page around its .TRS_Editor content: (markup before, markup after)."""
    page = (REAL / "pingtan_2024_report_trs.html").read_text("utf-8")
    start = page.index("<div class=TRS_Editor>") + len("<div class=TRS_Editor>")
    depth, end = 1, start
    for match in re.finditer(r"<(/?)div\b", page[start:]):
        depth += -1 if match.group(1) else 1
        if depth == 0:
            end = start + match.start()
            break
    return page[:start], page[end:]


def legacy_page(title: str, body: str) -> str:
    """An old county site's table layout (no content container class), as the demo's 舒城 page, with its menus."""
    menu = "".join(f'<tr><td><a href="/col/{n}.asp">栏目{n}</a></td></tr>' for n in range(40))
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}</title></head><body bgcolor="#FFFFFF">
<table width="980" border="0" align="center"><tr><td><img src="/images/banner.jpg" alt="人民政府"></td></tr>
<tr><td class="nav"><a href="/">网站首页</a> | <a href="/list.asp">政府信息公开年报</a></td></tr></table>
<table width="980" border="0" align="center"><tr><td width="200" valign="top"><table>{menu}</table></td>
<td valign="top"><table width="100%"><tr><td align="center"><b>{title}</b></td></tr>
<tr><td align="center">发布日期:2024-01-18 08:30 浏览量:我要纠错 【字体:<a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td class="txt">{body}</td></tr></table></td></tr></table>
<table width="980" align="center"><tr><td>主办单位：人民政府办公室 版权所有</td></tr></table></body></html>"""


def report_pages() -> list[tuple[str, bytes]]:
    """DISTINCT (title, page) pairs, the first two the real pages as saved."""
    pages = [
        ("平潭综合实验区2024年度政府信息公开工作年度报告", (REAL / "pingtan_2024_report_trs.html").read_bytes()),
        ("平潭综合实验区2013年政府信息公开工作年度报告", (REAL / "pingtan_2013_report_trs.html").read_bytes()),
    ]
    before, after = trs_shell()
    seeds = [seed_report(prefix) for prefix in SEEDS]
    rng = random.Random(11)
    for number in range(DISTINCT - len(pages)):
        place = PLACES[number % len(PLACES)]
        kind = number % 10
        if kind < 2:  # older reports: a real seed's text
            seed = seeds[number % len(seeds)]
            title, body = seed.title, seed.paragraphs()
        else:
            year = 2019 + number % 6
            variant = ("split", "gaps", None, None)[number % 4]
            title = f"{place}{year}年政府信息公开工作年度报告"
            body = template_report(place, year, seed=number, trial=year < 2021 and kind == 3, variant=variant)
        # Older reports were pasted with more revisions and font changes: shorter runs (real ones are as large).
        body = word_pasted(body, rng, longest_run=12 if kind < 2 else 40)
        if kind == 5:
            body = DOM_INJECTIONS + body
        if kind == 7:
            markup = legacy_page(title, body)
        else:
            head = before.replace("平潭综合实验区2024年度政府信息公开工作年度报告", escape(title))
            markup = head + body + after
        pages.append((title, markup.encode("utf-8")))
    return pages


class Farm:
    """Every portal's list pages and report pages, as paths → bodies."""

    def __init__(self, pages: int, origin: str) -> None:
        self.origin = origin
        self.pages: dict[str, bytes] = {"/robots.txt": b"User-agent: *\nAllow: /\n"}
        self.registry: list[str] = []
        reports = report_pages()
        per_portal = [pages // PORTALS + (1 if n < pages % PORTALS else 0) for n in range(PORTALS)]
        index = 0
        for portal, count in enumerate(per_portal):
            column = f"/p{portal:02d}/zfxxgknb/"
            links = []
            for number in range(count):
                title, body = reports[index % len(reports)]
                path = f"{column}{2019 + number % 6}01/t{20240118 + portal}_{index}.htm"
                self.pages[path] = body
                links.append((path, title))
                index += 1
            self._lists(column, links)
            self.registry.append(
                f'[[portal]]\nid = "farm_{portal:02d}"\nname = "{PLACES[portal]}人民政府"\n'
                f'region = "{PLACES[portal]}"\nstart_urls = ["{origin}{column}index.htm"]\n'
                'notes = "Benchmark farm portal (scripts/bench_farm.py)."\n'
            )

    def _lists(self, column: str, links: list[tuple[str, str]]) -> None:
        """TRS list pages: index.htm, index_1.htm …, each with createPageHTML and a 下一页 link."""
        total = max(1, -(-len(links) // LINKS_PER_LIST_PAGE))
        for page in range(total):
            chunk = links[page * LINKS_PER_LIST_PAGE : (page + 1) * LINKS_PER_LIST_PAGE]
            items = "\n".join(
                f'<li><a href="{path}" title="{escape(title)}">{escape(title)}</a><span>2024-01-18</span></li>'
                for path, title in chunk
            )
            following = f'<a href="index_{page + 1}.htm">下一页</a>' if page + 1 < total else ""
            name = "index.htm" if page == 0 else f"index_{page}.htm"
            self.pages[column + name] = (
                f"<html><head><meta charset='utf-8'><title>政府信息公开年报</title></head><body>"
                f'<ul class=\'list\'>{items}</ul><script>createPageHTML({total}, {page}, "index", "htm");'
                f"</script>{following}</body></html>"
            ).encode()

    def report_count(self) -> int:
        return sum(1 for path in self.pages if "/t2024" in path)


class FarmHandler(BaseHTTPRequestHandler):
    server: FarmServer

    def do_GET(self) -> None:
        body = self.server.farm.pages.get(self.path.split("?", 1)[0])
        self.send_response(200 if body is not None else 404)
        body = body if body is not None else b"<html><body>404</body></html>"
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # thousands of requests: the benchmark prints its own summary
        pass


class FarmServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, port: int, pages: int) -> None:
        super().__init__(("127.0.0.1", port), FarmHandler)
        self.farm = Farm(pages, f"http://127.0.0.1:{self.server_port}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--registry", type=Path, required=True)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    server = FarmServer(args.port, args.pages)
    args.registry.write_text("\n".join(server.farm.registry), "utf-8")
    print(f"ready {server.server_port} {server.farm.report_count()}", flush=True)
    server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
