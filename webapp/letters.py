"""Complaint and report drafts pre-filled from what the message itself says.

The borrower edits them before sending; blanks they must fill are written ＿＿＿.
Which regulator fits depends on the lender's kind: banks and consumer finance
companies answer to 国家金融监督管理总局 (12378); microloan and leasing companies
to the local financial regulator. Threats go to the police; harassing messages to 12321.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

BLANK = "＿＿＿"
NATIONAL_REGULATOR_KINDS = {"bank", "consumer_finance_company"}
LOCAL_REGULATOR_KINDS = {"microloan_company", "finance_leasing"}
POLICE_KINDS = {"violence_threat", "exposure_threat", "insult", "false_criminal_threat"}


@dataclass(frozen=True)
class Letter:
    id: str
    title: str
    to: str
    how: str  # one sentence: where and how to send it
    body: str


def _fact(facts: list[dict[str, Any]], kind: str) -> str | None:
    return next((f["value"] for f in facts if f["kind"] == kind), None)


def _when(received_at: str | None) -> str:
    if not received_at:
        return f"{BLANK}年{BLANK}月{BLANK}日{BLANK}时"
    try:
        t = datetime.fromisoformat(received_at)
    except ValueError:
        return received_at
    return f"{t.year}年{t.month}月{t.day}日 {t.hour:02d}:{t.minute:02d}（北京时间）"


def _context(report: dict[str, Any], kind_titles: dict[str, str]) -> dict[str, str]:
    facts = report.get("facts") or []
    lender = report.get("lender") or {}
    sender = report.get("sender") or {}
    findings = report.get("findings") or []
    problems: list[str] = []
    for f in findings:
        title = kind_titles.get(f["kind"], f["kind"])
        line = f"{title}：“{f['excerpt']}”" if f.get("excerpt") else title
        if line not in problems:
            problems.append(line)
    debt: list[str] = []
    if amount := _fact(facts, "amount"):
        debt.append(f"金额{amount}")
    if days := _fact(facts, "overdue_days"):
        debt.append(f"逾期{days}天")
    if tail := _fact(facts, "account_tail"):
        debt.append(f"账户尾号{tail}")
    if case := _fact(facts, "case_number"):
        debt.append(f"编号{case}")
    return {
        "lender": lender.get("name") or BLANK,
        "sender": sender.get("raw") or BLANK,
        "when": _when(report.get("received_at")),
        "text": report.get("text", ""),
        "debt": "，".join(debt) if debt else f"金额{BLANK}",
        "problems": "\n".join(f"{i}. {p}" for i, p in enumerate(problems, 1)) or f"1. {BLANK}",
    }


def _lender_letter(c: dict[str, str]) -> Letter:
    body = (
        f"致{c['lender']}投诉部门：\n\n"
        f"我是贵司借款人，姓名{BLANK}，身份证后四位{BLANK}，注册手机号{BLANK}。\n"
        f"我于{c['when']}收到号码 {c['sender']} 发来的催收短信（{c['debt']}），原文如下：\n"
        f"“{c['text']}”\n\n"
        f"这条短信有以下问题：\n{c['problems']}\n\n"
        "请贵司：\n"
        "1. 核实这条短信是否由贵司或贵司委托的催收机构发送，并告诉我该催收机构的名称；\n"
        "2. 立即停止上述行为，不得联系我的家人、同事等第三人，不得在 22:00 至 08:00 催收；\n"
        "3. 书面告知我欠款的本金、利息、费用明细；\n"
        "4. 在 15 日内书面答复我。\n\n"
        f"联系方式：{BLANK}\n日期：{BLANK}"
    )
    return Letter("lender", "给贷款机构的投诉", c["lender"],
                  "在借款 App 的“客服/投诉”入口，或合同上的客服电话提交；留下投诉编号。", body)


def _regulator_letter(c: dict[str, str], lender_kind: str | None) -> Letter:
    if lender_kind in NATIONAL_REGULATOR_KINDS:
        to, how = "国家金融监督管理总局（12378）", "拨打 12378，或按当地金融监管局公布的方式提交。最好先向机构投诉，没解决再找 12378。"
    elif lender_kind in LOCAL_REGULATOR_KINDS:
        to, how = "当地地方金融管理局", "在当地政府网站查找地方金融管理局的投诉方式，或拨打当地政务服务热线询问。"
    else:
        to = "监管部门（看借款合同上的出借方）"
        how = "出借方是银行或消费金融公司，打 12378；是小额贷款公司，找当地地方金融管理局。"
    body = (
        f"投诉对象：{c['lender']}\n"
        f"投诉人：{BLANK}，联系电话：{BLANK}\n\n"
        f"我于{c['when']}收到号码 {c['sender']} 发来的催收短信（{c['debt']}），原文：\n“{c['text']}”\n\n"
        f"短信中的问题：\n{c['problems']}\n\n"
        f"我已于{BLANK}向该机构投诉（投诉编号{BLANK}），{BLANK}。\n"
        "请求：责令其停止违规催收行为，依法处理，并将处理结果告知我。\n\n"
        "附件：短信截图。"
    )
    return Letter("regulator", "给监管部门的投诉", to, how, body)


def _spam_report(c: dict[str, str]) -> Letter:
    body = (
        f"举报号码：{c['sender']}\n"
        f"接收号码：{BLANK}\n"
        f"接收时间：{c['when']}\n"
        f"短信内容：“{c['text']}”\n\n"
        f"举报理由：骚扰、威胁性催收短信。\n{c['problems']}"
    )
    return Letter("12321", "向 12321 举报骚扰短信", "12321 网络不良与垃圾信息举报受理中心",
                  "在 12321 官方网站或拨打 12321 举报；附上短信截图。", body)


def _police_report(c: dict[str, str], scam: bool) -> Letter:
    reason = ("对方冒充贷款机构或在官方渠道外要钱，我怀疑是诈骗。" if scam
              else "对方以违法手段威胁我，我担心自己和家人的安全与名誉。")
    body = (
        f"报案人：{BLANK}，身份证号：{BLANK}，电话：{BLANK}\n\n"
        f"{c['when']}，我的手机收到号码 {c['sender']} 发来的短信，原文：\n“{c['text']}”\n\n"
        f"其中：\n{c['problems']}\n\n"
        f"{reason}\n"
        + (f"我（已／没有）按对方要求转账，金额{BLANK}，转入账户{BLANK}。\n" if scam else "")
        + "请求公安机关依法调查处理。\n\n附件：短信截图、通话记录。"
    )
    how = "紧急危险拨打 110；诈骗可拨打 96110 咨询。带上身份证和手机到附近派出所报案，这份草稿可以打印带去。"
    return Letter("police", "报警材料草稿", "公安机关（派出所）", how, body)


def drafts(report: dict[str, Any], kind_titles: dict[str, str]) -> list[Letter]:
    """The letters that fit this report, most useful first."""
    label = report["verdict"]["label"]
    if label in {"not_collection", "reminder"} and not report.get("findings"):
        return []
    c = _context(report, kind_titles)
    kinds = {f["kind"] for f in report.get("findings") or []}
    lender_kind = (report.get("lender") or {}).get("kind")
    out: list[Letter] = []
    if label in {"unlawful_threat", "aggressive"}:
        out += [_lender_letter(c), _regulator_letter(c, lender_kind)]
    if label in {"unlawful_threat", "aggressive", "scam"}:
        out.append(_spam_report(c))
    if label == "scam" or kinds & POLICE_KINDS:
        out.append(_police_report(c, scam=label == "scam"))
    return out
