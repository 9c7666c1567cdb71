"""Selectors and marker phrases, kept as data in one place (after trafilatura's xpaths.py)."""

import re

from pipelines.prefilter import Prefiltered

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
# The largest page read (and downloaded: DOWNLOAD_MAXSIZE): a real report with a pasted 30 MB image parses whole;
# anything larger is counted as failed (too_large), never read in part.
MAX_PAGE_BYTES = 64 * 1024 * 1024
# A page title or heading saying the page does not exist (servers that answer 200 for a missing page).
NOT_FOUND_PAGE = re.compile(
    r"页面不存在|页面不存在|访问的页面不存在|找不到(?:该|此|您要的)?页面|页面未找到|页面已删除|信息不存在或已删除|"
    r"(?<!\d)404(?!\d)|Not Found|頁面不存在",
    re.I,
)

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
# The name of a report column itself (a navigation link, a "more" link), not one report: no year, no body.
COLUMN_TITLE = re.compile(
    r"^(?:(?:政府|政务|政務)?(?:信息|資訊)?公[开開](?:工作)?)?(?:年[报報]|年度[报報]告)(?:专栏|栏目|專欄|欄目)?$"
)
# Titles that mention reports but are notices, plans, readings or evaluations about them, news about compiling,
# training on or deploying them (年报编制和发布部署会), rules for them, model essays, commentary.
NOT_REPORT_TITLE = re.compile(
    r"通知|要点|要點|方案|意见|意見|公告|通[报報]|解[读讀]|指南|目[录錄]|征集|徵集|[评評]估|测评|測評|考核|[计計]划|安排|"
    r"^\s*[关關]于|(?:年[报報]|[报報]告)(?:的)?[编編]制|[编編]制(?:和|与|及|、)?(?:[发發]布|公布)|部署|召开|召開|"
    r"培[训訓](?:会|會|班)|(?:年[报報]|[报報]告)培[训訓]|(?:年[报報]|[报報]告)制度|范文|範文|模板|[发發]挥|助推"
)
# (Not 编制, 培训 or 制度 alone: 机构编制委员会办公室, 职业技能培训中心 and 住房制度改革办公室 publish reports.)

# Column discovery (pipelines/discovery.py), on link texts in simplified characters. The annual-report column by
# its own name: 政府信息公开年报, 政府信息公开工作年度报告, 市人民政府信息公开年报, or bare 年度报告 / 年报; never a
# report (a year in it), nor a column of another kind of yearly report (法治政府建设年度报告, 企业年报, 统计年报).
DISCOVERY_COLUMN_NAME = re.compile(
    r"^(?P<full>[\u4e00-\u9fff]{0,10}?(?:信息公开|政务公开))?(?:工作)?(?:年报|年度报告|年度工作报告)(?:专栏|栏目|专区)?$"
)
# The section that leads to it: 政府信息公开 / 信息公开 / 政务公开, also as 专栏, 目录, 平台 (not 指南, 依申请公开).
DISCOVERY_GATEWAY_NAME = re.compile(
    r"^(?P<prefix>[\u4e00-\u9fff]{0,8}?)(?P<core>政府信息公开|信息公开|政务公开)(?P<suffix>专栏|目录|平台|网|栏目|专区)?$"
)
# The platforms' usual paths of an annual-report column: TRS zfxxgknb/ (and its cousins, 年度报告 as ndbg/),
# Guangdong gkmlpt's annualreport.
DISCOVERY_COLUMN_HREF = re.compile(
    r"/(?:zfxxgknb|xxgknb|gknb|zwgknb|zfxxgkndbg|ndbg)(?:_\d+)?/(?:index\.s?html?)?$|/gkmlpt/annualreport$", re.I
)
# Column pages as platforms name them: Hanweb col/colNNN, a folder, a folder's index page.
DISCOVERY_COLUMN_PAGE_HREF = re.compile(r"/col/col\d+/(?:index\.html?)?$|/$|/index\.s?html?$|/default\.s?html?$", re.I)
# Where the 政府信息公开 section usually lives.
DISCOVERY_GATEWAY_HREF = re.compile(r"/(?:zfxxgk|xxgk|zwgk|gkml|gkmlpt|govinfo|openness)(?:[/_.?]|$)", re.I)
# Guangdong's gkmlpt platform: one catalogue per site, its annual-report column always at gkmlpt/annualreport.
GKMLPT_HREF = re.compile(r"^(?P<site>https?://[^/]+(?:/[^?#]*?)?)/gkmlpt/(?:index|\w+)?", re.I)
GKMLPT_ANNUAL_REPORT = "/gkmlpt/annualreport"

# Link texts that lead to the next list page.
NEXT_PAGE_TEXTS = frozenset(
    {"下一页", "下页", "后页", "尾页", "末页", "最后一页", "下一頁", "尾頁", ">", ">>", "›", "»"}
)
PAGE_HREF = re.compile(
    r"(?:^|/)(?:index|list|default)_\d+\.s?html?$"
    r"|[?&](?:page|pageNo|pageno|pageIndex|pageindex|curPage|currentPage|pg|p)=\d+"
)
CREATE_PAGE_HTML = re.compile(r"createPageHTML\s*\(([^)]*)\)")
# The number in a numbered list page's URL (index_3.htm, list_3.html, ?page=3).
PAGE_NUMBER = re.compile(
    r"(?:index|list|default)_(\d+)\.s?html?$|[?&](?:page|pageNo|pageno|pageIndex|pageindex|curPage|currentPage|pg|p)=(\d+)"
)
# Pager texts: 共5页 / 页次：1/5; 共120条 / 共 120 条记录.
PAGER_PAGES = re.compile(r"共\s*(\d+)\s*页|页次\s*[:：]?\s*\d+\s*/\s*(\d+)")
PAGER_RECORDS = re.compile(r"共\s*(\d+)\s*条")
# A column's "more" link (its full list, such as nlist.htm).
MORE_TEXTS = frozenset({"更多", "更多>>", "更多>", "更多+", "查看更多", "more", "More", "MORE", "更多信息"})
# Detail pages as the platforms name them (t20240118_1.htm, art_1_2.html, post_3.html, show.asp?id=4 …): what a
# list's records link to, counted against the records the list declares.
DETAIL_HREF = re.compile(
    r"/t\d{8}_\d+\.s?html?$|/art_\d+_\d+\.html$|/post_\d+\.html$|[?&](?:id|ID|newsid|articleid|infoid)=\d+|"
    r"/content_\d+\.s?html?$|/\d{6,}\.s?html?$"
)
# TRS "trt" lists built by the list2.trsapi module (动静结合: static pages, then the search service).
TRS_MAX_STATIC_INDEX = re.compile(r"maxStaticIndex\s*:\s*['\"]?(\d+)")
TRS_RECORD_COUNT = re.compile(r"recordCount\s*:\s*['\"]?(\d+)")
TRS_LIST_ARGS = {
    # channelid: a number, or SiteInfo.searchId, which the page's SiteInfo block sets (searchId: 200210).
    "channelid": re.compile(r"channelid\s*:\s*['\"]?(\d+)|searchId\s*:\s*['\"]?(\d+)"),
    "classsql": re.compile(r"classsql\s*:\s*(?:\"[^\"]*\"\s*\|\|\s*)?\"([^\"]+)\""),
    "sortfield": re.compile(r"sortfield\s*:\s*\"([^\"]+)\""),
    "prepage": re.compile(r"prepage\s*:\s*['\"]?(\d+)"),
}
# Where list2.trsapi sends its requests (the search service of the Fujian trt platform, as its pages call it).
TRS_SEARCH_PATH = "/fjdzapp/search"
# Keys of a record in a JSON list answer: its title and its URL.
API_TITLE_KEYS = ("title", "name", "doctitle", "DOCTITLE")
API_URL_KEYS = ("url", "link", "href", "docpuburl", "DOCPUBURL")
HANWEB_DATAPROXY = re.compile(r"""href=["']([^"']*dataproxy\.jsp[^"']*)["']""")
HANWEB_TOTAL_RECORD = re.compile(r"totalRecord\s*[:=]\s*['\"]?(\d+)")
HANWEB_PER_PAGE = re.compile(r"perPage\s*[:=]\s*['\"]?(\d+)")
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)

# Report files linked from a page (the report itself as an attachment).
DOCUMENT_EXTENSIONS = ("pdf", "doc", "docx", "wps", "xls", "xlsx", "et", "ofd", "rtf", "zip", "rar")

# Report files served in place of a page (a download link or a redirect): recognised by their first bytes, with
# the types that share them (a zip is a .docx or an .xlsx; an OLE file a .doc, .xls, .wps or .et: the URL decides).
DOCUMENT_MAGIC = (
    (b"%PDF", ("pdf",)),
    (b"\xd0\xcf\x11\xe0", ("doc", "xls", "wps", "et")),
    (b"PK\x03\x04", ("docx", "xlsx")),
    (b"%OFD", ("ofd",)),
)
# Links to report files in a page's markup, found without parsing it (the spider fetches them with the page).
FILE_HREF = re.compile(rb"""href\s*=\s*["']([^"'<>]+?\.(?:pdf|docx?|xlsx?|wps|et|ofd))["']""", re.I)
# FILE_HREF's end alone, looked for first: most report pages link no file, and this finds that in a tenth of the
# time FILE_HREF takes over a 200 KB page (milliseconds of the crawl's one thread).
FILE_SUFFIX = re.compile(rb"""\.(?:pdf|docx?|xlsx?|wps|et|ofd)["']""", re.I)
MAX_FILES_PER_PAGE = 5
# A blank report template (格式模板): placeholders where the report's own words belong.
BLANK_TEMPLATE = re.compile(r"（文字(?:描述|说明)）|\(文字(?:描述|说明)\)")

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
# A report year in a URL path: …/2017nb/…, …/nianbao_2017/… (not publication dates such as t20180118_).
URL_REPORT_YEAR = re.compile(
    r"(?:nb|nianbao|ndbg)[_-]?((?:19|20)\d{2})(?!\d)|(?<!\d)((?:19|20)\d{2})[_-]?(?:nb|nianbao|ndbg)", re.I
)
STATISTICS_PERIOD = re.compile(r"(?:统计期限|統計期限|统计时限)[^。\n]{0,6}?((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日")
# The report phrase after the publishing body's name in a title.
# "人民政府" belongs to the body's name (永州市人民政府信息公开…); a bare "政府" before 信息公开 does not.
TITLE_REPORT_PHRASE = re.compile(
    r"(?:关于|關於)?(?:(?<!人民)政府|政[务務])?(?:信息|資訊)?公[开開].*$|年度[报報]告.*$|年[报報].*$"
)

# --- Injected spam (see DOMAIN.md) -------------------------------------------------------------------------------
# Cores: phrases no government text contains. Deliberately absent, because reports use them in crackdowns and
# lottery-agency work: 赌博/赌场/网赌, 博彩, 六合彩, 老虎机, 电子游艺, 色情/黄色网站, 裸聊, bare 足彩/彩票, 彩票网点 /
# 彩票网站 / 彩票网络, 竞彩, bare 365 (365天), 国产精品 (精品剧), 中文字幕, 形形色色, and 百家乐 named as the game:
# its rules (Macao's gazette cites 《百家樂法定規章》), its revenue (贵宾百家乐博彩毛收入), and 百家乐 or 时时彩 in
# quotes (a court text's 以扑克牌“百家乐”的形式, police lists of games: “六合彩”“时时彩”, "打三公""百家乐"), before the
# den it is played in (网上百家乐非法赌档, 百家乐赌场; a 赌场官网 is a core of its own), and in a text that names the
# casino's games (CASINO_GAMES). 金沙娱乐场 is the casino (娱乐场 is Macao's legal word for one), 金沙娱乐 the brand.
# Patterns are matched on the text in simplified characters, so 娛樂城 is found as 娱乐城.
SPAM_CORE = re.compile(
    r"足彩胜负\d*场?|胜负\d{1,2}场|足彩(?:网|官网址?|app|平台|推荐|预测)|[福体]彩(?:app|官网址?)|体育365(?![天日个])|\d*365\d*体育|365bet|bet\x20?365|bt365|"
    r"[a-z]+365(?=手机|官方|官网址?|app|网址|入口|平台)|188bet|12bet|manbetx|博金宝|雷速(?:体育|直播|比分)|球探(?:比分|体育|网)|"
    r"新?澳门(?:全年)?(?:内部)?(?:免费)?资料(?:大全|免费公开|免费|精准公开|精准)|(?:天天)?六开好彩|"
    r"betway|dafabet|sbobet|vwin|(?<!联)(?<!官)网投(?![诉票资])|(?:(?<![“\"「])百家乐|百家乐(?![”\"」]))(?!法定|规章|规则|条例|博彩|毛收入|赌台|收入|游戏规则|非法|赌档|赌场)|(?<![“\"「])时时彩|时时彩(?![”\"」])|北京赛车|pk10|真人(?:视讯|荷官)|娱乐城|"
    r"澳门(?:新)?葡京|新葡京|威尼斯人(?:娱乐|官网址?|平台)|金沙(?:娱乐(?!场)|国际官网址?|集团官网址?)|太阳城(?:集团|娱乐|官网址?)|"
    r"皇冠(?:体育|足球|娱乐)|亚博(?:体育|官网址?|app)|开云(?:体育|官网址?|app)|乐鱼体育|必威(?:体育|官网址?)|官网提现|用址|注册送|"
    r"(?<!福利)(?<!体育)彩票(?:平台|app|官网址?|注册|开户|网(?![点络站]))|投注(?:网|平台|官网址?)|捕鱼(?:游戏|平台)|"
    r"(?:赌场|博彩业?|棋牌)(?:官网址?|官方网站|网址|推荐|开户|注册|入口)|官网开户|现金网|买球|公海赌船|"
    r"[(（]中国[)）]官方网站|威廉希尔|美高梅|(?<!牌)九游会?|凯发(?:app|官网址?|娱乐|体育|平台)|(?<![A-Za-z])bet\d{2,}|"
    r"av(?:在线|电影|网站)|(?<=在线)av(?![a-z])|一本道|约炮|一区二区|无码|毛片|人妻|麻豆剧?(?:传媒)?|久久久|欧美性|伊人色色|菠萝视频|"
    # a sugar-dating site's SEO keyword (包养网心得, 查包养网: 包养网 alone is written by crackdowns and by news of
    # 包养网红) and a porn site's letters
    r"包养网心得|查包养网(?![站红络箱])|(?<![a-z])jjzz",
    re.I,
)
# A betting site's code, lowercase letters and a number ending in 365, glued before Chinese words (asia28365信息公开,
# f28365办公室); case-sensitive, unlike the cores, so a standard's code (GB28365, GB/T28365) is none, and digits before
# the 365, so a product (office365) is none, nor the quality hotline's 12365 (zj12365平台).
SITE_CODE_365 = re.compile(r"(?<![A-Za-z0-9/])[a-z]+\d{1,3}(?<!12)365(?=[\u4e00-\u9fff])")
# A content farm's alias glued after the brand that opens a title's line or its bracketed summary, with the space or
# bar that joins them to the title (乐鱼体育伊伊 官方回应…, 【乐鱼体育伊伊|官方回应…】): the brand's tag, with it.
# (never a level word, which is the place's: 凯发app官网县 2023年…)
TAG_ALIAS_AHEAD = re.compile(r"(?![\u4e00-\u9fff]{0,2}[省市县区州旗镇乡])[\u4e00-\u9fff]{1,3}[ |｜](?=\S)")
# Emoji framing a brand (🏆凯发官网址🏈, 🤑…🤒): its decoration, taken with it.
# (with the joiners, variation selectors and skin tones an emoji sequence is written with: ❤️, 🏃‍♂️)
EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf\ufe0f\u200d]")
# A site's footer naming the site (Powered by 牌九游戏): a casino game or a gambling noun there is the spam site's.
POWERED_BY = re.compile(r"powered\s+by\s+(?P<name>[\u4e00-\u9fff]{2,8})", re.I)
# Table games a text about casinos names (Macao's list of the games allowed, a history of its licences): where three
# of them stand, 百家乐 and 时时彩 are games too, not brands put there.
CASINO_GAMES = re.compile(r"万家乐|廿一点|二十一点|花旗骰|骰宝|番摊|轮盘|牌九|老虎机|德州扑克|鱼虾蟹")
GAMES_AS_BRANDS = frozenset({"百家乐", "时时彩"})
# A 娱乐城 named by its street or district (迎江区金碧辉煌娱乐城) in a text about 娱乐场所 (a check of KTVs and bars):
# a local venue's own name, no casino brand put there.
ADDRESSED_VENUE_BEFORE = re.compile(r"(?:区|县|镇|路|街)[\u4e00-\u9fff]{2,8}\Z")
# After a casino's name, the rest of a list of venues a news item names, closed by the kind of venue (新葡京(澳博)、
# 皇冠(新濠博亚)及…威尼斯人等大型娱乐场落成): the name is the venue's, no brand put there.
VENUE_LIST_AHEAD = re.compile(r"[(（、][^，。；;\n]{0,40}?等[^，。；;\n]{0,6}?(?:娱乐场|赌场)")
# Words reports use too (crackdowns, 福利彩票 / 体育彩票 bodies, 文化娱乐场所, 博彩监察协调局) that are spam only where
# the report's own words or a place name belong: in a template slot, in X市统计局, or joined by commas to a brand.
SLOT_RISKY = re.compile(
    r"赌场|赌船|博彩|彩票(?!公益金|管理|发行|销售)|娱乐(?!场所)|比分|竞猜|买球|投注|棋牌|casino", re.I
)
# Words of porn and gambling keyword lines (the page titles hacked mirrors carry): every fragment of such a line,
# joined by _ , - |, carries one.
TITLE_LINE_WORDS = re.compile(
    SPAM_CORE.pattern + r"|国产|精品|欧美|亚洲|中文字幕|在线观看|免费观看|看片|激情|成人|影院|电影|竞猜|比分"
    r"|熟女|少妇|丝袜|三级|午夜|乱伦|伦理|[作做]爱|性爱|爆乳|美女|视频|播放|十八禁|18禁|自拍|偷拍|xxx|超碰|内射|色图|porn"
    # a porn site's films and trailers (黄色片A级免费看, 黄色特大一级大片, 试看120秒; never 黄色预警 nor 国产大片)
    r"|黄色片|一级大片|试看"
    # porn sites' own names (伊人久久综合, 丁香六月天婷婷), their 日韩 sections (日韩字幕一中文在线综合; never 日韩
    # alone, which trade figures write) and a lottery site's rebate (网信彩票返点 - 网信彩票APP)
    r"|久久|婷婷|日韩(?:字幕|综合|精品|一区|无码|av)|返点"
    # av as a word of its own, glued to Chinese (男人的天堂av一二三区), not inside a Latin word (nav, java)
    r"|(?<![a-z])av(?![a-z])",
    re.I,
)
# A copied item's keyword tag line (本文关键词:广州,2016年,98开元官网,将,…): the site writes its brand among the
# item's words; a line holding a spam phrase is taken whole.
KEYWORD_TAG_LINE = re.compile(r"^(?:本文)?关键[词字]\s*[:：][^\n]*", re.M)
# A report's title after its body's name, ending a line (…2016年政府信息公开工作年度报告): a keyword list glued
# before it stands for the body, and the title is the page's own.
REPORT_TITLE_TAIL = re.compile(r"(?<![\d_])(?:19|20)\d{2}\s*年度?(?:政府信息公开|政务公开)[^_|,\-]{0,12}报告$")
# A menu's entries stand one to a line, each at most this long (微信公众号, 手机WAP, 英文版): a spam line between two
# of them is one entry of the menu, no title.
MENU_ENTRY_MAX_CHARS = 8
# A line that is a keyword list has no sentence punctuation and at most this many characters…
TITLE_LINE_MAX_CHARS = 160
# …or it is longer, a spider pool's list of many short fragments (主站蜘蛛池模板: 亚洲中文无码mv| 国产精品…| …|, 28
# fragments), each at most this long.
KEYWORD_FRAGMENT_MAX_CHARS = 30
# A keyword line may open with its label (主站蜘蛛池模板: …), also after the template's leftovers on its line (its
# JSON line): the label goes with the list.
KEYWORD_LINE_LABEL = re.compile(r"[\u4e00-\u9fff]{2,8}[:：]\s*")
# A data portal's template leaves a JSON object on a line ({"code": 200, "msg": "…"}) before what follows it there.
TEMPLATE_JSON_LEFTOVER = re.compile(r"\s*\{[^\n{}]*\}\s*")
# In a list of at least this many fragments a colon inside a fragment is a drama's title (人在海贼:门门果实玩出花),
# no label's; and a list after a label is that long (a field's value after 地址: is no list of its own).
KEYWORD_LIST_COLON_MIN_FRAGMENTS = 6
SENTENCE_MARK_CHARS = "。，；、“”《》？！"
SENTENCE_MARKS_BUT_COLON = re.compile(f"[{SENTENCE_MARK_CHARS}]")
SENTENCE_MARKS = re.compile(f"[{SENTENCE_MARK_CHARS}：:]")
KEYWORD_SEPARATOR = re.compile(r"[_,\-|｜/]")
# A line holding one of these is a sentence or a labelled value (版权所有:X), not a heading or a title.
SENTENCE_OR_LABEL = re.compile(r"[。，；,;:：]")
# A line titled as an app's download page (X(中国)官方网站-ios/安卓版/手机APP下载), short and with no sentence in it;
# a gambling site's own title when it carries both the signs and the words below.
APP_SITE_TITLE = re.compile(
    r"^[^\n。，,；;:：]{1,24}?(?:官方网站|官网)[^\n。，,；;:：]{0,30}?(?:app|客户端)\s*下载[ \t]*$", re.I | re.M
)
# A betting site's credit line over a copied item, its tags after the colon (本文由亚洲杯2019年02月27日转载报道:
# 延边解散 延边解散): a line of its own, no sentence in it.
REPOST_CREDIT_LINE = re.compile(r"^本文由[^\n。，,；;]{1,30}?转载报道\s*[:：][^\n。，,；;:：]+$", re.M)
# The site's name a report quotes where it says the report is published (门户网站“bt365投彩”(http://…)) or whose
# guide it points to (根据“bt365投彩”政府信息公开指南).
QUOTED_SITE_NAME_MAX_CHARS = 12
_QUOTED_NAME = rf"[^“”\s，。；、:：]{{1,{QUOTED_SITE_NAME_MAX_CHARS}}}"
QUOTED_SITE_NAME = re.compile(
    rf"(?:(?<=网站|门户|平台)“|“(?={_QUOTED_NAME}”政府信息公开指南))(?P<name>{_QUOTED_NAME})”"
)
# A news site's name in its own editor's or source credit (责编:中华彩票网 on china-lottery.net's news): a site
# named in words alone (no digits or Latin letters, as betting sites' are), ending in 网 and its line or sentence.
CREDITED_SITE = re.compile(
    r"(?:责编|责任编辑|编辑|来源|稿源|供稿)[:：]\s*(?P<site>[\u4e00-\u9fff]{1,12}网)(?=[\s。，,;；)）]|$)", re.M
)
# A line of two questions or more, each opening with the same name (X在哪下载安装?X好用吗?): an app site's title
# when the name opens with a site's number (spam._app_questions).
_QUESTION = r"[^\n?？。，,；;:：]{0,12}[?？]"
QUESTION_TITLE_LINE = re.compile(
    rf"^(?P<name>[^\s?？。，,；;:：]{{4,20}}?){_QUESTION}(?:(?P=name){_QUESTION})+[ \t]*$", re.M
)
SITE_NUMBER = re.compile(r"\d{3,}")
APP_TITLE_SIGNS = re.compile(r"[(（](?:中国|china)[)）]|ios|安卓|android", re.I)
APP_TITLE_WORDS = re.compile(r"体育|娱乐|电竞|彩票|棋牌|真人|bet|casino", re.I)
# An app store's listing as the page's first line (新甫京娱乐娱城-正版App Store): a betting app's when its name holds a
# gambling or sports word (APP_TITLE_WORDS) and no government's or own service's words.
APP_STORE_TITLE = re.compile(
    r"[ \t]*(?P<listing>(?P<name>[^\n。，,；;:：]{2,24}?)\s*[-_|｜–—]\s*(?:正版|官方)?App ?Store)[ \t]*(?=\n|$)", re.I
)
# Anchor texts of off-site links: broader, since a link away from the portal with such words is never the report.
LINK_SPAM = re.compile(
    SPAM_CORE.pattern
    + r"|博彩|赌场|赌博|六合彩|老虎机|电子游艺|棋牌|娱乐|(?<!福利)(?<!体育)彩票|投注|色情|黄色|成人|裸聊|casino|poker",
    re.I,
)
# Pieces a spam phrase is built from around its core; a phrase grows over these and stops at anything else.
SPAM_VOCABULARY = (
    "官方网站",
    "说维护",
    "威尼斯人",
    "体育",
    "网投",
    "用址",
    "官网",
    "网站",
    "提现",
    "维护",
    "中国",
    "娱乐",
    "平台",
    "注册",
    "登录",
    "入口",
    "手机版",
    # a betting site's editions (bet 365亚洲版官网)
    "亚洲版",
    "国际版",
    "下载",
    "在线",
    "足彩",
    "胜负",
    "开户",
    "游戏",
    "集团",
    "国际",
    "官方",
    "首页",
    "澳门",
    "皇家",
    "金沙",
    "葡京",
    "app",
    "场",
    "元",
    # brands and their tails as hacked mirrors write them (英国威廉希尔公司, 365bet365官网最新网址, …现金网重点推荐)
    "英国",
    "公司",
    "十大",
    "博彩业",
    "博彩",
    "赌场",
    "特区",
    "彩票",
    "足球",
    "篮球",
    "竞彩",
    "比分",
    "直播",
    "直播间",
    "欧洲杯",
    "决赛",
    "竞猜",
    "线上",
    "网上",
    "最新网址",
    "网址",
    "重点推荐",
    "推荐",
    "免费",
    "投注",
    "链接",
    "服务热线",
    "大陆",
    "合法吗",
    "提款流程",
    "双式",
    "手机",
    "视频",
    "网页版",
    "真人",
    "棋牌",
    "捕鱼",
    "靠谱吗",
    "安卓",
    # pieces of brand lists on the second batch of real mirrors (bt365彩票官方app_亚洲365bet投注, 365bet平台客户端)
    "亚洲",
    "客户端",
    # tails of brands read by their grammar (365体育备用网址, 足彩app哪个是正规的, 六開好彩開獎)
    "备用网址",
    "备用",
    "官方入口",
    # a betting site's seal (188博金宝app-【官方认证】@:) and a lottery site's software (pk10计划免费软件怎么下载)
    "官方认证",
    "软件",
    "怎么下载",
    "哪个是正规的",
    "正规吗",
    "开奖",
    "最新版",
    # a porn site's tagline (在线av不断更新)
    "不断更新",
    "每日更新",
    # a betting site's mirrors, as its lists name them (365bet.com最快线路检测中心, 备用线路)
    "最快线路检测中心",
    "线路检测中心",
    "线路检测",
    "最快线路",
    "备用线路",
)
# Words a spam phrase grows over only where another piece of it follows (pk10计划免费软件: a lottery's plan; 时时彩计划,
# ending a clause, may be the report's own word)
SPAM_LINKING_WORDS = ("计划",)
# A letter of any script (Latin, CJK …): a value without one (a table cell of numbers) holds no spam.
ANY_LETTER = re.compile(r"[^\W\d_]")
# Brands no list names, read by their grammar: [place-ish prefix] [number] core morpheme [tail], as in
# 澳门金沙官网, 365体育备用网址, 足彩app哪个是正规的. Each morpheme is a signal of a weight; a run of glued morphemes
# is spam when its weights reach BRAND_MIN_WEIGHT and it holds an anchor (a casino brand, a gambling noun, a number
# beside words, or a place before lottery-tip words), so words reports use stay: 体育彩票官网, 文化娱乐平台,
# 博彩网站 (crackdowns), 12345热线app, 官方网站下载. Weights: 1 for what only a gambling site writes (a casino
# brand, a number, a site-access tail or a buyer's question), 0.5 for words that are ordinary alone. Words are
# matched on the text in simplified characters.
BRAND_MORPHEMES = {
    # casino brands (alone they may name a place, 金沙县, or a hotel, 皇冠假日); Latin ones as whole words (bobapp)
    "brand": (
        1.0,
        "金沙 葡京 威尼斯人 太阳城 皇冠 亚博 开云 必威 九游 凯发 美高梅 威廉希尔 博金宝 永利 新濠 银河 巴黎人 万博 "
        "沙巴 博狗 立博 伟德 利来 乐鱼 米乐 华体会 爱游戏 金宝博 天博 bob ob bet ag kok "
        # sports-betting brands of the mirrors that copy sports news (半岛官网, 三亿体育手机app下载, 澳门人威尼斯官网);
        # most are ordinary words too (半岛, 芒果, 星空), so they count only glued to other morphemes
        "半岛 三亿 金博 芒果 星空 雷竞技 尊龙 凯时 欧宝 宝博 博鱼 乐动 火狐 威尼斯 球速 开元 环亚 亚游 优德 "
        "宝马会 kaiyun leyu hth bsports yabo ayx",
    ),
    # gambling nouns reports also write in crackdowns (打击博彩网站), so they weigh half
    "gambling": (0.5, "赌场 赌城 博彩 足彩 棋牌 真人 电玩城 百家乐 彩金 捕鱼 开奖"),
    "noun": (0.5, "体育 彩票 娱乐 电子 直播 比分 足球 篮球 电竞 竞彩 彩"),
    # lottery-tip words (澳门内部资料免费公开最新版, 香港六宝典资料免费)
    "tip": (0.5, "内部 资料 精准 免费公开 免费 最新版 最新 今晚 王中王 一肖一码 特马 好彩 六开 六宝典 宝典"),
    "access": (
        1.0,
        "备用网址 最新网址 网址 官网 官方入口 入口 开户 app 客户端 手机版 网页版 安卓版 苹果版 官方版 注册送 网投 "
        "哪个是正规的 哪个正规 哪个好 哪家好 靠谱吗 合法吗 正规吗 是正规的吗 可靠吗 安全吗",
    ),
    # (登陆 as betting sites misspell 登录)
    "weak_access": (0.5, "官方网站 官方 平台 下载 网站 登录 登陆 注册 首页 在线 投注 大全 推荐 手机 全站"),
    "place": (0.5, "新澳门 新澳 澳门人 澳门 香港 英国 亚洲 国际 皇家 欧洲"),
    # what a casino's resort or company is called after its brand (澳门金沙城中心, 澳门金沙集团): part of the name, no
    # weight of its own
    "venue": (0.0, "城中心 度假村 集团"),
}
# The longest casino brand's length.
BRAND_MAX_CHARS = max(len(word) for word in BRAND_MORPHEMES["brand"][1].split())
# Each word's kind (a word of two kinds counts as the first).
BRAND_MORPHEME_KINDS = {
    word: kind for kind, (_weight, words) in reversed(BRAND_MORPHEMES.items()) for word in words.split()
}
# The strong site-access words (官网, app, 入口 …), looked for first in a line that may be a betting site's title;
# Latin ones in their three casings rather than with re.I, which costs the engine its skipping ahead (5 times as slow).
STRONG_ACCESS = re.compile(
    "|".join(
        re.escape(variant)
        for word in BRAND_MORPHEMES["access"][1].split()
        for variant in dict.fromkeys((word, word.upper(), word.capitalize()) if word.isascii() else (word,))
    )
)
# The weight of each kind; a number (365, 8888) weighs as much as a brand.
BRAND_WEIGHTS = {kind: weight for kind, (weight, _words) in BRAND_MORPHEMES.items()} | {"number": 1.0}
# One flat alternation of literals, longest first, so the regex engine skips ahead by their first characters; a
# number (365, 8888) is 3 to 5 digits, judged where it stands (spam._composed_brands: never a year, nor the tail of a
# longer number).
BRAND_MORPHEME = re.compile(
    "|".join(
        [re.escape(w) for w in sorted(BRAND_MORPHEME_KINDS, key=len, reverse=True)]
        + [f"{w.upper()}|{w.capitalize()}" for w in BRAND_MORPHEME_KINDS if w.isascii()]
        + [f"{digit}[0-9]{{2,4}}(?![0-9])" for digit in "0123456789"]
    )
)
# The site's own name, first in its breadcrumb (您当前所在的位置: X > 健身知识).
SITE_NAME_SLOT = re.compile(r"位置\s*[:：]?\s*(?P<name>[^\s>:：]{2,16})\s*>")
# The site's name opening the page before its title's bar (U体育 | 最新更新), and after a copied item's source or
# editor label as a whole value (来源:yabo 编辑:U体育), where a body's or a newspaper's name stands.
SITE_TITLE_SLOT = re.compile(r"(?P<name>[^\s|｜]{2,16})\s*[|｜]")
# A lottery site's name (中国福彩网, X体彩网) as the page's first line, over its breadcrumb: where a government's
# site names itself (in a sentence such a name may be cited: 民政 reports name 中国福彩网).
LOTTERY_SITE_LINE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:福彩|体彩|足彩|彩票)网[ \t]*(?=\n)")
# …or a lottery site's query of a game by its number (河南快赢481遗漏查询, X3D走势图): the numbers a draw missed or
# their trend are what only a betting tipster's page titles itself with.
LOTTERY_QUERY_LINE = re.compile(r"[\u4e00-\u9fff]{0,8}?\d{1,3}[A-Za-z]?(?:遗漏|走势)(?:查询|统计|图|分析)?[ \t]*(?=\n)")
# …or a short name opening the page over a report's title (彩天下 over 六盘水市人民政府…年度报告): a lottery's or a
# gambling site's when it holds a gambling word or a lottery's (LOTTERY_NAME_KINDS, LOTTERY_NAME_WORDS) the title does
# not (a lottery centre's own site, 中国体育彩票 over its 体育彩票管理中心's report, stays).
NAME_OVER_TITLE = re.compile(r"[ \t]*(?P<name>[\u4e00-\u9fff]{2,6})[ \t]*\n(?:[ \t]*\n){0,3}(?P<title>[^\n]+)")
LOTTERY_NAME_KINDS = frozenset({"brand", "gambling"})
LOTTERY_NAME_WORDS = frozenset({"彩", "彩票", "竞彩"})
BREADCRUMB_AHEAD = re.compile(r"(?:\n[^\n]*){0,4}?\n\s*(?:首页\s*[/>]|[^\n]{0,6}位置\s*[:：>])")
CREDIT_LABELS = ("来源", "编辑", "作者", "出处", "发布机构", "主办单位")
CREDIT_NAME_SLOT = re.compile(rf"(?:{'|'.join(CREDIT_LABELS)})\s*[:：]\s*(?P<name>[^\s:：|｜,，。;；]{{2,16}})(?=\s|$)")
# A Latin word no list names, glued before a sports or casino noun, is a brand too (B体育官网, hth体育), but not a lone
# i or e (the prefixes of governments' own apps, i深圳, e福州); searched apart, as in BRAND_MORPHEME it would cost the
# engine its skipping ahead (7 times as slow).
LATIN_BRAND_NOUNS = ("体育", "电竞", "真人")
LATIN_BRAND = re.compile(rf"(?<![A-Za-z])(?![ieIE](?![A-Za-z]))[A-Za-z]{{1,8}}(?={'|'.join(LATIN_BRAND_NOUNS)})")
# A Latin name of three letters or more glued before a run (manbext of manbext网页版登录).
LATIN_NAME_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z]{3,8}\Z")
# The kinds a brand ends in after its name (半岛 of 半岛官网): a brand's stem is the run without them.
BRAND_TAIL_KINDS = frozenset({"access", "weak_access", "tip"})
# A number written in Chinese numerals (三亿, a brand's name and an amount alike).
CHINESE_NUMERAL = re.compile(r"[〇零一二两三四五六七八九十百千万亿]+")
# What follows a number that counts or measures (694·65亿元, 120万元, 365个): an amount, never a brand's number.
QUANTITY_AHEAD = re.compile(r"[·.．]\d|\s*(?:[亿万千百元个人家场次件条项名所座米吨台辆张份篇%％]|平方|公里)")
# A number anchors a run only beside words of these kinds (365体育 is a brand, 12345热线app a hotline's app).
BRAND_WORDS = ("brand", "gambling", "noun")
BRAND_MIN_WEIGHT = 2.0
# A brand glued to one more morpheme (澳门金沙, U体育) weighs this much: spam where only fixed words or a name stand.
SLOT_BRAND_MIN_WEIGHT = 1.5
# Kinds that make a run a brand by themselves, given the weight: a casino brand, a gambling noun.
BRAND_ANCHORS = frozenset({"brand", "gambling"})
# An ASCII run of a spam phrase starts and ends with a letter or digit (or the @ some brands end in: 188博金宝体育@);
# a bare - or _ only joins two pieces (SPAM_SEPARATOR), so a title's separator (…制度-ag九游会app) stays out of it.
SPAM_ASCII = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9_.\-@]*[A-Za-z0-9@])?|@")
# A run of ASCII before a spam phrase, with the space some brands carry (365 双式投注), never a date (2025-11-21)
# nor the report's year glued before it (图读2021中国福彩app官方下载市政府预算报告). These patterns end at the end of
# the text before the phrase (\Z: a $ would match before a line break there too and take the line before with it).
SPAM_ASCII_BEFORE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]* ?\Z")
YEAR_BEFORE = re.compile(r"(?<=[\u4e00-\u9fff])(?:19|20)\d{2}\Z")
DATE_ASCII = re.compile(r"(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}\Z")
# Separators between the pieces of one brand (九游体育- 九游体育官方网站, 中国足彩网¥在线直播), and between brands
# of a list (A,B).
SPAM_SEPARATOR = re.compile(r" ?[-_¥￥·] ?")
# A list of brands joined by _ holds pieces no vocabulary names (365bet规则_, 假的365不让提款怎么办_): a piece of at
# most this many letters or digits before a _ that opens a spam phrase belongs to the list when a boundary (the
# start, punctuation, a space, another _) stands before it.
LIST_PIECE_MAX_CHARS = 12
LIST_PIECE = re.compile(rf"[^\W_]{{1,{LIST_PIECE_MAX_CHARS}}}")
LIST_PIECE_BEFORE = re.compile(rf"[^\W_]{{1,{LIST_PIECE_MAX_CHARS}}}_$")
# The first piece of a list joined by _, read from where a phrase found in it starts (赌场_ of 金沙城中心赌场_…), the
# letters before it, and the marks that bound a list's first piece (never a sentence's 。).
LIST_HEAD = re.compile(r"[^\W_]+_")
LIST_HEAD_BEFORE = re.compile(r"[^\W_]+$")
LIST_BOUNDARIES = frozenset(" \u3000、>《“\n")
# Latin words of brands (365bet, bat365, beat365, …客户端ios), never a site's code (xpj, js9905, hg0088).
BRAND_LATIN_WORDS = frozenset({"bet", "bat", "beat", "ios", "android", "apk", "app", "bob", "ob", "ag", "kok"})
# Words a spam phrase does not grow over, because they name the body, the fund or the people after it (…365bet大陆|
# 体育局, 文化娱乐场所, 尊龙凯时|体育彩票公益金, 麻豆剧传媒|体育健儿), or the news site whose copy the title names
# (…包养网心得|_中国网).
BODY_WORDS = re.compile(
    r"体育(?:总局|局|中心|馆|场|健儿)|娱乐场所|(?:体育|福利)?彩票公益金|中国(?:网|新闻网|日报|政府网)"
)
# The site a page's title names after it (…1758万亩|_中国网): what is glued before it ends the title.
TITLE_SITE_TAIL = re.compile(r"\s*[_|\-]\s*[\u4e00-\u9fff]{2,8}网\s*")
LIST_COMMA = ",，"
# Marks that end a clause or a sentence.
CLAUSE_ENDS = frozenset(",，。；;！？!?")
# What follows a place name in an official body's name: the slot a spam phrase takes over (文化广电和旅游局).
# (A bare 政府 before 信息公开 is the report's phrase, not a body: 石家庄市X政府信息公开指南.)
ADMIN_SUFFIX = re.compile(
    r"[省市县区州]?(?:人民政府|政府(?!信息))(?:办公厅|办公室)?|[^\s，。、；：:《》()（）]{0,8}?(?:办公厅|办公室|中心|委员会|(?<![结格布骗棋饭])局|厅|公开办)"
)
# (局 ends words that name no body too: a drama's 大结局, 格局, 布局, 骗局, 棋局, 饭局.)
# A government's own name after its place (平顶山|人民政府办公室): what a place slot's string runs up to.
GOVERNMENT_BODY = re.compile(r"[省市县区]?人民政府")
# A level word right after a spam phrase: the phrase stands for the place of 景德镇市 (not 市场, 市民, 区域 …).
PLACE_LEVEL = re.compile(r"[市县区](?![场民域别分])")
# The slot of a place in an address (地址：X益民西街8号), also after the province or city that opens it
# (公司地址:江西省X).
ADDRESS_SLOT = re.compile(r"地\s*址\s*[:：]\s*(?:[\u4e00-\u9fff]{1,7}?(?:省|自治区|市))?$")
# X彩票市统计局: a level word and a body after a phrase; only a place can stand there.
PLACE_BODY_SLOT = re.compile(
    r"[市县区](?![场民域别分])(?:人民政府|政府|[\u4e00-\u9fff]{0,8}?(?:办公厅|办公室|委员会|局|厅))"
)
# A sports word, and what stands after a place's name when it names the government itself or one of its 厅 (X人民政府,
# X办公厅, X交通厅): no place's name ends in 体育 (a sports body is X体育局, X体育总局办公厅), so a name that does
# (必赢体育人民政府办公厅) is a brand in the place's slot. The 厅 are a province's departments, by name (a 大厅, 展厅
# or 营业厅 is a hall: 体育馆大厅).
SPORTS_WORD = re.compile("体育(?!馆|场|中心|局|总局)")
PROVINCE_DEPARTMENTS = (
    "交通运输 交通 教育 科学技术 科技 工业和信息化 民政 司法 财政 人力资源和社会保障 人力资源社会保障 自然资源 "
    "生态环境 环境保护 住房和城乡建设 住房城乡建设 水利 农业农村 农业 商务 文化和旅游 文化 卫生健康 卫生和计划生育 "
    "卫生计生 公安 国土资源 审计 林业"
)
GOVERNMENT_AHEAD = re.compile(
    rf"人民政府|办公厅|(?:{'|'.join(sorted(PROVINCE_DEPARTMENTS.split(), key=len, reverse=True))})厅"
)
# A document's issuer before 关于 opening its title (《X关于做好…的通知》): a name of a few letters; one that holds
# words no template slot holds and ends in no body's word (局, 厅, 中心 …) is a brand put for the issuer.
ISSUER_SLOT = re.compile(r"(?<=《)(?P<name>[^《》<>\s，,。、；;：:()（）]{2,12}?)(?=关于)")
# What takes 关于 before it in a document's title (《X关于印发…》).
ISSUED_AHEAD = re.compile("印发|转发")
BODY_END = re.compile(r"(?:[局厅部委会室院所处站队办府署]|中心)\Z")
# A site's code glued before a place's slot (hg0088市人民政府, KOK市): its end, a letter and digits or not, before the
# first letter of a place's slot (spam._place_body_ahead judges it); the code runs back over letters and digits.
SITE_CODE_END = re.compile(r"[A-Za-z][0-9]*(?=[市县区人政各门])")
# The name a place slot's spam phrase ends in (星辰 of 现将星辰彩票市统计局): at most this many Chinese letters, back
# to a mark or one of these function words, which end the sentence's own words before a name (spam._name_before).
SLOT_NAME_MAX_CHARS = 6
FUNCTION_CHARS = re.compile(r"[的了和与及在对向将为由是把被从以于等各本该全其]")
# The report's fixed phrases as (before, words, after): the regulation's name, the title pattern, the notice
# titles it cites, the 2021 template's headings, 政府信息公开办公室. A span standing between `before` and `after`
# where `words` belong is an injection when it carries spam vocabulary, and `words` are put back (template_phrase).
# With no `before`, the slot has no fixed left edge: only a span already found to be spam is judged there.
OFFICE_AFTER = r"办公室"  # (a body's own office stands there too: 市人民政府应急办公室)
TEMPLATE_PHRASES = (
    (r"《中华人民共和国", "政府信息公开", r"条例》"),
    (r"《", "中华人民共和国", r"政府信息公开条例》"),
    # …as a spinner writes it, 当局 for 政府 and 国民 for 人民 (《中华国民共和国当局X 条例》): the rest is the name
    (r"《中华(?:人民|国民)共和国当局", "信息公开", r"\s*条例》"),
    (r"(?:19|20)\d{2}\s*年度?", "政府信息公开", r"(?:工作)?年度报告"),
    (r"(?:19|20)\d{2}\s*年度?", "政务公开", r"工作要点"),
    (r"(?:办公厅|办公室)", "关于", r"(?:印发|转发)"),
    (r"(?:办公厅|办公室)", "关于", r"贯彻(?:落实)?[<《〈]"),  # 办公厅关于贯彻<国务院办公厅关于印发…>的实施意见
    # the State Council office's notice every report since 2019 cites (国办公开办函〔2019〕60号)
    (r"(?:办公厅|办公室)", "关于", r"(?:做好)?政府信息公开工作年度报告有关事项"),
    (r"人民政府", "关于", r"(?:19|20)\d{2}\s*年"),
    # the governments' decisions a report says it carries out (国务院和省政府关于深化政务公开的各项决策部署)
    (r"[省市县区]政府", "关于", r"(?:全面|进一步|深入)?(?:推进|深化)政务公开"),
    (r"(?:人民政府|[省市县区]政府)", "政府信息公开", OFFICE_AFTER),
    (r"收到和处理", "政府信息公开", r"申请情况"),
    (r"[|｜]\s*", "关于", r"我们"),
    # a spam phrase written with a colon before the deed it is about (中、省、市X:推进…的具体要求): the colon is the
    # mirror's mark for 关于 (looked for at the span's end, which takes the colon glued after it)
    (r"", "关于", r"(?<=[:：])(?:全面|进一步|深入|认真)?(?:推进|加强|做好|印发|转发|深化)"),
    # …, also where no span was found, when the slot after the levels whose decisions are meant (中省市X:推进…, 省市
    # X:做好…) holds foreign words
    (r"[中省市县区]{2,}", "关于", r"(?<=[:：])(?:全面|进一步|深入|认真)?(?:推进|加强|做好|印发|转发|深化)"),
    # the body that runs the disclosure work (X工作领导小组办公室(以下简称“市政府信息公开办”))
    (r"", "政府信息公开", r"工作领导小组"),
    # …, its office, its platform named before its address, and the province's own rules (《X规定》 beside the
    # regulation): what a betting site's address takes the place of (请与X领导小组办公室联系, 和X平台(www.….com)下载)
    (r"", "政府信息公开", r"领导小组办公室|平台[(（]|规定》"),
    # the State Council's programme for the base level (基层政务公开标准化规范化, 政务公开事项标准目录)
    (r"", "政务公开", r"标准化规范化|事项标准目录"),
    # the older template's heading 新闻发布和政务访谈情况, and the 新闻发布会 it counts
    (r"", "新闻", r"发布(?:和政务访谈|会)"),
    (r"", "市委", r"、市政府"),
    (r"", "省委", r"、省政府"),
    # the guiding thought every report since 2018 names (以习近平新时代中国特色社会主义思想为指导), and the thoughts
    # named after it (习近平法治思想)
    (r"", "习近平", r"新时代中国特色社会主义思想|(?:法治|生态文明|经济|外交|强军|文化)思想"),
    (r"", "县委", r"、县政府"),
    (r"", "区委", r"、区政府"),
)
# Fixed words that are a person's name: put back only where their own phrase stands, never wherever else the string
# that hid them stands (a mirror writes one string for 习近平 and for other words: 省市雷速体育,雷速直播政府信息公开).
TEMPLATE_NAMES = frozenset({"习近平"})
# What may stand in a template slot between its fixed texts: no sentence break, no list of links.
TEMPLATE_SLOT = r"[^《》|｜\n。；，、：“”]{1,40}?"
# 文号 such as （辽政办明电〔2015〕71号） or (吉府办字〔2017〕227号): its prefix abbreviates the issuing body's area.
DOCUMENT_NUMBER = re.compile(
    r"[（(]\s*([\u4e00-\u9fff]{1,4}?)(?:政办|政发|府办|府发|府厅|政|府|委|办)[\u4e00-\u9fff]{0,4}\s*[〔\[［【﹝]\s*(?:19|20)\d{2}"
)
# Region components: province / prefecture / county level, by their suffixes.
REGION_PART = re.compile(r"[^省市区县盟旗]+?(?:自治区|特别行政区|省|自治州|地区|盟|市|自治县|县|区|旗)")
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
# Official one-character abbreviations of the provinces, as used in 文号 (辽政办, 赣府厅, 湘政发 …).
PROVINCE_ABBREVIATIONS = {
    "北京市": "京",
    "天津市": "津",
    "上海市": "沪",
    "重庆市": "渝",
    "河北省": "冀",
    "山西省": "晋",
    "辽宁省": "辽",
    "吉林省": "吉",
    "黑龙江省": "黑",
    "江苏省": "苏",
    "浙江省": "浙",
    "安徽省": "皖",
    "福建省": "闽",
    "江西省": "赣",
    "山东省": "鲁",
    "河南省": "豫",
    "湖北省": "鄂",
    "湖南省": "湘",
    "广东省": "粤",
    "海南省": "琼",
    "四川省": "川",
    "贵州省": "黔",
    "云南省": "云",
    "陕西省": "陕",
    "甘肃省": "甘",
    "青海省": "青",
    "台湾省": "台",
    "内蒙古自治区": "内蒙古",
    "广西壮族自治区": "桂",
    "西藏自治区": "藏",
    "宁夏回族自治区": "宁",
    "新疆维吾尔自治区": "新",
    "香港特别行政区": "港",
    "澳门特别行政区": "澳",
}
# A portal id: snake_case pinyin, most general first (hunan_yongzhou, fujian_pingtan).
PORTAL_ID = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
# The peoples named in autonomous areas' names (恩施土家族苗族自治州, 博尔塔拉蒙古自治州): left out of a place's stem.
ETHNIC_GROUPS = (
    "土家", "苗", "回", "壮", "彝", "藏", "满", "蒙古", "维吾尔", "哈萨克", "朝鲜", "布依", "侗", "瑶", "白", "哈尼",
    "傣", "黎", "傈僳", "佤", "畲", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌",
    "布朗", "撒拉", "毛南", "仡佬", "锡伯", "普米", "塔吉克", "怒", "鄂温克", "保安", "裕固", "独龙", "鄂伦春", "各",
)  # fmt: skip
# What a place's stem leaves out (永州市 → 永州, 平潭综合实验区 → 平潭): the kind of area, longest first.
PLACE_SUFFIXES = (
    "高新技术产业开发区", "经济技术开发区", "综合实验区", "综合试验区", "特别行政区", "自治区", "自治州", "自治县",
    "自治旗", "开发区", "实验区", "试验区", "新区", "地区", "林区", "特区", "省", "市", "县", "区", "旗", "盟",
)  # fmt: skip
# A zone's name goes on after the place it is named for (平潭综合实验区 is not 平潭县): these words start its kind.
ZONE_WORDS = ("综合", "经济", "高新", "开发", "新区", "实验", "试验", "保税", "自贸", "工业园", "产业园")
# Words in a portal's name that say "the government of this place" (永州市人民政府, 平潭综合实验区管委会, 中国永州).
GOVERNMENT_WORDS = re.compile(r"人民政府|管理委员会|管委会|门户网站|政府网站|政府网|官方网站|网站|政府|中国")

# Pinyin glosses after characters: 公(gong)開(kai), 發(fā)布, with or without tone marks or numbers.
PINYIN_GLOSS = re.compile(
    r"([\u4e00-\u9fff])[（(]([A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ]{0,5})[1-4]?[)）]"
)
# URLs and e-mail addresses in text, and where a report names its own site or mailbox.
# (A scheme-relative address, //www.….com, is taken with its slashes: they are part of the address as it stands.)
WEB_ADDRESS = r"(?:(?:https?:)?//)?(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,6}(?:/[^\s，。；、（）()\u4e00-\u9fff]*)?"
TEXT_URL = re.compile(WEB_ADDRESS + r"|[\w.+-]+@(?:[a-z0-9-]+\.)+[a-z]{2,6}", re.I)
# TEXT_URL where the text has no @: the same matches, at half the cost (the mailbox's [\w.+-]+ runs over every word).
TEXT_URL_WITHOUT_MAIL = re.compile(WEB_ADDRESS, re.I)
# A line welcoming the visitor to a site (欢迎您访问…-广东快乐十分计划网(www.duhaowan.com)!!! …开奖与计划。): the
# site's own banner when it gives an untrusted address and a gambling word (spam._welcome_banners); the name before
# the address in brackets is the site's.
# A seller's pitch a mirror glues after its keyword (打水软件的最新消息欢迎进入网站了解,网站有专业的客服人员进行详细的
# 解答!): the keyword and its 的最新消息 before the pitch are the seller's too (spam._sales_pitches).
SALES_PITCH = re.compile(
    r"(?:的最新消息|的相关信息)?欢迎(?:进入|访问|来到)网站了解[,，]?(?:网站|我们)有专业的客服(?:人员)?[^\n!！。]{0,12}?解答[!！。]?"
)
# The keyword before a pitch is a few letters; where the page's own words stop before it, they are written elsewhere on
# the page (“十四五”期间 of a title the pitch splits, again in its body) in at least this many characters.
PITCH_KEYWORD_MAX_CHARS = 8
OWN_WORDS_MIN_CHARS = 4
WELCOME_LINE = re.compile(r"^[ \t]*欢迎您?(?:访问|光临|来到)[^\n]*", re.M)
WELCOME_SITE = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{2,12}}网)[(（]\s*(?P<address>{WEB_ADDRESS})", re.I)
# A spam site's address after its name and a separator, ending a spam phrase (98开元官网-www.napovietnam.com).
ADDRESS_AFTER_SEPARATOR = re.compile(f"{SPAM_SEPARATOR.pattern}(?P<address>{WEB_ADDRESS})", re.I)
# (Matched on the text in simplified characters: 網站, 目錄系統.)
# 政府网 / 政务网: a body's site named before its address in brackets (梅河口市人民政府網(www.996bkk.com)); 公开平台:
# its disclosure platform (政府信息公开平台(http://www.….com/…/gkmlpt/index)), not any 平台 (政务微博平台 give weibo
# addresses); the site may be named in quotes between (政府门户网站“苏州高新区管委会(虎丘区人民政府)”(//…com/snd/)). A
# copied item's credit (本文来源:) is no slot: real outlets are credited there.
OWN_ADDRESS_CONTEXT = re.compile(
    r"(?:网站|网址|政府网|政务网|信息网|公开平台|邮箱|信箱|电子邮件|e-?mail|目录系统|门户|年报专栏)(?:“[^”\n]{1,24}”)?[^，。；\n]{0,12}$",
    re.I,
)
# Where a report says where its own copy is had, the address in brackets before 下载 (电子版可在海淀区政府信息公开大厅
# (…)下载), and a body's name with a colon in a byline before its site's address (西宁机关事务管理局:http://…): the
# report's own address slots, whatever the site is called.
OWN_DOWNLOAD_BEFORE = re.compile(r"可(?:以)?(?:在|从|于|到|登录|通过)[^，,。；;\n]{0,24}[(（]\Z")
OWN_DOWNLOAD_AFTER = re.compile(r"[)）]\s*下载")
# A dateline an address opens, before the item's date and its source (http://www.kblhh.cn 2025-08-11 11:34 来源:…):
# the site's own address slot, where a mirror writes its host.
DATELINE_ADDRESS_BEFORE = re.compile(r"(?:^|\n)[ \t\u3000]*\Z")
DATELINE_AFTER = re.compile(r"[ \t]+(?:19|20)\d{2}-\d{1,2}-\d{1,2}[ \t]+[\d:]{0,8}[ \t]*来源\s*[:：]")
BYLINE_BODY_BEFORE = re.compile(r"(?:^|\n)[\u4e00-\u9fff]{2,16}(?:局|厅|委员会|人民政府|办公室)\s*[:：]\s*\Z")
# A few words opening a line, then a space, right before a spam site's address: the site's name.
SITE_NAME_BEFORE_ADDRESS = re.compile(r"(?:^|(?<=\n))(?P<name>[\u4e00-\u9fff]{2,8}) \Z")
TRUSTED_DOMAIN_SUFFIXES = (
    ".gov.cn",
    ".gov",
    ".org.cn",
    ".edu.cn",
    ".mil.cn",
    ".ac.cn",
    "people.com.cn",
    "xinhuanet.com",
    "news.cn",
    "cctv.com",
    "chinadaily.com.cn",
    "xuexi.cn",
    "cnki.net",
    "163.com",
    "126.com",
    "qq.com",
    "sina.com",
    "sina.cn",
    "sohu.com",
    "yeah.net",
    "139.com",
    "189.cn",
    "21cn.com",
    "aliyun.com",
    "foxmail.com",
    "hotmail.com",
    "outlook.com",
    "gmail.com",
    "yahoo.com",
    # governments of Macao, Hong Kong and Taiwan (www.dicj.gov.mo in a Macao page's own address slot)
    ".gov.mo",
    ".gov.hk",
    ".gov.tw",
    "tom.com",
    "wo.cn",
    # China's state news portal and the public mail services it and china.com run (a body's own
    # czfao@china.com.cn), and 263's
    "china.com.cn",
    "china.com",
    # the same centre's 中国发展门户网 (China Development Gateway), which reposts provinces' reports
    "chinagate.cn",
    "sina.com.cn",
    "263.net",
)
# Host-name pieces of gambling sites (bet365, hg0088, xpj9911, yule888 …); bare "bet" only at a word start, so
# alphabet.com passes.
SPAM_DOMAIN_WORDS = re.compile(
    r"casino|poker|youxi|yule|xpj|\dbet|bet\d|bet(?:vip|365|way)|(?:^|[.-])bet|hg\d{3}|ag\d{2}|cp\d{2}|\d{2}cp|vip\d|"
    r"bo\d{2}|pj\d|dc\d{2}|365|888|777|666|999"
    # a name of six digits or more: what gambling sites register (6231117.com), not what a body or a firm takes
    # (on the generic endings such sites take, so a file's name in a path, post_2345671.html, is none)
    r"|(?:^|\.)\d{6,}\.(?:com|net|cc|vip|top|xyz|info|co|me|tv|live)$",
    re.I,
)
# Words after a name that take a place before them (X体育系统, X新闻网, X日报, X市, X办公室): an untrusted address
# glued there, or opening a document's title (《www.….com/办公室关于…》), stands for the place.
PLACE_TAKING_AHEAD = re.compile(
    r"[\u4e00-\u9fff]{0,4}?系统|新闻网|日报|公报|电视台|融媒体中心|人民政府|办公[室厅]|[省市县区](?![场民域别分])"
)
# Mixed-script runs: an ASCII run with an underscore glued to Chinese, as in 体育365网投_365bet365用址 (a phrase of
# Chinese words joined by _ alone, 足球彩票_竞彩足球, is a spam phrase, not a mixed token).
MIXED_SEED = re.compile(r"(?<=[\u4e00-\u9fff])[A-Za-z0-9]*_[A-Za-z0-9_]+|[A-Za-z0-9_]*_[A-Za-z0-9]*(?=[\u4e00-\u9fff])")
# A number the report counts with (…澳门金沙官网1条、部门文件等111条, …包养网739万亩) is the report's own, never part
# of the phrase.
COUNT_AHEAD = re.compile(r"\d+(?:\.\d+)?\s*[条件个项次篇份人家所户万亿亩吨]")
# A year is the report's own (365bet体育2024年政府信息公开…), never part of the spam phrase before it.
# Where a report says it can be had from a site (电子版可在X下载, 可从X下载): the site's name follows.
DOWNLOAD_FROM = re.compile(r"可(?:以)?(?:在|从|于|到|登录|通过)\Z")
# A number and one letter glued before a spam phrase after a boundary (9号彩票开户): the start of the brand's name;
# not a date's (2021年X市政府信息公开工作年度报告: the title's year).
NUMBERED_HEAD = re.compile(r"(?<!\w)\d{1,4}(?![年月日])[\u4e00-\u9fff]\Z")
# So is a date opening the sentence after it (BOB半岛5月17日,由…主办).
REPORT_YEAR_AHEAD = re.compile(r"(?:19|20)\d{2}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*[日号]")
# The words opening the title of a body's own rules on its disclosure or its government-affairs channels (政务微博,
# 政务新媒体; 政务公开 work is a government's): a name before them is the body's.
BODY_OWN_TITLE = re.compile(r"(?:政府)?信息公开|政务(?!公开)")
# The longest document title (《…》) a span opening it is read as the issuer of.
DOCUMENT_TITLE_MAX_CHARS = 60
# A title's words after the place that opens it are more than one word of this many letters (《X实施》 is no place's).
TITLE_WORD_MAX_CHARS = 2
# What follows the name of a body or of a site: a phrase standing before it is that name, not a title put before the
# page's own (365bet娱乐场官网注册关于2015年…的公告, B体育新闻中心, 澳门赌场机关信息公开管理办法).
NAME_HOLDER_AHEAD = re.compile(r"\s?(?:关于|机关|新闻中心)")
# What follows a phrase standing for the body in the report's own title or scope, its disclosure work or its site:
# the phrase stands for a place (现公布X 2024年政府信息公开工作年度报告, 涵盖X 各县、区政府, 编制形成了X:政府信息公开
# 工作年度报告, 印发2014年X政府信息公开工作要点, 通过X:门户网站).
REPORT_BODY_AHEAD = re.compile(
    r"\s?(?:(?:19|20)\d{2}\s*年度?(?:政府信息公开|政务公开)|政府信息公开工作(?:要点|年度报告)|各[省市县区]|门户网站"
    # the government's own service account or site, named after its place (“X政务服务”公众号, X政务服务网)
    r"|政务服务(?:网|[”\"」]))"
)
# A sports or lottery site's name (第一足球网, X彩票网) where the report names its own body: the one who compiles it
# (由X结合有关统计数据编制), the one to contact (请与X政务公开科联系) and the one the overview opens with (2022年,X坚持
# 以…; 在市委、市政府的坚强领导下,X坚持以…): a site compiles no report, so only a body stands there.
BODY_SLOT_SITE_NOUNS = ("足球", "体育", "彩票", "比分", "篮球", "竞彩", "电竞")
BODY_SLOT_SITE = re.compile(
    rf"(?:由|请与|(?:(?:19|20)\d{{2}}年|领导下)[,，])(?P<name>[\u4e00-\u9fff]{{1,6}}?(?:{'|'.join(BODY_SLOT_SITE_NOUNS)})网)"
    r"(?=结合|编制|政务公开|办公室|联系|坚持)"
)
# The place a leader visited, in the template's 视察X重要讲话 (习近平总书记视察江西重要讲话精神): only a place stands
# there.
VISITED_BEFORE = "视察"
VISITED_PLACE_AHEAD = re.compile(r"(?:时的?)?重要(?:讲话|指示)")
# A keyword line has at least two fragments, all of them carrying keyword words; one of at least three fragments may
# carry none (a porn list opens with a word of its own: 天天躁日日躁狠狠躁,精品国产…一区二区三区,…), and one in five of
# a longer list (ten fragments, two of them a site's own words: 超碰在线人人干_91l九色lporny_…).
KEYWORD_LINE_MIN_FRAGMENTS = 2
# …and at least this many fragments, when no core stands in the line (a menu's 视频|电影 are two).
KEYWORD_LINE_WITHOUT_CORE_MIN_FRAGMENTS = 4
# …of which one may carry no keyword word when every fragment is a phrase at least this long (a menu's are words:
# 首页, 视频新闻).
KEYWORD_PHRASE_MIN_CHARS = 5
# A fragment opening with the same letters as a keyword fragment names the list's site again (91制片厂bb, 91麻豆…).
KEYWORD_OPENING_CHARS = 2
# The page's first line, and the name a betting site's title repeats before its access words (钱柜 of 钱柜登陆,
# 钱柜入口).
FIRST_LINE = re.compile(r"\s*(?P<line>[^\n]+)")
ACCESS_TITLE_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")
# Words of a government's own services and sites, whose portals title their access too (政务服务网入口, 办事大厅登录).
OWN_SERVICE_WORDS = re.compile(r"政务|服务|办事|办公|大厅|中心|系统|网$")
# A line of a title with a short word glued after a space or a comma (…取得實效 世界熱門): a content farm's tag when
# the title stands again on another line with a tag of its own (spam._tags_after_a_repeated_title).
TAGGED_LINE = re.compile(r"^[ \t]*(?P<title>[^\n ,，]{16,80})(?P<tag>[ ,，][\u4e00-\u9fff]{2,4})[ \t]*$", re.M)
# A content farm's tag opening a title's line (世界热点!去年全国耕地…, 环球速讯:商务部:…, 【全球报资讯】2022年…):
# its words for a hot item of the world glued to the title by a !, which no column label writes (a page's own
# 每日热点! may be); by a colon or in brackets only in the farm's own coinages, an infix (环球今亮点, 全球报资讯) or
# a word no column takes (速讯, 亮点). Columns' labels stay: 每日快讯:, 【每日快讯】, 全球热点:, 速读:, 环球资讯.
FARM_WORLD_HEADS = ("世界", "全球", "环球")
FARM_TAG_HEADS = (*FARM_WORLD_HEADS, "天天", "每日")
FARM_TAG_OPENING = re.compile("|".join(FARM_TAG_HEADS))
_FARM_HEAD = "(?:" + "|".join(FARM_TAG_HEADS) + ")"
_FARM_WORLD_HEAD = "(?:" + "|".join(FARM_WORLD_HEADS) + ")"
_FARM_WORD = "(?:热点|热门|热议|快讯|速递|速读|速讯|看点|亮点|观点|资讯)"
_FARM_COINAGE = rf"{_FARM_HEAD}(?:[今报]{_FARM_WORD}|速讯|亮点)"
CONTENT_FARM_TAG = re.compile(
    rf"^[ \t]*(?P<tag>{_FARM_WORLD_HEAD}[今报]?{_FARM_WORD}[!！]|{_FARM_COINAGE}[:：]|【{_FARM_COINAGE}】)(?=\S)", re.M
)
# A spider pool's line of place names (…| 德惠市| 嵊泗县| 三台县| …): fragments joined by bars, at least this many,
# nearly all of them places the gazetteer knows, from at least this many provinces and mostly counties; a portal's
# bar of its own counties names one province, a national portal's bar of the provinces' sites (北京 | 天津 | 河北 | …)
# names provinces, a news site's bar of its local channels names cities, a bar of 百强县 or of counties' media
# centres names counties only: a pool's list mixes all three levels. (A sentence's list is joined by 、.)
PLACE_LIST_SEPARATOR = re.compile(r"[|｜]")
PLACE_LIST_MIN_FRAGMENTS = 20
PLACE_LIST_MIN_PROVINCES = 10
PLACE_LIST_MIN_SHARE = 0.75
# The words all fragments of a keyword line open with are the site's brand when at least this long (网信彩票).
KEYWORD_BRAND_MIN_CHARS = 3
KEYWORD_LINE_STRAY_FROM = 3
KEYWORD_LINE_FRAGMENTS_PER_STRAY = 5
# A passage shown twice on a page (a summary over the body): lines of at least COPY_MIN_CHARS opening with the same
# COPY_OPENING_CHARS are two copies; words of 2 to 4 characters (INSERTED_WORD) found in one right after a clause mark
# and not in the other were scattered into it, when there are INSERTED_MIN_WORDS of them at least and the copies
# agree on COPY_AGREEMENT of the clean one's characters (read over its length and COPY_SLACK_CHARS more).
COPY_MIN_CHARS = 40
COPY_OPENING_CHARS = 10
COPY_SLACK_CHARS = 20
COPY_AGREEMENT = 0.9
INSERTED_MIN_WORDS = 3
INSERTED_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}")
CLAUSE_MARKS = "、,，。；;"
# Hidden or off-screen elements (beyond display:none / visibility:hidden): zero size, far off-screen.
INVISIBLE_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px|pt|em)?\s*(?:;|$)|"
    r"(?:width|height)\s*:\s*0(?:px)?\s*(?:;|$)|(?:left|top|text-indent|margin-left)\s*:\s*-\d{3,}|"
    r"opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)",
    re.I,
)
# WAF JavaScript challenges (安全狗, 瑞数, 加速乐 …) answered in place of the page.
CHALLENGE_STATUSES = (412, 521)
# WAF products' own names and cookies: a small page carrying one is a challenge.
CHALLENGE_MARKERS = re.compile(
    r"safedog|安全狗|__jsl_clearance|jsl_clearance_s|加速乐|\$_ts\s*=|瑞数|_waf_|yunsuo_session|WZWS_CONFIRM",
    re.I,
)
# Generic wording that JavaScript apps (gkmlpt lists) show too: a challenge only when the page also sets a cookie.
CHALLENGE_HINTS = re.compile(r"请开启\s*JavaScript|请启用\s*JavaScript|Please enable JavaScript", re.I)
CHALLENGE_MAX_BYTES = 20000
CHALLENGE_MAX_TEXT = 60  # visible characters; challenge pages show a line at most

# --- Fees for information requests (fees.collected_yuan, SCHEMA.md) ---------------------------------------------
# Sentences are matched with their spaces removed (PDF-made pages write 收取信息处理费 380 元).
# The section that reports the fee, read first: 六、其他需要报告的事项 (2019 and 2021 templates), 四、…收费及减免情况
# (older reports); 表二's 行政事业性收费 is another thing (active.fees.amount_10k_yuan).
FEE_SECTION_HEADING = re.compile(r"其他需要报告|(?<!行政事业性)收费")
# What ties a sentence to this fee: the sentence, a short heading sentence before it ((三)收费及减免情况。未收取费用。)
# or its section's heading names it. 规费, 行政事业性收费 and a service's 收费标准 are not it.
FEE_SUBJECT = re.compile(r"处理费|依申请|收费及减免|信息公开[^。；，,]{0,8}?收费|信息公开[^。；，,]{0,4}?费用")
FEE_HEADING_MAX_CHARS = 20
# An amount charged, in 元 or 万元; never a rate (100元/件) nor a number of notices (收费通知1件).
FEE_AMOUNTS = (
    re.compile(r"(?:收取|收缴|实收)[^。；\d]{0,16}?(\d[\d,，]*(?:\.\d+)?)(万元|元)(?![/／每])"),
    re.compile(r"处理费(?:收入|共计|合计|总计|金额|为)[^。；\d]{0,4}?(\d[\d,，]*(?:\.\d+)?)(万元|元)(?![/／每])"),
)
# "None was charged", as real reports write it (tests/test_parse.py holds each sentence and where it was published).
NO_FEE_PHRASES = (
    # 未收取信息处理费 / 未收取信息公开处理费 / 未收取任何费用 / 没有对公民…收取复印、递送等成本费用
    r"(?:未|没有)[^。；，,]{0,25}?收取[^。；，,]{0,30}?费",
    # 无收取信息处理费情况 / 无收取信息处理费用; only right before 收取, as 无正当理由 also begins a clause
    r"(?:无|不)收取[^。；，,]{0,12}?费",
    # 未发生政府信息公开收费事项 / 未发生收费情况 / 没有关于信息公开的收费及减免情况
    r"(?:未|没有|无)[^。；，,]{0,14}?收费(?:及减免)?(?:情况|事项)",
    # 暂未开展信息处理费收取工作
    r"(?:未|没有)开展[^。；，,]{0,10}?(?:处理费|收费)",
    # 依申请公开政府信息事项未收费 / 政府信息公开没有收费 / 依申请公开信息全市免费办理 / 零收费
    r"未收费|没有收费|免费办理|零收费",
)
NO_FEE = re.compile("|".join(NO_FEE_PHRASES))

# --- Counts in the running text of older reports ------------------------------------------------------------------
# A clause saying something did not happen (no request, no appeal): 未收到 / 没有发生 / 无 … / … 为零 / 0件.
NONE_HAPPENED = re.compile(r"未|没有|没|无|尚无|为零|(?<!\d)0\s*[件宗条起份]")
# What such a clause is about: requests for information …
REQUESTS_IN_TEXT = re.compile(r"申请|依申请")
# … or appeals, by kind.
APPEAL_KINDS_IN_TEXT = (
    ("appeals.reconsideration.total", re.compile(r"复议")),
    ("appeals.litigation.total", re.compile(r"诉讼")),
    ("appeals.complaints.total", re.compile(r"申诉|申述")),
)
# Information items counted by how they are published (制作政府信息N条，其中主动公开…依申请公开…不予公开…): a
# 依申请公开信息N条 there counts items, not requests.
ITEMS_BY_DISCLOSURE = re.compile(r"制作政府信息|不予公开信息|作为依申请公开")
FEE_WORDS = re.compile(r"收取|收费|费用")

# --- Patterns searched over whole texts and every value ------------------------------------------------------------
# Their alternatives open with many characters (digits, Latin letters, optional words, lookbehinds), so re tries each
# at every position of a text; these are tried only where a match can start (pipelines/prefilter.py: a class derived
# from each pattern as it stands, so an alternative added to one is covered), at a third to a half of the cost.
SPAM_CORE, TITLE_LINE_WORDS, LINK_SPAM, SPAM_DOMAIN_WORDS, TEXT_URL_WITHOUT_MAIL, SLOT_RISKY, MIXED_SEED = map(
    Prefiltered,
    (SPAM_CORE, TITLE_LINE_WORDS, LINK_SPAM, SPAM_DOMAIN_WORDS, TEXT_URL_WITHOUT_MAIL, SLOT_RISKY, MIXED_SEED),
)
