"""Report bodies for the demo portals: the five real seed reports, and template reports with synthetic numbers."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

SEEDS = Path(__file__).with_name("seeds")

APPLICANTS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")
DENIED = (
    "1.属于国家秘密",
    "2.其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”",
    "4.保护第三方合法权益",
    "5.属于三类内部事务信息",
    "6.属于四类过程性信息",
    "7.属于行政执法案卷",
    "8.属于行政查询事项",
)
UNABLE = ("1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确")
NOT_PROCESSED = (
    "1.信访举报投诉类申请",
    "2.重复申请",
    "3.要求提供公开出版物",
    "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息",
)
OTHER = (
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "3.其他",
)
APPEAL_RESULTS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")


@dataclass(frozen=True)
class SeedReport:
    """A real report page's text (shared/seeds), split into the chrome above, the body and the chrome below."""

    title: str
    head: tuple[str, ...]
    body: tuple[str, ...]
    foot: tuple[str, ...]

    def paragraphs(self) -> str:
        """The body as HTML paragraphs, exactly the seed's text."""
        return "\n".join(f"<p>{escape(line.strip())}</p>" for line in self.body if line.strip())


def _seed_lines(prefix: str) -> list[str]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8").split("\n")


def seed_report(prefix: str) -> SeedReport:
    """Seed `prefix` (000…004) split at the places its page chrome begins and ends."""
    lines = _seed_lines(prefix)
    if prefix == "000":
        return SeedReport(lines[2], tuple(lines[0:7]), tuple(lines[8:87]), tuple(lines[87:]))
    if prefix == "001":
        return SeedReport(lines[0], (lines[2],), tuple(lines[4:40]), tuple(lines[40:]))
    if prefix == "002":
        # The seed page carried no title line; this is the title its body announces.
        return SeedReport("辽阳市2016年政府信息公开工作年度报告", (), tuple(lines), ())
    if prefix == "003":
        return SeedReport(lines[0], tuple(lines[4:11]), (lines[2], *lines[12:42]), tuple(lines[43:]))
    if prefix == "004":
        return SeedReport(lines[5], tuple(lines[0:5]), tuple(lines[6:47]), tuple(lines[49:]))
    raise KeyError(prefix)


def _split(total: int, parts: int, rng: random.Random) -> list[int]:
    """`total` spread over `parts` non-negative integers, mostly in the first few."""
    shares = [0] * parts
    weights = [8, 2, 1] + [0.3] * (parts - 3) if parts > 3 else [1] * parts
    for _ in range(total):
        shares[rng.choices(range(parts), weights=weights[:parts])[0]] += 1
    return shares


def template_numbers(seed: int) -> dict:
    """Statistics for a template report, consistent with every integrity rule of 表三 and 表四."""
    rng = random.Random(seed)
    leaves = 2 + len(DENIED) + len(UNABLE) + len(NOT_PROCESSED) + len(OTHER)
    columns = []
    for applicant in range(6):
        new = rng.randint(0, 60) if applicant in (0, 1) else rng.randint(0, 4)
        carried = rng.randint(0, 3) if applicant == 0 else 0
        forward = rng.randint(0, min(2, new + carried))
        outcome = _split(new + carried - forward, leaves, rng)
        columns.append({"new": new, "carried": carried, "forward": forward, "outcome": outcome})
    total = {
        "new": sum(c["new"] for c in columns),
        "carried": sum(c["carried"] for c in columns),
        "forward": sum(c["forward"] for c in columns),
        "outcome": [sum(c["outcome"][i] for c in columns) for i in range(leaves)],
    }
    appeals = []
    for _ in range(3):
        group = [rng.randint(0, 3) for _ in range(4)]
        appeals += [*group, sum(group)]
    return {
        "regulations": [rng.randint(0, 3), rng.randint(0, 2), rng.randint(5, 40)],
        "normative": [rng.randint(2, 30), rng.randint(0, 10), rng.randint(40, 300)],
        "licensing": rng.randint(1000, 90000),
        "punishment": rng.randint(100, 9000),
        "coercion": rng.randint(0, 300),
        "fees": round(rng.uniform(10, 900), 2),
        "active_items": rng.randint(3000, 40000),
        "requests": [*columns, total],
        "appeals": appeals,
    }


def _cells(values, tag: str = "td") -> str:
    return "".join(f"<{tag}>{escape(str(v))}</{tag}>" for v in values)


def table_two_2021(n: dict) -> str:
    """表二 in the 2021 layout (merged header cells as in the official Word template)."""
    return f"""<table border="1" cellspacing="0" class="MsoNormalTable">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td>{_cells(n["regulations"])}</tr>
<tr><td>行政规范性文件</td>{_cells(n["normative"])}</tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">{n["licensing"]}</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">{n["punishment"]}</td></tr>
<tr><td>行政强制</td><td colspan="3">{n["coercion"]}</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">{n["fees"]}</td></tr>
</table>"""


def table_two_2019(n: dict) -> str:
    """表二 in the 2019 trial layout (新制作/新公开/对外公开总数; 上一年项目数量/本年增/减; （九）采购)."""
    regs, norm = n["regulations"], n["normative"]
    return f"""<table border="1">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>
<tr><td>规章</td>{_cells([regs[0], regs[0], regs[2]])}</tr>
<tr><td>规范性文件</td>{_cells([norm[0], norm[0], norm[2]])}</tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
<tr><td>行政许可</td>{_cells([312, -18, n["licensing"]])}</tr>
<tr><td>其他对外管理服务事项</td>{_cells([57, 4, 1290])}</tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
<tr><td>行政处罚</td>{_cells([1420, 0, n["punishment"]])}</tr>
<tr><td>行政强制</td>{_cells([25, -2, n["coercion"]])}</tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td colspan="2">本年增/减</td></tr>
<tr><td>行政事业性收费</td><td>36</td><td colspan="2">-3</td></tr>
<tr><td colspan="4">第二十条第（九）项</td></tr>
<tr><td>信息内容</td><td>采购项目数量</td><td colspan="2">采购总金额</td></tr>
<tr><td>政府集中采购</td><td>86</td><td colspan="2">23815600元</td></tr>
</table>"""


def table_three(n: dict, trial: bool, split: bool = False) -> str:
    """表三 with its three-level merged row labels; the 2019 trial format has one （六）其他处理 row. `split` breaks
    it after （三）不予公开 into a second table that repeats the header rows, as reports printed over two pages do."""
    columns = n["requests"]

    def row(index: int) -> str:
        return _cells([c["outcome"][index] for c in columns])

    denied_at, unable_at = 2, 2 + len(DENIED)
    not_processed_at = unable_at + len(UNABLE)
    other_at = not_processed_at + len(NOT_PROCESSED)
    first_part = 2 + len(DENIED)
    result_rows = 2 + len(DENIED) + len(UNABLE) + len(NOT_PROCESSED) + (1 if trial else len(OTHER)) + 1
    header = [
        '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
        '<td colspan="7">申请人情况</td></tr>',
        '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
        "<tr><td>商业 企业</td><td>科研 机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>",
    ]
    lines = [
        '<table border="1" cellspacing="0">',
        *header,
        f'<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>{_cells([c["new"] for c in columns])}</tr>',
        f'<tr><td colspan="3">二、上年结转政府信息公开申请数量</td>{_cells([c["carried"] for c in columns])}</tr>',
        f'<tr><td rowspan="{first_part if split else result_rows}">三、本年度办理结果</td>'
        f'<td colspan="2">（一）予以公开</td>{row(0)}</tr>',
        '<tr><td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>' + row(1) + "</tr>",
    ]
    groups = (
        ("（三）不予公开", DENIED, denied_at),
        ("（四）无法提供", UNABLE, unable_at),
        ("（五）不予处理", NOT_PROCESSED, not_processed_at),
    )
    for group, labels, at in groups:
        if split and at == unable_at:
            lines += ["</table>", "<p>（续表）</p>", '<table border="1" cellspacing="0">', *header]
        for i, label in enumerate(labels):
            head = f'<td rowspan="{len(labels)}">{group}</td>' if i == 0 else ""
            if split and at == unable_at and i == 0:
                head = f'<td rowspan="{result_rows - first_part}">三、本年度办理结果</td>' + head
            lines.append(f"<tr>{head}<td>{label}</td>{row(at + i)}</tr>")
    if trial:
        merged = [sum(c["outcome"][other_at + i] for i in range(len(OTHER))) for c in columns]
        lines.append(f'<tr><td colspan="2">（六）其他处理</td>{_cells(merged)}</tr>')
    else:
        for i, label in enumerate(OTHER):
            head = f'<td rowspan="{len(OTHER)}">（六）其他处理</td>' if i == 0 else ""
            lines.append(f"<tr>{head}<td>{label}</td>{row(other_at + i)}</tr>")
    totals = [sum(c["outcome"]) + c.get("total_off_by", 0) for c in columns]
    lines.append(f'<tr><td colspan="2">（七）总计</td>{_cells(totals)}</tr>')
    lines.append(f'<tr><td colspan="3">四、结转下年度继续办理</td>{_cells([c["forward"] for c in columns])}</tr>')
    lines.append("</table>")
    return "\n".join(lines)


def table_four(n: dict) -> str:
    """表四: one row of 15 numbers under two header rows."""
    return f"""<table border="1" cellspacing="0">
<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr>{"".join(f'<td rowspan="2">{r}</td>' for r in APPEAL_RESULTS)}<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr>{_cells(APPEAL_RESULTS * 2)}</tr>
<tr>{_cells(n["appeals"])}</tr>
</table>"""


# Cells the "gaps" variant reports as not given, keyed by the generator's names: (applicant column, row) in
# 表三 and the position in 表四's row of 15 → the text printed there.
UNREPORTED_REQUESTS = {(4, "carried"): "/", (2, "new"): "—", (2, "forward"): ""}
UNREPORTED_APPEALS = {12: "—"}


def template_numbers_for(seed: int, variant: str | None) -> dict:
    """template_numbers, with the "gaps" variant's unreported cells and its total that is off by one."""
    n = template_numbers(seed)
    if variant == "gaps":
        for (column, row), text in UNREPORTED_REQUESTS.items():
            n["requests"][column][row] = text
        for index, text in UNREPORTED_APPEALS.items():
            n["appeals"][index] = text
        n["requests"][0]["total_off_by"] = 1  # the report's （七）总计 for 自然人 is one too high
    return n


def template_report(body_name: str, year: int, seed: int, trial: bool = False, variant: str | None = None) -> str:
    """A report in the 2021 (or 2019 trial) format: six sections and the three statistics tables, as HTML.

    Variants imitate real layouts: "split" (表三 over two tables), "word" (Word-pasted cell markup), "gaps"
    (cells left blank, — or /, and a total that does not add up).
    """
    n = template_numbers_for(seed, variant)
    total_requests = n["requests"][-1]
    sections = [
        "<p>一、总体情况</p>",
        f"<p>{year}年，{body_name}深入贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，"
        f"全年主动公开政府信息{n['active_items']}条，收到政府信息公开申请{total_requests['new']}件，"
        "依法依规做好答复工作。</p>",
        "<p>（一）主动公开。围绕重大决策部署、重点领域信息和政策解读，及时通过政府网站、政务新媒体发布信息。</p>",
        "<p>（二）依申请公开。规范受理、登记、办理、答复等环节，按时办结率100%。</p>",
        "<p>（三）政府信息管理。严格落实信息发布保密审查制度，动态更新政府信息公开指南。</p>",
        "<p>（四）平台建设。推进政府网站集约化，优化政府信息公开专栏。</p>",
        "<p>（五）监督保障。将政务公开纳入绩效考核，开展业务培训2次。</p>",
        "<p>二、主动公开政府信息情况</p>",
        table_two_2019(n) if trial else table_two_2021(n),
        "<p>三、收到和处理政府信息公开申请情况</p>",
        table_three(n, trial, split=variant == "split"),
        "<p>四、政府信息公开行政复议、行政诉讼情况</p>",
        table_four(n),
        "<p>五、存在的主要问题及改进情况</p>",
        "<p>存在的主要问题：一是政策解读形式还不够丰富；二是基层政务公开标准化规范化水平有待提升。"
        "改进措施：一是丰富解读形式；二是加强业务培训和督促指导。</p>",
        "<p>六、其他需要报告的事项</p>",
        f"<p>本年度未收取信息处理费。{body_name}认真落实上级关于政务公开工作要点的部署，相关情况已在政府网站公开。</p>",
    ]
    html = "\n".join(sections)
    return word_pasted(html) if variant == "word" else html


def word_pasted(html: str) -> str:
    """Table cells as Word pastes them: MsoNormal paragraphs, styled spans, <o:p>, non-breaking spaces, ASCII brackets."""

    def cell(match) -> str:
        text = match.group(2).replace("（", "(").replace("）", ")").replace(" ", "&nbsp;")
        return (
            f"<td{match.group(1)} style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal "
            f"align=center><span style='font-size:10.5pt;font-family:宋体'>{text}<span lang=EN-US><o:p></o:p>"
            "</span></span></p></td>"
        )

    return re.sub(r"<td([^>]*)>(.*?)</td>", cell, html)
