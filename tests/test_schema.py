"""The item schema in the repo (pipelines/report.schema.json) says what pipelines.items.Report says."""

from __future__ import annotations

import jsonschema
import pytest
from itemadapter import ItemAdapter

from pipelines.chain import report_from_page
from pipelines.items import RawPage, Report
from tests.conftest import REPORT_SCHEMA, assert_valid_report, saved_page


def test_schema_fields_and_descriptions_are_the_dataclass_fields_and_docstrings():
    generated = ItemAdapter.get_json_schema(Report)["properties"]
    assert list(REPORT_SCHEMA["properties"]) == list(generated)
    for name, prop in REPORT_SCHEMA["properties"].items():
        assert prop["description"] == generated[name]["description"], name


def test_a_parsed_report_validates_and_a_broken_one_does_not():
    page = saved_page("hunan_yongzhou", "yongzhou_zfxxgknb_202201_t20220125_2001.htm")
    item = ItemAdapter(
        report_from_page(RawPage("hunan_yongzhou", page.url, page.body, page.content_type, "x"))
    ).asdict()
    assert_valid_report(item)
    for field, bad in (("year", "2021"), ("region_code", 430000), ("stats", {"requests.new.total": "3"}), ("extra", 1)):
        with pytest.raises(jsonschema.ValidationError):
            assert_valid_report(item | {field: bad})
