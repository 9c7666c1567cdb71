"""Save demo-portal pages as test fixtures (tests/fixtures/<portal_id>/), as a crawler would have fetched them.

Run again only when the demo site changes on purpose; the tests read the saved bytes, never the live demo.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from crawler.demo.site import DemoSite

ORIGIN = "http://127.0.0.1:8000"
FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
PAGES = {
    "hunan_yongzhou": [
        "/yongzhou/zfxxgknb/index.htm",
        "/yongzhou/zfxxgknb/index_1.htm",
        "/yongzhou/zfxxgknb/201910/t20191030_1001.htm",
        "/yongzhou/zfxxgknb/202201/t20220125_2001.htm",
        "/yongzhou/zfxxgknb/202301/t20230130_2002.htm",
        "/yongzhou/zfxxgknb/202101/t20210128_2003.htm",
    ],
    "liaoning_liaoyang": [
        "/liaoyang/col/col3327/index.html",
        "/liaoyang/module/web/jpage/dataproxy.jsp?page=2&startrecord=5&endrecord=8&columnid=3327",
        "/liaoyang/art/2017/3/28/art_3327_780.html",
        "/liaoyang/art/2023/1/20/art_3327_901.html",
        "/liaoyang/art/2022/1/20/art_3327_855.html",
        "/liaoyang/art/2024/1/20/art_3327_950.html",
    ],
    "anhui_luan_shucheng": [
        "/shucheng/list.asp",
        "/shucheng/list.asp?page=2",
        "/shucheng/show.asp?id=1201",
        "/shucheng/show.asp?id=1902",
        "/shucheng/show.asp?id=2001",
    ],
    "jiangxi_jian_jizhou": ["/jizhou/xxgk/nb/index.html", "/jizhou/xxgk/nb/20180210/art_26.html"],
    "guangdong_shaoguan": [
        "/shaoguan/gkmlpt/api/annualreport?page=1",
        "/shaoguan/gkmlpt/content/2/2341/post_2345671.html",
        "/shaoguan/gkmlpt/content/2/2342/post_2345672.html",
        "/shaoguan/gkmlpt/content/2/2343/post_2345673.html",
        "/shaoguan/gkmlpt/content/2/2344/post_2345674.html",
    ],
    "neimenggu_baotou": [
        "/baike/category/nianbao",
        "/baike/wiki/baotou-2013-report/63726324",
        "/baike/wiki/baotou-2021-report/88001234",
    ],
}


def file_name(target: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", target.strip("/"))


def main() -> None:
    site = DemoSite(ORIGIN, "http://localhost:8000")
    for portal, targets in PAGES.items():
        folder = FIXTURES / portal
        folder.mkdir(parents=True, exist_ok=True)
        index = {}
        for target in targets:
            page = site.respond(target)
            name = file_name(target)
            (folder / name).write_bytes(page.body)
            index[name] = {"url": ORIGIN + target, "content_type": page.content_type}
        (folder / "pages.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
