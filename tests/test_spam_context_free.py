"""Table cells and metadata values judged once per process when their judging read nothing of the page, and per page
when it did: the same item whatever pages came before."""

from __future__ import annotations

from pipelines.items import Report
from pipelines.spam import CONTEXT_FREE_JUDGED, clean_report

# An address in a site slot: the page's own site on its own host, spam on any other.
ADDRESS_CELL = "网址：www.hcwjzq.com"
LABEL_CELL = "本年新制作数量"


def page_on(host: str) -> Report:
    return Report(
        url=f"http://{host}/art/1.html",
        portal="jiangxi_jian_jizhou",
        title=None,
        region="江西省吉安市吉州区",
        text="",
        tables=[{"caption": None, "rows": [[LABEL_CELL, ADDRESS_CELL], ["1", "2"]]}],
        page_meta={"网址": ADDRESS_CELL},
        sha256="x",
    )


def test_a_value_whose_judging_reads_the_page_is_judged_on_each_page():
    alone = {host: clean_report(page_on(host)) for host in ("www.hcwjzq.com", "www.jzq.gov.cn")}
    for order in (("www.hcwjzq.com", "www.jzq.gov.cn"), ("www.jzq.gov.cn", "www.hcwjzq.com")):
        for host in order:
            assert clean_report(page_on(host)) == alone[host]
    own, other = alone["www.hcwjzq.com"], alone["www.jzq.gov.cn"]
    assert own.tables[0]["rows"][0][1] == ADDRESS_CELL and own.spam == []
    assert other.tables[0]["rows"][0][1] == "网址："
    found = {"found": "www.hcwjzq.com", "replaced_by": "", "kind": "spam_domain"}
    assert other.spam == [found | {"fields": ["tables", "page_meta"], "count": 2}]
    assert ADDRESS_CELL not in CONTEXT_FREE_JUDGED and CONTEXT_FREE_JUDGED[LABEL_CELL] == (LABEL_CELL, [])
