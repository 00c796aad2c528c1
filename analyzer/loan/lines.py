"""The legal lines a loan's annual rate is compared with, and the plain-Chinese
explanation of a LoanCost. Values and citations come from knowledge/data
(interest_lines.toml, lpr.toml); this module only decides which apply."""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from analyzer.report import InputError
from knowledge.lpr import InterestLine, load_interest_rules, load_lpr_history

if TYPE_CHECKING:  # pragma: no cover
    from analyzer.loan.cost import LoanCost

LENDER_KINDS: dict[str, str] = {
    "bank": "银行",
    "consumer_finance_company": "消费金融公司",
    "microloan_company": "小额贷款公司",
    "finance_leasing": "融资租赁公司",
    "online_platform": "网络借贷平台",
    "private": "个人或没有放贷资格的机构",
    "unknown": "不清楚",
}
# The analyzer's lender kinds that are not lenders themselves.
_KIND_ALIASES = {"collection_agency": "unknown"}
READING_LABELS = {
    "financial_institution": "如果实际出钱的是持牌金融机构（银行、消费金融公司、小额贷款公司等）",
    "private_lending": "如果实际出钱的是个人或没有放贷资格的机构",
}

_SHORT_READING = {"financial_institution": "【若是持牌金融机构】", "private_lending": "【若是个人或无牌机构】"}


@dataclass(frozen=True)
class RateLine:
    id: str
    name: str
    reading: str
    applies: bool
    value: float | None  # annual rate as a fraction (0.24 = 24%); None when it cannot be known
    exceeded: bool | None
    verdict: str
    note: str
    meaning: str
    citation: dict[str, str]
    lpr_percent: float | None = None
    lpr_source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "reading": self.reading,
            "reading_label": READING_LABELS[self.reading], "applies": self.applies,
            "value": None if self.value is None else round(self.value, 6), "exceeded": self.exceeded,
            "verdict": self.verdict, "note": self.note, "meaning": self.meaning,
            "lpr_percent": self.lpr_percent, "lpr_source": self.lpr_source, "citation": dict(self.citation),
        }


@dataclass(frozen=True)
class UpfrontRule:
    meaning: str
    citation: dict[str, str]

    def to_dict(self) -> dict[str, Any]:
        return {"meaning": self.meaning, "citation": dict(self.citation)}


def pct(x: float | None) -> str:
    if x is None or not math.isfinite(x):
        return "大到无法写出"
    return f"{x * 100:,.2f}%"


def pct_readable(x: float | None) -> str:
    """Like pct(), but a compounded rate beyond 10,000% is only said to be beyond it."""
    if x is not None and math.isfinite(x) and x <= 100:
        return pct(x)
    return "超过10,000%"


def _about(text: str) -> str:
    return text if text.startswith("超过") else "约" + text


def yuan(x: float) -> str:
    return f"{x:,.2f}元"


def lender_kind(value: str | None) -> str:
    kind = _KIND_ALIASES.get(value or "unknown", value or "unknown")
    if kind not in LENDER_KINDS:
        raise InputError(f"出借方类型“{value}”不认识，可选：{'、'.join(LENDER_KINDS)}。")
    return kind


def _user_lpr(value: Any) -> float | None:
    if value is None or value == "":
        return None
    try:
        lpr = float(str(value).replace("%", "").strip())
    except ValueError:
        raise InputError(f"一年期LPR“{value}”不是数字，请写成 3.0 这样的百分数。") from None
    if not 0 < lpr < 20:
        raise InputError("一年期LPR应该是0到20之间的百分数，例如 3.0。")
    return lpr


def _lpr_line_value(line: InterestLine, when: date | None, user_lpr: float | None
                    ) -> tuple[float | None, float | None, str | None, str]:
    """(line value, LPR % used, LPR source, note)."""
    multiple = line.lpr_multiple or 0
    if when is not None and line.applies_from is not None and when < line.applies_from:
        return None, None, None, (f"4倍LPR的规则从{line.applies_from}起适用；更早签的合同适用当时的旧规定，"
                                  "本工具不计算这条线。")
    if user_lpr is not None:
        return multiple * user_lpr / 100, user_lpr, None, f"按你填写的一年期LPR {user_lpr:g}% 计算。"
    history = load_lpr_history()
    latest = history.prints[-1]
    hint = (f"例如{latest.effective_from}至{history.covered_until}之间签的合同，一年期LPR为"
            f"{latest.rate_percent:g}%，{multiple:g}倍即年{multiple * latest.rate_percent:g}%。")
    if when is None:
        return None, None, None, "没有填写借款日期，无法确定当时的LPR。请填写借款日期，或直接填写当时的一年期LPR。" + hint
    found = history.on(when)
    if found is None:
        return None, None, None, (f"我们只核实了{history.covered_from}至{history.covered_until}的LPR，没有{when}当时的数值。"
                                  "请到全国银行间同业拆借中心或中国人民银行网站查当时的一年期LPR，再填进来。")
    return (multiple * found.rate_percent / 100, found.rate_percent, found.source,
            f"借款日期{when}时，一年期LPR为{found.rate_percent:g}%（{found.effective_from}起）。")


def rate_lines(nominal: float, kind_value: str | None, when: date | None,
               lpr_value: Any = None) -> tuple[str, tuple[RateLine, ...]]:
    """The lender kind used and every line, marked whether it applies to that kind and is exceeded."""
    kind = lender_kind(kind_value)
    user_lpr = _user_lpr(lpr_value)
    rules = load_interest_rules()
    if kind in rules.financial_institution_kinds:
        readings = {"financial_institution"}
    elif kind == "private":
        readings = {"private_lending"}
    else:
        readings = set(READING_LABELS)
    out = []
    for line in rules.lines:
        lpr = source = None
        note = ""
        if line.lpr_multiple is not None:
            value, lpr, source, note = _lpr_line_value(line, when, user_lpr)
        else:
            value = (line.value_percent or 0) / 100
        exceeded = None if value is None else nominal > value + 1e-9
        if exceeded is None:
            verdict = "无法判断：" + note
        elif exceeded:
            verdict = f"超过了。你的年利率{pct(nominal)}，高于这条线（年{pct(value)}）。"
        else:
            verdict = f"没有超过。你的年利率{pct(nominal)}，不高于这条线（年{pct(value)}）。"
        out.append(RateLine(id=line.id, name=line.name, reading=line.reading, applies=line.reading in readings,
                            value=value, exceeded=exceeded, verdict=verdict, note=note, meaning=line.meaning,
                            citation=line.citation.to_dict(), lpr_percent=lpr, lpr_source=source))
    return kind, tuple(out)


def upfront_rule() -> UpfrontRule:
    rules = load_interest_rules()
    return UpfrontRule(meaning=rules.upfront_meaning, citation=rules.upfront.to_dict())


def _reading_intro(kind: str) -> str:
    rules = load_interest_rules()
    if kind in rules.financial_institution_kinds:
        return f"出借方是{LENDER_KINDS[kind]}，属于持牌金融机构，看年24%这条线。"
    if kind == "private":
        return "出借方是个人或没有放贷资格的机构，看4倍LPR和年36%这两条线。"
    if kind == "online_platform":
        return ("网络平台要看实际出钱的是谁（借款合同里写的“贷款人”或“出借人”）。"
                "不清楚的话，下面两种情况都列出来。")
    return "不清楚实际出钱的是谁（可以看借款合同里写的“贷款人”或“出借人”），下面两种情况都列出来。"


def explain(cost: LoanCost, unit: str) -> tuple[str, ...]:
    """Plain sentences for a frightened borrower, in the order they should read them."""
    every = {"天": "每天", "周": "每周", "个月": "每个月"}[unit]
    out = [
        f"你实际到手{yuan(cost.received)}，一共要还{yuan(cost.total_repaid)}，"
        f"比到手的钱多还{yuan(cost.total_cost)}。",
        f"按实际到手的钱算，{every}的利率约{pct(cost.periodic_rate)}，折合年利率{pct(cost.annual_rate_nominal)}"
        f"（{every}利率×{cost.periods_per_year}，App和合同通常这样标年化利率）；"
        f"如果算上利滚利，实际年利率{_about(pct_readable(cost.annual_rate_effective))}。",
    ]
    if cost.upfront is not None:
        text = (f"合同写的本金是{yuan(cost.principal)}，比你实际拿到的多{yuan(cost.upfront_gap)}。"
                f"这部分是放款时预先扣掉的（俗称“砍头息”）。依{cost.upfront.citation['law'].replace('中华人民共和国', '《')}》"
                f"{cost.upfront.citation['article']}，本金应按你实际到手的{yuan(cost.received)}计算。")
        if cost.stated_annual_rate_nominal is not None:
            text += f"如果按合同本金算，年利率看起来只有{pct(cost.stated_annual_rate_nominal)}，实际要高得多。"
        elif cost.total_repaid <= cost.principal + 0.005:
            text += "按合同本金算看起来像是不要利息，其实被扣掉的钱就是利息。"
        out.append(text)
    out.append(_reading_intro(cost.lender_kind))
    both = len({line.reading for line in cost.lines if line.applies}) > 1
    for line in cost.lines:
        if line.applies:
            text = f"{_SHORT_READING[line.reading] if both else ''}{line.name}：{line.verdict}"
            if line.exceeded:
                text += line.meaning
            out.append(text)
    out.append("以上是按你填写的数字算出的估算，不是法律意见；实际以借款合同和法院认定为准。")
    return tuple(out)
