"""The demo portals: six sites in the platform styles the crawler meets, served from memory.

Every report page is registered with `_report`, which is what the end-to-end test expects the crawler to emit, each
exactly once. Everything else (notices about reports, work plans, news, a dead report link, a hidden spam link, a
report on another host, a report under a robots.txt-disallowed path) must not reach the output.
Seed reports carry their real text, spam included; template reports carry synthetic numbers, as the footer says.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, replace
from email.utils import formatdate
from html import escape
from urllib.parse import parse_qs, urlsplit

from crawler.demo.files import (
    REAL_PDF,
    blank_template_docx,
    doc_from_html,
    docx_from_html,
    pdf_from_html,
    scanned_pdf,
    xls_from_html,
)
from crawler.demo.homes import GBK_PORTALS, NAVIGATION, SCRIPT_PAGES, navigation_page, script_page
from crawler.demo.reports import seed_report, template_report

# What hacked pages carry in the DOM (DOMAIN.md): hidden and off-screen blocks, a marquee, a script-written link,
# and a paragraph of off-site gambling links.
DOM_INJECTIONS = """<div style="display:none"><a href="http://www.365bet-vip.com/">365bet官网</a>澳门新葡京娱乐城注册送彩金</div>
<p style="position:absolute;left:-9999px">北京赛车pk10计划 时时彩开奖</p>
<span style="font-size:0px">百家乐真人视讯</span>
<marquee>亚博体育官网 开云体育app下载</marquee>
<script>document.write('<a href="http://www.hg0088.com/">皇冠体育</a>');</script>
<p><a href="http://www.xpj88.com/">澳门新葡京</a> <a href="http://www.bet365.com/">bet365体育</a></p>
"""
DEMO_NOTICE = "演示站点：gongkai 离线演示门户，模板报告中的统计数字为合成数据"
ROBOTS = "User-agent: *\nDisallow: /yongzhou/private/\n"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass(frozen=True)
class Page:
    """One HTTP answer."""

    status: int
    body: bytes
    content_type: str


def _html(markup: str, encoding: str = "utf-8", content_type: str | None = None) -> Page:
    return Page(200, markup.encode(encoding, errors="xmlcharrefreplace"), content_type or "text/html; charset=utf-8")


def _lines_html(lines, tag: str = "p") -> str:
    return "\n".join(f"<{tag}>{escape(line.strip())}</{tag}>" for line in lines if line.strip())


def _anchor(href: str, title: str, attrs: str = "") -> str:
    return (
        f'<li><a href="{escape(href)}" title="{escape(title)}" {attrs}>{escape(title)}</a><span>2024-01-18</span></li>'
    )


def traditional(html: str) -> str:
    """A page in traditional characters, as Hong Kong and Taiwan mirrors serve mainland reports."""
    import opencc

    return opencc.OpenCC("s2t").convert(html)


class DemoSite:
    """All demo pages for one origin (http://127.0.0.1:PORT); `offsite` is the same server under another name."""

    def __init__(self, origin: str, offsite: str) -> None:
        self.origin = origin.rstrip("/")
        self.offsite = offsite.rstrip("/")
        self.pages: dict[str, Page] = {"/robots.txt": Page(200, ROBOTS.encode(), "text/plain")}
        self.expected: list[dict] = []
        self.registry: list[dict] = []
        # Test controls: portals whose paths answer 503, report pages answered slowly, revision counter.
        self.dark: set[str] = set()
        self.challenged: dict[str, str] = {}  # path → "cookie" (passes with the cookie it sets) or "always"
        self.slow_seconds = 0.0
        self.revisions = 0
        self._yongzhou()
        self._liaoyang()
        self._shucheng()
        self._jizhou()
        self._shaoguan()
        self._baotou_mirror()
        self._pingtan()
        self._huaian()
        self._homes()

    # -- serving ---------------------------------------------------------------------------------------------

    def respond(self, target: str, form: str = "") -> Page:
        """The answer for a request target (path and query), and the form a POST sent."""
        if any(target.startswith(prefix) for prefix in self.dark):
            return Page(503, b"<html><body>Service Unavailable</body></html>", "text/html; charset=utf-8")
        parts = urlsplit(target)
        params = {key: values[0] for key, values in parse_qs(parts.query + "&" + form).items()}
        if target in self.pages:
            return self.pages[target]
        dynamic = {
            "/liaoyang/module/web/jpage/dataproxy.jsp": self._liaoyang_dataproxy,
            "/shucheng/list.asp": self._shucheng_list,
            "/jizhou/xxgk/nb/index.html": self._jizhou_list,
            "/shaoguan/gkmlpt/api/annualreport": self._shaoguan_api,
            "/fjdzapp/search": self._pingtan_search,
        }
        if parts.path in dynamic:
            return dynamic[parts.path](params)
        if parts.path in self.pages:
            return self.pages[parts.path]
        return Page(404, "<html><body><h1>404 页面不存在</h1></body></html>".encode(), "text/html; charset=utf-8")

    def challenge_cookie(self, target: str) -> str:
        """The clearance cookie a protected page's challenge sets: one per page, so that the cookie one challenge
        sets never clears another page (the tests count each page's retries, whatever order the crawl takes)."""
        return "__jsl_clearance_" + hashlib.sha256(urlsplit(target).path.encode()).hexdigest()[:8]

    def challenge(self, target: str, cookie: str) -> Page | None:
        """The WAF challenge a protected page answers with, or None once the request carries its cookie."""
        mode = self.challenged.get(urlsplit(target).path)
        name = self.challenge_cookie(target)
        if mode is None or (mode == "cookie" and f"{name}=" in cookie):
            return None
        script = (
            f"<html><head><script>document.cookie='{name}=1700000000.123|0|abc;max-age=3600;path=/';"
            "location.href=location.pathname+location.search</script></head><body>请开启JavaScript</body></html>"
        )
        return Page(521, script.encode(), "text/html; charset=utf-8")

    def validators(self, target: str, page: Page) -> dict[str, str]:
        """ETag and Last-Modified for a 200 page; the legacy ASP site, like many, sends neither."""
        if page.status != 200 or target.startswith("/shucheng/"):
            return {}
        digest = hashlib.sha256(page.body).hexdigest()[:16]
        return {"ETag": f'"{digest}"', "Last-Modified": formatdate(1700000000 + int(digest[:6], 16), usegmt=True)}

    def is_report(self, target: str) -> bool:
        return any(report["url"].endswith(target) for report in self.expected)

    def revise(self, url: str) -> None:
        """Publish a corrected version of a report page (as portals do after errors are pointed out)."""
        target = url.removeprefix(self.origin)
        page = self.pages[target]
        self.revisions += 1
        note = f"<p>（更正说明：第{self.revisions}次修订，更正了统计表中的错误数字。）</p>".encode()
        self.pages[target] = replace(page, body=page.body.replace(b"</p>", b"</p>" + note, 1))

    def registry_toml(self, home_only: bool = False) -> str:
        """A registry file for these portals, in the format of crawler/portals.toml; `home_only`: each portal by its
        home page instead of its start URLs, for the crawl to find the annual-report columns itself."""
        out = ["# Demo portals on this machine; written by gongkai-demo at start-up.\n"]
        for entry in self.registry:
            if home_only:
                entry = {"home": self.homes[entry["id"]]} | {k: v for k, v in entry.items() if k != "start_urls"}
            out.append("[[portal]]")
            for key, value in entry.items():
                out.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
            out.append("")
        return "\n".join(out)

    def _homes(self) -> None:
        """Every portal's home page and the navigation pages between it and the annual-report column."""
        self.homes: dict[str, str] = {}
        for portal, pages in NAVIGATION.items():
            encoding = "gbk" if portal in GBK_PORTALS else "utf-8"
            self.homes[portal] = self.origin + pages[0][0]
            for path, title, links in pages:
                markup = navigation_page(title, links, self.offsite, DEMO_NOTICE, encoding)
                # The legacy GBK site, as such sites do, says its charset only in the page's meta tag.
                content_type = "text/html" if encoding == "gbk" else "text/html; charset=utf-8"
                self.pages[path] = Page(200, markup.encode(encoding), content_type)
        for path, title in SCRIPT_PAGES.items():
            self.pages[path] = _html(script_page(title, DEMO_NOTICE))

    def _report(self, portal: str, path: str, title: str, page: Page) -> str:
        self.pages[path] = page
        self.expected.append({"url": self.origin + path, "portal": portal, "title": title})
        return path

    def _portal(self, **entry) -> None:
        entry.setdefault("notes", "Demo portal served by gongkai-demo.")
        self.registry.append(entry)

    # -- 永州市: TRS WCM, createPageHTML paging, .TRS_Editor ---------------------------------------------------

    def _trs_page(self, title: str, date: str, body: str, foot) -> Page:
        return _html(f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_永州市人民政府</title>
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{date}">
<meta name="ContentSource" content="市政府"></head><body>
<div class="top"><a href="/yongzhou/">永州市人民政府</a> <span>无障碍</span> <span>长者版</span></div>
<div class="position">您现在所在的位置 : <a href="/yongzhou/">首页</a>&nbsp;&gt;&nbsp;<a href="/yongzhou/zfxxgknb/index.htm">市人民政府信息公开年报</a></div>
<div class="share">分享到:</div>
<div class="article"><h1 class="title">{title}</h1>
<ul class="info"><li>{date}</li><li>来源: 市政府</li><li>发布机构:</li><li>【字体: <a>大</a> <a>中</a> <a>小</a>】</li></ul>
<div class="TRS_Editor"><div class="Custom_UnionStyle">{body}</div></div>
<div class="print"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div></div>
<div class="footer">{_lines_html(foot)}<p>{DEMO_NOTICE}</p></div></body></html>""")

    def _yongzhou(self) -> None:
        seed = seed_report("000")
        column = "/yongzhou/zfxxgknb/"
        foot = seed.foot
        r2014 = self._report(
            "hunan_yongzhou",
            column + "201910/t20191030_1001.htm",
            seed.title,
            self._trs_page(seed.title, "2019-10-30 09:42", seed.paragraphs(), foot),
        )
        reports = {}
        for year, trial, stamp in (
            (2022, False, "20230130_2002"),
            (2021, False, "20220125_2001"),
            (2020, True, "20210128_2003"),
        ):
            title = f"永州市{year}年政府信息公开工作年度报告"
            date = f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]} 09:00"
            body = template_report("永州市", year, seed=year, trial=trial)
            if year == 2022:  # hacked: the DOM carries every kind of hidden injection
                body = DOM_INJECTIONS + body
            page = self._trs_page(title, date, body, foot)
            reports[year] = self._report("hunan_yongzhou", f"{column}{stamp[:6]}/t{stamp}.htm", title, page)
        notice = "关于做好2023年政府信息公开工作年度报告编制发布工作的通知"
        self.pages[column + "202312/t20231215_3001.htm"] = self._trs_page(
            notice, "2023-12-15 10:00", "<p>" + "各县区人民政府：请按时编制并发布年度报告。" * 20 + "</p>", foot
        )
        plan = "永州市2024年政务公开工作要点"
        self.pages[column + "202403/t20240320_3002.htm"] = self._trs_page(
            plan, "2024-03-20 10:00", "<p>" + "一、加强政策发布解读。" * 30 + "</p>", foot
        )
        spam_path = column + "spam/t_365bet.htm"
        self.pages[spam_path] = self._trs_page(
            "365bet官方网站 2024年政府信息公开工作年度报告",
            "2024-01-01",
            "<p>" + "365bet 体育投注 " * 40 + "</p>",
            foot,
        )
        offsite_path = column + "offsite/t20200101_9.htm"
        self.pages[offsite_path] = self._trs_page(
            "湖南省2019年政府信息公开工作年度报告",
            "2020-01-01",
            template_report("湖南省", 2019, seed=7, trial=True),
            foot,
        )
        private_path = "/yongzhou/private/t20190101_8.htm"
        self.pages[private_path] = self._trs_page(
            "永州市2018年政府信息公开工作年度报告", "2019-01-01", template_report("永州市", 2018, seed=8), foot
        )
        hot = _anchor(reports[2022], "永州市2022年政府信息公开工作年度报告")
        lists = [
            [
                _anchor(reports[2022], "永州市2022年政府信息公开工作年度报告"),
                _anchor(column + "202403/t20240320_3002.htm", plan),
                _anchor(reports[2021], "永州市2021年政府信息公开工作年度报告"),
                _anchor(column + "202312/t20231215_3001.htm", notice),
                _anchor(column + "201603/t20160330_404.htm", "永州市2015年政府信息公开工作年度报告"),
            ],
            [
                _anchor(reports[2020], "永州市2020年政府信息公开工作年度报告"),
                _anchor("/yongzhou/xwzx/t20200501_1.htm", "市政府召开第十次常务会议"),
                f'<div style="display: none">{_anchor(spam_path, "365bet官方网站 2024年政府信息公开工作年度报告")}</div>',
                _anchor(self.offsite + offsite_path, "湖南省2019年政府信息公开工作年度报告"),
            ],
            [
                _anchor(r2014, "2014年永州市人民政府信息公开工作报告"),
                _anchor(private_path, "永州市2018年政府信息公开工作年度报告"),
            ],
        ]
        for number, items in enumerate(lists):
            name = "index.htm" if number == 0 else f"index_{number}.htm"
            self.pages[column + name] = _html(f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>市人民政府信息公开年报_永州市人民政府</title></head><body>
<div class="position">当前位置：<a href="/yongzhou/">首页</a> &gt; 市人民政府信息公开年报</div>
<div class="hot"><h3>热点</h3><ul>{hot}</ul></div>
<ul class="list">{"".join(items)}</ul>
<div class="page"><script>createPageHTML({len(lists)}, {number}, "index", "htm");</script></div>
<div class="footer"><p>{DEMO_NOTICE}</p></div></body></html>""")
        self._portal(
            id="hunan_yongzhou",
            name="永州市人民政府",
            region="湖南省永州市",
            start_urls=[self.origin + column + "index.htm"],
            domains=["127.0.0.1"],
        )

    # -- 辽阳市: Hanweb JCMS, col/art, dataproxy.jsp XML paging, #zoom --------------------------------------------

    def _hanweb_page(self, title: str, date: str, body: str) -> Page:
        return _html(f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{date}"></head><body>
<div class="head"><a href="/liaoyang/">辽阳市人民政府</a></div>
<div class="bt-position">当前位置：<a href="/liaoyang/">首页</a> &gt; 政务公开 &gt; 政府信息公开年报</div>
<table class="main"><tr><td class="title">{title}</td></tr>
<tr><td class="info">发布时间：{date}　信息来源：辽阳市政务服务中心　浏览次数：1024　【字号：大 中 小】</td></tr>
<tr><td><div id="zoom">{body}</div></td></tr>
<tr><td>【<a href="javascript:window.print()">打印本页</a>】 【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>
<div class="footer"><p>主办：辽阳市人民政府办公室　承办：辽阳市大数据管理局</p><p>网站标识码：2110000013　辽ICP备05003453号</p>
<p>{DEMO_NOTICE}</p></div></body></html>""")

    def _liaoyang(self) -> None:
        seed = seed_report("002")
        self.liaoyang_records = []
        news = [
            "辽阳市召开优化营商环境大会",
            "辽阳市政府常务会议研究部署重点工作",
            "关于开展2023年度政府信息公开工作年度报告编制工作的通知",
            "辽阳市2023年政务公开工作要点",
            "市政府新闻发布会",
            "辽阳市统计公报",
        ]
        records = [("2017/3/28", 780, seed.title, seed.paragraphs())]
        for year, number in ((2022, 901), (2021, 855), (2023, 950)):
            # 2021: 表三 printed over two tables; 2023: cells pasted from Word.
            variant = {2021: "split", 2023: "word"}.get(year)
            body = template_report("辽阳市", year, seed=100 + year, variant=variant)
            if year == 2022:  # hacked: pinyin glosses after characters
                body = body.replace("（二）依申请公开。", "（二）依申请公(gong)开(kai)。", 1)
            records.append((f"{year + 1}/1/20", number, f"辽阳市{year}年政府信息公开工作年度报告", body))
        for index, title in enumerate(news):
            self.liaoyang_records.append(_anchor(f"/liaoyang/art/2023/5/{index + 1}/art_3400_{index + 1}.html", title))
        for date, number, title, body in records:
            path = f"/liaoyang/art/{date}/art_3327_{number}.html"
            year, month, day = date.split("/")
            self._report(
                "liaoning_liaoyang",
                path,
                title,
                self._hanweb_page(title, f"{year}-{int(month):02d}-{int(day):02d}", body),
            )
            self.liaoyang_records.insert(len(self.liaoyang_records) // 2, _anchor(path, title))
        per_page = 4
        first = "".join(f"<record><![CDATA[{r}]]></record>" for r in self.liaoyang_records[:per_page])
        proxy = "/liaoyang/module/web/jpage/dataproxy.jsp?page=1&amp;appid=1&amp;webid=12&amp;path=/liaoyang/&amp;columnid=3327&amp;unitid=8811&amp;permissiontype=0"
        self.pages["/liaoyang/col/col3327/index.html"] = _html(f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>政府信息公开年报 辽阳市人民政府</title></head><body>
<div class="bt-position">当前位置：首页 &gt; 政府信息公开年报</div>
<div id="8811"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="{proxy}"></a>]]></nextgroup>
<recordset>{first}</recordset></datastore></script></div>
<script>$('#8811').jpage({{dataStore: dataStore, totalRecord: {len(self.liaoyang_records)}, perPage: {per_page},
proxyUrl: '/liaoyang/module/web/jpage/dataproxy.jsp', groupSize: 3}});</script>
<div class="footer">{DEMO_NOTICE}</div></body></html>""")
        self.liaoyang_per_page = per_page
        self._portal(
            id="liaoning_liaoyang",
            name="辽阳市人民政府",
            region="辽宁省辽阳市",
            start_urls=[self.origin + "/liaoyang/col/col3327/index.html"],
            domains=["127.0.0.1"],
        )

    def _liaoyang_dataproxy(self, params: dict) -> Page:
        size = self.liaoyang_per_page
        start = int(params.get("startrecord") or (int(params.get("page", 1)) - 1) * size + 1)
        end = int(params.get("endrecord") or start + size - 1)
        chunk = self.liaoyang_records[start - 1 : end]
        records = "".join(f"<record><![CDATA[{r}]]></record>" for r in chunk)
        xml = (
            f'<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>{len(self.liaoyang_records)}</totalrecord>'
            f"<totalpage>{math.ceil(len(self.liaoyang_records) / size)}</totalpage><recordset>{records}</recordset></datastore>"
        )
        return Page(200, xml.encode("utf-8"), "text/xml; charset=UTF-8")

    # -- 舒城县: a 2000s table layout in GBK, list.asp?page=N with 下一页 links ---------------------------------

    def _legacy_page(self, title: str, date: str, body: str, foot) -> str:
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>舒城县人民政府--{title}</title></head><body bgcolor="#FFFFFF">
<table width="980" border="0" align="center"><tr><td><img src="/shucheng/images/banner.jpg" alt="舒城县人民政府"></td></tr>
<tr><td class="nav"><a href="/shucheng/">网站首页</a> | <a href="/shucheng/list.asp">政府信息公开年报</a></td></tr></table>
<table width="980" border="0" align="center"><tr><td width="200" valign="top">
<table><tr><td><a href="/shucheng/list.asp">信息公开年报</a></td></tr><tr><td><a href="/shucheng/xwzx.asp">舒城要闻</a></td></tr></table></td>
<td valign="top"><table width="100%"><tr><td align="center"><b>{title}</b></td></tr>
<tr><td align="center">发布日期:{date} 浏览量:我要纠错 【字体:<a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td class="txt">{body}</td></tr></table></td></tr></table>
<table width="980" align="center"><tr><td>{_lines_html(foot, "span")}<br>{DEMO_NOTICE}</td></tr></table></body></html>"""

    def _shucheng(self) -> None:
        seed = seed_report("001")
        gbk_html = "text/html"  # no charset in the header: the meta tag says gb2312
        self._report(
            "anhui_luan_shucheng",
            "/shucheng/show.asp?id=1201",
            seed.title,
            Page(
                200,
                self._legacy_page(seed.title, "2013-02-10 00:00", seed.paragraphs(), seed.foot).encode("gbk"),
                gbk_html,
            ),
        )
        title_2019 = "舒城县2019年政府信息公开工作年度报告"
        # This server lies: it declares UTF-8 but sends GBK bytes.
        self._report(
            "anhui_luan_shucheng",
            "/shucheng/show.asp?id=1902",
            title_2019,
            Page(
                200,
                self._legacy_page(
                    title_2019, "2020-01-21 08:30", template_report("舒城县", 2019, seed=2019, trial=True), seed.foot
                ).encode("gbk", errors="xmlcharrefreplace"),
                "text/html; charset=utf-8",
            ),
        )
        title_2020 = "舒城县2020年政府信息公开工作年度报告"
        docx_path = "/shucheng/upload/2021/0125/shucheng_2020_nianbao.docx"
        attachment = f'<p>附件：<a href="{docx_path}">舒城县2020年政府信息公开工作年度报告.docx</a></p>'
        # The report itself only as the Word file the page links (a 2019 trial-format report with its tables).
        docx_body = docx_from_html(template_report("舒城县", 2020, seed=2020, trial=True))
        self.pages[docx_path] = Page(200, docx_body, DOCX)
        self._report(
            "anhui_luan_shucheng",
            "/shucheng/show.asp?id=2001",
            title_2020,
            Page(200, self._legacy_page(title_2020, "2021-01-25 09:00", attachment, seed.foot).encode("gbk"), gbk_html),
        )
        self.shucheng_items = [
            [
                ("show.asp?id=2001", title_2020),
                ("show.asp?id=2101", "舒城县召开政务公开工作推进会"),
                ("show.asp?id=1902", title_2019),
            ],
            [("show.asp?id=1301", "关于报送2012年度政府信息公开工作年度报告的通知"), ("show.asp?id=1201", seed.title)],
        ]
        self._shucheng_files(seed)
        self.pages["/shucheng/show.asp?id=2101"] = Page(
            200,
            self._legacy_page(
                "舒城县召开政务公开工作推进会", "2021-03-02 10:00", "<p>会议要求。</p>", seed.foot
            ).encode("gbk"),
            gbk_html,
        )
        self._portal(
            id="anhui_luan_shucheng",
            name="舒城县人民政府",
            region="安徽省六安市舒城县",
            start_urls=[self.origin + "/shucheng/list.asp"],
            domains=["127.0.0.1"],
            notes="Demo: GBK table layout; one page declares UTF-8 but sends GBK.",
        )

    def _shucheng_files(self, seed) -> None:
        """The county's reports in the other forms counties publish: the 2021 report as an old Word .doc, the 2022
        one as a Kingsoft .wps, the 2023 one as a page whose 表三 is an .xls beside it, and the 2012 report (the
        seed) also as a PDF linked straight from the list."""
        upload = "/shucheng/upload/"
        for year, kind, body in (
            (2021, "doc", doc_from_html(template_report("舒城县", 2021, seed=2021))),
            # WPS Office writes its .wps in the Word 97 binary format LibreOffice reads as it reads a .doc.
            (2022, "wps", doc_from_html(template_report("舒城县", 2022, seed=2022))),
        ):
            title, path = (
                f"舒城县{year}年政府信息公开工作年度报告",
                f"{upload}{year + 1}/shucheng_{year}_nianbao.{kind}",
            )
            self.pages[path] = Page(200, body, "application/octet-stream")
            link = f'<p>附件：<a href="{path}">{title}.{kind}</a></p>'
            page = f"/shucheng/show.asp?id={year - 2000}02"
            self._report(
                "anhui_luan_shucheng",
                page,
                title,
                Page(
                    200, self._legacy_page(title, f"{year + 1}-01-20 09:00", link, seed.foot).encode("gbk"), "text/html"
                ),
            )
            self.shucheng_items[0].insert(0, (page.removeprefix("/shucheng/"), title))
        title = "舒城县2023年政府信息公开工作年度报告"
        report = template_report("舒城县", 2023, seed=2023)
        table_three = re.findall(r"<table.*?</table>", report, re.S)[1]
        sheet = f"{upload}2024/shucheng_2023_biao3.xls"
        self.pages[sheet] = Page(200, xls_from_html(table_three), "application/vnd.ms-excel")
        body = report.replace(
            table_three, f'<p>详见附件：<a href="{sheet}">收到和处理政府信息公开申请情况表.xls</a></p>'
        )
        self._report(
            "anhui_luan_shucheng",
            "/shucheng/show.asp?id=2401",
            title,
            Page(200, self._legacy_page(title, "2024-01-19 09:00", body, seed.foot).encode("gbk"), "text/html"),
        )
        self.shucheng_items[0].insert(0, ("show.asp?id=2401", title))
        pdf, pdf_title = f"{upload}2013/shucheng_2012_nianbao.pdf", seed.title + "（PDF版）"
        self._report(
            "anhui_luan_shucheng", pdf, pdf_title, Page(200, pdf_from_html(seed.paragraphs()), "application/pdf")
        )
        self.shucheng_items[1].append((pdf.removeprefix("/shucheng/"), pdf_title))

    def _shucheng_list(self, params: dict) -> Page:
        number = max(1, min(int(params.get("page", "1") or 1), len(self.shucheng_items)))
        rows = "".join(
            f'<tr><td>·<a href="{href}" target="_blank">{escape(title)}</a></td><td>2021-01-25</td></tr>'
            for href, title in self.shucheng_items[number - 1]
        )
        pager = f"共{len(self.shucheng_items)}页 第{number}页 "
        if number < len(self.shucheng_items):
            pager += f'<a href="list.asp?page={number + 1}">下一页</a> <a href="list.asp?page={len(self.shucheng_items)}">尾页</a>'
        markup = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>政府信息公开年报</title></head>
<body><table width="980"><tr><td>当前位置：首页 &gt;&gt; 政府信息公开年报</td></tr></table>
<table width="760">{rows}<tr><td colspan="2" align="center">{pager}</td></tr></table>
<table><tr><td>{DEMO_NOTICE}</td></tr></table></body></html>"""
        return Page(200, markup.encode("gbk"), "text/html")

    # -- 吉州区: xxgk catalogue with the metadata table, ?page=N paging, .xxgk_content ----------------------------

    def _xxgk_page(self, title: str, index_no: str, date: str, body: str, foot) -> Page:
        return _html(f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="location">您的位置：<a href="/jizhou/">首页</a> &gt; 信息公开 &gt; 政府信息公开年报</div>
<table class="xxgk_table">
<tr><td>索 引 号:</td><td>{index_no}</td><td>分 类:</td><td>县市区</td></tr>
<tr><td>责任部门:</td><td>吉州区政府办</td><td>发文日期:</td><td>{date}</td></tr>
<tr><td>标 题:</td><td colspan="3">{title}</td></tr>
<tr><td>公开方式:</td><td>主动公开</td><td>公开时限:</td><td>常年公开</td></tr>
<tr><td>有效性:</td><td>有效</td><td>浏览:</td><td></td></tr></table>
<div class="xxgk_content"><h2>{title}</h2>{body}</div>
<div class="footer">{_lines_html(foot)}<p>{DEMO_NOTICE}</p></div></body></html>""")

    def _jizhou(self) -> None:
        seed = seed_report("004")
        body = (
            seed.paragraphs()
            + '<p>附件:<a href="/jizhou/xxgk/nb/W020180210.xls">吉州区2017年度政府信息公开统计表</a></p>'
            "<p>2018年1月19日</p>"
        )
        path_2017 = self._report(
            "jiangxi_jian_jizhou",
            "/jizhou/xxgk/nb/20180210/art_26.html",
            seed.title,
            self._xxgk_page(seed.title, "D00000--2018-0026", "2018-02-10 10:43:19", body, seed.foot),
        )
        title_2021 = "吉州区2021年政府信息公开工作年度报告"
        path_2021 = self._report(
            "jiangxi_jian_jizhou",
            "/jizhou/xxgk/nb/20220120/art_301.html",
            title_2021,
            self._xxgk_page(
                title_2021,
                "D00000--2022-0012",
                "2022-01-20 16:05:11",
                template_report("吉州区", 2021, seed=36),
                seed.foot,
            ),
        )
        title_2019 = "吉州区2019年政府信息公开工作年度报告"
        path_2019 = self._report(
            "jiangxi_jian_jizhou",
            "/jizhou/xxgk/nb/20200115/art_188.html",
            title_2019,
            self._xxgk_page(
                title_2019,
                "D00000--2020-0003",
                "2020-01-15 09:12:40",
                template_report("吉州区", 2019, seed=37, trial=True),
                seed.foot,
            ),
        )
        # 加速乐-style: a JavaScript cookie challenge until the request carries the cookie it set.
        self.challenged[path_2019] = "cookie"
        path_2018 = "/jizhou/xxgk/nb/20190116/art_150.html"
        self.pages[path_2018] = self.pages[path_2019]
        self.challenged[path_2018] = "always"  # a WAF that never lets the crawler through
        self.jizhou_items = [
            [
                (path_2021, title_2021),
                ("/jizhou/xxgk/tzgg/art_1.html", "吉州区2022年政务公开工作要点"),
                (path_2019, title_2019),
                (path_2018, "吉州区2018年政府信息公开工作年度报告"),
            ],
            [(path_2017, seed.title), ("/jizhou/xxgk/tzgg/art_2.html", "吉州区政府信息公开指南")],
        ]
        self._portal(
            id="jiangxi_jian_jizhou",
            name="吉安市吉州区人民政府",
            region="江西省吉安市吉州区",
            start_urls=[self.origin + "/jizhou/xxgk/nb/index.html"],
            domains=["127.0.0.1"],
        )

    def _jizhou_list(self, params: dict) -> Page:
        number = max(1, min(int(params.get("page", "1") or 1), len(self.jizhou_items)))
        items = "".join(_anchor(href, title) for href, title in self.jizhou_items[number - 1])
        pages = " ".join(f'<a href="index.html?page={n}">{n}</a>' for n in range(1, len(self.jizhou_items) + 1))
        return _html(f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开年报</title></head><body>
<div class="location">您的位置：首页 &gt; 政府信息公开年报</div><ul>{items}</ul><div class="pages">{pages}</div>
<div class="footer">{DEMO_NOTICE}</div></body></html>""")

    # -- 韶关市: Guangdong gkmlpt, list built by script from a JSON API, .article-content --------------------------

    def _gkmlpt_page(self, title: str, date: str, body: str) -> Page:
        return _html(f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="header">韶关市人民政府门户网站 <a href="/shaoguan/">首页</a> 长者版 无障碍</div>
<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>
<div class="article"><h1 class="title">{title}</h1>
<div class="meta"><span>发布日期：{date}</span> <span>来源：韶关市政务服务数据管理局</span> <span>分享到：</span></div>
<div class="article-content">{body}</div></div>
<div class="footer"><p>主办单位：韶关市人民政府办公室</p><p>网站标识码：4402000001 粤ICP备05008744号 粤公网安备 44020302000123号</p>
<p>扫一扫在手机打开当前页</p><p>{DEMO_NOTICE}</p></div></body></html>""")

    def _shaoguan(self) -> None:
        self.shaoguan_articles = []
        for number, (year, body_name) in enumerate(
            ((2023, "韶关市"), (2022, "韶关市"), (2021, "韶关市"), (2022, "韶关市教育局")), start=1
        ):
            title = f"{body_name}{year}年政府信息公开工作年度报告"
            path = f"/shaoguan/gkmlpt/content/2/{2340 + number}/post_{2345670 + number}.html"
            # 2021: cells left blank, — or /, and a 总计 that does not add up.
            body = template_report(body_name, year, seed=440 + number, variant="gaps" if year == 2021 else None)
            shown_title = title
            if number == 1:  # hacked: a casino title prepended, a spam site in place of the official one
                shown_title = "365bet(中国)官方网站 " + title
                body += "<p>本报告电子版可在韶关市人民政府门户网站(http://www.youxi60.net/sg/2023.html)查阅。</p>"
            self._report(
                "guangdong_shaoguan", path, title, self._gkmlpt_page(shown_title, f"{year + 1}-01-{10 + number}", body)
            )
            self.shaoguan_articles.append(
                {
                    "id": 2345670 + number,
                    "title": title,
                    "url": self.origin + path,
                    "publish_time": f"{year + 1}-01-{10 + number}",
                }
            )
        self.shaoguan_articles.insert(
            1,
            {
                "id": 1,
                "title": "韶关市2024年政务公开工作要点",
                "url": self.origin + "/shaoguan/gkmlpt/content/2/1/post_1.html",
            },
        )
        self.pages["/shaoguan/gkmlpt/annualreport"] = _html("""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>政府信息公开年报</title></head><body><div id="app">请开启JavaScript以浏览本栏目</div>
<script src="/shaoguan/gkmlpt/static/js/app.js"></script></body></html>""")
        self._portal(
            id="guangdong_shaoguan",
            name="韶关市人民政府",
            region="广东省韶关市",
            start_urls=[self.origin + "/shaoguan/gkmlpt/annualreport"],
            domains=["127.0.0.1"],
            list_api=self.origin + "/shaoguan/gkmlpt/api/annualreport?page={page}",
        )

    def _shaoguan_api(self, params: dict) -> Page:
        size = 2
        number = max(1, int(params.get("page", "1") or 1))
        chunk = self.shaoguan_articles[(number - 1) * size : number * size]
        payload = {"total": len(self.shaoguan_articles), "page": number, "per_page": size, "articles": chunk}
        return Page(200, json.dumps(payload, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

    # -- 包头市 via an encyclopedia mirror in traditional characters (seed 003) -------------------------------------

    def _baotou_mirror(self) -> None:
        seed = seed_report("003")
        infobox = "".join(f"<li>{escape(line.strip(' •'))}</li>" for line in seed.head[2:6])
        intro, *rest = seed.body
        paragraphs = "\n".join(
            f"<h2>{escape(line)}</h2>" if line.strip() in ("基本信息", "主要內容") else f"<p>{escape(line)}</p>"
            for line in rest
            if line.strip()
        )
        path = "/baike/wiki/baotou-2013-report/63726324"
        self._report(
            "neimenggu_baotou",
            path,
            seed.title,
            _html(f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{seed.title}_百科知識</title></head><body>
<div class="topbar"><a href="/baike/">百科知識</a> <form><input name="q"></form></div>
<div class="mainContent"><h1>{seed.title}</h1>
<div class="summary"><p>{escape(intro)}</p></div>
<div class="basic-info"><h3>基本介紹</h3><ul>{infobox}</ul></div>
<div class="catalog">基本信息,主要內容,</div>
{paragraphs}</div>
<div class="related"><h3>相關詞條</h3><a href="/baike/wiki/baotou/1">包頭市</a><h3>熱門詞條</h3><a href="/baike/wiki/x/2">政府信息公開條例</a></div>
<div class="foot"><a href="/baike/about">聯絡我們</a> {DEMO_NOTICE}</div></body></html>"""),
        )
        # A template report mirrored in traditional characters.
        title_2021 = "包頭市2021年政府信息公開工作年度報告"
        path_2021 = "/baike/wiki/baotou-2021-report/88001234"
        body_2021 = traditional(template_report("包头市", 2021, seed=1502))
        self._report(
            "neimenggu_baotou",
            path_2021,
            title_2021,
            _html(f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{title_2021}_百科知識</title></head><body>
<div class="mainContent"><h1>{title_2021}</h1>
<div class="basic-info"><h3>基本介紹</h3><ul><li>中文名:{title_2021}</li><li>時間:2022年</li></ul></div>
{body_2021}</div>
<div class="foot"><a href="/baike/about">聯絡我們</a> {DEMO_NOTICE}</div></body></html>"""),
        )
        self.pages["/baike/category/nianbao"] = _html(f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>政府信息公開年度報告 分類</title></head><body><h1>分類：政府信息公開年度報告</h1><ul>
{_anchor(path, seed.title)}{_anchor(path_2021, title_2021)}{_anchor("/baike/wiki/baotou/1", "包頭市")}{_anchor("/baike/wiki/tiaoli/3", "中華人民共和國政府信息公開條例")}
</ul><div class="foot">{DEMO_NOTICE}</div></body></html>""")
        self._portal(
            id="neimenggu_baotou",
            name="包头市人民政府 (百科镜像)",
            region="内蒙古自治区包头市",
            start_urls=[self.origin + "/baike/category/nianbao"],
            domains=["127.0.0.1"],
            notes="Demo: an encyclopedia mirror of the report in traditional characters.",
        )

    # -- 平潭: TRS "trt" template, list2.trsapi 动静结合: one static page, the rest from the search service ----------

    def _pingtan(self) -> None:
        self.pingtan_records = []
        for year in range(2024, 2016, -1):
            title = f"平潭综合实验区{year}年度政府信息公开工作年度报告"
            stamp = f"{year + 1}0310"
            path = f"/pingtan/zwgk/zfxxgk/zfxxgknb/{stamp[:6]}/t{stamp}_{80000 + year}.htm"
            if year >= 2019:
                body = template_report("平潭综合实验区", year, seed=3500 + year, trial=year < 2021)
            else:  # reports under the 2008 regulation: free text
                body = (
                    f"<p>一、概述</p><p>{year}年，平潭综合实验区认真贯彻《中华人民共和国政府信息公开条例》，"
                    f"全年主动公开政府信息{1200 + year % 100}条，受理政府信息公开申请{year % 10 + 3}件，均按时答复。</p>"
                    "<p>二、存在的主要问题及改进措施</p><p>一是公开内容有待深化；二是依申请公开工作机制需进一步规范。</p>"
                )
            page = self._trs_page(title, f"{year + 1}-03-10 09:00", body, ["主办单位：平潭综合实验区管委会办公室"])
            self._report("fujian_pingtan", path, title, page)
            self.pingtan_records.append({"doctitle": title, "docpuburl": self.origin + path, "pubdate": stamp})
        static, per_page = self.pingtan_records[:3], 3
        items = "".join(
            f'<dl><dt><a href="{escape(r["docpuburl"])}" title="{escape(r["doctitle"])}">{escape(r["doctitle"])}</a></dt>'
            f"<dd>{r['pubdate']}</dd></dl>"
            for r in static
        )
        self.pages["/pingtan/zwgk/zfxxgk/zfxxgknb/index.htm"] = (
            _html(f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>政府信息公开年报_平潭综合实验区</title></head><body>
<div class="position">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>
<div ms-visible="showStatic">{items}</div><div ms-include-src="pgTemp"></div>
<script>var SiteInfo = {{ searchId: 200210, defaultPgTemp: "pgBar_pt.html" }};</script>
<script>require(["list2.trsapi", "tools"], function(listModel, tools) {{ listModel({{ quickMode: "动静结合", maxStaticIndex: 1,
listArgs: {{ channelid: SiteInfo.searchId, classsql: "" || "chnlid=1813", sortfield: "-docorderpri,-docreltime" }},
pagebar: {{ prepage: {per_page}, recordCount: '{len(self.pingtan_records)}', pgTemp: "pgBar_xxgk.html", pgCountMode: "recordCount" }} }}); }});</script>
<div class="footer">{DEMO_NOTICE}</div></body></html>""")
        )
        self.pingtan_per_page = per_page
        self._portal(
            id="fujian_pingtan",
            name="平潭综合实验区管委会",
            region="福建省平潭综合实验区",
            start_urls=[self.origin + "/pingtan/zwgk/zfxxgk/zfxxgknb/index.htm"],
            domains=["127.0.0.1"],
            notes="Demo: a TRS trt column (动静结合): the first page static, the rest from the search service.",
        )

    def _pingtan_search(self, params: dict) -> Page:
        """The trt platform's search service: records of a channel, `prepage` at a time, newest first."""
        if params.get("channelid") != "200210" or params.get("classsql") != "chnlid=1813":
            return Page(200, b'{"pageCount": 0, "data": []}', "application/json; charset=utf-8")
        size = int(params.get("prepage") or 10)
        number = max(1, int(params.get("page") or 1))
        chunk = self.pingtan_records[(number - 1) * size : number * size]
        payload = {"pageCount": math.ceil(len(self.pingtan_records) / size), "data": chunk}
        return Page(200, json.dumps(payload, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

    # -- 淮安市: reports published as files, linked straight from the list ------------------------------------------

    def huaian_word_file(self, revision: int = 0) -> tuple[str, Page]:
        """The Word file of 淮安's 2023 report page; a later `revision` has other numbers (a corrected file put up
        under the same URL, the page left as it was)."""
        markup = template_report("淮安市", 2023, seed=2023 + revision)
        return "/huaian/zfxxgk/nb/P020240131_2023.docx", Page(200, docx_from_html(markup), DOCX)

    def _huaian_word_report(self, column: str) -> str:
        """A report page of a server that sends validators, holding only the link to its Word file."""
        path, page = self.huaian_word_file()
        self.pages[path] = page
        title = "淮安市人民政府2023年政府信息公开工作年度报告"
        return self._report(
            "jiangsu_huaian",
            column + "t20240131_2023.html",
            title,
            _html(f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<h1>{title}</h1><p>附件：<a href="{path}">{title}.docx</a></p><div class="footer">{DEMO_NOTICE}</div></body></html>"""),
        )

    def _huaian(self) -> None:
        column = "/huaian/zfxxgk/nb/"
        title = "淮安市人民政府2024年政府信息公开工作年度报告"
        files = [
            (
                self._report(
                    "jiangsu_huaian",
                    column + "W020250121.pdf",
                    title,
                    Page(200, REAL_PDF.read_bytes(), "application/pdf"),
                ),
                title,
            ),
            (
                self._report(
                    "jiangsu_huaian",
                    column + "W020250121_scan.pdf",
                    title + "（图片版）",
                    Page(200, scanned_pdf(pages=1), "application/pdf"),
                ),
                title + "（图片版）",
            ),
            (self._huaian_word_report(column), "淮安市人民政府2023年政府信息公开工作年度报告"),
            # Not a report: the blank format template some columns carry beside the reports.
            (column + "gsmb.docx", "政府信息公开工作年度报告格式模板"),
        ]
        self.pages[column + "gsmb.docx"] = Page(200, blank_template_docx(), DOCX)
        items = "".join(_anchor(path, name) for path, name in files)
        self.pages[column + "index.html"] = _html(f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>政府信息公开年报_淮安市人民政府</title></head><body><div class="position">当前位置：首页 &gt; 年报</div>
<ul class="list">{items}</ul><div class="footer">{DEMO_NOTICE}</div></body></html>""")
        self._portal(
            id="jiangsu_huaian",
            name="淮安市人民政府",
            region="江苏省淮安市",
            start_urls=[self.origin + column + "index.html"],
            domains=["127.0.0.1"],
            notes="Demo: reports published as PDF files (the real 2024 report, and a scanned copy), and a blank template.",
        )
