"""Integrity rules of the template tables (DOMAIN.md): a broken rule is recorded, the report is kept."""

from __future__ import annotations

from dataclasses import replace

from pipelines.items import Report
from pipelines.stats import APPLICANT_COLUMNS

COLUMNS = tuple(field for _name, field in APPLICANT_COLUMNS)
OUTCOME_GROUPS = ("granted", "partly_granted", "denied.", "unable.", "not_processed.", "other.")
TABLE_FOUR_KINDS = ("reconsideration", "litigation_direct", "litigation_after_reconsideration")


def _outcome_rows(stats: dict) -> list[str]:
    """The leaf rows of 三、本年度办理结果 that this report has (other.all stands for the 2019 single row)."""
    rows = {key.split(".", 1)[1].rsplit(".", 1)[0] for key in stats if key.startswith("requests.")}
    return sorted(row for row in rows if row.startswith(OUTCOME_GROUPS))


def _every_outcome_group(rows: list[str]) -> bool:
    """Whether the rows reach every group of 办理结果: a partly read 表三 (a PDF line refused, a bare row left out)
    lacks whole groups, and its leaves cannot be held to the total."""
    return all(any(row.startswith(group) for row in rows) for group in OUTCOME_GROUPS)


def integrity_checks(stats: dict) -> list[dict]:
    """Every rule that fails: {"rule", "expected", "found"}; rules with a value not reported are not judged."""
    failed = []

    def check(rule: str, expected, found) -> None:
        if expected is not None and found is not None and abs(expected - found) > 1e-9:
            failed.append({"rule": rule, "expected": expected, "found": found})

    outcomes = _outcome_rows(stats)
    for column in COLUMNS:
        new, carried, total, forward = (
            stats.get(f"requests.{row}.{column}") for row in ("new", "carried_over", "total", "carried_forward")
        )
        if None not in (new, carried, total, forward):
            check(f"t3.balance.{column}", new + carried, total + forward)
        leaves = [stats.get(f"requests.{row}.{column}") for row in outcomes]
        if _every_outcome_group(outcomes) and total is not None and None not in leaves:
            check(f"t3.sum.{column}", sum(leaves), total)
    for row in ("new", "carried_over", *outcomes, "total", "carried_forward"):
        parts = [stats.get(f"requests.{row}.{column}") for column in COLUMNS[:-1]]
        if None not in parts:
            check(f"t3.total_column.{row}", sum(parts), stats.get(f"requests.{row}.total"))
    for kind in TABLE_FOUR_KINDS:
        parts = [stats.get(f"appeals.{kind}.{result}") for result in ("upheld", "corrected", "other", "pending")]
        if None not in parts:
            check(f"t4.{kind}.total", sum(parts), stats.get(f"appeals.{kind}.total"))
    return failed


def validate_report(report: Report) -> Report:
    """The report with every failed integrity rule recorded in `checks`; a broken rule never drops it."""
    return replace(report, checks=integrity_checks(report.stats))
