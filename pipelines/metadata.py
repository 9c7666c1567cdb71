"""Fields read from a report's cleaned title, text, URL and page metadata: year, publication date, publisher."""

from __future__ import annotations

from pipelines import markers

CHINESE_DIGITS = str.maketrans("〇○零Ｏ一二三四五六七八九", "0000123456789")


def published_date(page_meta: dict[str, str], url: str) -> str | None:
    """Publication date as ISO YYYY-MM-DD from the metadata block, else from the URL."""
    for label, field in markers.META_LABELS.items():
        if field == "date" and (match := markers.DATE.search(page_meta.get(label, ""))):
            return _iso(*match.groups())
    if match := markers.URL_DATE.search(url):
        year, month, day = (part for part in match.groups() if part)
        return _iso(year, month, day)
    return None


def _iso(year: str, month: str, day: str) -> str | None:
    month_number, day_number = int(month), int(day)
    if not (1 <= month_number <= 12 and 1 <= day_number <= 31):
        return None
    return f"{int(year):04d}-{month_number:02d}-{day_number:02d}"


def report_year(title: str | None, text: str, published: str | None, url: str = "") -> int | None:
    """The year a report covers: its title, else its 统计期限, else its URL (…/2017nb/…), else the year before
    publication."""
    for source in (title or "", text[:400]):
        if match := markers.YEAR.search(source):
            return int(match.group(1))
        if match := markers.CHINESE_YEAR.search(source):
            return int(match.group(1).translate(CHINESE_DIGITS))
    if match := markers.STATISTICS_PERIOD.search(text):
        return int(match.group(1))
    if match := markers.URL_REPORT_YEAR.search(url):
        return int(match.group(1) or match.group(2))
    return int(published[:4]) - 1 if published else None


def body_from_title(title: str | None) -> str | None:
    """The publishing body named in a title such as 2014年永州市人民政府信息公开工作报告 → 永州市人民政府."""
    if not title:
        return None
    name = markers.YEAR_PHRASE.sub("", title)
    name = markers.TITLE_REPORT_PHRASE.sub("", name).strip(" 《》()（）:：")
    return name if len(name) >= 2 and not name[0].isdigit() else None


def publisher_of(page_meta: dict[str, str], title: str | None) -> str | None:
    """The issuing body: the page's 发布机构 / 责任部门, else the body the title names, else its 来源."""
    return page_meta.get("发布机构") or page_meta.get("责任部门") or body_from_title(title) or page_meta.get("来源")
