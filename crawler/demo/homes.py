"""Home pages of the demo portals, with the navigation real portals have: 首页 → 政务公开 / 政府信息公开 → 年报.

Each portal's pages are listed from its home page on; the links hold what discovery must pass by: news, 政策解读,
通知公告, 年度计划, 工作要点, other yearly reports (法治政府建设年度报告, 统计年报, 企业年报), a report linked from the home
page, and a 政府信息公开 link to another host. The decoy columns are not served: a crawl that asked for one gets a 404
and the tests see it in the server's request log.
"""

from __future__ import annotations

from html import escape

OFFSITE = "{offsite}"  # stands for the off-site host in an href

# portal id → its pages, home first: (path, page title, [(href, link text)]).
NAVIGATION: dict[str, list[tuple[str, str, list[tuple[str, str]]]]] = {
    "hunan_yongzhou": [
        (
            "/yongzhou/",
            "永州市人民政府门户网站",
            [
                ("/yongzhou/", "首页"),
                ("/yongzhou/zjyz/", "走进永州"),
                ("/yongzhou/xwzx/", "新闻中心"),
                ("/yongzhou/zwgk/", "政务公开"),
                ("/yongzhou/zwfw/", "政务服务"),
                ("/yongzhou/hdjl/", "互动交流"),
                ("/yongzhou/zfxxgknb/202301/t20230130_2002.htm", "永州市2022年政府信息公开工作年度报告"),
                (
                    "/yongzhou/zfxxgknb/202312/t20231215_3001.htm",
                    "关于做好2023年政府信息公开工作年度报告编制发布工作的通知",
                ),
                (OFFSITE + "/hunan/zwgk/", "湖南省政府信息公开"),
            ],
        ),
        (
            "/yongzhou/zwgk/",
            "政务公开_永州市人民政府",
            [
                ("/yongzhou/", "首页"),
                ("/yongzhou/zwgk/xxgkzn/", "政府信息公开指南"),
                ("/yongzhou/zwgk/xxgkzd/", "政府信息公开制度"),
                ("/yongzhou/zwgk/fdzdgknr/", "法定主动公开内容"),
                ("/yongzhou/zcjd/", "政策解读"),
                ("/yongzhou/tzgg/", "通知公告"),
                ("/yongzhou/ndjh/", "年度计划"),
                ("/yongzhou/gzyd/", "工作要点"),
                ("/yongzhou/zfxxgknb/index.htm", "市人民政府信息公开年报"),
                ("/yongzhou/fzzfjs/", "法治政府建设年度报告"),
                ("/yongzhou/zwgk/ysqgk/", "依申请公开"),
            ],
        ),
    ],
    "liaoning_liaoyang": [
        (
            "/liaoyang/",
            "辽阳市人民政府",
            [
                ("/liaoyang/", "首页"),
                ("/liaoyang/col/col3200/index.html", "走进辽阳"),
                ("/liaoyang/col/col3250/index.html", "政务动态"),
                ("/liaoyang/col/col3300/index.html", "信息公开"),
                ("/liaoyang/col/col3400/index.html", "政务服务"),
            ],
        ),
        (
            "/liaoyang/col/col3300/index.html",
            "信息公开 辽阳市人民政府",
            [
                ("/liaoyang/", "首页"),
                ("/liaoyang/col/col3301/index.html", "政策解读"),
                ("/liaoyang/col/col3302/index.html", "通知公告"),
                ("/liaoyang/col/col3303/index.html", "年度计划"),
                ("/liaoyang/col/col3304/index.html", "统计年报"),
                ("/liaoyang/col/col3327/index.html", "政府信息公开年报"),
                ("/liaoyang/col/col3305/index.html", "政府信息公开指南"),
            ],
        ),
    ],
    "anhui_luan_shucheng": [
        (
            "/shucheng/",
            "舒城县人民政府",
            [
                ("/shucheng/", "网站首页"),
                ("/shucheng/xwzx.asp", "舒城要闻"),
                ("/shucheng/xxgk.asp", "政府信息公开"),
                ("/shucheng/tzgg.asp", "通知公告"),
                ("/shucheng/qyxx.asp", "企业年报"),
            ],
        ),
        (
            "/shucheng/xxgk.asp",
            "舒城县人民政府--政府信息公开",
            [
                ("/shucheng/", "网站首页"),
                ("/shucheng/xxgkzn.asp", "信息公开指南"),
                ("/shucheng/xxgkml.asp", "信息公开目录"),
                ("/shucheng/list.asp", "信息公开年报"),
                ("/shucheng/gzyd.asp", "工作要点"),
                ("/shucheng/zcjd.asp", "政策解读"),
            ],
        ),
    ],
    "jiangxi_jian_jizhou": [
        (
            "/jizhou/",
            "吉州区人民政府",
            [
                ("/jizhou/", "首页"),
                ("/jizhou/zwdt/", "政务动态"),
                ("/jizhou/xxgk/", "信息公开"),
                ("/jizhou/hdjl/", "互动交流"),
            ],
        ),
        (
            "/jizhou/xxgk/",
            "信息公开 吉州区人民政府",
            [
                ("/jizhou/", "首页"),
                ("/jizhou/xxgk/zn/", "政府信息公开指南"),
                ("/jizhou/xxgk/zcjd/", "政策解读"),
                ("/jizhou/xxgk/tzgg/", "通知公告"),
                ("/jizhou/xxgk/gzyd/", "工作要点"),
                ("/jizhou/xxgk/nb/index.html", "政府信息公开年报"),
            ],
        ),
    ],
    "guangdong_shaoguan": [
        (
            "/shaoguan/",
            "韶关市人民政府门户网站",
            [
                ("/shaoguan/", "首页"),
                ("/shaoguan/zwgk/zcjd/", "政策解读"),
                ("/shaoguan/zwgk/tzgg/", "通知公告"),
                # gkmlpt: the catalogue is a script-built page; its annual-report column has a fixed path.
                ("/shaoguan/gkmlpt/index", "政府信息公开"),
            ],
        ),
    ],
    "neimenggu_baotou": [
        (
            "/baike/",
            "百科知識",
            [
                ("/baike/", "首頁"),
                ("/baike/category/zhengce", "政策解讀"),
                ("/baike/category/qiye", "企業年報"),
                ("/baike/category/nianbao", "政府信息公開年度報告"),
            ],
        ),
    ],
    "fujian_pingtan": [
        (
            "/pingtan/",
            "平潭综合实验区",
            [
                ("/pingtan/", "首页"),
                ("/pingtan/xwzx/", "新闻中心"),
                ("/pingtan/zwgk/", "政务公开"),
                ("/pingtan/zwfw/", "政务服务"),
            ],
        ),
        (
            "/pingtan/zwgk/",
            "政务公开_平潭综合实验区",
            [
                ("/pingtan/", "首页"),
                ("/pingtan/zwgk/zcjd/", "政策解读"),
                ("/pingtan/zwgk/tzgg/", "通知公告"),
                ("/pingtan/zwgk/ndjh/", "年度计划"),
                ("/pingtan/zwgk/gzyd/", "工作要点"),
                ("/pingtan/zwgk/zfxxgk/", "政府信息公开"),
            ],
        ),
        (
            "/pingtan/zwgk/zfxxgk/",
            "政府信息公开_平潭综合实验区",
            [
                ("/pingtan/", "首页"),
                ("/pingtan/zwgk/zfxxgk/zn/", "政府信息公开指南"),
                ("/pingtan/zwgk/zfxxgk/fdzdgknr/", "法定主动公开内容"),
                ("/pingtan/zwgk/zfxxgk/zfxxgknb/index.htm", "政府信息公开年报"),
            ],
        ),
    ],
    "jiangsu_huaian": [
        (
            "/huaian/",
            "淮安市人民政府",
            [
                ("/huaian/", "首页"),
                ("/huaian/zfxxgk/", "政府信息公开"),
                ("/huaian/zwdt/", "政务动态"),
            ],
        ),
        (
            "/huaian/zfxxgk/",
            "政府信息公开_淮安市人民政府",
            [
                ("/huaian/", "首页"),
                ("/huaian/zfxxgk/ndjh/", "年度计划"),
                ("/huaian/zfxxgk/tjnb/", "统计年报"),
                ("/huaian/zfxxgk/gzyd/", "工作要点"),
                ("/huaian/zfxxgk/nb/index.html", "年度报告"),
            ],
        ),
    ],
}
# Pages the portals' own platforms serve without links (gkmlpt builds its catalogue by script).
SCRIPT_PAGES = {"/shaoguan/gkmlpt/index": "政府信息公开目录"}
GBK_PORTALS = {"anhui_luan_shucheng"}  # the legacy site: every page in GBK, declared in a meta tag only


def navigation_page(title: str, links: list[tuple[str, str]], offsite: str, notice: str, charset: str) -> str:
    """A portal page that is navigation only: a menu bar, then the page's sections."""
    items = "".join(
        f'<li><a href="{escape(href.replace(OFFSITE, offsite))}">{escape(text)}</a></li>' for href, text in links
    )
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{escape(title)}</title></head><body>
<div class="header"><h1>{escape(title)}</h1><span>无障碍</span> <span>长者版</span></div>
<div class="nav"><ul>{items}</ul></div>
<div class="footer"><p>{escape(notice)}</p></div></body></html>"""


def script_page(title: str, notice: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(title)}</title></head><body>
<div id="app">请开启JavaScript以浏览本栏目</div><script src="/static/js/app.js"></script>
<div class="footer"><p>{escape(notice)}</p></div></body></html>"""
