"""pcg57: the finding explanations shown on a private creditor's page — a friend's, a relative's (debt kind "private")
or a payee's such as a landlord (debt kind "fee") — speak to a person who owes a person, not to a lender's borrower.

The rules' explanations are written for a lender's or a collector's message: "先在放贷方的官方 App 或客服电话核实",
"可以向贷款机构、金融监管部门投诉", "这是违法的催收做法". When the verdict's guide is the one for a person or a payee
(debt_creditor.CREDITOR_GUIDES: what the page, the CLI and the who-box already read), an explanation that says so is
shown with the words of the message it describes (the part before its first "：", the lender's names in it read as
对方) and a tail written for that creditor: even a real debt allows no threat, insult or telling others; keep
screenshots; 110 when harm is threatened or someone forces the door; 12348 for free legal advice; the debt itself is a
civil matter (the summary says so). An explanation with no lender words is kept as written. Only the text
changes: every finding keeps its kind, category, severity, span, rule id and kb_refs (Report.to_dict reads this; the
Report's own Finding objects keep the rule's text). A lender's, a card's or a collector's page keeps the lender text.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

PRIVATE, FEE = "private", "fee"
# the guides chosen for such a creditor (knowledge/data/guides/verdicts.toml, `debts`): the page (webapp/display.py),
# the CLI (analyzer/render.py) and this module read from them who the creditor is. Defined here, not in
# analyzer/debt_creditor.py (which imports it), so that analyzer/report.py imports no detector.
CREDITOR_GUIDES = {"guide.verdict.reminder_private": PRIVATE, "guide.verdict.aggressive_private": PRIVATE,
                   "guide.verdict.unlawful_threat_private": PRIVATE, "guide.verdict.reminder_fee": FEE,
                   "guide.verdict.aggressive_fee": FEE, "guide.verdict.unlawful_threat_fee": FEE}
# words that send the reader to a lender, a collector or their regulator (each a literal: no backtracking)
LENDER_WORDS = re.compile(r"贷款机构|放贷|催收|官方|客服电话|监管|借款合同|借款人|金融|12378|委外|借款 App")
# the lender's names in the part that says what the message says (说催收方要起诉… → 说对方要起诉…)
_WHO = re.compile(r"催收方|催收的人|催收人员|讨债的人|放贷方|放贷机构|贷款机构")

_KEEP = "保存截图和录音"
_DEBT = {PRIVATE: "欠款", FEE: "欠费"}
_WHO_IS = {PRIVATE: "对方", FEE: "收费方"}


def _threat_tails(c: str) -> dict[str, str]:
    debt, who = _DEBT[c], _WHO_IS[c]
    expose = (f"就算{debt}是真的，{who}也不能把你欠钱的事告诉别人或发到群里，这侵犯隐私和名誉。{_KEEP}；"
              "对方真说出去了，可以报警，或打 12348 免费咨询。")
    return {
        "third_party_contact": expose,
        "exposure_threat": expose,
        "violence_threat": (f"就算{debt}是真的，这样威胁也是违法的，可能构成犯罪。{_KEEP}，感到危险马上拨打 110，"
                            "不要一个人去见对方。"),
        "insult": f"就算{debt}是真的，{who}也不能辱骂你，这侵犯名誉，反复辱骂可以报警。{_KEEP}；维权可打 12348 免费咨询。",
        "false_criminal_threat": (f"欠钱没还是民事纠纷，不是犯罪：{who}可以去法院起诉你，但不能拿坐牢、抓人来吓你。"
                                  f"{_KEEP}；拿不准可以打 12348 免费咨询。"),
        "fake_legal_process": ("真起诉了，文书由法院送达，可以拨打“当地区号+12368”核实，一条消息本身不是法律文书。"
                               f"{_KEEP}；拿不准可以打 12348 免费咨询。"),
    }


def _pressure_tails(c: str) -> dict[str, str]:
    check = ("先对照聊天和转账记录核对金额，商量一个写下来的还款安排。" if c == PRIVATE else
             "先对照合同和缴费记录核对金额，通过收费方自己的渠道交费。")
    press = ("这是在施压，本身不一定违法：对方可以依法起诉你，起诉的文书由法院送达（可拨打“当地区号+12368”核实）。" + check)
    return {
        "urgency_pressure": press,
        "false_consequence": ("这是夸大的后果：对方能做的是依法起诉你；判决后还不还，限制高消费、列入失信名单这类措施只在法院的"
                              "执行程序里发生，不会因为一条消息就影响你的子女上学、就业或政审。" + check),
        "doorstep_visit_threat": (f"当面找你商量不违法，但{_WHO_IS[c]}不能未经你同意闯进你住的地方、堵门、跟踪你、换锁或扔你的东西，"
                                  "也不能在你单位、邻居面前宣扬你欠钱；有人强行进门、堵门或跟踪，拨打 110。" + check),
        "excessive_fees": ((f"对方能要回的是借给你的钱和说好的利息，另加的上门费、手续费之类先不要付。" if c == PRIVATE else
                            "收费方只能按合同和账单收费，另加的上门费、手续费之类先不要付。") + check),
        "night_or_frequency": ("要钱也不该在深夜或反复打扰你：可以保存记录，请对方白天再联系；骚扰严重、影响正常生活的，"
                               "可以报警。" + check),
    }


_TAILS = {c: {**_pressure_tails(c), **_threat_tails(c)} for c in (PRIVATE, FEE)}


def creditor_of(guidance: Iterable[dict[str, Any]]) -> str | None:
    """"private" or "fee" when the verdict's guide is the one for that creditor, else None."""
    return next((CREDITOR_GUIDES[g.get("id")] for g in guidance if g.get("id") in CREDITOR_GUIDES), None)


def for_person(explanation: str, kind: str, creditor: str) -> str:
    """The explanation as shown on a person's or a payee's page (see the module)."""
    tail = _TAILS.get(creditor, {}).get(kind)
    if tail is None or not LENDER_WORDS.search(explanation):
        return explanation
    head, sep, _ = explanation.partition("：")
    if sep and "。" not in head:
        return _WHO.sub("对方", head) + "：" + tail
    # (an explanation with no "what it says：" opening, or a sentence before it: its sentences with no lender word)
    kept = "".join(s + "。" for s in explanation.split("。") if s and not LENDER_WORDS.search(s))
    return _WHO.sub("对方", kept) + tail


def fitted(findings: list[dict[str, Any]], guidance: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The findings' dicts (Finding.to_dict) with each explanation as shown for the page's creditor."""
    creditor = creditor_of(guidance)
    if creditor is None:
        return findings
    for d in findings:
        d["explanation"] = for_person(d["explanation"], d["kind"], creditor)
    return findings
