"""Draft complaint letters built from a case summary. Drafts for the volunteer to check and
complete: blanks (＿＿) mark what only the borrower can fill in."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from analyzer.case.summary import local_time

KIND_NAMES = {
    "third_party_contact": "联系或威胁联系我的家人、同事等第三人", "exposure_threat": "威胁曝光、爆通讯录",
    "violence_threat": "威胁人身或财产安全", "insult": "侮辱谩骂", "false_criminal_threat": "把欠款说成犯罪、威胁抓人坐牢",
    "fake_legal_process": "虚称已起诉、已冻结或自称能采取司法措施", "doorstep_visit_threat": "威胁上门",
    "excessive_fees": "收取不合理费用", "night_or_frequency": "在 22:00 至次日 08:00 发送或频繁催收",
    "urgency_pressure": "设置极短期限、发出最后通牒", "impersonation": "冒充法院、公安、律所或机构部门",
    "personal_account_payment": "要求转账到个人账户或非官方渠道", "suspicious_link": "发送非官方链接",
    "verification_code_request": "索要验证码或密码", "app_download": "要求下载 App 或共享屏幕",
    "false_consequence": "虚称逾期会影响子女或亲友", "credit_repair_scam": "声称可修复征信",
    "account_cancellation_scam": "以注销账户为名诱导操作", "debt_relief_service": "推销付费“反催收”服务",
}


@dataclass(frozen=True)
class Letter:
    id: str
    title: str
    to: str
    body: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "title": self.title, "to": self.to, "body": self.body}


def _day(iso: str | None) -> str:
    t = local_time(iso)
    return t.strftime("%Y年%m月%d日") if t else "＿＿"


def _facts(summary: dict[str, Any]) -> str:
    c = summary["counts"]
    span = summary["span"]
    lines = [f"自{_day(span['first'])}至{_day(span['last'])}，我共收到与催收有关的短信 {c['collection']} 条，"
             f"其中 {c['night']} 条在 22:00 至次日 08:00 之间发送。"]
    senders = [g["name"] for g in summary["by_sender"][:8]]
    if senders:
        lines.append("发信号码包括：" + "、".join(senders) + "。")
    busiest = summary["per_day_sender"][:1]
    if busiest and busiest[0]["count"] > 1:
        b = busiest[0]
        lines.append(f"最多的一天（{b['day']}）号码 {b['sender']} 发来 {b['count']} 条。")
    for step in summary["escalation"]["steps"]:
        if step["category"] in ("unlawful_threat", "scam") or step["severity"] == "high":
            lines.append(f"{_day(step['received_at'])}起，短信开始{KIND_NAMES.get(step['kind'], step['kind'])}，"
                         f"原文：“{step['excerpt']}”。")
    parties = [p["party"] for p in summary["third_parties"]]
    if parties:
        lines.append("短信中提到的第三人：" + "、".join(parties) + "。")
    return "\n".join(lines)


def draft_letters(summary: dict[str, Any], title: str = "") -> list[Letter]:
    lenders = [g["name"] for g in summary["by_lender"] if g["name"] != "未识别机构"]
    lender = "、".join(lenders[:3]) or "＿＿（贷款机构名称）"
    facts = _facts(summary)
    closing = "\n\n投诉人：＿＿　联系电话：＿＿\n日期：＿＿年＿＿月＿＿日\n附件：短信截图及本证据报告"
    letters = [
        Letter("letter.lender", "致贷款机构的投诉函", f"{lender}客户服务/投诉部门",
               f"本人＿＿（身份证号后四位＿＿），在贵司有借款。现就贵司或贵司委托的催收方的催收行为投诉如下：\n\n{facts}\n\n"
               "上述行为违反了催收应当合法、不得骚扰第三人和以暴力或威胁相逼的规定。请贵司：1. 立即停止上述行为，"
               "停止联系我的家人、同事等第三人；2. 告知委托催收机构的名称和联系方式；3. 在 15 日内书面答复处理结果。"
               "本人愿意就欠款通过官方渠道协商。" + closing),
        Letter("letter.regulator", "致金融监管部门的投诉材料", "国家金融监督管理总局（12378）或当地地方金融管理局",
               f"被投诉机构：{lender}\n\n投诉事项：不当催收。\n\n{facts}\n\n本人已（或将）先向被投诉机构投诉，投诉编号＿＿。"
               "请监管部门督促被投诉机构及其委托的催收机构依法催收、停止骚扰，并告知处理结果。" + closing),
    ]
    kinds = set(summary["finding_kinds"])
    if kinds & {"violence_threat", "doorstep_visit_threat", "impersonation", "personal_account_payment",
                "exposure_threat", "false_criminal_threat"}:
        letters.append(Letter("letter.police", "报警情况说明", "＿＿派出所（或拨打 110）",
                              f"报警人：＿＿\n\n{facts}\n\n上述短信含有威胁、冒充或诱导转账的内容，本人担心人身、财产安全，"
                              "请依法处理。短信原件保存在本人手机中，可供查验。" + closing))
    return letters
