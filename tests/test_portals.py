"""The registry: every shipped entry is valid, and a broken entry fails naming the entry and the key."""

from __future__ import annotations

import json
import tomllib

import pytest

from crawler.portals import DEFAULT_REGISTRY, RegistryError, load_registry, parse_registry, select_portals

SHIPPED = tomllib.loads(DEFAULT_REGISTRY.read_text(encoding="utf-8"))["portal"]
SEED_PORTALS = {"hunan_yongzhou", "anhui_luan_shucheng", "liaoning_liaoyang", "neimenggu_baotou", "jiangxi_jian_jizhou"}

GOOD = """
[[portal]]
id = "hunan_yongzhou"
name = "永州市人民政府"
region = "湖南省永州市"
start_urls = ["https://www.yzcity.gov.cn/cnyz/zfxxgknb/index.htm"]
"""


@pytest.mark.parametrize("entry", SHIPPED, ids=[entry["id"] for entry in SHIPPED])
def test_shipped_entry_is_valid_and_says_whether_it_was_checked_live(entry):
    portal = parse_registry(_toml(entry))[0]
    assert all(portal.allows(url) for url in portal.start_urls)
    assert "checked live" in portal.notes


def _toml(entry: dict) -> str:
    lines = ["[[portal]]"] + [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in entry.items()]
    return "\n".join(lines)


def test_shipped_registry_holds_the_five_seed_portals():
    assert {portal.id for portal in load_registry()} >= SEED_PORTALS


def test_domains_default_to_start_url_hosts_and_include_subdomains():
    portal = parse_registry(GOOD)[0]
    assert portal.domains == ("www.yzcity.gov.cn",)
    assert portal.allows("https://www.yzcity.gov.cn/a.htm")
    assert not portal.allows("https://www.yzcity.gov.cn.evil.com/a.htm")
    assert not portal.allows("http://localhost/a.htm")


@pytest.mark.parametrize(
    ("extra", "key", "problem"),
    [
        ('conten_selector = ".x"', "conten_selector", "did you mean 'content_selector'"),
        ('content_selector = "div[["', "content_selector", "bad CSS selector"),
        ('link_pattern = "t(2024"', "link_pattern", "bad regular expression"),
        ('encoding = "gbk-x"', "encoding", "unknown encoding"),
        ('pagination = "infinite"', "pagination", "must be one of"),
        ('list_api = "https://a.gov.cn/api"', "list_api", "{page}"),
        ("max_list_pages = 0", "max_list_pages", "positive integer"),
        ("notes = 3", "notes", "must be a string"),
    ],
)
def test_bad_optional_key_names_entry_and_key(extra, key, problem):
    with pytest.raises(RegistryError) as error:
        parse_registry(GOOD + extra + "\n", source="mine.toml")
    message = str(error.value)
    assert "mine.toml" in message and "'hunan_yongzhou'" in message and f"key {key!r}" in message
    assert problem in message


@pytest.mark.parametrize("key", ["id", "name", "region", "start_urls"])
def test_missing_required_key_is_named(key):
    text = "\n".join(line for line in GOOD.splitlines() if not line.startswith(key + " "))
    with pytest.raises(RegistryError, match=f"key '{key}': missing"):
        parse_registry(text)


@pytest.mark.parametrize(
    ("start_urls", "problem"), [("[]", "non-empty list"), ('["ftp://a.gov.cn/"]', r"not an http\(s\) URL")]
)
def test_bad_start_urls_are_rejected(start_urls, problem):
    text = GOOD.replace('["https://www.yzcity.gov.cn/cnyz/zfxxgknb/index.htm"]', start_urls)
    with pytest.raises(RegistryError, match=problem):
        parse_registry(text)


def test_duplicate_id_is_rejected():
    with pytest.raises(RegistryError, match="portal 'hunan_yongzhou': key 'id': duplicate id"):
        parse_registry(GOOD + GOOD)


def test_id_must_be_snake_case_pinyin():
    with pytest.raises(RegistryError, match="snake_case"):
        parse_registry(GOOD.replace('"hunan_yongzhou"', '"Hunan-Yongzhou"'))


def test_invalid_toml_and_missing_file_say_where():
    with pytest.raises(RegistryError, match="not valid TOML"):
        parse_registry("[[portal]\n", source="x.toml")
    with pytest.raises(RegistryError, match="cannot read registry"):
        load_registry("/nonexistent/portals.toml")


def test_select_portals_keeps_named_ids_and_rejects_unknown_ones():
    portals = load_registry()
    assert [p.id for p in select_portals(portals, "liaoning_liaoyang, hunan_yongzhou")] == [
        "liaoning_liaoyang",
        "hunan_yongzhou",
    ]
    assert select_portals(portals, None) == portals
    with pytest.raises(RegistryError, match="unknown portal id\\(s\\) nowhere"):
        select_portals(portals, "nowhere")


HOME_ONLY = """
[[portal]]
id = "hunan_yongzhou"
name = "永州市人民政府"
region = "湖南省永州市"
home = "https://www.yzcity.gov.cn/"
"""


def test_an_entry_may_give_its_home_page_instead_of_start_urls():
    (portal,) = parse_registry(HOME_ONLY)
    assert portal.home == "https://www.yzcity.gov.cn/" and portal.start_urls == ()
    # the site without www.: the 政府信息公开 section often lives on a sibling host
    assert portal.domains == ("yzcity.gov.cn",) and portal.allows("http://xxgk.yzcity.gov.cn/zfxxgknb/")
    (both,) = parse_registry(HOME_ONLY + 'start_urls = ["https://www.yzcity.gov.cn/cnyz/zfxxgknb/index.htm"]\n')
    assert both.start_urls == ("https://www.yzcity.gov.cn/cnyz/zfxxgknb/index.htm",)
    with pytest.raises(RegistryError, match=r"key 'home': not an http\(s\) URL"):
        parse_registry(HOME_ONLY.replace("https://www.yzcity.gov.cn/", "www.yzcity.gov.cn"))
    with pytest.raises(
        RegistryError, match=r"key 'start_urls': missing \(give the annual-report column, or the portal's home\)"
    ):
        parse_registry(HOME_ONLY.replace('home = "https://www.yzcity.gov.cn/"', ""))
