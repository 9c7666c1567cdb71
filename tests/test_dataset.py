"""The dataset from a crawled store: export (CSV, Parquet, a valid Frictionless package), coverage, progress."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys

import pyarrow.parquet as pq
import pytest
from frictionless import validate
from PIL import Image

from crawler.demo.server import start_in_thread
from pipelines.stat_keys import STAT_KEYS
from tests.conftest import crawl, crawl_command
from tests.gold import actual_fields, gold_files, process

pytestmark = pytest.mark.slow  # a real crawl of the demo portals first


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    server = start_in_thread(0)
    folder = tmp_path_factory.mktemp("dataset")
    server.write_files(folder / "demo_portals.toml")
    first = crawl(folder, "-a", f"portals_file={folder / 'demo_portals.toml'}", "-O", str(folder / "first.jsonl"))
    assert first.returncode == 0, first.stderr[-3000:]
    second = crawl(folder, "-a", f"portals_file={folder / 'demo_portals.toml'}", "-O", str(folder / "second.jsonl"))
    yield server, folder, first, second
    server.shutdown()


def gongkai(folder, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], cwd=folder, capture_output=True, text=True)


def test_export_writes_every_table_as_csv_and_parquet_in_a_valid_data_package(crawled):
    server, folder, *_ = crawled
    result = gongkai(folder, "export", "--out", "dataset")
    assert result.returncode == 0, result.stderr
    out = folder / "dataset"
    reports = len(server.site.expected)
    assert validate(str(out / "datapackage.json")).valid
    with (out / "reports.csv").open(encoding="utf-8") as table:
        rows = list(csv.DictReader(table))
    assert len(rows) == reports and {row["portal"] for row in rows} >= {"fujian_pingtan", "hunan_yongzhou"}
    assert {row["region_code"] for row in rows if row["portal"] == "anhui_luan_shucheng"} == {"341523"}
    assert pq.read_table(out / "panel.parquet").num_rows == reports
    assert pq.read_table(out / "versions.parquet").num_rows == reports
    schema = pq.read_schema(out / "panel.parquet")
    assert str(schema.field("year").type) == "int64" and str(schema.field("region_code").type) == "string"
    assert str(schema.field("requests.new.total").type) == "int64"
    assert str(schema.field("active.fees.amount_10k_yuan").type) == "double"
    package = json.loads((out / "datapackage.json").read_text("utf-8"))
    panel = next(resource for resource in package["resources"] if resource["name"] == "panel")
    assert all(field["description"] for field in panel["schema"]["fields"])


def test_a_blank_cell_stays_null_in_every_export(crawled):
    _server, folder, *_ = crawled
    gongkai(folder, "export", "--out", "dataset")
    blank = next(g for g in gold_files() if "2343" in g.name)  # 韶关市2021: cells left blank, — or /
    key = next(k for k, v in json.loads(blank.read_text("utf-8"))["stats"].items() if v is None)
    panel = pq.read_table(folder / "dataset" / "panel.parquet").to_pylist()
    row = next(row for row in panel if row["url"].endswith("post_2345673.html"))
    assert row[key] is None
    stats = list(csv.DictReader((folder / "dataset" / "stats.csv").open(encoding="utf-8")))
    assert [s["value"] for s in stats if s["url"].endswith("post_2345673.html") and s["key"] == key] == [""]


def test_every_statistic_the_gold_reports_give_is_documented():
    found = {key for gold in gold_files() for key in actual_fields(process(gold))["stats"]}
    assert found - STAT_KEYS.keys() == set()


def test_coverage_page_and_picture(crawled):
    _server, folder, *_ = crawled
    result = gongkai(folder, "coverage", "--out", "coverage.html")
    assert result.returncode == 0, result.stderr
    page = (folder / "coverage.html").read_text("utf-8")
    assert "<script" not in page and "http" not in page.split("<body>")[1].split("<h2>")[0]  # opens offline
    assert 'title="fujian_pingtan 2017: page"' in page and 'title="hunan_yongzhou 2015: failed"' in page
    assert 'title="neimenggu_baotou 2015: missing"' in page
    assert "t3.total_column" in page or "t3.sum" in page  # the demo's broken 韶关 2021 totals are listed
    with Image.open(folder / "coverage.png") as picture:
        assert picture.format == "PNG" and picture.width > 200 and picture.height > 150


def test_a_second_run_with_only_unchanged_reports_says_why_its_feed_is_empty(crawled):
    server, folder, _first, second = crawled
    assert (folder / "second.jsonl").read_text("utf-8") == ""
    reports = len(server.site.expected)
    assert f"The feed holds no reports: all {reports} found are unchanged" in second.stderr
    assert "gongkai export" in second.stderr


@pytest.mark.skipif(shutil.which("script") is None, reason="needs util-linux script for a terminal")
def test_progress_lines_and_a_bar_on_a_terminal_without_garbled_log_lines(crawled, tmp_path):
    _server, folder, *_ = crawled
    command, env = crawl_command(
        folder,
        "-a",
        f"portals_file={folder / 'demo_portals.toml'}",
        "-s",
        f"STORE_PATH={tmp_path / 'fresh.sqlite'}",
        "-O",
        str(tmp_path / "tty.jsonl"),
    )
    env |= {"GONGKAI_PROGRESS_INTERVAL": "0.3", "GONGKAI_PER_DOMAIN": "1"}
    shell = "stty cols 120 rows 40; " + " ".join(command)  # a terminal of a real size
    result = subprocess.run(
        ["script", "-qec", shell, "/dev/null"], cwd=folder, env=env, capture_output=True, timeout=300
    )
    lines = [line for line in re.split(r"[\r\n]+", result.stdout.decode("utf-8", "replace")) if line.strip()]
    bars = [line for line in lines if re.match(r"pages: \d+ pages \[", line)]
    progress = [line for line in lines if "INFO: Progress:" in line]
    assert bars and progress
    assert all(
        re.match(r"20\d\d-\d\d-\d\d \d\d:\d\d:\d\d \[crawler\.extensions\] INFO: Progress: \d+", line)
        for line in progress
    )
