"""Write expected.json for the demo's template reports from the numbers the pages are rendered from.

The gold files of template reports come from crawler/demo/reports.py's numbers, mapped to the schema here by hand,
never from the parser, so a parser mistake cannot hide in its own expectations. Run again only when the demo's
template reports change on purpose; the seed reports' gold files are written by reading them and are not touched.
"""

from __future__ import annotations

import json
from pathlib import Path

from crawler.demo.reports import DENIED, NOT_PROCESSED, OTHER, UNABLE, template_numbers_for

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
COLUMNS = ("natural_person", "business", "research", "public_interest", "legal_service", "other_org", "total")
DENIED_KEYS = (
    "state_secret",
    "prohibited_by_law",
    "three_safeties",
    "third_party",
    "internal_affairs",
    "process_info",
    "enforcement_files",
    "inquiry",
)
UNABLE_KEYS = ("not_held", "needs_creation", "unclear")
NOT_PROCESSED_KEYS = ("petition", "repeated", "publication", "excessive", "confirmation")
OTHER_KEYS = ("overdue_correction", "unpaid_fee", "other")
SECTIONS = [
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
]
# (portal, saved page, seed, trial, variant, fields read off the page itself)
CASES = [
    (
        "hunan_yongzhou",
        "yongzhou_zfxxgknb_202201_t20220125_2001.htm",
        2021,
        False,
        None,
        {
            "title": "永州市2021年政府信息公开工作年度报告",
            "year": 2021,
            "published": "2022-01-25",
            "publisher": "永州市",
            "region": "湖南省永州市",
            "region_code": "431100",
            "level": "city",
            "lang": "zh-Hans",
        },
    ),
    (
        "hunan_yongzhou",
        "yongzhou_zfxxgknb_202101_t20210128_2003.htm",
        2020,
        True,
        None,
        {
            "title": "永州市2020年政府信息公开工作年度报告",
            "year": 2020,
            "published": "2021-01-28",
            "publisher": "永州市",
            "region": "湖南省永州市",
            "region_code": "431100",
            "level": "city",
            "lang": "zh-Hans",
        },
    ),
    (
        "liaoning_liaoyang",
        "liaoyang_art_2022_1_20_art_3327_855.html",
        2121,
        False,
        "split",
        {
            "title": "辽阳市2021年政府信息公开工作年度报告",
            "year": 2021,
            "published": "2022-01-20",
            "publisher": "辽阳市",
            "region": "辽宁省辽阳市",
            "region_code": "211000",
            "level": "city",
            "lang": "zh-Hans",
        },
    ),
    (
        "liaoning_liaoyang",
        "liaoyang_art_2024_1_20_art_3327_950.html",
        2123,
        False,
        "word",
        {
            "title": "辽阳市2023年政府信息公开工作年度报告",
            "year": 2023,
            "published": "2024-01-20",
            "publisher": "辽阳市",
            "region": "辽宁省辽阳市",
            "region_code": "211000",
            "level": "city",
            "lang": "zh-Hans",
        },
    ),
    (
        "guangdong_shaoguan",
        "shaoguan_gkmlpt_content_2_2343_post_2345673.html",
        443,
        False,
        "gaps",
        {
            "title": "韶关市2021年政府信息公开工作年度报告",
            "year": 2021,
            "published": "2022-01-13",
            "publisher": "韶关市",
            "region": "广东省韶关市",
            "region_code": "440200",
            "level": "city",
            "lang": "zh-Hans",
        },
    ),
    (
        "guangdong_shaoguan",
        "shaoguan_gkmlpt_content_2_2344_post_2345674.html",
        444,
        False,
        None,
        {
            "title": "韶关市教育局2022年政府信息公开工作年度报告",
            "year": 2022,
            "published": "2023-01-14",
            "publisher": "韶关市教育局",
            "region": "广东省韶关市",
            "region_code": "440200",
            "level": "department",
            "lang": "zh-Hans",
        },
    ),
    (
        "neimenggu_baotou",
        "baike_wiki_baotou-2021-report_88001234",
        1502,
        False,
        None,
        {
            "title": "包头市2021年政府信息公开工作年度报告",
            "year": 2021,
            "published": None,
            "publisher": "包头市",
            "region": "内蒙古自治区包头市",
            "region_code": "150200",
            "level": "city",
            "lang": "zh-Hant",
        },
    ),
]


def number(value):
    """A cell the generator printed: a number, or None for —, / and blank."""
    return value if isinstance(value, int | float) else None


def expected_stats(seed: int, trial: bool, variant: str | None) -> tuple[dict, list]:
    n = template_numbers_for(seed, variant)
    stats: dict = {}
    regs, norm = n["regulations"], n["normative"]
    if trial:
        for key, values in (("regulations", regs), ("normative_documents", norm)):
            stats |= {
                f"active.{key}.issued": values[0],
                f"active.{key}.new_published": values[0],
                f"active.{key}.in_force": values[2],
            }
        for key, previous, change, decisions in (
            ("licensing", 312, -18, n["licensing"]),
            ("other_services", 57, 4, 1290),
            ("punishment", 1420, 0, n["punishment"]),
            ("coercion", 25, -2, n["coercion"]),
        ):
            stats |= {
                f"active.{key}.previous_items": previous,
                f"active.{key}.change": change,
                f"active.{key}.decisions": decisions,
            }
        stats |= {
            "active.fees.previous_items": 36,
            "active.fees.change": -3,
            "active.procurement.projects": 86,
            "active.procurement.amount_yuan": 23815600,
        }
    else:
        for key, values in (("regulations", regs), ("normative_documents", norm)):
            stats |= dict(
                zip((f"active.{key}.issued", f"active.{key}.repealed", f"active.{key}.in_force"), values, strict=True)
            )
        stats |= {
            "active.licensing.decisions": n["licensing"],
            "active.punishment.decisions": n["punishment"],
            "active.coercion.decisions": n["coercion"],
            "active.fees.amount_10k_yuan": n["fees"],
        }
    rows = [
        "granted",
        "partly_granted",
        *(f"denied.{k}" for k in DENIED_KEYS),
        *(f"unable.{k}" for k in UNABLE_KEYS),
        *(f"not_processed.{k}" for k in NOT_PROCESSED_KEYS),
    ]
    assert len(rows) == 2 + len(DENIED) + len(UNABLE) + len(NOT_PROCESSED)
    other_at = len(rows)
    for column, data in zip(COLUMNS, n["requests"], strict=True):
        stats[f"requests.new.{column}"] = number(data["new"])
        stats[f"requests.carried_over.{column}"] = number(data["carried"])
        for index, row in enumerate(rows):
            stats[f"requests.{row}.{column}"] = data["outcome"][index]
        others = data["outcome"][other_at : other_at + len(OTHER)]
        if trial:
            stats[f"requests.other.all.{column}"] = sum(others)
        else:
            stats |= {f"requests.other.{key}.{column}": value for key, value in zip(OTHER_KEYS, others, strict=True)}
        stats[f"requests.total.{column}"] = sum(data["outcome"]) + data.get("total_off_by", 0)
        stats[f"requests.carried_forward.{column}"] = number(data["forward"])
    kinds = ("reconsideration", "litigation_direct", "litigation_after_reconsideration")
    results = ("upheld", "corrected", "other", "pending", "total")
    for index, value in enumerate(n["appeals"]):
        stats[f"appeals.{kinds[index // 5]}.{results[index % 5]}"] = number(value)
    stats["fees.collected_yuan"] = 0  # section 六: 本年度未收取信息处理费
    checks = []
    if variant == "gaps":  # the 自然人 total printed one too high: three rules break
        person, column_totals = n["requests"][0], [sum(c["outcome"]) + c.get("total_off_by", 0) for c in n["requests"]]
        checks = [
            {
                "rule": "t3.balance.natural_person",
                "expected": person["new"] + person["carried"],
                "found": column_totals[0] + person["forward"],
            },
            {"rule": "t3.sum.natural_person", "expected": sum(person["outcome"]), "found": column_totals[0]},
            {"rule": "t3.total_column.total", "expected": sum(column_totals[:6]), "found": column_totals[6]},
        ]
    return stats, checks


def main() -> None:
    for portal, page, seed, trial, variant, fields in CASES:
        stats, checks = expected_stats(seed, trial, variant)
        preamble = [None] if portal == "neimenggu_baotou" else []  # the mirror's container starts with the title
        expected = fields | {
            "index_no": None,
            "template": "2019" if trial else "2021",
            "stats": stats,
            "checks": checks,
            "sections": preamble + SECTIONS,
            "spam": [],
        }
        path = FIXTURES / portal / f"{page}.expected.json"
        path.write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
