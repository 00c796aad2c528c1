"""The verdict follows from the findings, in a fixed order of precedence."""
from __future__ import annotations

from analyzer.report import Finding, LenderMatch, NumberInfo, Verdict

_SERIOUS = ("high", "medium")
_NOTHING = "没有发现明显问题，但这不能证明短信一定合法或一定是真的；有疑问请在官方 App 或合同上的电话核实。"


def decide(findings: list[Finding], is_debt: bool, lender: LenderMatch | None, sender: NumberInfo | None) -> Verdict:
    scam = [f for f in findings if f.category == "scam" and f.severity in _SERIOUS]
    threat = [f for f in findings if f.category == "unlawful_threat"]
    pressure = [f for f in findings if f.category == "pressure" and f.severity in _SERIOUS]
    if scam:
        high = sum(f.severity == "high" for f in scam)
        return Verdict("scam", "这条短信有诈骗迹象：不要付款、不要点链接、不要拨打短信里的号码，到贷款机构自己的 App 或合同上的电话核实。",
                       min(100, 75 + 8 * high + 3 * len(scam)))
    if threat:
        high = sum(f.severity == "high" for f in threat)
        return Verdict("unlawful_threat", "这条催收短信含有违法的威胁内容：欠款可能是真的，但这样催收是违法的，你可以保存证据并投诉。",
                       min(95, 60 + 8 * high + 3 * len(threat)))
    if pressure:
        return Verdict("aggressive", "这是一条施压较重的催收短信：没有发现明显违法内容，但措辞在给你施压；先核实欠款，再按自己的能力协商。",
                       min(55, 35 + 5 * len(pressure)))
    if is_debt or findings:
        return Verdict("reminder", "这看起来是一条普通的还款提醒。" + _NOTHING, 15 if not findings else 20)
    return Verdict("not_collection", "这条短信看起来和欠款、催收无关。" + _NOTHING, 0)
