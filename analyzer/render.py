"""Human-readable text for `cuishou analyze`."""
from __future__ import annotations

from analyzer.debt_creditor import CREDITOR_GUIDES, FEE, PRIVATE
from analyzer.report import Report
from knowledge import registry

_MARK = {"scam": "诈骗迹象", "unlawful_threat": "违法威胁", "pressure": "施压", "info": "提示"}
_SEV = {"high": "高", "medium": "中", "low": "低"}
# pcg55: who the creditor is when it is not an institution (the page's who-box says the same: webapp/display.py
# CREDITOR_WHO), read from the guide chosen for that creditor (debt_creditor.CREDITOR_GUIDES)
_CREDITOR_LINE = {PRIVATE: "发信人：个人（朋友、亲戚、室友、同事等），不是机构",
                  FEE: "发信方：收费方（物业、供电供水燃气、电信、学校或房东等）"}


def marked_text(report: Report) -> str:
    """The message with each finding wrapped in ⟦…⟧ and numbered."""
    text = report.text
    spans = [(f.start, f.end, i + 1) for i, f in enumerate(report.findings) if f.end > f.start]
    out, pos = [], 0
    for start, end, n in sorted(spans):
        if start < pos:
            continue  # overlapping spans: the first one wins in the marked view
        out.append(text[pos:start])
        out.append(f"⟦{text[start:end]}⟧[{n}]")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def render_text(report: Report) -> str:
    v = report.verdict
    lines = [f"结论：{registry.verdicts()[v.label]['title']}（风险 {v.risk}/100）", v.summary, ""]
    if report.lender:
        lender = report.lender
        licensed = {True: "持牌", False: "未持牌", None: "持牌情况未知"}[lender.licensed]
        lines.append(f"发信机构：{lender.name}（{licensed}；把握 {lender.confidence:.0%}）")
        for ev in lender.evidence:
            lines.append(f"  依据：{ev.source}「{ev.text}」")
    else:
        creditor = next((CREDITOR_GUIDES[g.get("id")] for g in report.guidance if g.get("id") in CREDITOR_GUIDES), None)
        lines.append(_CREDITOR_LINE.get(creditor or "", "发信机构：未能识别"))
    if report.sender:
        s = report.sender
        where = "，".join(x for x in (s.region, s.carrier) if x)
        lines.append(f"发信号码：{s.normalized}（{s.type}{'，' + where if where else ''}）")
        lines.append(f"  {s.explanation}")
    for n in report.numbers:
        lines.append(f"短信里的号码：{n.raw}（{n.type}）")
    for link in report.links:
        lines.append(f"短信里的链接：{link.url} —— {link.explanation}")
    lines += ["", "短信原文（⟦⟧ 标出问题所在）：", marked_text(report), ""]
    if report.findings:
        lines.append("发现的问题：")
        for i, f in enumerate(report.findings, 1):
            where = f"「{f.excerpt}」" if f.excerpt else "（收到时间）"
            lines.append(f"[{i}] {_MARK[f.category]}·{_SEV[f.severity]} {where} {f.explanation}")
    else:
        lines.append("没有发现具体问题。")
    for g in report.guidance:
        lines.append("")
        lines.append(f"■ {g.get('title', '')}")
        for step in g.get("steps", []):
            lines.append(f"  - {step}")
        for c in g.get("citations", []):
            old = f"（原{c['old_article']}）" if c.get("old_article") else ""
            weak = "（只经二手资料核对）" if c.get("status") not in (None, "verified") else ""
            lines.append(f"  依据：{c.get('law', '')} {c.get('article', '')}{old}{weak}")
    channels = report.actions.get("channels", []) if report.actions else []
    if channels:
        lines += ["", "可以找谁："]
        for ch in channels:
            contact = ch.get("number") or ch.get("address") or ""
            lines.append(f"  - {ch.get('name', '')}{'：' + contact if contact and contact not in ch.get('name', '') else ''}。{ch.get('when', '')}")
    checklist = report.actions.get("evidence_checklist", []) if report.actions else []
    if checklist:
        lines += ["", "请保存这些证据："] + [f"  - {item}" for item in checklist]
    if report.replies:
        lines += ["", "可以这样回复对方："]
        for r in report.replies:
            lines.append(f"  【{r.get('title', '')}】{r.get('text', '')}")
    return "\n".join(lines)
