"""Spam stage behaviour beyond the corpus: the pipeline adapter, repair evidence, challenge handling."""

from __future__ import annotations

import hashlib

from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler.items import Report
from crawler.middlewares import ChallengeMiddleware, ChallengePage
from crawler.spiders.portals import PortalsSpider
from pipelines import SpamPipeline
from pipelines.regions import region_parts
from pipelines.spam import SpamContext, clean_text_spam, restore_place_name


def report(**fields) -> Report:
    base = {
        "url": "http://www.jzq.gov.cn/art/1.html",
        "portal": "jiangxi_jian_jizhou",
        "title": None,
        "year": 2017,
        "published": None,
        "publisher": None,
        "region": "江西省吉安市吉州区",
        "text": "",
        "sha256": "x",
    }
    return Report(**(base | fields))


def test_pipeline_cleans_title_and_text_records_hits_and_rehashes():
    item = report(
        title="365bet(中国)官方网站 吉州区2017年政府信息公开工作年度报告",
        text="根据《体育365网投_365bet365用址_365bet官网提现说维护人民政府办公室关于印发工作安排的通知》"
        "(吉府办字〔2017〕227号)要求。",
        spam=[{"found": "百家乐", "replaced_by": "", "kind": "hidden_element"}],
    )
    crawler = get_crawler()
    cleaned = SpamPipeline.from_crawler(crawler).process_item(item)
    assert cleaned.title == "吉州区2017年政府信息公开工作年度报告"
    assert cleaned.text.startswith("根据《吉安市人民政府办公室关于印发工作安排的通知》")
    assert [hit["kind"] for hit in cleaned.spam] == ["hidden_element", "spam_title", "place_name"]
    assert cleaned.sha256 == hashlib.sha256(cleaned.text.encode()).hexdigest()
    assert crawler.stats.get_value("spam/place_name") == 1


def test_clean_text_is_left_alone():
    text = "市福利彩票发行中心全年365天开放，体育局开展打击赌博宣传。"
    assert clean_text_spam(text, SpamContext(region="湖南省永州市")) == (text, [])


def test_a_name_is_never_invented():
    # 文号 says 湘 (湖南省) but the portal is in Liaoning and the page names no 湖南省: remove, do not guess.
    text = "《足彩胜负14场人民政府关于政务公开的通知》（湘政发〔2020〕5号）"
    assert restore_place_name(text, 7, "人民政府", SpamContext(region="辽宁省辽阳市")) is None
    cleaned, hits = clean_text_spam(text, SpamContext(region="辽宁省辽阳市"))
    assert cleaned.startswith("《人民政府关于") and hits[0].replaced_by == ""


def test_region_parts():
    assert region_parts("江西省吉安市吉州区") == ["江西省", "吉安市", "吉州区"]
    assert region_parts("内蒙古自治区包头市") == ["内蒙古自治区", "包头市"]
    assert region_parts(None) == []


def challenge_response(request: Request, status: int = 521) -> HtmlResponse:
    body = b"<script>document.cookie='__jsl_clearance=1|0|x';location.reload()</script>"
    return HtmlResponse(request.url, status=status, body=body, request=request)


def test_challenge_is_retried_then_given_up_and_counted():
    crawler = get_crawler(PortalsSpider, settings_dict={"CHALLENGE_RETRIES": 2})
    crawler.spider = PortalsSpider.from_crawler(crawler)  # retries are counted on the crawler of a spider
    middleware = ChallengeMiddleware.from_crawler(crawler)
    request = Request("http://www.jzq.gov.cn/art/1.html", cb_kwargs={"portal_id": "jiangxi_jian_jizhou"})
    first = middleware.process_response(request, challenge_response(request))
    second = middleware.process_response(first, challenge_response(first))
    assert isinstance(first, Request) and isinstance(second, Request)
    try:
        middleware.process_response(second, challenge_response(second))
    except ChallengePage as error:
        assert "status 521" in str(error)
    else:
        raise AssertionError("a third challenge must give the request up")
    assert crawler.stats.get_value("portal/jiangxi_jian_jizhou/challenge_pages") == 3


def test_real_pages_pass_the_challenge_middleware():
    crawler = get_crawler(PortalsSpider)
    middleware = ChallengeMiddleware.from_crawler(crawler)
    request = Request("http://www.jzq.gov.cn/art/1.html")
    page = HtmlResponse(request.url, body="<html><body><p>一、总体情况</p></body></html>".encode(), request=request)
    assert middleware.process_response(request, page) is page
