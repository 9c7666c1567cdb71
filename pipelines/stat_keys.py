"""Every statistics key the parser can give, in the documented order (SCHEMA.md), each with what it counts.

The panel export lays its columns out in this order and the data package describes each column from here; a key
the parser gives that is missing here still reaches the export, after these, so nothing read is ever dropped.
"""

from __future__ import annotations

from pipelines.stats import APPEAL_KINDS, APPEAL_RESULTS, APPLICANT_COLUMNS

# 表二 rows and the fields each has (2021 and 2019 trial formats), with the template's own labels.
ACTIVE_ROWS = (
    ("regulations", "规章", ("issued", "repealed", "in_force", "new_published")),
    ("normative_documents", "（行政）规范性文件", ("issued", "repealed", "in_force", "new_published")),
    ("licensing", "行政许可", ("decisions", "previous_items", "change")),
    ("other_services", "其他对外管理服务事项 (2019)", ("decisions", "previous_items", "change")),
    ("punishment", "行政处罚", ("decisions", "previous_items", "change")),
    ("coercion", "行政强制", ("decisions", "previous_items", "change")),
    ("fees", "行政事业性收费", ("amount_10k_yuan", "previous_items", "change")),
    ("procurement", "政府集中采购 (2019)", ("projects", "amount_yuan")),
)
ACTIVE_FIELDS = {
    "issued": "本年制发件数 (2019: 本年新制作数量)",
    "repealed": "本年废止件数",
    "in_force": "现行有效件数 (2019: 对外公开总数量)",
    "new_published": "本年新公开数量 (2019)",
    "decisions": "本年处理决定数量",
    "previous_items": "上一年项目数量 (2019)",
    "change": "本年增/减 (2019), signed",
    "amount_10k_yuan": "本年收费金额, 万元",
    "projects": "采购项目数量",
    "amount_yuan": "采购总金额, 元",
}
# 表三 rows in the template's order, with their labels.
REQUEST_ROWS = (
    ("new", "一、本年新收政府信息公开申请数量"),
    ("carried_over", "二、上年结转政府信息公开申请数量"),
    ("granted", "三（一）予以公开"),
    ("partly_granted", "三（二）部分公开"),
    ("denied.state_secret", "三（三）不予公开 1.属于国家秘密"),
    ("denied.prohibited_by_law", "三（三）不予公开 2.其他法律行政法规禁止公开"),
    ("denied.three_safeties", "三（三）不予公开 3.危及“三安全一稳定”"),
    ("denied.third_party", "三（三）不予公开 4.保护第三方合法权益"),
    ("denied.internal_affairs", "三（三）不予公开 5.属于三类内部事务信息"),
    ("denied.process_info", "三（三）不予公开 6.属于四类过程性信息"),
    ("denied.enforcement_files", "三（三）不予公开 7.属于行政执法案卷"),
    ("denied.inquiry", "三（三）不予公开 8.属于行政查询事项"),
    ("unable.not_held", "三（四）无法提供 1.本机关不掌握相关政府信息"),
    ("unable.needs_creation", "三（四）无法提供 2.没有现成信息需要另行制作"),
    ("unable.unclear", "三（四）无法提供 3.补正后申请内容仍不明确"),
    ("not_processed.petition", "三（五）不予处理 1.信访举报投诉类申请"),
    ("not_processed.repeated", "三（五）不予处理 2.重复申请"),
    ("not_processed.publication", "三（五）不予处理 3.要求提供公开出版物"),
    ("not_processed.excessive", "三（五）不予处理 4.无正当理由大量反复申请"),
    ("not_processed.confirmation", "三（五）不予处理 5.要求行政机关确认或重新出具已获取信息"),
    ("other.overdue_correction", "三（六）其他处理 1.申请人无正当理由逾期不补正"),
    ("other.unpaid_fee", "三（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用"),
    ("other.other", "三（六）其他处理 3.其他"),
    ("other.all", "三（六）其他处理, one row (2019)"),
    ("total", "三（七）总计"),
    ("carried_forward", "四、结转下年度继续办理"),
)
OLDER_KEYS = (
    ("active.items", "主动公开政府信息数 (pre-2019 reports)"),
    ("active.channel.website", "主动公开: 政府网站 (pre-2019)"),
    ("active.channel.gazette", "主动公开: 政府公报 (pre-2019)"),
    ("active.channel.other", "主动公开: 其他方式 (pre-2019)"),
    ("requests.denied.all.total", "不同意公开答复数, one number (pre-2019)"),
    ("requests.unable.all.total", "信息不存在/非本机关/申请内容不明确, one number (pre-2019)"),
    *(
        (f"requests.channel.{way}", f"申请方式: {label} (pre-2019)")
        for way, label in (
            ("in_person", "当面"),
            ("online", "网上"),
            ("mail", "信函"),
            ("fax", "传真"),
            ("email", "电子邮件"),
            ("other", "其他"),
        )
    ),
    ("appeals.litigation.total", "行政诉讼数, not split by kind (pre-2019)"),
    ("appeals.complaints.total", "申诉数 (pre-2019)"),
    ("fees.collected_yuan", "依申请公开 / 信息处理费 collected, 元; 0 when the report says none was charged"),
)


def _keys() -> dict[str, str]:
    keys = {}
    for row, label, fields in ACTIVE_ROWS:
        for field in fields:
            keys[f"active.{row}.{field}"] = f"表二 {label}: {ACTIVE_FIELDS[field]}"
    for row, label in REQUEST_ROWS:
        for column_label, column in APPLICANT_COLUMNS:
            keys[f"requests.{row}.{column}"] = f"表三 {label}: {column_label}"
    for kind_label, kind in sorted(
        APPEAL_KINDS, key=lambda pair: ("行政复议", "未经复议直接起诉", "复议后起诉").index(pair[0])
    ):
        for result_label, result in APPEAL_RESULTS:
            keys[f"appeals.{kind}.{result}"] = f"表四 {kind_label}: {result_label}"
    keys.update(OLDER_KEYS)
    return keys


STAT_KEYS: dict[str, str] = _keys()


def ordered_keys(found: set[str]) -> list[str]:
    """`found` in the documented order, keys not documented here after them (sorted), none dropped."""
    return [key for key in STAT_KEYS if key in found] + sorted(found - STAT_KEYS.keys())
