"""The real spam corpus (tests/spam/real_cases.toml, its second, third and fourth batches real_cases_2.toml to
real_cases_4.toml, more genuine pages in real_cases_genuine_extra.toml, and the fifth to eighth batches
real_cases_5.toml to real_cases_8.toml, whose data tests/test_spam_batches.py checks): each split is the one recorded,
the labels fit their excerpts, the not-report titles are not taken for reports, genuine pages keep every character,
and the figures reached hold."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from pipelines.listing import is_report_title
from pipelines.spam import SpamContext, SpamHit, clean_text_spam
from tests.spam_scoring import REAL_CORPORA, evaluate, genuine_kept, load_cases, load_not_reports, load_real

# The batches collected before the held-out ones were numbered, which the tests below read one by one.
FIRST, SECOND, THIRD, FOURTH, GENUINE_EXTRA = (load_cases(path) for path in REAL_CORPORA[:5])
CASES = load_real()


def site(url: str) -> str:
    """The registrable part of a host (iaands.org, gcs.gov.mo), so two excerpts of one site share a part."""
    labels = urlsplit(url).hostname.split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in {"gov", "com", "org", "net", "edu"} else 2
    return ".".join(labels[-keep:])


def test_corpus_holds_the_real_cases_it_was_built_from():
    groups = [case["group"] for case in FIRST]
    assert (groups.count("mirror") + groups.count("whole_spam"), groups.count("genuine")) == (62, 40)
    assert groups.count("whole_spam") == 9
    second = [case["group"] for case in SECOND]
    assert (second.count("mirror"), second.count("genuine")) == (30, 22)
    third = [case["group"] for case in THIRD]
    assert (third.count("mirror"), third.count("genuine")) == (15, 13)
    fourth = [case["group"] for case in FOURTH]
    assert (fourth.count("mirror"), fourth.count("genuine")) == (17, 8)
    assert len({site(case["url"]) for case in FOURTH if case["group"] == "mirror"}) == 14
    assert [case["group"] for case in GENUINE_EXTRA] == ["genuine"] * 12
    assert len({case["id"] for case in CASES}) == len(CASES)
    assert all(case["url"].startswith(("http://", "https://")) for case in CASES)


def test_every_label_stands_in_its_excerpt_and_genuine_pages_have_none():
    for case in CASES:
        assert all(entry["found"] in case["input"] for entry in case.get("expect", [])), case["id"]
        assert bool(case.get("expect")) is (case["group"] != "genuine"), case["id"]


def every_third_site(cases: list[dict]) -> set[str]:
    """The ids the recorded rule holds out: cases grouped by site, sites ordered by their first id within spam and
    within genuine pages, every third site (index 2, 5, 8 …)."""
    held_out = set()
    for prefix in ("real-s", "real-g"):
        sites: dict[str, list[str]] = {}
        for case in sorted(cases, key=lambda case: case["id"]):
            if case["id"].startswith(prefix):
                sites.setdefault(site(case["url"]), []).append(case["id"])
        ordered = sorted(sites.values(), key=lambda ids: ids[0])
        held_out.update(case_id for index, ids in enumerate(ordered) if index % 3 == 2 for case_id in ids)
    return held_out


def test_split_is_the_recorded_rule_every_third_site_held_out():
    assert {case["id"] for case in FIRST if case["part"] == "held_out"} == every_third_site(FIRST)


def test_second_batch_split_holds_out_every_third_new_site_and_keeps_known_sites_where_they_were():
    first_parts = {site(case["url"]): case["part"] for case in FIRST}
    known = [case for case in SECOND if site(case["url"]) in first_parts]
    assert [case["part"] for case in known] == [first_parts[site(case["url"])] for case in known]
    new = [case for case in SECOND if site(case["url"]) not in first_parts]
    assert {case["id"] for case in new if case["part"] == "held_out2"} == every_third_site(new)
    assert {case["part"] for case in new} == {"tune", "held_out2"}


def test_third_batch_is_held_out_whole_and_shares_no_site_with_the_batches_tuned_on():
    earlier = {site(case["url"]) for case in FIRST + SECOND}
    assert {case["part"] for case in THIRD} == {"held_out3"}
    assert [case["id"] for case in THIRD if site(case["url"]) in earlier] == []


def test_fourth_batch_is_held_out_whole_and_shares_no_site_with_any_earlier_batch():
    earlier = {site(case["url"]) for case in FIRST + SECOND + THIRD}
    assert {case["part"] for case in FOURTH} == {"held_out4"}
    assert [case["id"] for case in FOURTH if site(case["url"]) in earlier] == []


def test_extra_genuine_pages_are_tuned_on_and_share_no_site_with_the_batches():
    earlier = {site(case["url"]) for case in FIRST + SECOND + THIRD + FOURTH}
    assert {case["part"] for case in GENUINE_EXTRA} == {"tune"}
    assert [case["id"] for case in GENUINE_EXTRA if site(case["url"]) in earlier] == []


def test_real_titles_about_reports_are_not_reports():
    # a 年报编制和发布部署会, a notice on compiling them, a commentary, an evaluation, rules, model essays
    titles = [item["title"] for item in load_not_reports()]
    assert len(titles) == 7
    assert [title for title in titles if is_report_title(title)] == []


@pytest.mark.parametrize(
    "title",
    [
        "中共永州市委机构编制委员会办公室2023年政府信息公开工作年度报告",
        "永州市职业技能培训中心2023年政府信息公开工作年度报告",
        "永州市住房制度改革办公室2022年政府信息公开工作年度报告",
    ],
)
def test_bodies_named_for_staffing_training_or_rules_still_publish_reports(title):
    assert is_report_title(title)


# Figures the stage reached (mirrors and genuine pages; whole spam articles apart), as floors, so a change cannot lose
# them silently. Issue 16 tuned on both batches' tune parts and on the first batch's held-out part (looked at by then,
# so no longer blind), then scored the second batch's held_out2 once; its round 2 tuned on all of both batches
# (held_out2 included, so no longer blind either) and scored the third batch, held_out3, once; its round 3 tuned on
# held_out3 too and scored the fourth batch, held_out4, once (blind: recall 0.707); its round 4 tuned on all five parts
# (held_out4 included: brands of sports-news mirrors glued to titles, clause ends and breadcrumbs, addresses standing
# for a city), so none of them is blind any more, and scored the fifth batch, held_out5 (tests/test_spam_batch5.py
# holds its data), once (blind: recall 0.878, 238 of 271 spans, but 5 of 38 outside pinyin glosses; its 13 genuine
# pages unchanged); its round 5 tuned on held_out5 too (casino brands read by their slot and their list's shape, a
# lottery site's name over the breadcrumb, long porn keyword lines, words scattered into a copy the page also shows
# clean), so no part was blind then, and scored the sixth batch, held_out6, once (blind: recall 0.877, 157 of 179
# spans, 16 of 38 outside pinyin glosses; 11 of its 12 genuine pages unchanged: a Macao gazette order lost 百家樂).
# Round 6 tuned on held_out6 too (the mirror's host in a disclosure platform's or quoted site's address, phrases before
# the body's plan, report, portal or leading group, keyword tag lines), so no part is blind: recall 0.989 there, 177 of
# 179 spans (s165's brand and host went as one phrase), and round 7 split a site's name from its address after a
# separator: 179 of 179. After round 7 (a public gambling lexicon, place slots that take no brand, one string in two
# templates' slots), the seventh and eighth batches, collected while it tuned, were scored once, blind: held_out7
# recall 0.741 (103 of 139 spans; 5 of 41 outside pinyin glosses), precision 0.817, 11 of 12 genuine pages unchanged
# (百家樂博彩 of VIP baccarat revenue lost); held_out8 recall 0.787 (100 of 127; 28 of 55 outside glosses), precision
# 0.870, 12 of 14 genuine unchanged (“百家乐” in a court text, 中华彩票网 as a news site's editor lost). Round 8 tuned
# on both (the game named as a game, a news site's own credit and china.com.cn's mail kept; an address or a string of
# no spam word put back where 政府信息公开, 关于 or 政务公开 belong; addresses before 办公室 for the place; long porn
# lists with no core) and dropped round 7's lexicon, which found nothing the rules miss: held_out7 recall 0.827,
# precision 0.871; held_out8 0.913, 0.943; every genuine page unchanged. Round 9 tuned on both again, for shapes a
# fresh mirror shows whatever its brand (a list glued before the report's title, 《X…方案》's issuer, a middle dot or an
# address inside a brand list, (中国)官方网站, a sports word with two access words in a place slot or as the credited
# body, fragments each naming a site's access as a keyword line, the mirror's host after a spam site's name or in a
# mailbox beside the portal's address, the site's name opening a line before its address, questions about an app):
# held_out7 recall 0.935, precision 0.985; held_out8 1.000, 1.000; every genuine page unchanged.
# The ninth and tenth batches, collected while round 9 tuned (northern and eastern provinces; southern and western
# ones and Macao), were then scored once, blind: held_out9 recall 0.918 (224 of 244 spans; 10 of 29 outside pinyin
# glosses: places 3 of 17), precision 0.961, 14 of 14 genuine pages unchanged; held_out10 recall 0.876 (113 of 129;
# 23 of 39 outside glosses), precision 0.934, 11 of 13 genuine unchanged (police lists naming “时时彩” and "百家乐"
# in quotes lost them); both 0.903 (337 of 373). Round 10 tuned on both (place slots read by the template: a name
# ending in 体育 before a government or its 厅, a foreign issuer before 关于 with a government's 文号 after the title,
# one string written twice for the issuer and 关于; 新闻 before 发布会; 中省市X:推进; the report's download slot and a
# byline's body as its own address slots; a gambling site's welcome banner; a lowercase 365 code; a brand run
# ending before 体育彩票公益金; chinagate.cn, a venue list's casino names and a traditional-character site name
# kept), so neither is blind any more: held_out9 recall 0.996 (243 of 244), precision 1.000; held_out10 recall
# 0.969 (125 of 129), precision 0.984 (real-s259's f28365办公室 removed as the place, as batch 8 labels X办公室,
# where its label says spam_phrase; real-s271's title tail labelled with its hyphen, which earlier batches leave);
# all parts 0.956, 0.992; every genuine page unchanged.
# The eleventh and twelfth batches, collected while round 10 tuned (northern and eastern provinces; southern and
# western ones and Macao: stored pages of new sites had all but run out, 18 and 6 mirrors), were then scored once,
# blind: held_out11 recall 0.919 (182 of 198 spans; 10 of 26 outside pinyin glosses: places 4 of 7, domains 4 of 5,
# titles 2 of 7, phrases 0 of 5, template phrases 0 of 2), precision 0.978, 11 of 12 genuine pages unchanged (網上百家樂
# in a Hong Kong item on online gambling lost); held_out12 recall 0.872 (41 of 47; 1 of 7 outside glosses: places 0 of
# 4, titles 1 of 2, 365体育官网 for 习近平 not put back), precision 0.683 (a porn keyword line cut in pieces, a betting
# string's tail left), 11 of 12 genuine unchanged (a Macao forum post lost 金沙娛樂場 and 百家樂); both 0.910 (223 of
# 245). The two genuine losses fixed after (the game before its den, in a text naming the casino's games, 金沙娱乐场 as
# the casino): every genuine page unchanged, 197 of 197; all parts recall 0.950, precision 0.985. Round 11 tuned on
# both (keyword lines by their shape: phrases with one plain fragment, a list naming its site again, one name with
# access words, a lottery's plan and software, a content farm's tags on a title written twice; a brand list running to
# the government its place slot names; a casino brand or a site's access and draw words opening a document's title;
# 【官方认证】 in a brand's tail; the reports column's address; 习近平 put back before 新时代中国特色社会主义思想 or
# 法治思想, by batch 12's rule, to which real-s089 and real-s222 were relabelled), so neither is blind any more:
# held_out11 recall 1.000 (198 of 198), precision 1.000; held_out12 1.000 (47 of 47), 1.000; all parts recall 0.962
# (1682 of 1748), precision 0.993; every genuine page unchanged, 197 of 197.
# The thirteenth batch, collected while round 11 tuned (any province; annual-report mirrors on new hosts had run out,
# so mostly porn and lottery keyword lines over statistical releases and news), was then scored once, blind:
# held_out13 recall 0.962 (253 of 263 spans; 10 of 20 outside pinyin glosses: keyword lines 10 of 19, the mirror's
# host in a dateline 0 of 1), precision 0.904 (keyword lines of 主站蜘蛛池模板 and _-joined lists cut in pieces, not
# taken whole), 11 of 12 genuine pages unchanged (渝中's police news lost 百家乐 of a 百家乐赌场; the game before
# 赌场 is the game since, unless a site's access word follows: 197 + 12 genuine pages unchanged).
# Round 12 tuned on batch 13 once scored: keyword lists taken whole (a spider pool's 主站蜘蛛池模板: label and lists of
# many short fragments, / as a joint), a lottery's query line over its breadcrumb, a seller's pitch with its keyword,
# the mirror's host opening a dateline; and on the other parts' errors: the template's 视察X重要讲话 and “X政务服务” as
# place slots (tune's real-s025, held_out7's real-s178), a lottery name over a report's title (held_out10's real-s272),
# a sports site's name where the report names its compiler (held_out7's real-s182, real-s183), a brand among a menu's
# entries no title (real-s180), a betting app's store listing opening the page (held_out10's real-s256): held_out13
# recall 1.000 (263 of 263), precision 1.000; held_out (only scored) unchanged, recall 0.792 (42 of 53), precision
# 0.977; all parts recall 0.972 (1954 of 2011), precision 0.995 (from 0.962 and 0.981); every genuine page unchanged,
# 209 of 209.
# The fourteenth batch, collected after round 12 was merged (any province: keyword lines over statistical releases
# and news, brands put into a disclaimer and a spun copy), was then scored once, blind: held_out14 recall 0.958 (115
# of 120 spans; 11 of 16 outside pinyin glosses: keyword lines 11 of 12, phrases 0 of 3, the mirror's address 0 of
# 1), precision 0.983, 6 of 7 genuine pages unchanged (a KTV named 迎江区金碧辉煌娱乐城 in a check of 娱乐场所 lost its
# 娱乐城; fixed after: a 娱乐城 named by its street or district in a text about 娱乐场所 is the venue): all parts
# recall 0.971, precision 0.995, 216 of 216 genuine pages unchanged.
# The fifteenth batch, collected alone after round 12 was merged (traditional-character copies of national bodies'
# news, brand queries, gambling topics as government pages word them), was then scored once, blind: held_out15 recall
# 0.834 (141 of 169 spans; 9 of 37 outside pinyin glosses: keyword lines 7 of 11, brands 2 of 11, fixed phrases 0 of
# 2, variant characters 0 of 13), precision 0.979, 7 of 7 genuine pages unchanged: all parts recall 0.961, precision
# 0.994, 223 of 223 genuine pages unchanged. Round 13 then tuned on it, so it is no longer blind (a porn line's 日韩,
# a spider pool's bar of counties of many provinces, a content farm's tag before a title, a sugar-dating site's
# keyword, a porn site's letters, the regulation's name as a spinner writes it): held_out15 recall 0.893 (151 of 169;
# the 13 variant characters and 5 brands of a forum's SEO words and of bare 包養 still missed), precision 1.000.
# The sixteenth batch, collected alone while round 13 tuned (porn and brand words over national bodies' news, brands
# for places and bodies, emoji-framed brands), was then scored once, blind, after round 13: held_out16 recall 0.860
# (117 of 136 spans; 9 of 28 outside pinyin glosses: keyword lines and tags 8 of 18, brands 0 of 5, places 0 of 3,
# addresses 1 of 2), precision 0.921, 8 of 8 genuine pages unchanged: all parts recall 0.959, precision 0.992, 231 of
# 231 genuine pages unchanged. Round 14 then tuned on it (a content farm's short or bracketed tag, a porn line's
# colour and trailer words, 官网址 and the emoji framing a brand, a porn studio's name, a casino game naming the site in
# its footer, a brand's alias glued to a title): held_out16 recall 0.941 (128 of 136), precision 0.985; all parts
# recall 0.964, precision 0.995, 231 of 231 genuine pages unchanged; held_out unchanged (0.792, 0.977).
# The seventeenth batch, collected alone while round 13 tuned (an annual report and a county notice whose fixed
# phrases a brand replaced, brands for places, keyword lines), was then scored once, blind, after round 14:
# held_out17 recall 0.837 (103 of 123 spans; 9 of 29 outside pinyin glosses: fixed phrases 8 of 9, brands 1 of 7,
# keyword lines and tags 0 of 6, places 0 of 7), precision 0.873, 5 of 5 genuine pages unchanged: all parts recall
# 0.958, precision 0.989, 236 of 236 genuine pages unchanged. Round 15 then tuned on it (a content farm's 环球 tags,
# also closing a title; a string put back to fixed words is the place before a level word and a body; a phrase
# opening a line takes the colon the page writes with it): held_out17 recall 0.894 (110 of 123), precision 0.909;
# all parts recall 0.961, precision 0.991, 236 of 236 genuine pages unchanged; held_out unchanged.
# The eighteenth batch, small (3 mirrors, 5 genuine pages: new sites had grown scarce), collected while round 15 was
# under way, was then scored once, blind, after it: held_out18 recall 0.975 (39 of 40 spans; 1 of 2 outside pinyin
# glosses: the keyword line found, a brand standing for the body before 办公室 missed), precision 1.000, 5 of 5 genuine
# pages unchanged: all parts recall 0.961, precision 0.991, 241 of 241 genuine pages unchanged. A review of rounds
# 13 to 15 on genuine look-alikes (weather warnings and trade figures joined by commas, columns' labels, 包养网红 in
# discipline news, a footer's vendor, a bar of 百强县) then narrowed their rules: held_out15 recall 0.882, held_out16
# 0.934, held_out17 0.886, held_out18 0.975; all parts recall 0.959, precision 0.990, 241 of 241 genuine pages.
# Kinds the stage does not have (variant_character, spun_synonym) are left out, and so are floors that could not fail
# (a recall of 0).
REACHED = {
    "tune": {
        "pinyin_gloss": (1.00, 1.00),
        "place_name": (1.00, 0.90),
        "spam_domain": (1.00, 1.00),
        # (0.70 before round 10, which cut real-s021's 买球网站买球网站 into the two spans it is labelled as: both
        # of the wrong kind, as the one was)
        # (0.66, 0.82 before round 11, which relabelled real-s089's brand for 习近平 twice by batch 12's rule, as
        # template_phrase: the same spans found, of the kind they are labelled now)
        "spam_phrase": (0.66, 0.80),
        "spam_title": (1.00, 0.85),
        "template_phrase": (1.00, 0.72),
    },
    "held_out": {
        "pinyin_gloss": (1.00, 1.00),
        "place_name": (1.00, 0.87),
        "spam_phrase": (0.80, 0.33),
        "spam_title": (1.00, 1.00),
        "template_phrase": (1.00, 0.60),
    },
    "held_out2": {
        "pinyin_gloss": (1.00, 1.00),
        "place_name": (1.00, 1.00),
        "spam_domain": (1.00, 1.00),
        "spam_phrase": (1.00, 1.00),
        "spam_title": (1.00, 1.00),
    },
    "held_out3": {
        "pinyin_gloss": (1.00, 1.00),
        "place_name": (1.00, 1.00),
        "spam_domain": (1.00, 1.00),
        "spam_phrase": (1.00, 1.00),
        "spam_title": (1.00, 1.00),
    },
    "held_out4": {
        "pinyin_gloss": (1.00, 1.00),
        "place_name": (1.00, 1.00),
        "spam_domain": (1.00, 1.00),
        "spam_phrase": (1.00, 0.69),
        "spam_title": (1.00, 1.00),
    },
    "held_out5": {
        "pinyin_gloss": (1.00, 1.00),
        "place_name": (1.00, 1.00),
        "spam_domain": (1.00, 1.00),
        "spam_phrase": (1.00, 0.52),
        "spam_title": (1.00, 1.00),
        "template_phrase": (1.00, 1.00),
    },
    "held_out6": {
        "pinyin_gloss": (1.00, 1.00),
        "place_name": (1.00, 1.00),
        "spam_domain": (1.00, 1.00),
        "spam_phrase": (1.00, 1.00),
        "spam_title": (1.00, 1.00),
        "template_phrase": (1.00, 1.00),
    },
    "held_out7": {
        "pinyin_gloss": (1.00, 1.00),
        "place_name": (1.00, 1.00),
        "spam_domain": (1.00, 1.00),
        "spam_phrase": (1.00, 0.75),
        "spam_title": (1.00, 1.00),
        "template_phrase": (1.00, 1.00),
    },
    "held_out8": {
        "pinyin_gloss": (1.00, 1.00),
        "place_name": (1.00, 1.00),
        "spam_domain": (1.00, 1.00),
        "spam_phrase": (1.00, 1.00),
        "spam_title": (1.00, 1.00),
        "template_phrase": (1.00, 1.00),
    },
    "held_out9": {
        "pinyin_gloss": (1.00, 1.00),
        "place_name": (1.00, 1.00),
        "spam_domain": (1.00, 1.00),
        "spam_title": (1.00, 1.00),
        "template_phrase": (1.00, 1.00),
    },
    "held_out10": {
        "pinyin_gloss": (1.00, 1.00),
        "place_name": (0.85, 1.00),
        "spam_domain": (1.00, 1.00),
        "spam_phrase": (1.00, 0.80),
        "spam_title": (0.87, 0.87),
        "template_phrase": (1.00, 1.00),
    },
    "held_out11": {
        "pinyin_gloss": (1.00, 1.00),
        "place_name": (1.00, 1.00),
        "spam_domain": (1.00, 1.00),
        "spam_phrase": (1.00, 1.00),
        "spam_title": (1.00, 1.00),
        "template_phrase": (1.00, 1.00),
    },
    "held_out12": {
        "pinyin_gloss": (1.00, 1.00),
        "place_name": (1.00, 1.00),
        "spam_title": (1.00, 1.00),
        "template_phrase": (1.00, 1.00),
    },
    "held_out13": {
        "pinyin_gloss": (1.00, 1.00),
        "spam_domain": (1.00, 1.00),
        "spam_title": (1.00, 1.00),
    },
    "held_out14": {
        "pinyin_gloss": (1.00, 1.00),
        "spam_title": (1.00, 0.91),
    },
    "held_out15": {
        "pinyin_gloss": (1.00, 1.00),
        "spam_phrase": (1.00, 0.36),
        "spam_title": (1.00, 1.00),
        "template_phrase": (1.00, 1.00),
    },
    "held_out16": {
        "pinyin_gloss": (1.00, 1.00),
        "spam_domain": (1.00, 0.50),
        "spam_phrase": (0.60, 0.60),
        "spam_title": (1.00, 0.83),
    },
    "held_out17": {
        "pinyin_gloss": (1.00, 1.00),
        "place_name": (0.83, 0.71),
        "spam_phrase": (0.14, 0.14),
        "spam_title": (0.50, 0.33),
        "template_phrase": (0.77, 0.77),
    },
    "held_out18": {
        "pinyin_gloss": (1.00, 1.00),
        "spam_title": (1.00, 1.00),
    },
}


def part(name: str) -> list[dict]:
    return [case for case in CASES if case["part"] == name and case["group"] in ("mirror", "genuine")]


def test_genuine_pages_keep_every_character():
    # held_out4's real-g080 lost its own mailbox on ly.shandong.cn when the fourth batch was scored; the fix (a .cn
    # domain under a province's or city's pinyin is the place's own) was made after, so it is tuned on now; held_out6's
    # real-g115, a Macao gazette order, lost 百家樂 of 《百家樂法定規章》 (the game naming its rules is no brand);
    # round 8 kept held_out7's and held_out8's three (the game's revenue, the game in quotes, a news site's credit).
    # held_out10's real-g162 and real-g168 lost 时时彩 and 百家乐 named in quotes in police lists of games (fixed
    # after the blind scoring), held_out11's real-g179 网上百家乐 before the den it names and held_out12's real-g194
    # 金沙娱乐场 and the games of Macao's list, held_out13's real-g204 a 百家乐赌场, held_out14's real-g213 a KTV's
    # 娱乐城 (each fixed after blind scoring).
    genuine = [case for case in CASES if case["group"] == "genuine"]
    kept = genuine_kept(genuine)
    assert kept["case_precision"] >= 0.99 and kept["unchanged"] == len(genuine), kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("擬於《百家樂法定規章》規定以外增加投注項目", True),
        ("公开预算信息，百家乐真人视讯，共计45条。", False),
        # held_out10's police lists of games: real-g162 (“时时彩”), real-g168 ("百家乐" as the store writes it)
        ("“六合彩”“时时彩”等外围彩赌博或以农民群众为主要对象的网络赌博案件;", True),
        ('如果有人约你"打三公""八搭二""百家乐"……请拒绝并举报!', True),
        ("公开预算信息，时时彩计划网，共计45条。", False),
        # held_out11's real-g179: the den it is played in; held_out12's real-g194: Macao's list of the games allowed
        ("其後到長沙灣道一個單位搜查,搗破一個懷疑網上百家樂非法賭檔,在單位內檢獲約三十萬元水紙", True),
        ("三公百家樂、百家樂(細分:貴賓百家樂、百家樂、迷你百家樂)“鐵路”百家樂、萬家樂、廿一點、花旗骰", True),
        ("公开预算信息，百家乐、万家乐真人视讯，共计45条。", False),
        ("利用互联网,从境外将百家乐赌场现场信息接入渝中区一号桥华庭锦苑", True),  # held_out13's real-g204
        ("本报告可在百家乐赌场官网下载", False),
    ],
)
def test_a_game_named_by_its_rules_or_in_quotes_is_the_game_and_as_a_brand_is_spam(text, kept):
    assert (clean_text_spam(text, SpamContext())[0] == text) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("當中以金沙娛樂場規模最大,海島娛樂場規模最小", True),  # held_out12's real-g194: the casino
        ("本报告可在金沙娱乐官网下载", False),
    ],
)
def test_a_casino_named_as_the_venue_stays_and_its_name_as_a_site_goes(text, kept):
    assert (clean_text_spam(text, SpamContext())[0] == text) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # held_out14's real-g213: a city's check of KTVs and bars
        ("对场地安全进行了逐一检查。最先到达的迎江区金碧辉煌娱乐城,该酒吧包含演艺大厅和包厢。检查娱乐场所12家。", True),
        ("对场地安全进行了逐一检查。最先到达的澳门金沙娱乐城,该酒吧包含演艺大厅和包厢。检查娱乐场所12家。", False),
        ("最先到达的迎江区金碧辉煌娱乐城,该酒吧包含演艺大厅和包厢。", False),
    ],
)
def test_a_local_venue_named_by_its_street_in_a_check_of_venues_is_the_venue(text, kept):
    assert (clean_text_spam(text, SpamContext())[0] == text) is kept


@pytest.mark.parametrize(
    ("address", "kept"),
    [("lystyj@ly.shandong.cn", True), ("lyty.linyi.gov.cn", True), ("ly@996bkk.cn", False), ("www.linyi365.cn", False)],
)
def test_an_address_under_a_places_pinyin_is_its_own(address, kept):
    text = f"请与临沂市体育局办公室联系(电话:8726833;电子邮箱:{address})。"
    assert (address in clean_text_spam(text, SpamContext())[0]) is kept


@pytest.mark.parametrize(("part_name", "kind"), [(name, kind) for name, kinds in REACHED.items() for kind in kinds])
def test_real_precision_and_recall_hold_what_was_reached(part_name, kind):
    scores, errors = evaluate(part(part_name))
    precision, recall = REACHED[part_name][kind]
    score = scores[kind]
    assert score["precision"] >= precision and score["recall"] >= recall, (score, [e for e in errors if kind in e])


def by_id(case_id: str) -> dict:
    return next(case for case in CASES if case["id"] == case_id)


def test_a_string_found_for_fixed_words_is_put_back_wherever_it_stands_alone():
    # real-s001: the mirror writes one brand list for 关于 and the same list with a colon for 政务公开
    text, _hits = clean_text_spam(by_id("real-s001")["input"], SpamContext())
    assert "威廉希尔" not in text
    assert "坚决贯彻中央、省、市关于全面推进政务公开的决策部署" in text
    assert "细化政务公开工作任务" in text


def test_a_phrase_confirmed_in_a_place_slot_is_removed_wherever_else_it_stands():
    # real-s017: 中国体育彩票 before 市统计局 is no place; the same string before 印发 and 市2019年 goes too
    text, hits = clean_text_spam(by_id("real-s017")["input"], SpamContext())
    assert "彩票" not in text and [hit.kind for hit in hits] == ["place_name"] * 3


def test_government_addresses_of_macao_stand_in_their_own_slot():
    case = by_id("real-g027")
    assert clean_text_spam(case["input"], SpamContext()) == (case["input"], [])


def test_an_unlisted_brand_read_by_its_grammar_is_cut_whole_from_the_title_tail():
    # real-s075: 足彩 + app + a buyer's question, appended to the page title after _
    _text, hits = clean_text_spam(by_id("real-s075")["input"], SpamContext())
    assert ("足彩app哪个是正规的", "", "spam_title") in [(hit.found, hit.replaced_by, hit.kind) for hit in hits]


def test_a_number_glued_to_a_noun_and_an_access_tail_is_a_brand_where_the_place_belongs():
    # real-s082: 365 + 体育 + 备用网址, after 365体育直播 and a comma, standing before 自然资源和规划局
    text, hits = clean_text_spam(by_id("real-s082")["input"], SpamContext())
    assert "365" not in text and "省、市有关要求,自然资源和规划局编制了2021年政府信息公开年度报告" in text
    assert {(hit.found, hit.kind) for hit in hits} == {("365体育直播,365体育备用网址", "place_name")}


def test_an_untrusted_address_in_brackets_after_a_government_site_is_its_own_address_slot():
    # real-s091: 梅河口市人民政府網(www.996bkk.com): the mirror's host, brackets and all
    text, hits = clean_text_spam(by_id("real-s091")["input"], SpamContext())
    assert "996bkk" not in text and "可在梅河口市人民政府網政府信息公開專欄下載" in text
    assert [(hit.found, hit.kind) for hit in hits if hit.kind == "spam_domain"] == [("www.996bkk.com", "spam_domain")]


@pytest.mark.parametrize(
    ("case_id", "address"),
    [
        ("real-s153", "http://pub.beivbo.com/bmgkxx/tjj/"),
        ("real-s154", "www.jkq.beivbo.com"),
        ("real-s161", "http://www.sd-xs.com/jmglj/gkmlpt/index"),
        ("real-s162", "//www.someoldsite.com/snd/"),
        ("real-s163", "//www.magnetkurs.com"),
    ],
)
def test_the_mirrors_host_in_a_platforms_or_quoted_sites_address_is_removed_as_it_stands(case_id, address):
    # 信息公开平台(…), 政府门户网站“苏州高新区管委会(虎丘区人民政府)”(//…): the address slot of the body's own site
    text, hits = clean_text_spam(by_id(case_id)["input"], SpamContext())
    assert (address, "", "spam_domain") in [(hit.found, hit.replaced_by, hit.kind) for hit in hits]
    assert address.split("//")[-1] not in text


@pytest.mark.parametrize(
    "address", ["http://www.jiangmen.gov.cn/jmglj/gkmlpt/index", "//www.snd.gov.cn/snd/", "www.jian.jiangxi.cn"]
)
def test_a_government_address_in_a_platforms_slot_stays(address):
    text = f"2020年,本中心在政府信息公开平台({address})主动公开政府信息206条。"
    assert clean_text_spam(text, SpamContext()) == (text, [])


def test_a_phrase_before_the_bodys_disclosure_plan_report_or_portal_stands_for_the_place():
    # real-s155: 《关于印发2014年X政府信息公开工作要点的通知》: 政府信息公开 is the slot's own words, X the city;
    # real-s156: 编制形成了X:政府信息公开工作年度报告, 通过X:门户网站
    found = [(hit.found, hit.kind) for hit in clean_text_spam(by_id("real-s155")["input"], SpamContext())[1]]
    assert found == [("体育365网投_365bet365用址_365bet官网提现说维护", "place_name")]
    text, hits = clean_text_spam(by_id("real-s156")["input"], SpamContext())
    assert [(hit.found, hit.kind) for hit in hits][1:] == [("bet36体育在线:", "place_name")] * 2
    assert "编制形成了政府信息公开工作年度报告。" in text and "年报电子版可通过门户网站(www.jian.gov.cn" in text


def test_a_phrase_before_the_disclosure_works_leading_group_is_its_fixed_words_wherever_it_stands():
    # real-s157: X工作领导小组办公室(以下简称“市政府信息公开办”), and X工作是根据… opening the overview
    text, hits = clean_text_spam(by_id("real-s157")["input"], SpamContext())
    assert [(hit.found, hit.replaced_by, hit.kind) for hit in hits] == [
        ("365bet亚洲平台", "政府信息公开", "template_phrase")
    ] * 2
    assert "请与政府信息公开工作领导小组办公室" in text and "\n政府信息公开工作是根据省政府统一部署" in text


@pytest.mark.parametrize(
    ("case_id", "line"),
    [
        ("real-s164", "网信彩票返点 - 网信彩票APP"),
        ("real-s165", "本文关键词:广州,2016年,98开元官网,将,建成,100个,社区,小型,足球场"),
        ("real-s166", by_id("real-s166")["input"].strip().split("\n")[0]),
    ],
)
def test_keyword_and_keyword_tag_lines_are_taken_whole(case_id, line):
    text, hits = clean_text_spam(by_id(case_id)["input"], SpamContext())
    assert (line, "", "spam_title") in [(hit.found, hit.replaced_by, hit.kind) for hit in hits] and line not in text


def test_the_brand_a_keyword_lines_fragments_open_with_is_a_title_before_the_date():
    # real-s164: 网信彩票返点 - 网信彩票APP over 网信彩票计划2023-01-31 16:05; the crackdown's 赌博 stays
    text, hits = clean_text_spam(by_id("real-s164")["input"], SpamContext())
    assert ("网信彩票计划", "spam_title") in [(hit.found, hit.kind) for hit in hits]
    assert text.lstrip().startswith("2023-01-31 16:05") and "打击治理跨境赌博犯罪" in text
    other = "网信彩票返点 - 网信彩票APP\n网信办2023-01-31 16:05"  # a line not opening with the whole brand stays
    assert "\n网信办2023-01-31" in clean_text_spam(other, SpamContext())[0]


def test_a_keyword_tag_line_without_spam_and_a_credits_government_address_stay():
    text = "本文关键词:广州,2016年,将,建成,100个,社区,小型,足球场\n本文来源:广州市体育局-www.tyj.gz.gov.cn"
    assert clean_text_spam(text, SpamContext()) == (text, [])


def test_the_mirrors_host_in_a_copied_items_credit_goes_with_the_brand_as_its_address():
    # real-s165: 本文来源:98开元官网-www.napovietnam.com; the brand goes as a phrase and its host after the separator as
    # the spam site's address (本文来源 is no address slot of its own: a real outlet credited there stays, as a weibo
    # address does on a 微博平台)
    text, hits = clean_text_spam(by_id("real-s165")["input"], SpamContext())
    found = [(hit.found, hit.kind) for hit in hits]
    assert ("98开元官网", "spam_phrase") in found and ("www.napovietnam.com", "spam_domain") in found
    assert text.rstrip().endswith("本文来源:-")


@pytest.mark.parametrize("text", ["本文来源:澎湃新闻 www.thepaper.cn", "通过政务微博平台(www.weibo.com/xxgov)发布信息"])
def test_a_real_outlets_credit_and_a_weibo_platforms_address_stay(text):
    assert clean_text_spam(text, SpamContext()) == (text, [])


def test_a_lottery_tips_phrase_standing_for_the_government_is_a_place_name_wherever_it_stands():
    # real-s159: 香港 + 六宝典 + 资料 + 免费 in the title, the body's name and 《X公报》
    text, hits = clean_text_spam(by_id("real-s159")["input"], SpamContext())
    assert [(hit.found, hit.kind) for hit in hits] == [("香港六宝典资料免费", "place_name")] * 7
    assert "宝典" not in text and "通过《公报》、临沧市政府办文件" in text


def test_the_reports_count_after_a_brand_is_the_reports_own():
    # real-s079: …金沙城中心赌场_澳门金沙官网1条、部门文件等111条: the brand goes, the count stays; the list's first
    # piece runs back to 、 or a space, and a colon glued after it inside a line goes too
    text, hits = clean_text_spam(by_id("real-s079")["input"], SpamContext())
    assert "官网" not in text and "金沙" not in text and "民意征集1条、1条、部门文件等111条" in text
    assert "当前位置 >  > 张家港市教育局" in text and "未发生政府信息公开的行政复议" in text
    assert [hit.found for hit in hits].count("金沙城中心赌场_澳门金沙官网:") == 2


def test_a_brand_list_with_pieces_no_vocabulary_names_is_cut_whole_and_as_written_everywhere():
    # real-s107: 假的365不让提款怎么办_365bet最新技巧_365体育注册送365 stands for 北京 five times; after 《 its first
    # piece is bounded, after 关于 or 贷款 it is not, and the string found whole is the one cut there too
    case = by_id("real-s107")
    list_ = "假的365不让提款怎么办_365bet最新技巧_365体育注册送365"
    text, hits = clean_text_spam(case["input"], SpamContext())
    assert "365" not in text and "提款" not in text and "技巧" not in text
    assert "主动对《关于市2020年度市级预算执行" in text
    assert [(hit.found, hit.kind) for hit in hits] == [(list_, "place_name")] * 5


def test_a_brand_list_with_latin_pieces_is_a_spam_phrase_and_ends_where_its_separators_end():
    # real-s094: 365bet规则_…_beat365手机版客户端ios (bet, beat, ios are brands' words, no site's code); real-s098: a
    # piece after ¥ (中国足彩网¥在线直播)
    _text, hits = clean_text_spam(by_id("real-s094")["input"], SpamContext())
    assert [(hit.found, hit.kind) for hit in hits] == [
        ("365bet规则_365bet体育在线网站_beat365手机版客户端ios", "spam_phrase")
    ]
    text, hits = clean_text_spam(by_id("real-s098")["input"], SpamContext())
    assert "《民政部彩票公益金使用管理办法》《四川省民政厅福利彩票公益金使用管理办法》" in text
    assert {hit.found for hit in hits} == {"雷速体育_中国足彩网¥在线直播"}


def found(case_id: str) -> list[tuple[str, str]]:
    return [(hit.found, hit.kind) for hit in clean_text_spam(by_id(case_id)["input"], SpamContext())[1]]


def test_a_sports_betting_brand_glued_to_a_title_or_a_sentence_end_is_cut():
    # real-s117 / s118: 三亿 (a brand only glued to 体育, 手机, app, 下载) appended to a copied news title and to the
    # end of its sentence
    assert found("real-s117") == [("三亿体育手机app下载", "spam_title")]
    text, hits = clean_text_spam(by_id("real-s118")["input"], SpamContext())
    assert text.endswith("满足群众体育健身需求。") and [hit.kind for hit in hits] == ["spam_phrase"]


def test_a_gambling_apps_download_title_and_a_brand_ending_a_heading_are_titles():
    # real-s114: X(中国)官方网站-ios/安卓版/手机APP下载 over a copied news item, 芒果体育 glued to its title
    assert found("real-s114") == [
        ("金博·体育(中国)官方网站-ios/安卓版/手机APP下载", "spam_title"),
        ("芒果体育", "spam_title"),
    ]


def test_a_brand_after_an_addresss_province_is_its_place_and_at_a_clauses_end_a_phrase():
    # real-s119: 公司地址:江西省X; the same X glued before a comma in the copied text stands for no place
    assert found("real-s119") == [("澳门人威尼斯官网", "place_name"), ("澳门人威尼斯官网", "spam_phrase")]


def test_a_brand_in_the_breadcrumb_and_its_stem_elsewhere_are_the_sites_name():
    # real-s120: 位置: 澳门威尼斯人 > …; real-s124: B体育 (a Latin brand before 体育) of B体育官网 before 新闻中心;
    # real-s122: 半島 of 半島官網 in the breadcrumb, the gloss inside 半島官網(wǎng) recorded with it
    assert found("real-s120") == [("澳门威尼斯人", "spam_phrase")]
    assert sorted(found("real-s124")) == [("B体育", "spam_phrase"), ("B体育官网", "spam_phrase")]
    hits = found("real-s122")
    assert ("半島", "spam_phrase") in hits and ("半島官網(wǎng)", "spam_title") in hits
    assert ("網(wǎng)", "pinyin_gloss") not in hits


def test_a_porn_keyword_line_goes_whole():
    # real-s122: eight fragments joined by _, each a porn phrase (熟女, 视频, 播放, 少妇, …), one core (无码) among them
    line = by_id("real-s122")["input"].split("\n")[0]
    assert (line.strip(), "spam_title") in found("real-s122")


def test_a_phrase_before_guanyu_or_jiguan_is_a_bodys_name():
    # real-s115: X关于2015年体育彩票公益金使用情况的公告; real-s009: 澳门赌场机关 (risky words before 机关), and the
    # same string wherever else it stands as a phrase of its own
    assert found("real-s115") == [("365bet娱乐场官网注册", "spam_phrase")]
    assert found("real-s009") == [("澳门赌场", "spam_phrase")] * 4


def test_a_gambling_noun_with_a_place_as_a_line_of_its_own_is_a_title():
    # real-s007: 澳門賭場 over its page's title (the same words with 推薦 stand for 政府信息公开 below)
    assert ("澳門賭場", "spam_title") in found("real-s007")


def test_an_address_glued_inside_a_name_stands_for_the_place_and_six_digit_names_are_spam():
    # real-s111: 表彰www.77365.com体育系统, 本文来源于www.77365.com新闻网[www.6231117.com]
    text, hits = clean_text_spam(by_id("real-s111")["input"], SpamContext())
    assert "表彰体育系统贯彻落实" in text and "本文来源于新闻网[]" in text
    assert {(hit.found, hit.kind) for hit in hits} == {
        ("www.77365.com", "place_name"),
        ("www.6231117.com", "spam_domain"),
    }


def test_amounts_are_no_brands_number():
    # real-g094: 发行体育彩票694·65亿元 (a middle dot for the decimal point) is lottery sales, not a brand 体育彩票694
    case = by_id("real-g094")
    assert clean_text_spam(case["input"], SpamContext()) == (case["input"], [])


def test_a_casino_brand_with_the_mirrors_colon_stands_for_guanyu_and_bare_elsewhere_is_spam():
    # real-s129: 办公室X:印发 (the slot after the last 办公室 of 国务院办公厅…办公室), then X bare in a list of kinds
    text, _hits = clean_text_spam(by_id("real-s129")["input"], SpamContext())
    assert "国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知" in text
    assert "发布更新政策文件、等信息440余条" in text
    assert found("real-s129") == [("澳门金沙城中心:", "template_phrase"), ("澳门金沙城中心", "spam_phrase")]
    # real-s128: the notice every report since 2019 cites, 关于政府信息公开工作年度报告有关事项的通知
    text, _hits = clean_text_spam(by_id("real-s128")["input"], SpamContext())
    assert "政务公开办公室关于政府信息公开工作年度报告有关事项的通知" in text and "中省关于全面推进政务公开" in text


def test_a_brand_over_the_pages_breadcrumb_is_its_title_and_with_a_colon_before_a_deed_it_is_guanyu():
    # real-s130: the brand as the page's first line; 中、省、市X:推进…的具体要求
    text, _hits = clean_text_spam(by_id("real-s130")["input"], SpamContext())
    assert "以及中、省、市关于推进政府信息公开工作的具体要求" in text
    assert found("real-s130") == [("澳门金沙城中心", "spam_title"), ("澳门金沙城中心:", "template_phrase")]


@pytest.mark.parametrize(
    "sentence",
    [
        "澳门金沙城中心举行第三届美食节,吸引大批旅客。",
        "博彩监察协调局对澳门金沙城中心进行巡查:推进合规经营。\n来源:澳门日报 编辑:银河",
        "金沙县人民政府 | 首页",
        "本文由新华社转载报道。",
        "主动公开福利彩票公益金使用情况,详见中国福彩网。",
    ],
)
def test_a_casino_or_lottery_name_in_a_sentence_or_a_places_site_stays(sentence):
    assert clean_text_spam(sentence, SpamContext()) == (sentence, [])


def test_a_brand_list_with_a_bracketed_tail_is_cut_whole_where_the_place_belongs():
    # real-s125: brand_piece-【core】 before 水务局, and before the body's 电子政务外网
    text, _hits = clean_text_spam(by_id("real-s125")["input"], SpamContext())
    assert "金沙" not in text and "【" not in text and "2017年,水务局严格按照" in text
    assert found("real-s125") == [("澳门金沙城中心_欧洲杯足球网-【投注官网平台】", "place_name")] * 3


def test_a_long_porn_keyword_line_goes_whole_with_a_site_word_or_two_among_its_pieces():
    # real-s133: ten pieces joined by _, two of them (超碰在线人人干, 91l九色lporny) a site's own words
    line = by_id("real-s133")["input"].split("\n")[0]
    assert [hit for hit in found("real-s133") if hit[1] != "pinyin_gloss"] == [(line.strip(), "spam_title")]


def test_a_betting_sites_name_before_its_title_bar_as_source_and_editor_and_its_credit_line_go():
    # real-s145: U体育 | 最新更新; 来源:yabo 编辑:U体育; 本文由…转载报道: tags — the opinion's own 足球 words stay
    text, _hits = clean_text_spam(by_id("real-s145")["input"], SpamContext())
    assert found("real-s145") == [
        ("U体育", "spam_title"),
        ("yabo", "spam_phrase"),
        ("U体育", "spam_phrase"),
        ("本文由亚洲杯2019年02月27日转载报道: 延边解散 延边解散", "spam_title"),
    ]
    assert "《关于足球改革发展的实施意见》" in text and "校园足球发展" in text


def test_a_lottery_sites_name_over_the_breadcrumb_is_the_pages_title():
    # real-s126: 中国福彩网 as the first line over 首页/ 政务公开 / …
    assert found("real-s126") == [("中国福彩网", "spam_title")]


def test_words_scattered_into_a_copy_are_read_off_the_clean_copy_and_go_only_after_clause_marks():
    # real-s149: the summary over the body shows 发改, 委对, 若干 inserted after 、 and ,; the item's own 若干 (筛选若干
    # 示范城市) stays. The headline's other pieces (示范社, 新建, 补助 …) no clean copy shows: they stay too.
    text, hits = clean_text_spam(by_id("real-s149")["input"], SpamContext())
    assert {(hit.found, hit.kind) for hit in hits} == {
        ("发改", "spam_phrase"),
        ("委对", "spam_phrase"),
        ("若干", "spam_phrase"),
    }
    assert len(hits) == 6
    assert "近日,国家发展和改革委员会、国家体育总局、国务院足球改革发展部际联席会议办公室等部门" in text
    assert "在全国范围内筛选若干示范城市" in text and "相比存在差距。\n" in text


@pytest.mark.parametrize(
    "body",
    [
        # the body as the summary shows it
        "近日,国家发展和改革委员会、国家体育总局等部门共同制定并印发了实施方案,对若干示范城市新建社会足球场予以补助。",
        # an editor's longer insertion, and short words added inside sentences rather than after their marks
        "近日,经国务院同意,国家发展和改革委员会、国家体育总局等部门共同制定并印发了实施方案,对若干示范城市新建社会足球场予以补助。",
        "近日,国家发展和改革委员会、国家体育总局等有关部门共同研究制定并正式印发了实施方案,对若干示范城市新建社会足球场予以补助。",
    ],
)
def test_a_summary_and_its_body_that_differ_as_editors_write_keep_every_character(body):
    summary = (
        "近日,国家发展和改革委员会、国家体育总局等部门共同制定并印发了实施方案,对若干示范城市新建社会足球场予以补助。"
    )
    text = f"{summary}\n{body}\n近年来,若干城市足球场地设施存在短板。"
    assert clean_text_spam(text, SpamContext()) == (text, [])


# Round 7 reads what generalises to sites never seen: the slot proves the injection whatever the brand. The tests
# below put another brand into a real mirror's own slots (the string the mirror injected, replaced wherever it
# stands), so each rule is shown on a real page's text.


def with_brand(case_id: str, injected: str, brand: str) -> str:
    """A real mirror's text with the string it injected replaced by another brand, in every slot it took."""
    text = by_id(case_id)["input"]
    assert injected in text
    return text.replace(injected, brand)


def test_another_brand_in_the_regulations_slot_is_put_back():
    # real-s046 wrote bet36体育在线 for 中华人民共和国; 开云体育 is another site's brand
    text, hits = clean_text_spam(with_brand("real-s046", "bet36体育在线 ", "开云体育"), SpamContext())
    assert "《中华人民共和国政府信息公开条例》" in text
    assert ("开云体育", "中华人民共和国", "template_phrase") in [(h.found, h.replaced_by, h.kind) for h in hits]


@pytest.mark.parametrize(
    "text",
    [
        # real-s164's own crackdown news: what a report on a crackdown names
        "全年共侦办跨境赌博相关犯罪案件3.7万余起,打掉网络赌博平台2600余个、实体赌场1100余个。",
        "依法查处地下六合彩等私彩案件9起。",  # tests/spam/corpus.toml's ok-liuhecai
        "太阳城社区居委会完成换届选举。",  # corpus.toml's ok-taiyangcheng: 太阳城 is a place too
        "博彩监察协调局派员到永利娱乐场巡查。",  # Macao's casinos are 娱乐场 in law
        "执法人员对瑞宝棋牌室开展消防检查。",  # a card room's name
        "福彩中心开展双色球游戏宣传活动。",  # the welfare lottery's own game
    ],
)
def test_crackdown_wording_venues_and_everyday_words_stay(text):
    assert clean_text_spam(text, SpamContext()) == (text, [])


@pytest.mark.parametrize("brand", ["米乐体育", "金宝博体育"])
def test_a_casino_brand_glued_to_one_more_word_in_a_place_slot_is_no_place(brand):
    # real-s017 wrote 中国体育彩票 for the city (…市统计局, 《…印发…市2019年…》); a brand with one more morpheme
    # weighs too little to be spam in a sentence, but before 市统计局 only a place stands
    text, hits = clean_text_spam(with_brand("real-s017", "中国体育彩票", brand), SpamContext())
    assert brand not in text and [(hit.found, hit.kind) for hit in hits] == [(brand, "place_name")] * 3


@pytest.mark.parametrize("text", ["金沙县人民政府办公室关于印发…的通知", "加强体育彩票市场管理中心建设"])
def test_a_place_the_gazetteer_knows_and_a_lottery_body_stay_in_a_place_slot(text):
    assert clean_text_spam(text, SpamContext()) == (text, [])


def test_the_unknown_name_a_place_slots_risky_phrase_ends_in_goes_with_it():
    # the mirror writes one string throughout (《星辰彩票印发…, 现将星辰彩票市统计局): 星辰 goes with 彩票
    text, hits = clean_text_spam(with_brand("real-s017", "中国体育彩票", "星辰彩票"), SpamContext())
    assert "星辰" not in text and [(hit.found, hit.kind) for hit in hits] == [("星辰彩票", "place_name")] * 3


def test_a_sentences_own_words_before_a_place_slots_phrase_stay():
    text = "现公布中国体育彩票2023年政府信息公开工作年度报告。"
    cleaned, hits = clean_text_spam(text, SpamContext())
    assert cleaned == "现公布2023年政府信息公开工作年度报告。" and [hit.found for hit in hits] == ["中国体育彩票"]


def test_a_sites_latin_code_in_a_place_slot_is_no_place():
    text, hits = clean_text_spam(with_brand("real-s017", "中国体育彩票", "hg0088"), SpamContext())
    assert "hg0088" not in text and [(hit.found, hit.kind) for hit in hits] == [("hg0088", "place_name")] * 3


def test_a_string_in_the_slots_of_two_templates_of_the_same_words_is_put_back_without_vocabulary():
    # real-s128 and real-s129, two reports of one mirror site (cn-huaji.com) that writes 澳门金沙城中心: for 关于 in
    # the two notices every report cites; their opening sentences one after the other, the brand replaced by a string
    # no vocabulary names
    openings = [by_id(case_id)["input"].split("\n")[0] for case_id in ("real-s128", "real-s129")]
    text, hits = clean_text_spam("\n".join(openings).replace("澳门金沙城中心", "九州酷游"), SpamContext())
    assert "九州酷游" not in text
    assert "办公室关于政府信息公开工作年度报告有关事项的通知" in text and "办公室关于印发<中华人民共和国" in text
    assert {(hit.found, hit.replaced_by, hit.kind) for hit in hits} == {("九州酷游:", "关于", "template_phrase")}


def test_a_bodys_own_office_and_report_of_one_name_stay():
    # 人民政府X办公室 holds a body's own office as well: no evidence for X elsewhere
    text = "市人民政府应急办公室编制了2023年应急工作年度报告。"
    assert clean_text_spam(text, SpamContext()) == (text, [])


# Round 8: what the seventh and eighth batches' genuine pages lost, kept by the reason the words are no injection.


@pytest.mark.parametrize(
    ("case_id", "phrase"),
    [
        ("real-g130", "貴賓百家樂博彩毛收入"),  # the game before its revenue
        ("real-g143", "以扑克牌“百家乐”的形式"),  # the game named in quotes
        ("real-g145", "责编:中华彩票网"),  # a news site credited as its own item's editor
        ("real-s217", "電子郵箱:czfao@china.com.cn"),  # a mirror's body's own mailbox on the state news portal's mail
    ],
)
def test_a_game_named_as_a_game_a_sites_credit_and_a_public_mailbox_stay(case_id, phrase):
    text = by_id(case_id)["input"]
    assert phrase in text
    cleaned, _hits = clean_text_spam(text, SpamContext())
    assert phrase in cleaned


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("公开预算信息，百家乐真人视讯，共计45条。", "百家乐真人视讯"),
        ("根据百家乐官网要求，按时发布年度报告。", "百家乐官网"),
        ("来源:皇冠体育网\n", "皇冠体育"),  # a betting brand credited is no news site
    ],
)
def test_the_game_as_a_brand_and_a_brand_credited_still_go(text, found):
    cleaned, hits = clean_text_spam(text, SpamContext())
    assert found not in cleaned and [hit.found for hit in hits] == [found]


def test_a_string_in_the_slots_of_关于_before_印发_and_before_深化政务公开_is_put_back():
    # real-s178 wrote 欧洲五大联赛: (no spam word) for 关于 in 办公室X印发 and in 省政府X深化政务公开
    text, _hits = clean_text_spam(by_id("real-s178")["input"], SpamContext())
    assert "欧洲五大联赛:" not in text
    assert "政务公开办公室关于印发<中华人民共和国" in text and "国务院和省政府关于深化政务公开的各项决策部署" in text


def test_a_brand_with_a_colon_before_认真做好_stands_for_关于():
    # real-s188: 《雷速体育:认真做好2012年政府信息公开年度报告编制、公开工作的通知》
    text, hits = clean_text_spam(by_id("real-s188")["input"], SpamContext())
    assert "《关于认真做好2012年政府信息公开年度报告编制" in text
    assert ("雷速体育:", "关于", "template_phrase") in [(hit.found, hit.replaced_by, hit.kind) for hit in hits]


def test_a_betting_address_where_政府信息公开_belongs_is_put_back_and_the_platforms_address_then_goes():
    # real-s185: www.288-365.com for 政府信息公开 before 平台(www.ahzgzn.com), 领导小组办公室 and 规定》
    text, hits = clean_text_spam(by_id("real-s185")["input"], SpamContext())
    assert "288-365" not in text and "ahzgzn" not in text
    assert "政府信息公开平台下载" in text and "请与政府信息公开领导小组办公室联系" in text
    assert "《政府信息公开规定》" in text
    assert ("www.288-365.com", "政府信息公开", "template_phrase") in [(h.found, h.replaced_by, h.kind) for h in hits]


def test_a_string_before_印发_and_before_贯彻_a_document_in_the_offices_slot_is_put_back():
    # real-s223: 《湖南省人民政府办公厅买足球的软件贯彻<国务院办公厅买足球的软件印发2015年…>的实施意见》
    text, _hits = clean_text_spam(by_id("real-s223")["input"], SpamContext())
    assert "买足球的软件" not in text
    assert "《湖南省人民政府办公厅关于贯彻<国务院办公厅关于印发2015年政府信息公开工作要点>的实施意见》" in text


def test_a_latin_word_glued_to_365_before_a_sites_words_is_put_back_where_政务公开_belongs():
    # real-s221: 全面推进基层beat365手机版官方网站标准化规范化工作, and the same string in its other slots
    text, hits = clean_text_spam(by_id("real-s221")["input"], SpamContext())
    assert "beat365" not in text
    assert "全面推进基层政务公开标准化规范化工作" in text and "完善政务公开制度规范" in text
    assert {(hit.found, hit.replaced_by, hit.kind) for hit in hits} == {
        ("beat365手机版官方网站", "政务公开", "template_phrase")
    }


@pytest.mark.parametrize("text", ["采购Office365办公软件授权。", "全年365天在线服务。"])
def test_365_in_a_product_or_a_year_of_days_stays(text):
    assert clean_text_spam(text, SpamContext()) == (text, [])


@pytest.mark.parametrize(
    ("case_id", "address"),
    [
        ("real-s203", "www.248365365.com/"),  # 《www.248365365.com/办公室关于做好政务公开…的通知》
        ("real-s204", "www.688365.com"),  # 本年度报告由www.688365.com办公室根据…
    ],
)
def test_a_betting_address_before_办公室_stands_for_the_place(case_id, address):
    text, hits = clean_text_spam(by_id(case_id)["input"], SpamContext())
    assert address not in text and (address, "place_name") in [(hit.found, hit.kind) for hit in hits]


def test_a_risky_name_opening_a_documents_title_before_办公厅_is_the_place_slots():
    # real-s227: 《即时比分办公厅关于做好2019年度政府信息公开工作报告编制…》: only a government has a 办公厅
    text, hits = clean_text_spam(by_id("real-s227")["input"], SpamContext())
    assert "即时比分" not in text and ("即时比分", "place_name") in [(hit.found, hit.kind) for hit in hits]


@pytest.mark.parametrize(
    "text", ["《省体育彩票管理中心办公室关于印发…的通知》", "《广东省人民政府办公厅关于印发…的通知》"]
)
def test_a_bodys_office_and_a_governments_office_stay(text):
    assert clean_text_spam(text, SpamContext()) == (text, [])


@pytest.mark.parametrize(
    ("case_id", "title"),
    [
        ("real-s179", "99热精品在线国产_美女午夜性视频免费_国产精品国产高清国产av_av欧美777_"),
        ("real-s199", "AV男人的天堂在线观看国产,国内精品亚洲,青青青草国产费观看,真实国产乱子伦视频对白"),
    ],
)
def test_a_long_porn_keyword_title_with_no_core_goes_whole(case_id, title):
    text, hits = clean_text_spam(by_id(case_id)["input"], SpamContext())
    assert title not in text and any(hit.kind == "spam_title" and hit.found.startswith(title) for hit in hits)


@pytest.mark.parametrize("text", ["首页|视频|电影|美女\n", "新闻_视频_图片_专题\n", "视频-电影\n"])
def test_a_menu_of_few_or_plain_words_stays(text):
    assert clean_text_spam(text, SpamContext()) == (text, [])


@pytest.mark.parametrize("case_id", ["real-s225", "real-s226"])
def test_a_core_inside_the_quoted_site_name_takes_the_name_whole(case_id):
    # real-s225: 门户网站“bt365投彩”(http://…); real-s226: 可根据“bt365投彩”政府信息公开指南
    text, hits = clean_text_spam(by_id(case_id)["input"], SpamContext())
    assert "投彩" not in text and "“”政府信息公开指南" in text
    assert ("bt365投彩", "spam_phrase") in [(hit.found, hit.kind) for hit in hits]


def test_a_quoted_name_of_no_site_keeps_its_words():
    # a campaign's name in quotes, no site's: only the core goes
    assert clean_text_spam("开展“严厉打击网投”专项行动。", SpamContext())[0] == "开展“严厉打击”专项行动。"


def test_a_brand_list_glued_before_the_reports_title_stands_for_the_body_that_titles_it():
    # real-s202: X2016年政府信息公开工作年度报告 as the record's name and the title line, X政府办公室 as the publisher:
    # the list goes as the place everywhere and the title stays
    list_ = "beat365最新版2022_365bet网投官网_365bet官网中文网"
    text, hits = clean_text_spam(by_id("real-s202")["input"], SpamContext())
    assert [(hit.found, hit.kind) for hit in hits if hit.kind != "spam_domain"] == [(list_, "place_name")] * 6
    assert "\n2016年政府信息公开工作年度报告\n" in text and "发布机构: | 政府办公室 |" in text
    # written alone before a title, with no place slot on the page, the list is a title put before it
    assert clean_text_spam("365bet体育2024年政府信息公开工作年度报告", SpamContext())[1][0].kind == "spam_title"


def test_a_brand_joined_by_a_middle_dot_to_its_sites_title_is_cut_whole_and_opening_a_documents_title_is_the_place():
    # real-s196: 开云手机官网入口·(中国)官方网站 for the county, in 《X2022年…实施方案》 and where the county met
    text, hits = clean_text_spam(by_id("real-s196")["input"], SpamContext())
    assert [(hit.found, hit.kind) for hit in hits] == [("开云手机官网入口·(中国)官方网站", "place_name")] * 4
    assert "6月20日晚6时,召开第七次常务会议" in text and "《2022年全面推进乡村振兴重点工作的实施方案(讨论稿)》" in text


def test_an_address_joined_by_an_underscore_into_a_brand_list_is_cut_with_the_list():
    # real-s195: 体育在线365_be365备用网址_365bet.com最快线路检测中心 for the city in its plans' titles (X市…规划)
    list_ = "体育在线365_be365备用网址_365bet.com最快线路检测中心"
    text, hits = clean_text_spam(by_id("real-s195")["input"], SpamContext())
    assert [(hit.found, hit.kind) for hit in hits] == [(list_, "place_name")] * 4
    assert "审议了《市妇女发展规划(2021—2025)年》《市儿童发展规划(2021—2025年)》" in text
    # an address after _ at a list's end, glued to nothing, is removed on its own
    assert clean_text_spam("电子版见官网_www.hg0088.com。", SpamContext())[1][0].kind == "spam_domain"


@pytest.mark.parametrize(
    ("case_id", "address"),
    [
        ("real-s209", "http://www.jurongbm.com/"),  # 本年度报告在BT365-Online(…)全文公开: after a spam site's name
        ("real-s215", "http://www.0086nb.com/minzu/"),  # 良庆政务信息网(…): the body's own site
        ("real-s184", "www.390194.live"),  # six digits and more on a generic ending
    ],
)
def test_the_mirrors_host_after_a_spam_sites_name_a_bodys_information_site_or_as_a_number_is_removed(case_id, address):
    text, hits = clean_text_spam(by_id(case_id)["input"], SpamContext())
    assert (address, "", "spam_domain") in [(hit.found, hit.replaced_by, hit.kind) for hit in hits]
    assert address.split("//")[-1] not in text


def test_in_a_mailbox_only_the_mirrors_host_goes_when_the_page_gives_it_for_the_portals_site_too():
    # real-s188: www.gnylighting.com for the city's portal, fzsjxxzx@gnylighting.com for the bureau's mailbox
    text, hits = clean_text_spam(by_id("real-s188")["input"], SpamContext())
    assert [hit.found for hit in hits if hit.kind == "spam_domain"] == ["www.gnylighting.com", "gnylighting.com"]
    assert "电子邮箱:fzsjxxzx@)" in text
    # a spam site's own mailbox, its host given nowhere else, goes whole
    assert clean_text_spam("电子邮箱:jzxx@beivbo.com", SpamContext())[1][0].found == "jzxx@beivbo.com"


@pytest.mark.parametrize(
    ("case_id", "kept", "spans"),
    [
        # real-s180: a sports-betting name among the portal's menu lines, the menu's 手机WAP over it (one of the
        # menu's entries, no title, as it is labelled: test_a_brand_standing_for_one_of_a_menus_entries_is_no_title)
        ("real-s180", ["手机WAP\n"], {("188体育365官网", "spam_phrase")}),
        # real-s193: a brand glued before a copied item's title and its first sentence's date, under /News
        (
            "real-s193",
            ["新闻中心 /News\n", "\n5月17日,由國家體育總局"],
            {("BOB半岛", "spam_title"), ("BOB半岛", "spam_phrase")},
        ),
    ],
)
def test_a_phrase_opening_a_line_ends_there_and_leaves_a_date_after_it(case_id, kept, spans):
    text, hits = clean_text_spam(by_id(case_id)["input"], SpamContext())
    assert all(words in text for words in kept) and {(hit.found, hit.kind) for hit in hits} == spans


def test_a_lottery_account_brand_goes_with_the_number_its_name_opens_with_but_a_titles_year_stays():
    # real-s191: 9号彩票开户 over a copied article; real-s051: 2021年英国威廉希尔公司市政府…: the title's year stays
    assert ("9号彩票开户", "spam_title") in found("real-s191")
    assert ("英国威廉希尔公司", "place_name") in found("real-s051")


def test_a_porn_sites_tagline_standing_for_the_city_is_removed_as_the_place_wherever_it_stands():
    # real-s210: 可在在线av不断更新政府网站(www.tkyhn.com)下载, 请与在线av不断更新秘书处联系
    text, hits = clean_text_spam(by_id("real-s210")["input"], SpamContext())
    phrases = [(hit.found, hit.kind) for hit in hits if hit.kind != "spam_domain"]
    assert phrases == [("在线av不断更新", "place_name")] * 2
    assert "本报告的电子版可在政府网站下载" in text and "请与秘书处联系" in text


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("8455新葡萄娱乐场特色在哪下载安装?8455新葡萄娱乐场特色好用吗?", False),  # real-s200, after a copied item
        ("体育彩票在哪里购买?体育彩票中奖怎么兑奖?", True),  # a lottery agency's questions: no site's number
    ],
)
def test_a_line_of_questions_about_one_numbered_gambling_app_is_its_sites_title(line, kept):
    text = f"均可根据实际情况自行确定。\n{line}\n作者: 魏珊阅 2024年11月07日 00:20"
    assert (clean_text_spam(text, SpamContext())[0] == text) is kept
    assert kept or (line, "spam_title") in found("real-s200")


def test_the_reports_own_download_after_a_site_it_names_stays():
    # real-s209: 本年度报告在BT365-Online(…)全文公开,电子版可在BT365-Online下载
    text, hits = clean_text_spam(by_id("real-s209")["input"], SpamContext())
    assert [hit.found for hit in hits if hit.kind == "spam_phrase"] == ["BT365-Online"] * 2
    assert "全文公开,电子版可在下载。" in text


@pytest.mark.parametrize("brand", ["开云手机官网入口·", "金博·体育", "ob体育·"])
def test_a_sites_chinese_official_title_is_spam_after_any_brand(brand):
    # the title real-s196 (开云手机官网入口·) and real-s114's app page (金博·体育) give their brand, one no list names
    # too: (中国)官方网站 is a betting site's title, never a body's
    text = f"6月20日晚6时,{brand}(中国)官方网站召开第七次常务会议。"
    assert clean_text_spam(text, SpamContext())[0] == "6月20日晚6时,召开第七次常务会议。"


@pytest.mark.parametrize("site", ["BT365-Online", "米乐体育官网入口"])
def test_an_address_in_brackets_after_a_brand_read_by_its_grammar_is_the_brands(site):
    # real-s209's sentence, with its core brand and with one read by its grammar
    text = f"本年度报告在{site}(http://www.jurongbm.com/)全文公开。"
    assert clean_text_spam(text, SpamContext())[0] == "本年度报告在全文公开。"


@pytest.mark.parametrize(
    "brand",
    [
        "江南体育app下载入口",
        "yy易游体育app下载",
        "鸭脖娱乐app官网入口",
        "KOK体育全站app",
        "manbext网页版登录",
        "必威betway官网入口",
    ],
)
def test_a_sports_word_with_two_access_words_where_the_place_stands_is_a_betting_sites_name_whatever_its_brand(brand):
    # real-s202's contact sentence and publisher, with brands no list names: the tails (app下载, 官网入口) are enough,
    # after a sports word or a Latin name; a brand's Chinese name glued before its Latin one (必威betway) goes with it
    text = f"如对本年度报告有疑问,请与{brand}人民政府办公室联系(电话:2025878)。\n发布机构: | {brand}政府办公室 |"
    cleaned, hits = clean_text_spam(text, SpamContext())
    assert [(hit.found, hit.kind) for hit in hits] == [(brand, "place_name")] * 2
    assert "请与人民政府办公室联系" in cleaned and "发布机构: | 政府办公室 |" in cleaned


@pytest.mark.parametrize("text", ["请登录体育官网人民政府网站查询。", "可在体育局官网下载人民政府办公室的通知。"])
def test_one_access_word_after_a_sports_word_or_a_bodys_name_is_no_betting_sites_name(text):
    assert clean_text_spam(text, SpamContext()) == (text, [])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("本文来源:江南体育app官方下载\n", False),  # real-s165's credit line, with a brand no list names
        ("主办单位:江南体育app下载入口\n", False),
        ("本文来源:国家体育总局\n", True),
        ("作者:体育app编辑部\n", True),  # one access word: an app's own editors
    ],
)
def test_a_betting_sites_name_by_its_access_tail_as_the_credited_or_running_body_is_removed(text, kept):
    assert (clean_text_spam(text, SpamContext())[0] == text) is kept


def test_the_words_opening_a_line_before_a_spam_sites_address_are_its_name():
    # real-s184: 吉华股票 www.390194.live put before the report's first sentence; a label there (网址) stays
    text, hits = clean_text_spam(by_id("real-s184")["input"], SpamContext())
    assert ("吉华股票", "spam_phrase") in [(hit.found, hit.kind) for hit in hits] and "\n 本年報是根據" in text
    assert clean_text_spam("本站\n网址 www.390194.live", SpamContext())[0] == "本站\n网址 "


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # real-s196's brand and tails as a keyword line, and one of a brand no list names
        ("开云手机官网入口_开云体育app下载_开云平台", False),
        ("江南体育app下载_江南体育官网入口_江南体育平台", False),
        ("APP下载 | 网上办事大厅 | 在线咨询 | 平台登录", True),  # a portal's menu: fragments of other words
        ("体育彩票官网 | 福利彩票官网", True),  # two lotteries' sites: too few fragments
    ],
)
def test_a_line_of_fragments_each_naming_a_sites_access_is_a_betting_sites_title(line, kept):
    text = f"{line}\n县政府召开第七次常务会议"
    assert (clean_text_spam(text, SpamContext())[0] == text) is kept


@pytest.mark.parametrize("case_id", ["real-s240", "real-s243"])
def test_the_state_development_gateways_own_address_in_a_reposted_reports_byline_stays(case_id):
    # held_out9: 中国发展门户网 www.chinagate.cn reposts provinces' reports (China Internet Information Center's)
    assert "www.chinagate.cn" in clean_text_spam(by_id(case_id)["input"], SpamContext())[0]


def test_a_government_sites_name_before_the_mirrors_host_stays_in_traditional_characters_too():
    # held_out9's real-s241: 中央政府門戶網站 gymcjnpx.com in the byline; only the host goes
    text, hits = clean_text_spam(by_id("real-s241")["input"], SpamContext())
    assert "中央政府門戶網站 " in text and ("gymcjnpx.com", "spam_domain") in [(hit.found, hit.kind) for hit in hits]


@pytest.mark.parametrize(
    ("case_id", "brand", "count"),
    [
        ("real-s230", "365-体育在线", 1),
        ("real-s231", "必赢体育", 2),
        ("real-s232", "必赢体育", 4),
        ("real-s249", "365-体育在线", 1),
    ],
)
def test_a_name_ending_in_a_sports_word_before_a_government_or_its_office_is_no_place(case_id, brand, count):
    # held_out9's 辽宁 mirrors: 《X办公厅关于…》, 《X人民政府办公厅…》, 《X交通厅…》; no place's name ends in 体育
    text, hits = clean_text_spam(by_id(case_id)["input"], SpamContext())
    assert brand not in text and [(hit.found, hit.kind) for hit in hits] == [(brand, "place_name")] * count


def test_a_brand_put_for_a_documents_issuer_before_its_governments_number_is_the_place():
    # held_out9's real-s254: 《乐赢彩票登入关于做好…的通知》(辽政办明电〔2019〕3号), the issuer a name of no body
    text, hits = clean_text_spam(by_id("real-s254")["input"], SpamContext())
    assert [(hit.found, hit.kind) for hit in hits] == [("乐赢彩票登入", "place_name")] * 2
    assert "和《关于做好2018年度政府信息公开工作报告" in text


def test_a_string_confirmed_as_the_place_stays_the_place_where_a_party_committee_would_stand():
    # held_out9's real-s252: 365体育投注 is the issuer before 辽政办发 twice, and so the place in 按照X、省政府和…
    hits = clean_text_spam(by_id("real-s252")["input"], SpamContext())[1]
    assert [(hit.found, hit.replaced_by, hit.kind) for hit in hits] == [("365体育投注", "", "place_name")] * 3


def test_a_brand_in_the_slot_of_the_news_conference_heading_is_put_back_to_news():
    # held_out9's real-s240: (三)X发布和政务访谈情况 and 公布X发布会25次
    text, hits = clean_text_spam(by_id("real-s240")["input"], SpamContext())
    assert "(三)新闻发布和政务访谈情况" in text and "公布新闻发布会25次" in text
    assert {(hit.replaced_by, hit.kind) for hit in hits} == {("新闻", "template_phrase")}


def test_one_string_written_twice_before_a_documents_deed_is_its_issuer_then_about():
    # held_out9's real-s247: 《im体育平台im体育平台印发2018年…的通知》 for 《辽宁省人民政府办公厅关于印发…》
    text, hits = clean_text_spam(by_id("real-s247")["input"], SpamContext())
    assert [(hit.replaced_by, hit.kind) for hit in hits] == [("", "place_name"), ("关于", "template_phrase")]
    assert "认真贯彻落实《关于印发2018年政务公开重点工作安排的通知》" in text


def test_a_backup_tail_ends_a_brand_and_its_colon_marks_the_place_at_a_clauses_end_too():
    # held_out10's real-s275: 365体育备用: for the provincial government (来源: X办公厅, 汇总 X,以及各州, 请与 X办公厅)
    case = by_id("real-s275")
    hits = clean_text_spam(case["input"], SpamContext())[1]
    expected = [(entry["found"], entry["replaced_by"], entry["kind"]) for entry in case["expect"]]
    assert sorted((hit.found, hit.replaced_by, hit.kind) for hit in hits) == sorted(expected)


def test_a_brand_for_the_city_ends_before_the_lottery_fund_it_names():
    # held_out10's real-s265: 2021年尊龙凯时体育彩票公益金分配 after 尊龙凯时市 twice; the fund stays
    text, hits = clean_text_spam(by_id("real-s265")["input"], SpamContext())
    assert [(hit.found, hit.kind) for hit in hits] == [("尊龙凯时", "place_name")] * 3
    assert "2021年体育彩票公益金分配和使用" in text


def test_a_lowercase_code_ending_in_365_glued_to_a_bodys_words_is_a_betting_sites_name():
    # held_out10's real-s268: 2017年asia28365信息公开工作报告, 《asia28365信息公开保密审查办法》,
    # 《asia28365政务微博管理办法》; real-s259's 请联系:f28365办公室
    text, hits = clean_text_spam(by_id("real-s268")["input"], SpamContext())
    assert "asia28365" not in text and ("asia28365", "spam_phrase") in [(hit.found, hit.kind) for hit in hits]
    assert "f28365" not in clean_text_spam(by_id("real-s259")["input"], SpamContext())[0]


@pytest.mark.parametrize(
    ("case_id", "address"),
    [
        ("real-s248", "http://www.qskui1658.cn/zfxxgk/auto10489_51767/zfwj_59297/zfwj_59339/"),  # …公開大廳(X)下載
        ("real-s257", "www.mte-d.com"),  # 可在??谑腥嗣裾W(wǎng)站(X)下載: the site's name mangled
        ("real-s260", "http://www.yqjnjc.com"),  # 西宁机关事务管理局:X in the byline
    ],
)
def test_the_mirrors_host_where_the_report_says_it_is_had_or_after_its_bodys_name_in_the_byline_is_removed(
    case_id, address
):
    hits = clean_text_spam(by_id(case_id)["input"], SpamContext())[1]
    assert (address, "", "spam_domain") in [(hit.found, hit.replaced_by, hit.kind) for hit in hits]


def test_foreign_words_with_the_mirrors_colon_after_the_levels_whose_decisions_are_meant_are_about():
    # held_out10's real-s274: 中省市澳门特区赌场_澳门金沙游戏¥中心大厅:推进政府信息公开工作的具体要求
    text = clean_text_spam(by_id("real-s274")["input"], SpamContext())[0]
    assert "以及中省市关于推进政府信息公开工作的具体要求" in text


def test_a_gambling_sites_welcome_banner_goes_and_its_name_with_it_wherever_it_stands():
    # held_out10's real-s273: a lottery-plan site's banner over a news item on 彩票公益金, its name as the item's author
    text, hits = clean_text_spam(by_id("real-s273")["input"], SpamContext())
    assert [hit.kind for hit in hits] == ["spam_title", "spam_phrase"] and "计划网" not in text
    assert text.startswith("\n\n文山州2018年彩票公益金资助406个项目") and "福利彩票销量4.04亿元" in text


def test_a_casino_named_in_a_news_items_list_of_venues_is_the_venue():
    # held_out10's real-s280: 將先后有新葡京(澳博)、皇冠(新濠博亞)及“金光大道”威尼斯人等大型娛樂場落成
    hits = clean_text_spam(by_id("real-s280")["input"], SpamContext())[1]
    assert [hit for hit in hits if hit.kind != "pinyin_gloss"] == []
    assert "新葡京" not in clean_text_spam("公开预算信息,新葡京,共计45条。", SpamContext())[0]


@pytest.mark.parametrize(
    "text",
    [
        # sports and lottery bodies issuing documents (a name ending in 体育 before a government; an issuer before 关于)
        "根据《国家体育总局办公厅关于做好2018年政务公开工作的通知》要求",
        "由省体育局办公室负责,市体育彩票管理中心配合。",
        "贯彻《市体育彩票管理中心关于加强销售管理的通知》(体彩〔2018〕3号)",
        "《中国福利彩票发行管理中心关于开展2018年工作的通知》",
        "在市体育馆大厅举办展览,参观体育展厅。",  # a 厅 that is a hall, no department
        "根据《WHO关于新冠疫苗的声明》要求",  # a body cited by its Latin letters as the issuer
        # 备用 of a body's own (a brand's tail)
        "设置体育备用场地和应急备用电源。",
        "市体育局备用金管理办法",
        # a standard's code or a hotline ending in 365 (a betting site's code)
        "执行GB/T28365标准。",
        "按GB28365规定执行,全年365天开放。",
        "热线12365受理投诉。",
        "采购office365办公软件,登录zj12365平台投诉。",
        # a body's own trusted address in the download slot and the byline
        "本报告的电子版可在海淀区政府信息公开大厅(http://www.bjhd.gov.cn/zfxxgk/)下载。",
        "西宁市机关事务管理局:http://jgswj.xining.gov.cn    来源:",
        "可在国家标准全文公开系统(openstd.samr.gov.cn)下载标准文本。",
        # the levels' own words before a colon and a deed (中省市X:推进)
        "按照省市要求:推进政务公开工作。",
        "中省市各部门:做好2019年政府信息公开工作。",
        # a welcome line of a trusted site, or of no gambling (a gambling site's banner)
        "欢迎您访问文山州人民政府网(www.ynws.gov.cn)!\n福利彩票开奖公告",
        "欢迎访问云南律师网(www.ynlawyer.com),本站提供法律咨询。",
    ],
)
def test_the_words_round_10s_slots_and_shapes_read_stay_where_a_body_writes_them(text):
    assert clean_text_spam(text, SpamContext()) == (text, [])


def hits_of(case_id: str) -> tuple[str, list[tuple[str, str, str]]]:
    text, hits = clean_text_spam(by_id(case_id)["input"], SpamContext())
    return text, [(hit.found, hit.replaced_by, hit.kind) for hit in hits]


def test_a_brand_for_the_name_of_the_guiding_thought_is_put_back_there_and_only_there():
    # real-s306: 以365体育官网新时代中国特色社会主义思想为指导; real-s089: the same string for 习近平 before 法治思想
    # too, and for an ordinary word (省市X政府信息公开), where no name is put back
    text, hits = hits_of("real-s306")
    assert "以习近平新时代中国特色社会主义思想为指导" in text and hits == [("365体育官网", "习近平", "template_phrase")]
    text, _hits = hits_of("real-s089")
    assert "深入学习贯彻习近平法治思想" in text and "省市政府信息公开工作有关指示精神" in text


@pytest.mark.parametrize(
    ("case_id", "title"),
    [
        ("real-s292", "成人不卡在线,日日夜夜网站,国产精品天天看,日韩理论在线播放"),  # phrases, one of four plain
        ("real-s307", "糖心vlog高颜值排行榜|国产精品自产自拍在|91制片厂bb|"),  # the site named again (91制片厂)
        ("real-s295", "钱柜登陆,钱柜入口"),  # one name, access words only
        ("real-s299", "pk10计划免费软件怎么下载"),  # the lottery's plan and software
    ],
)
def test_a_keyword_line_opening_the_page_goes_whole(case_id, title):
    text, hits = hits_of(case_id)
    assert title not in text
    assert next(found for found, _replaced_by, kind in hits if kind == "spam_title").startswith(title)


def test_a_content_farms_tags_on_the_title_and_its_repeated_line_go():
    # real-s293: …取得實效 世界熱門 over the item, …取得實效,主流 as its summary line
    text, hits = hits_of("real-s293")
    assert [hit for hit in hits if hit[2] == "spam_title"] == [
        (" 世界熱門", "", "spam_title"),
        (",主流", "", "spam_title"),
    ]
    assert "我省公安機關“清風2023”專項行動取得實效\n發布時間" in text


def test_a_brand_list_in_a_place_slot_runs_to_the_government_it_names():
    # real-s302: …_365提款一直在处理中|人民政府办公室, four times, 《…人民政府公报》 among them
    text, hits = hits_of("real-s302")
    assert hits == [("365官方入口-app下载_mobile365-777_365提款一直在处理中", "", "place_name")] * 4
    assert "由人民政府办公室编制" in text and "《人民政府公报》" in text
    # real-s284: the level word before 人民政府 is the slot's own (…365bet网站|区人民政府)
    _text, hits = hits_of("real-s284")
    assert ("365bet手机客户端_beat365体育亚洲版_365bet网站", "", "place_name") in hits


def test_a_casino_brand_opening_the_titles_a_report_follows_is_removed_and_before_its_office_is_the_place():
    # real-s288: 《澳门金沙集团实施》, (以下简称《澳门金沙集团》), 由澳门金沙集团政务公开办公室; and the mirror's
    # host in the reports column's address (政府信息公开年报专栏(http://hys.aise520.com))
    text, hits = hits_of("real-s288")
    assert "金沙" not in text and "aise520" not in text
    assert [kind for found, _replaced_by, kind in hits if found == "澳门金沙集团"].count("place_name") == 1
    assert ("http://hys.aise520.com", "", "spam_domain") in hits


def test_a_lottery_sites_name_opening_the_gazettes_title_is_the_place_wherever_it_stands():
    # real-s300: 《腾讯分分官网开奖公报》 (a site's access word and a draw word after the name), and before 新闻发布会
    text, hits = hits_of("real-s300")
    assert hits == [("腾讯分分官网开奖", "", "place_name")] * 2 and "《公报》予以公开" in text


def test_a_brands_seal_and_colon_stand_for_about():
    # real-s291: 中办国办《188博金宝体育_188博金宝app-【官方认证】@:全面推进政务公开工作的意见》
    text, hits = hits_of("real-s291")
    assert hits == [("188博金宝体育_188博金宝app-【官方认证】@:", "关于", "template_phrase")] * 2
    assert "中办国办《关于全面推进政务公开工作的意见》" in text


@pytest.mark.parametrize(
    "text",
    [
        # a portal's own access and a menu of plain words opening the page (one name with access words)
        "政务服务网入口,政务服务网登录\n正文",
        "用户登录,用户注册\n正文",
        "首页|视频|电影|美女\n",
        # a report's title written again below with a word of its own, and once with none
        "关于做好2024年政府信息公开工作的通知 附件\n正文\n关于做好2024年政府信息公开工作的通知\n",
        # a document on Macao's gaming law (a gambling noun after the place, no casino brand)
        "《澳门博彩业法律制度》",
        # a place before 人民政府 after a list (the gazetteer knows it)
        "365bet_365体育平顶山市人民政府办公室",
    ],
)
def test_the_words_round_11s_lines_and_slots_read_stay_where_a_body_writes_them(text):
    kept = clean_text_spam(text, SpamContext())
    assert "平顶山市人民政府" in kept[0] if "平顶山" in text else kept == (text, [])


@pytest.mark.parametrize(
    "case_id",
    [
        "real-s311",  # 主站蜘蛛池模板: a| b| …, 28 fragments, longer than a title line
        "real-s322",  # the same after the template's JSON on its line, at the page's foot
        "real-s315",  # 13 fragments joined by _ and ,
        "real-s317",  # a drama's title with a colon, an app's download among them
        "real-s319",  # 国产午夜精品理论片a级大结局 among them: a drama's 结局, no body's 局
        "real-s323",  # joined by /
        "real-s324",  # 男人的天堂av一二三区 among them
    ],
)
def test_a_long_keyword_list_goes_whole_with_its_label_not_in_pieces(case_id):
    case = by_id(case_id)
    text, hits = clean_text_spam(case["input"], SpamContext())
    titles = [entry["found"] for entry in case["expect"] if entry["kind"] == "spam_title"]
    assert [hit for hit in hits if hit.kind != "pinyin_gloss"] == [SpamHit(title, "", "spam_title") for title in titles]
    assert all(title not in text for title in titles)


@pytest.mark.parametrize(
    "text",
    [
        # a statistics page's labelled line and its menu of periods, a table row of 视频 words joined by bars
        "统计周期: 年度 | 季度\n",
        "数据来源:统计局 | 网络视听 | 电影放映 | 视频节目 | 广播电视\n",
        # a breadcrumb joined by slashes, and an address's
        "首页/政务公开/统计信息/统计数据\n",
        "http://www.example.gov.cn/xxgk/av/2023/xxx/video/t1.html\n",
    ],
)
def test_the_words_round_12s_lines_read_stay_where_a_body_writes_them(text):
    assert clean_text_spam(text, SpamContext()) == (text, [])


def test_a_lottery_query_opening_the_page_over_its_breadcrumb_goes():
    # real-s312: 河南快赢481遗漏查询 over 當前位置 > 首頁 > 統計工作
    text, hits = hits_of("real-s312")
    assert hits == [("河南快赢481遗漏查询", "", "spam_title")] and text.lstrip().startswith("當前位置")
    kept = "福彩3D开奖公告\n当前位置 > 首页 > 开奖信息\n"
    assert clean_text_spam(kept, SpamContext()) == (kept, [])


def test_a_sellers_pitch_in_a_title_goes_with_its_keyword_up_to_the_words_the_page_writes_again():
    # real-s310: …“十四五”期间 | 打水软件的最新消息欢迎进入网站了解,…解答! | 首批全国足球发展重点城市的通知
    text, hits = hits_of("real-s310")
    assert hits == [("打水软件的最新消息欢迎进入网站了解,网站有专业的客服人员进行详细的解答!", "", "spam_title")]
    assert "关于公布“十四五”期间\n首批全国足球发展重点城市的通知" in text


def test_the_mirrors_host_opening_a_dateline_before_the_date_and_source_is_removed():
    # real-s321: http://www.kblhh.cn 2025-08-11 11:34 來源:國家統計局
    text, hits = hits_of("real-s321")
    assert ("http://www.kblhh.cn", "", "spam_domain") in hits and "kblhh" not in text
    own = "      http://www.stats.gov.cn 2025-08-11 11:34 来源:国家统计局\n"
    assert clean_text_spam(own, SpamContext()) == (own, [])


def test_a_brand_where_the_visited_place_or_the_places_service_account_stands_is_the_place():
    # real-s178: 视察欧洲五大联赛重要讲话精神 (视察江西); real-s025: “英国威廉希尔公司政务服务”公众号
    _text, hits = hits_of("real-s178")
    assert ("欧洲五大联赛", "", "place_name") in hits
    _text, hits = hits_of("real-s025")
    assert ("英国威廉希尔公司", "", "place_name") in hits
    kept = "深入贯彻落实习近平总书记视察江西重要讲话精神,“江西政务服务”公众号全年发布信息223条。"
    assert clean_text_spam(kept, SpamContext()) == (kept, [])


def test_a_lottery_name_opening_the_page_over_a_reports_title_goes():
    # real-s272: 彩天下 over 六盘水市人民政府(市人民政府办公室)2020年政府信息公开工作年度报告
    text, hits = hits_of("real-s272")
    assert ("彩天下", "", "spam_title") in hits and text.lstrip().startswith("六盘水市人民政府")
    # a lottery centre's own site over its report, and a government's name over its own
    for kept in (
        "中国体育彩票\n\n贵州省体育彩票管理中心2020年政府信息公开工作年度报告\n",
        "六盘水市人民政府\n\n六盘水市人民政府2020年政府信息公开工作年度报告\n",
    ):
        assert clean_text_spam(kept, SpamContext()) == (kept, [])


@pytest.mark.parametrize("case_id", ["real-s182", "real-s183"])
def test_a_sports_sites_name_where_the_report_names_its_compiler_contact_or_subject_goes(case_id):
    # 由第一足球网结合有关统计数据编制, 请与第一足球网政务公开科联系, 2022年,第一足球网坚持以…
    text, hits = hits_of(case_id)
    assert hits == [("第一足球网", "", "spam_phrase")] * 2 and "足球网" not in text
    kept = "本报告由南昌市体育局结合有关统计数据编制。全年通过南昌体育网发布信息1200条,请与市体育局办公室联系。"
    assert clean_text_spam(kept, SpamContext()) == (kept, [])


def test_a_brand_standing_for_one_of_a_menus_entries_is_no_title():
    # real-s180: …微信公众号 | 媒体矩阵 | 手机WAP | 188体育365官网 | 英文版 | 政务邮箱… above the report's title
    text, hits = hits_of("real-s180")
    assert hits == [("188体育365官网", "", "spam_phrase")] and "188" not in text and "英文版" in text
    # a brand line between blank lines over the title stays a title
    _text, hits = clean_text_spam("188体育365官网\n\n2020年南昌市政府信息公开工作年度报告\n", SpamContext())
    assert [hit.kind for hit in hits] == ["spam_title"]


def test_a_betting_apps_store_listing_opening_the_page_goes():
    # real-s256: 新甫京娱乐娱城-正版App Store over the record's weather line
    text, hits = hits_of("real-s256")
    assert ("新甫京娱乐娱城-正版App Store", "", "spam_title") in hits and "App Store" not in text
    # a government's own app in the store stays
    kept = "i海口-正版App Store\n\n温度:20-28℃\n"
    assert clean_text_spam(kept, SpamContext()) == (kept, [])


def test_a_keyword_line_of_a_porn_sites_japanese_and_korean_words_goes_whole():
    # held_out15's real-s353: 亚洲天堂黄色-…-日韩字幕一中文在线综合-日韩综合 over 中國臺灣網's copy of a lottery notice
    text, hits = hits_of("real-s353")
    line = "亚洲天堂黄色-亚洲天堂精品在线观看-亚洲天堂久-亚洲天堂久久久-日韩字幕一中文在线综合-日韩综合"
    assert hits == [(line, "", "spam_title")] and "十二部門聯合公告" in text


def test_a_spider_pools_line_of_counties_of_many_provinces_at_the_pages_foot_goes():
    # held_out15's real-s360: 鲜城| 德惠市| 嵊泗县| … | 财经| 汉沽区| 宜黄县| under a copy of 央廣網's 春运 figures
    case = by_id("real-s360")
    text, hits = hits_of("real-s360")
    foot = next(entry["found"] for entry in case["expect"] if entry["found"].startswith("鲜城"))
    assert (foot, "", "spam_title") in hits and "德惠市" not in text
    assert text.rstrip().endswith("比去年同期下降3.31%。")


PROVINCES = ["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽"]
CITIES = ["大连市", "青岛市", "宁波市", "厦门市", "深圳市", "丹东市", "曲靖市", "雅安市", "阜阳市", "泉州市"]
COUNTIES = [
    "德惠市",
    "嵊泗县",
    "三台县",
    "泰顺县",
    "原阳县",
    "武安市",
    "郧西县",
    "汶上县",
    "曲阳县",
    "临夏县",
]


@pytest.mark.parametrize(
    "line",
    [
        # a county portal's bar of its own towns' sites, a province's of its cities and counties (one province)
        "县政府|" + "|".join(["德惠市", "榆树市", "农安县", "九台区", "双阳区", "南关区", "宽城区", "朝阳区"] * 3),
        # a national portal's bar of the provinces' sites, a news site's bar of its cities' channels
        "|".join(PROVINCES * 2),
        "|".join(CITIES * 2),
        # a list of counties across provinces in a sentence, joined by 、
        "、".join(COUNTIES * 2),
    ],
)
def test_a_bar_of_one_provinces_places_of_provinces_or_of_cities_stays(line):
    assert clean_text_spam(line + "\n", SpamContext()) == (line + "\n", [])


def test_a_content_farms_tag_glued_before_a_title_goes():
    # held_out15's real-s361: 世界熱點!去年全國耕地凈增加約130萬畝(新數據 新看點)
    text, hits = hits_of("real-s361")
    assert ("世界熱點!", "", "spam_title") in hits and "\n去年全國耕地凈增加約130萬畝(新數據 新看點)" in text
    for column in ("今日关注:国务院常务会议部署", "环球资讯:联合国大会通过决议", "焦点观察!一季度经济数据"):
        assert clean_text_spam(column + "\n", SpamContext()) == (column + "\n", [])


def test_a_sugar_dating_sites_seo_keyword_goes_before_the_site_the_title_names_and_a_brand_before_a_count():
    # held_out15's real-s362: 我國耕地3年凈增1758萬畝查包養網心得_中國網, 南邊省份凈增添包養網739萬畝
    text, hits = hits_of("real-s362")
    assert ("查包養網心得", "", "spam_title") in hits and text.startswith("我國耕地3年凈增1758萬畝_中國網\n")
    assert "包養網心得" not in text and "南邊省份凈增添包養網739萬畝" in text
    # a count with 万, 亿 or 亩 after a brand is the page's own
    assert clean_text_spam("南方省份净增澳门金沙官网739万亩。", SpamContext())[0] == "南方省份净增739万亩。"
    # (包養網 alone is left: crackdowns and news of 包养网红 write it)
    for kept in ("鼓励农户承包养殖网箱120个。", "依法查处包养网站3家。", "违规外包养护路段。"):
        assert clean_text_spam(kept, SpamContext()) == (kept, [])


def test_a_porn_sites_letters_after_a_broadcasters_dateline_go_with_their_live_room():
    # held_out15's real-s363: 央视网消息(新闻联播):jjzz直播间 原标题:…
    text, hits = hits_of("real-s363")
    assert hits == [("jjzz直播间", "", "spam_phrase")] and "央视网消息(新闻联播): 原标题" in text


def test_a_brand_in_the_regulations_name_as_a_spinner_writes_it_is_put_back_to_information_disclosure():
    # held_out15's real-s355: 《中华国民共和国当局手机彩票平台 条例》 (当局 for 政府), and the same brand in 当局X 办事
    text, hits = hits_of("real-s355")
    assert [hit for hit in hits if hit[2] == "template_phrase"] == [("手机彩票平台", "信息公开", "template_phrase")] * 2
    assert "按照《中华国民共和国当局信息公开 条例》" in text and "手机彩票" not in text


def test_a_keyword_line_of_a_porn_sites_colour_and_trailer_words_goes_whole():
    # held_out16's real-s379: 黄色特大一级大片_藏经阁试看120秒_黄色片A级免费看_操人视频在线
    line = "黄色特大一级大片_藏经阁试看120秒_黄色片A级免费看_操人视频在线"
    assert (line, "", "spam_title") in hits_of("real-s379")[1]
    kept = "黄色预警_橙色预警_红色预警_蓝色预警\n"
    assert clean_text_spam(kept, SpamContext()) == (kept, [])


def test_a_brands_address_word_and_the_emoji_framing_it_go_with_it():
    # held_out16's real-s381: 凯发官网址 three times over the page, the third as 🏆凯发官网址🏈, and before
    # 在6日的新闻发布会上
    case = by_id("real-s381")
    expected = [(entry["found"], entry["replaced_by"], entry["kind"]) for entry in case["expect"]]
    text, hits = hits_of("real-s381")
    assert hits == expected and "凯发" not in text and "\n在6日的新闻发布会上,水利部" in text


def test_a_porn_studios_name_ends_before_the_athletes_the_sentence_names():
    # held_out16's real-s384: “十四五”時期我國麻豆劇傳媒體育健兒共獲得世界冠軍519個
    text, hits = hits_of("real-s384")
    assert hits == [("麻豆劇傳媒", "", "spam_phrase")] and "我國體育健兒共獲得世界冠軍519個" in text


def test_a_casino_game_as_the_sites_name_in_its_footer_goes_and_stays_in_a_crackdowns_words():
    # held_out16's real-s385: Powered by 牌九游戏 @2013-2022 under a copy of police news on cross-border gambling
    text, hits = hits_of("real-s385")
    assert hits == [("牌九游戏", "", "spam_phrase")] and "Powered by  @2013-2022" in text
    kept = "查处利用牌九游戏聚众赌博案件3起。"
    assert clean_text_spam(kept, SpamContext()) == (kept, [])


def test_a_brand_and_the_alias_glued_to_a_title_or_barred_off_its_summary_go_with_their_space_or_bar():
    # held_out16's real-s380: 乐鱼体育伊伊 官方回应足球场被用于赶集, and 【乐鱼体育伊伊|官方回应足球场被用于赶集】
    text, hits = hits_of("real-s380")
    assert hits == [("乐鱼体育伊伊 ", "", "spam_title"), ("乐鱼体育伊伊|", "", "spam_title")]
    assert text.startswith("官方回应足球场被用于赶集\n") and "【官方回应足球场被用于赶集】" in text


@pytest.mark.parametrize(
    ("case_id", "tag"),
    [
        ("real-s375", "【全球報資訊】"),  # held_out16's: 【全球報資訊】2022年全國生態環境質量保持改善態勢
        ("real-s395", "环球今亮点!"),  # held_out17's: 环球今亮点!两部门:拟认定北京世园公园等14家单位为…
        ("real-s397", "环球速讯:"),  # held_out17's: 环球速讯:商务部:美方报告…,不专业不负责任
    ],
)
def test_a_content_farms_coined_tag_opening_a_title_goes_whatever_the_titles_words(case_id, tag):
    text, hits = hits_of(case_id)
    assert (tag, "", "spam_title") in hits and tag not in text
    kept = "环球资讯:联合国安理会通过决议,呼吁停火\n"
    assert clean_text_spam(kept, SpamContext()) == (kept, [])


def test_a_string_put_back_to_fixed_words_is_the_place_where_a_level_word_and_a_body_follow_it():
    # held_out17's real-s392: 澳门太阳城集团 :市科技局2008年澳门太阳城集团 :年度报告, and in its contact line
    # 请联系:澳门太阳城集团 :市科技局办公室
    text, hits = hits_of("real-s392")
    assert text.startswith("市科技局2008年政府信息公开年度报告\n") and "请联系:市科技局办公室" in text
    assert ("澳门太阳城集团 :", "", "place_name") in hits and "《中华人民共和国政府信息公开条例》" in text


def test_a_phrase_opening_a_line_takes_the_colon_the_page_writes_with_it_inside_the_lines():
    # held_out17's real-s393: 英国威廉希尔公司_官方网站:文化广电新闻出版局, as 《英国威廉希尔公司_官方网站:进一步…》
    text, hits = hits_of("real-s393")
    assert {hit[0] for hit in hits} == {"英国威廉希尔公司_官方网站:"}
    assert text.startswith("文化广电新闻出版局") and "\n文化广电新闻出版局\n" in text
    assert "《关于进一步加强游艺娱乐场所管理的通知》" in text


def test_a_betting_brand_written_with_a_space_and_its_edition_goes_whole():
    # held_out18's real-s406: bet 365亚洲版官网办公室 over a district office's notice (the label says spam_phrase; the
    # stage reads the slot before 办公室 as the place's, and removes the same string)
    text, hits = hits_of("real-s406")
    assert [hit[0] for hit in hits] == ["bet 365亚洲版官网"] and text.startswith("办公室\n关于印发2017年定陶区政务公开")
    kept = "如需了解更多,可访问网站的国际版和中文版。"
    assert clean_text_spam(kept, SpamContext()) == (kept, [])


@pytest.mark.parametrize(
    "text",
    [
        # statistics and warnings joined by ASCII commas, menus of films and regions (a review of rounds 13 to 15)
        "7月12日发布暴雨黄色预警,13日发布雷电黄色预警,14日发布高温黄色预警,15日解除黄色预警",
        "全年对日韩出口增长12.3%,对欧美出口增长8.1%,对亚洲其他地区出口增长5.6%,对非洲出口下降3.2%",
        "播放国产大片20部,进口大片8部,送电影下乡120场,观影群众3万人次",
        "暴雨黄色预警 | 大风黄色预警 | 雷电黄色预警 | 高温黄色预警",
        # columns' labels before a title, and a site's name closing one
        "每日快讯:市政府召开常务会议",
        "【每日快讯】我市召开2023年政府信息公开工作推进会",
        "速读:2024年市政府工作报告",
        "全球热点:联合国气候大会开幕",
        "每日热点!我区举办招商引资推介会",
        "关于开展2023年度安全生产检查的通知-天天快讯\n正文",
        # 包养 in discipline news and crackdowns, 包养网箱 in fishery figures
        "据报道,该局原局长利用职务便利收受贿赂,长期包养网红主播,严重违反中央八项规定精神。",
        "纪委通报:某县原副县长包养网络女主播,被开除党籍。",
        "全镇共有养殖户56户,其中包养网箱12户。",
        "各地开展整治包养网等网络色情信息专项行动。",
        "严查包养网站12家。",
        # vendors' names in a footer
        "Powered by 银河麒麟",
        "技术支持:开普云 Powered by 开元数据",
        # a bar of 百强县 from many provinces (counties only)
        " | ".join(
            ["昆山市", "江阴市", "张家港市", "常熟市", "慈溪市", "义乌市", "晋江市", "长沙县", "宜兴市", "神木市"]
        )
        + " | "
        + " | ".join(
            ["龙口市", "荣成市", "胶州市", "浏阳市", "仁怀市", "瑞安市", "海宁市", "诸暨市", "福清市", "迁安市"]
        ),
    ],
)
def test_the_words_rounds_13_to_15_read_stay_where_a_body_writes_them(text):
    assert clean_text_spam(text, SpamContext()) == (text, [])


def test_a_content_farms_tag_before_a_body_is_no_place_and_gets_no_place_put_back():
    # a tag before 市政府 is the title's, never the place's slot (a region in the context puts back nothing there)
    context = SpamContext(region="浙江省杭州市", evidence="杭州市人民政府")
    text, hits = clean_text_spam("环球速讯:市政府召开常务会议", context)
    assert text == "市政府召开常务会议" and [(hit.found, hit.kind) for hit in hits] == [("环球速讯:", "spam_title")]


def test_an_emoji_sequence_framing_a_brand_goes_whole():
    text = clean_text_spam("凯发官网❤️我市召开会议\n乐鱼体育🏃\u200d♂️我市召开会议", SpamContext())[0]
    assert text == "我市召开会议\n我市召开会议"
