"""Selectors and marker phrases, kept as data in one place (after trafilatura's xpaths.py)."""

import re

# Report body containers of the common platforms, most specific first (see DOMAIN.md).
CONTENT_SELECTORS = (
    ".TRS_Editor",
    ".TRS_UEDITOR",
    "#UCAP-CONTENT",
    "#zoom",
    ".xxgk_content",
    ".article-content",
    ".view",
    "#content",
    ".content",
    "article",
)
# A container holding less text than this is a teaser box, not the report.
MIN_CONTAINER_CHARS = 200

# A page with less text than this and no attachment is not a report (an error page, a bare link list).
MIN_REPORT_CHARS = 100

# Elements that are page chrome wherever they appear, removed before text extraction.
CHROME_SELECTORS = (
    "script",
    "style",
    "noscript",
    "iframe",
    "form",
    "nav",
    "header",
    "footer",
    ".breadcrumb",
    ".crumb",
    ".position",
    ".location",
    ".share",
    ".bdsharebuttonbox",
    ".print",
    ".font-size",
)

# Lines that are chrome when they stand alone (short lines only, so report sentences quoting them survive).
CHROME_LINE = re.compile(
    r"^\s*(?:您现在(?:所在)?的位置|您的位置|当前位置|所在位置)"
    r"|【?\s*字\s*[体號号]\s*[:：]"
    r"|打印本页|打印此页|【\s*打印\s*】|关闭窗口|关闭本页|【\s*关闭\s*】"
    r"|^\s*分享到"
    r"|扫一扫"
    r"|浏览(?:量|次数)\s*[:：]|^\s*浏览\s*[:：]"
    r"|网站标识码|ICP备|公网安备|版权所有"
    r"|^\s*(?:主\s*办|承\s*办)\s*[:：]"
    r"|^\s*-\s*\S{2,12}网站\s*-\s*$"
    r"|^\s*(?:基本介[紹绍]|相[關关]詞條|相关词条|熱門詞條|热门词条|聯絡我們|联系我们|网站地图|移动门户|OA办公|无障碍|长者版|适老化)\s*$"
    r"|^\s*(?:中文名|外文名|地[點点]|[時时][間间]|性[質质])\s*[:：]"
    r"|^\s*基本信息\s*[,，]\s*主要[內内]容\s*[,，]?\s*$"
    r"|^\s*[【\[]?\s*[大中小]\s*[】\]]?\s*$|^\s*[【】]\s*$"
)
CHROME_LINE_MAX_CHARS = 80

# A link or page title naming an annual disclosure report, in simplified or traditional characters.
REPORT_TITLE = re.compile(r"年度[报報]告|年[报報]|(?:信息|政务|政務)公[开開].{0,8}[报報]告")
# Titles that mention reports but are notices, plans, readings or evaluations about them.
NOT_REPORT_TITLE = re.compile(
    r"通知|要点|要點|方案|意见|意見|公告|通[报報]|解[读讀]|指南|目[录錄]|征集|徵集|[评評]估|考核|[计計]划|安排|^\s*[关關]于"
)

# Link texts that lead to the next list page.
NEXT_PAGE_TEXTS = frozenset(
    {"下一页", "下页", "后页", "尾页", "末页", "最后一页", "下一頁", "尾頁", ">", ">>", "›", "»"}
)
PAGE_HREF = re.compile(
    r"(?:^|/)(?:index|list|default)_\d+\.s?html?$"
    r"|[?&](?:page|pageNo|pageno|pageIndex|pageindex|curPage|currentPage|pg|p)=\d+"
)
CREATE_PAGE_HTML = re.compile(r"createPageHTML\s*\(([^)]*)\)")
HANWEB_DATAPROXY = re.compile(r"""href=["']([^"']*dataproxy\.jsp[^"']*)["']""")
HANWEB_TOTAL_RECORD = re.compile(r"totalRecord\s*[:=]\s*['\"]?(\d+)")
HANWEB_PER_PAGE = re.compile(r"perPage\s*[:=]\s*['\"]?(\d+)")
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# Report files linked from a page (the report itself as an attachment).
DOCUMENT_EXTENSIONS = ("pdf", "doc", "docx", "wps", "xls", "xlsx", "et", "ofd", "rtf", "zip", "rar")

# Report files served in place of a page (a download link or a redirect): recognised by their first bytes.
DOCUMENT_MAGIC = ((b"%PDF", "pdf"), (b"\xd0\xcf\x11\xe0", "doc"), (b"PK\x03\x04", "docx"), (b"%OFD", "ofd"))

# The page's own metadata block: label (spaces inside allowed) followed by a colon and the value.
META_LABELS = {
    "索引号": "index_no",
    "发布日期": "date",
    "发文日期": "date",
    "公开日期": "date",
    "发布时间": "date",
    "成文日期": "date",
    "发布机构": "publisher",
    "责任部门": "publisher",
    "发文机关": "publisher",
    "发布单位": "publisher",
    "来源": "source",
    "信息来源": "source",
}
# Labels that end the value before them without being kept (view counts, font controls, catalogue fields).
META_STOP_LABELS = (
    "浏览量",
    "浏览次数",
    "浏览",
    "字体",
    "字号",
    "分享到",
    "分类",
    "标题",
    "公开方式",
    "公开时限",
    "公开范围",
    "有效性",
    "主题分类",
    "文号",
)
META_LABEL = re.compile(
    "("
    + "|".join(r"\s*".join(label) for label in sorted((*META_LABELS, *META_STOP_LABELS), key=len, reverse=True))
    + r")\s*[:：]"
)
META_TAGS = {"pubdate": "发布日期", "publishdate": "发布日期", "contentsource": "来源", "articletitle": "标题"}
DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
URL_DATE = re.compile(r"/t((?:19|20)\d{2})(\d{2})(\d{2})_|/art/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")
YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
CHINESE_YEAR = re.compile(r"([〇○零Ｏ一二三四五六七八九]{4})\s*年")
YEAR_PHRASE = re.compile(r"(?:(?:19|20)\d{2}|[〇○零Ｏ一二三四五六七八九]{4})\s*年度?")
STATISTICS_PERIOD = re.compile(r"(?:统计期限|統計期限|统计时限)[^。\n]{0,6}?((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日")
# The report phrase after the publishing body's name in a title.
# "人民政府" belongs to the body's name (永州市人民政府信息公开…); a bare "政府" before 信息公开 does not.
TITLE_REPORT_PHRASE = re.compile(
    r"(?:关于|關於)?(?:(?<!人民)政府|政[务務])?(?:信息|資訊)?公[开開].*$|年度[报報]告.*$|年[报報].*$"
)
