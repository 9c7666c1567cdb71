"""`gongkai registry import` (a CSV list → a registry), `gongkai registry discover` (discovered columns → start_urls),
and the region and id rules under them."""

from __future__ import annotations

import json

import pytest

from crawler.cli import main
from crawler.portals import DEFAULT_REGISTRY, load_registry, parse_registry
from crawler.registry_files import add_discovered_columns
from pipelines.portal_import import import_portals, organ_name, pinyin_id, read_rows
from pipelines.regions import UnknownRegion, named_place, normalise_region, region_name


@pytest.mark.parametrize(
    ("written", "full", "code"),
    [
        ("湖南省永州市", "湖南省永州市", "431100"),
        ("湖南永州", "湖南省永州市", "431100"),
        ("永州", "湖南省永州市", "431100"),
        ("安徽舒城", "安徽省六安市舒城县", "341523"),
        ("吉州区", "江西省吉安市吉州区", "360802"),
        ("吉安县", "江西省吉安市吉安县", "360821"),  # not 吉安市 + 县
        ("吉林市", "吉林省吉林市", "220200"),  # not 吉林省 + 市
        ("北京", "北京市", "110000"),
        ("北京市 朝阳区", "北京市朝阳区", "110105"),
        ("内蒙古包头", "内蒙古自治区包头市", "150200"),
        ("湖北省恩施土家族苗族自治州", "湖北省恩施土家族苗族自治州", "422800"),
        ("福建省平潭综合实验区", "福建省平潭综合实验区", None),  # a zone the gazetteer does not list: not 平潭县
    ],
)
def test_regions_are_named_as_the_gazetteer_names_them(written, full, code):
    parts = normalise_region(written)
    assert (region_name(parts), parts[-1].code) == (full, code)


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("朝阳区", "more than one place: 北京市朝阳区; 吉林省长春市朝阳区"),
        ("火星", "names no province, city or county"),
    ],
)
def test_a_region_that_names_no_single_place_says_why(written, message):
    with pytest.raises(UnknownRegion, match=message):
        normalise_region(written)


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("德惠市", "220183"),
        ("阜阳市", "341200"),
        ("陕西省", "610000"),
        ("惠东", "441323"),  # a county by its stem alone, which no name the gazetteer writes opens with
        ("湖南 永州", "431100"),
        ("台北县", None),  # known in part
        ("朝阳区", None),  # known twice
        ("财经", None),
        ("首页", None),
    ],
)
def test_a_name_names_one_coded_place_as_normalise_region_reads_it(written, code):
    place = named_place(written)
    assert (place.code if place else None) == code


SHIPPED = parse_registry(DEFAULT_REGISTRY.read_text("utf-8"))


@pytest.mark.parametrize("portal", SHIPPED, ids=[portal.id for portal in SHIPPED])
def test_ids_from_the_regions_pinyin_are_the_shipped_registrys_ids(portal):
    parts = normalise_region(portal.region)
    assert pinyin_id(parts, organ_name(portal.name, parts)) == portal.id


def test_a_body_other_than_the_government_adds_its_own_name():
    parts = normalise_region("湖南省")
    assert pinyin_id(parts, organ_name("湖南省教育厅", parts)) == "hunan_jiaoyuting"
    assert organ_name("中国永州", normalise_region("湖南永州")) == ""


LIST = """name,region,url,id
永州市人民政府,湖南永州,https://www.yzcity.gov.cn/,
永州市人民政府门户网站,湖南省永州市,http://yzcity.gov.cn/index.html,
邯郸市政府信息公开,河北邯郸,http://hdzfxxgk.hd.gov.cn/zfxxgknb/,hebei_handan
,湖南,http://x.gov.cn/,
朝阳区人民政府,朝阳区,http://www.bjchy.gov.cn/,
舒城县人民政府,安徽舒城,ftp://www.shucheng.gov.cn/,
舒城县人民政府,安徽舒城,https://www.shucheng.gov.cn/,Shucheng
平潭综合实验区管委会,福建省平潭综合实验区,https://www.pingtan.gov.cn/,
永州市人民政府,湖南省永州市,https://www.yongzhou.gov.cn/,
"""


def test_import_merges_duplicates_and_reports_every_unusable_row_by_line():
    portals, notes = import_portals(read_rows(LIST))
    assert [(portal.id, portal.region, portal.line) for portal in portals] == [
        ("hunan_yongzhou", "湖南省永州市", 2),
        ("hebei_handan", "河北省邯郸市", 4),
        ("fujian_pingtan", "福建省平潭综合实验区", 9),
    ]
    assert [(note.line, note.merged) for note in notes] == [
        (3, True),
        (5, False),
        (6, False),
        (7, False),
        (8, False),
        (10, False),
    ]
    messages = {note.line: note.message for note in notes}
    assert messages[3] == "same portal as line 2 (http://yzcity.gov.cn/index.html): merged"
    assert messages[5] == "empty name"
    assert "more than one place" in messages[6] and "not an http(s) URL" in messages[7]
    assert "'Shucheng' is not snake_case pinyin" in messages[8]
    assert messages[10] == "id 'hunan_yongzhou' is taken by line 2 (https://www.yzcity.gov.cn/); give this row an id"
    assert [portal.is_column for portal in portals] == [False, True, False]  # zfxxgknb/ is the column itself


def test_the_import_command_writes_a_registry_the_loader_accepts(tmp_path, capsys):
    source = tmp_path / "list.csv"
    source.write_bytes(LIST.encode("gb18030"))  # as a Chinese-locale spreadsheet saves it
    out = tmp_path / "portals.toml"
    assert main(["registry", "import", str(source), "--out", str(out)]) == 1  # rows were left out
    portals = {portal.id: portal for portal in load_registry(out)}
    assert portals["hunan_yongzhou"].home == "https://www.yzcity.gov.cn/"
    assert portals["hunan_yongzhou"].start_urls == () and portals["hunan_yongzhou"].domains == ("yzcity.gov.cn",)
    assert portals["hebei_handan"].start_urls == ("http://hdzfxxgk.hd.gov.cn/zfxxgknb/",)
    captured = capsys.readouterr()
    assert f"{source}:5: empty name" in captured.err
    assert "3 portals; 1 rows merged, 5 rows left out" in captured.out


def test_the_import_command_refuses_a_list_without_its_columns(tmp_path, capsys):
    source = tmp_path / "list.csv"
    source.write_text("名称,地址\n永州,https://www.yzcity.gov.cn/\n", encoding="utf-8")
    assert main(["registry", "import", str(source), "--out", str(tmp_path / "out.toml")]) == 2
    assert "the header must name the columns name, region, url" in capsys.readouterr().err


REGISTRY = """# My portals: keep this comment.

[[portal]]
id = "hunan_yongzhou"  # the city
name = "永州市人民政府"
region = "湖南省永州市"
home = "https://www.yzcity.gov.cn/"

[[portal]]
id = "beijing"
name = "北京市人民政府"
region = "北京市"
home = "https://www.beijing.gov.cn/"

[[portal]]
id = "zhejiang"
name = "浙江省人民政府"
region = "浙江省"
start_urls = ["https://www.zj.gov.cn/col/col1229019364/index.html"]
"""
RUN = {
    "portals": {
        "hunan_yongzhou": {
            "discovery": {
                "home": "https://www.yzcity.gov.cn/",
                "pages": 2,
                "columns": ["https://www.yzcity.gov.cn/zfxxgknb/"],
            }
        },
        "beijing": {"discovery": {"home": "https://www.beijing.gov.cn/", "pages": 12, "columns": []}},
    }
}


def test_discovered_columns_become_start_urls_and_the_rest_of_the_file_stays():
    written, lines = add_discovered_columns(REGISTRY, RUN, "mine.toml")
    assert written.startswith("# My portals: keep this comment.\n")
    assert 'id = "hunan_yongzhou"  # the city' in written
    portals = {portal.id: portal for portal in parse_registry(written)}
    assert portals["hunan_yongzhou"].start_urls == ("https://www.yzcity.gov.cn/zfxxgknb/",)
    assert portals["hunan_yongzhou"].home == "https://www.yzcity.gov.cn/"
    assert portals["beijing"].start_urls == ()
    assert lines == [
        "hunan_yongzhou: start_urls = https://www.yzcity.gov.cn/zfxxgknb/",
        "beijing: no column found from https://www.beijing.gov.cn/ in this run; left without start_urls",
    ]
    assert written.split("[[portal]]")[3] == REGISTRY.split("[[portal]]")[3]  # zhejiang: byte for byte


def test_the_discover_command_reads_the_newest_run_report(tmp_path, capsys):
    registry = tmp_path / "portals.toml"
    registry.write_text(REGISTRY.replace('https://www.yzcity.gov.cn/"', 'https://yzcity.gov.cn/"'), encoding="utf-8")
    (tmp_path / "run-20240101T000000.000000Z.json").write_text(json.dumps({"portals": {}}), encoding="utf-8")
    (tmp_path / "run-20240102T000000.000000Z.json").write_text(json.dumps(RUN), encoding="utf-8")
    assert main(["registry", "discover", "--registry", str(registry), "--runs", str(tmp_path)]) == 0
    assert "the run looked from https://www.yzcity.gov.cn/, the entry now says https://yzcity.gov.cn/" in (
        capsys.readouterr().out
    )
    assert main(["registry", "discover", "--registry", str(registry), "--runs", str(tmp_path / "none")]) == 2
