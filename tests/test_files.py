"""Reports published as files: the real PDF read exactly, Word and spreadsheets, scans told apart, bad files and
blank templates costing only themselves."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from crawler.demo.files import (
    blank_template_docx,
    doc_from_html,
    docx_from_html,
    pdf_from_html,
    scanned_pdf,
    xls_from_html,
)
from crawler.demo.reports import seed_report, template_report
from pipelines import files
from pipelines.chain import report_from_page
from pipelines.extract import ExtractionError, extract_report
from pipelines.files import UnreadableFile, read_file
from pipelines.items import FetchedFile, RawPage

REAL = Path(__file__).resolve().parents[2] / "shared" / "real"  # shared/ lies beside the checkout, as in CI
PDF = (REAL / "huaian_2024_report.pdf").read_bytes()
EXPECTED = json.loads((REAL / "huaian_2024_report.expected.json").read_text("utf-8"))
TEXT = "<p>" + "本机关认真落实政府信息公开条例，全年主动公开政府信息。" * 8 + "</p>"
TITLE = "淮安市人民政府2024年政府信息公开工作年度报告"

pytestmark = pytest.mark.slow  # real files through pdfium and pdfplumber: seconds, not milliseconds


def report_page_with(*files: FetchedFile) -> RawPage:
    """An HTML report page of its own, with these files fetched beside it."""
    page = f"<html><body><div id='zoom'>{TEXT}</div></body></html>".encode()
    return RawPage(
        "p",
        "http://a.gov.cn/nb/t1.htm",
        page,
        "text/html; charset=utf-8",
        "x",
        list_title="某县2023年政府信息公开工作年度报告",
        files=files,
    )


def file_report(body: bytes, url: str, title: str = TITLE, content_type: str = "application/pdf"):
    raw = RawPage(
        "jiangsu_huaian", url, body, content_type, "2026-12-01T00:00:00+00:00", list_title=title, region="江苏省淮安市"
    )
    return report_from_page(raw)


def test_the_demo_serves_the_real_pdf_as_it_is():
    assert (
        Path(__file__).resolve().parents[1] / "crawler" / "demo" / "real" / "huaian_2024_report.pdf"
    ).read_bytes() == PDF


def test_the_real_pdf_report_is_read_with_every_statistic_exact():
    report = file_report(PDF, "http://www.huaian.gov.cn/zfxxgk/nb/W020250121.pdf")
    assert report.source == "attachment" and report.template == EXPECTED["template"] and report.year == EXPECTED["year"]
    assert report.title == EXPECTED["title"] and EXPECTED["publisher_has"] in report.publisher
    assert [phrase for phrase in EXPECTED["with"] if phrase not in report.text] == []
    wrong = {
        key: (value, report.stats.get(key, "<absent>"))
        for key, value in EXPECTED["stats"].items()
        if report.stats.get(key, "<absent>") != value
    }
    assert wrong == {}
    assert report.checks == []  # 3119 + 34 = 3050 + 103, and every other rule
    (attachment,) = report.attachments
    assert attachment["sha256"] == EXPECTED["sha256"] and attachment["pages"] == 6
    assert attachment["image_only"] is False and attachment["text_chars"] > 2500


def test_a_scanned_pdf_is_recognised_and_its_text_read_by_ocr():
    report = file_report(scanned_pdf(REAL / "huaian_2024_report.pdf"), "http://a.gov.cn/W020250121_scan.pdf")
    (attachment,) = report.attachments
    assert attachment["image_only"] is True and attachment["pages"] == 6
    assert attachment["ocr"]["engine"] == "tesseract" and attachment["ocr"]["version"]
    assert [phrase for phrase in EXPECTED["with"] if phrase not in report.text] == []
    assert report.year == 2024 and report.source == "attachment"
    # The tables are rebuilt from the ruling lines and read cell by cell: 44 of 63 statistics come back, none wrong; a
    # cell read two ways is left unknown (None), and tables that do not add up as read are flagged.
    read = {key: value for key, value in report.stats.items() if key in EXPECTED["stats"] and value is not None}
    assert len(read) >= 40, f"{len(read)} of {len(EXPECTED['stats'])} statistics read from the scan"
    assert {
        key: (EXPECTED["stats"][key], value) for key, value in read.items() if EXPECTED["stats"][key] != value
    } == {}
    assert report.template == "2021" and {check["rule"] for check in report.checks} <= {"t3.sum.legal_service"}


def test_a_word_report_reads_as_its_html_does():
    body = template_report("舒城县", 2020, seed=2020, trial=True)
    page = f"<html><head><title>舒城县2020年政府信息公开工作年度报告</title></head><body><div id='zoom'>{body}</div>"
    from_html = report_from_page(RawPage("p", "http://a.gov.cn/nb/1.htm", page.encode(), "text/html", "x"))
    from_word = file_report(docx_from_html(body), "http://a.gov.cn/nb/1.docx", "舒城县2020年政府信息公开工作年度报告")
    assert from_word.source == "attachment" and from_word.template == "2019"
    assert from_word.stats == from_html.stats and len(from_word.stats) > 150


def test_a_page_that_only_links_its_report_takes_text_and_tables_from_the_file():
    page = "<html><head><title>x</title></head><body><p>附件：<a href='/nb/2020.docx'>2020年报</a></p>".encode()
    word = docx_from_html(template_report("舒城县", 2020, seed=2020, trial=True))
    files = (FetchedFile("http://a.gov.cn/nb/2020.docx", word),)
    raw = RawPage("p", "http://a.gov.cn/nb/t1.htm", page, "text/html", "x", list_title="舒城县2020年年报", files=files)
    report = report_from_page(raw)
    assert report.source == "attachment" and report.template == "2019" and "一、总体情况" in report.text
    assert report.attachments[0]["type"] == "docx" and report.attachments[0]["text_chars"] > 1000


def test_a_spreadsheet_beside_an_html_report_adds_its_table():
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "表三"
    for row in (
        ["", "", "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
        ["一、本年新收政府信息公开申请数量", "", "", 5, 1, 0, 0, 0, 0, 6],
    ):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    raw = report_page_with(*(FetchedFile("http://a.gov.cn/nb/t3.xlsx", out.getvalue()),))
    report = report_from_page(raw)
    assert report.source == "page" and report.tables[-1]["caption"] == "表三"
    assert report.stats["requests.new.total"] == 6 and report.stats["requests.new.natural_person"] == 5


@pytest.mark.parametrize(
    ("body", "kind", "reason"),
    [
        (b"%PDF-1.7 this is not really a pdf", "pdf", "encrypted_or_broken"),
        (b"PK\x03\x04 truncated zip", "docx", "broken_file"),
        (b"\xd0\xcf\x11\xe0 not really an old Word file", "doc", "broken_file"),
    ],
)
def test_a_bad_file_costs_only_itself(body, kind, reason):
    with pytest.raises(UnreadableFile) as error:
        read_file(body, kind)
    assert error.value.reason == reason
    raw = report_page_with(*(FetchedFile(f"http://a.gov.cn/nb/r.{kind}", body),))
    report = extract_report(raw)
    assert "全年主动公开政府信息" in report.text and report.attachments[0]["error"] == reason


def test_a_blank_template_is_not_a_report():
    raw = RawPage(
        "p",
        "http://a.gov.cn/nb/gsmb.docx",
        blank_template_docx(),
        "application/octet-stream",
        "x",
        list_title="政府信息公开工作年度报告格式模板",
    )
    with pytest.raises(ExtractionError) as error:
        extract_report(raw)
    assert error.value.reason == "blank_template"


def html_report(body: str, title: str) -> object:
    page = f"<html><head><title>{title}</title></head><body><div id='zoom'>{body}</div>"
    return report_from_page(RawPage("p", "http://a.gov.cn/nb/1.htm", page.encode(), "text/html", "x"))


@pytest.mark.parametrize("kind", ["doc", "wps"])
def test_an_old_word_or_wps_file_reads_through_libreoffice_as_its_html_does(kind):
    body = template_report("舒城县", 2020, seed=2020, trial=True)
    # LibreOffice writes the Word 97 file; a Kingsoft .wps is read by the same filter as the .doc it holds.
    report = file_report(doc_from_html(body), f"http://a.gov.cn/nb/1.{kind}", "舒城县2020年政府信息公开工作年度报告")
    assert report.attachments[0]["type"] == kind and report.template == "2019"
    assert report.stats == html_report(body, "舒城县2020年政府信息公开工作年度报告").stats


def test_table_three_as_an_xls_beside_the_html_report_completes_it():
    body = template_report("舒城县", 2023, seed=2023)
    table_three = re.findall(r"<table.*?</table>", body, re.S)[1]
    sheet = FetchedFile("http://a.gov.cn/nb/t3.xls", xls_from_html(table_three))  # merged cells merged, as Calc saves
    page = f"<html><body><div id='zoom'>{body.replace(table_three, '<p>详见附件。</p>')}</div></body></html>"
    report = report_from_page(
        RawPage("p", "http://a.gov.cn/nb/t1.htm", page.encode(), "text/html", "x", files=(sheet,))
    )
    assert report.source == "page" and report.attachments[0]["type"] == "xls" and report.checks == []
    assert report.stats == html_report(body, "舒城县2023年政府信息公开工作年度报告").stats


def test_a_pdf_printed_from_a_report_reads_as_its_html_does():
    seed = seed_report("001")
    report = file_report(pdf_from_html(seed.paragraphs()), "http://a.gov.cn/nb/2012.pdf", seed.title)
    from_html = html_report(seed.paragraphs(), seed.title)
    assert report.source == "attachment" and report.attachments[0]["pages"] >= 2
    assert report.stats == from_html.stats == {"active.items": 7215, "requests.new.total": 10}
    # Every character, lines as printed; LibreOffice sets “ ” in a font of their own, and pdfium's text runs put
    # them after the word they enclose (a known limit of reading a text layer in stream order).
    assert re.sub(r"[\s“”]", "", report.text) == re.sub(r"[\s“”]", "", from_html.text)


def test_the_same_file_under_two_urls_is_read_once(monkeypatch):
    reads = []
    real_reader = files.READERS["docx"]
    monkeypatch.setitem(files.READERS, "docx", lambda data: reads.append(len(data)) or real_reader(data))
    word = docx_from_html(template_report("舒城县", 2020, seed=2020, trial=True))
    first = report_from_page(report_page_with(FetchedFile("http://a.gov.cn/nb/2020.docx", word)))
    second = report_from_page(report_page_with(FetchedFile("http://a.gov.cn/upload/copy-of-2020.docx", word)))
    assert len(reads) == 1  # the second URL's bytes hash the same: what was read is used again
    assert first.tables == second.tables and first.attachments[0]["sha256"] == second.attachments[0]["sha256"]
    assert second.attachments[0]["url"].endswith("copy-of-2020.docx")
