"""td11 reader-role frames, both directions through the real analyzer.

tests/data/probes/td11_role_draft.jsonl was written blind (committed before any rule or analyzer file was read):
152 lawful messages where the reader is the plaintiff, applicant, complainant, victim, witness or a lawyer's client,
or the writer is the one suing, reporting or exposing a collector, or the step is the lender's future conditional
lawful step, or "打给我" means a phone call; and 70 twins where the same words are aimed at the reader (a done,
unverifiable case or crime claim, an exposure, a fake court, "打一千给我"). Lawful lines must not be called scam or
unlawful_threat; twins must be. KNOWN lists the lines still wrong, with why.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from inbox_support import known_param, read_jsonl

DRAFT = Path(__file__).resolve().parent / "data" / "probes" / "td11_role_draft.jsonl"
ROWS = read_jsonl(DRAFT)
UNLAWFUL = ("scam", "unlawful_threat")

KNOWN = {
    # lawful, still alarmed
    # TD11-RD010 ('您的案件我们已申请强制执行…') is no alarm since round 29's hard30: the writer's own step to a court,
    # with no account, link, hours-deadline, crime or door around it, is pressure (zz_hard30.toml, lawful_frame)
    # TD11-RG024 ('已转入诉讼预审阶段' in a message that says the filing is still to come) reads as pressure since
    # round 22's aggr22: a lender's own pre-suit stage is not a fake court claim (lawful_frame, zz_aggr22)
    # the twins once listed here (X008 X010 X016 X057 X063 X064) reach unlawful_threat since the td11 threat frames
    # (knowledge/data/rules/zz_threat_td11.toml, tests/test_td11_threat.py)
}


def test_known_ids_exist():
    assert set(KNOWN) <= {r["id"] for r in ROWS}


def _cases(unlawful: bool):
    for r in ROWS:
        if (r["category"] in UNLAWFUL) == unlawful:
            yield known_param(r["text"], r["id"], KNOWN)


@pytest.mark.parametrize("text", list(_cases(unlawful=False)))
def test_reader_role_is_not_an_alarm(analyzer, text):
    assert analyzer.analyze(text).verdict.label not in UNLAWFUL


@pytest.mark.parametrize("text", list(_cases(unlawful=True)))
def test_reader_as_target_still_alarms(analyzer, text):
    assert analyzer.analyze(text).verdict.label in UNLAWFUL


@pytest.mark.parametrize(("text", "lawful"), [
    # the same legal words, reader as claimant / reader as target
    ("【某区人民法院】原告陈XX，你与被告刘XX买卖合同纠纷一案定于1月8日开庭，请准时到庭。", True),
    ("你已被起诉，你是被告，法院已立案，明天开庭，今天不还就缺席判决。", False),
    ("【某区法院】尊敬的申请人：您申请的财产保全已裁定准许，被申请人名下银行存款已冻结。", True),
    ("你名下的银行卡已冻结，今天不还款就强制执行。", False),
    # police to the one who reported / police claim against the reader
    ("您好，这里是某派出所，您昨天报案说被催收人员威胁，我们已经立案调查。", True),
    ("你被人报案了，派出所已经立案侦查，你涉嫌诈骗。", False),
    ("【某公安】您的报案已受理，如有新线索请联系办案民警。", True),
    ("【某公安】你涉嫌洗钱已被立案，请将资金转入安全账户配合核查。", False),
    # the writer exposes or reports a collector / a collector exposes or reports the reader
    ("你们再这样骚扰我家人，我就去银保监会投诉，还要把你们的催收录音发到网上曝光。", True),
    ("再不还钱，我们就把你的欠款信息发到你朋友圈曝光。", False),
    ("如果你们继续给我公司打电话，我将依法向公安机关报案并向监管部门投诉。", True),
    ("再不还钱我们就报案，说你骗贷。", False),
    ("您的借款已涉嫌诈骗，我方已向当地公安机关报案，否则将被刑事拘留。", False),
    # the lender's future lawful step under a condition
    ("【某网贷】你的账单已逾期，不还款的话后续会起诉，法院判决后不履行会被强制执行。", True),
    ("【某金融】逾期不还不仅影响征信，拒不履行生效判决还可能被法院限制高消费。", True),
    # 打给我: a call / a payment
    ("你到了机场先打给我，我让司机过去。", True),
    ("你先打个一千给我，算是诚意，我就不去你单位了。", False),
    ("【某法院】申请执行人：本案执行终结，执行款将于7个工作日内退付至您指定账户。", True),
], ids=["plaintiff_hearing", "defendant_claimed", "applicant_freeze", "reader_frozen", "complainant_police",
        "reported_against_reader", "complaint_received", "police_scam", "victim_exposes", "collector_exposes",
        "victim_reports", "collector_reports", "lender_we_reported", "conditional_suit", "conditional_limit",
        "call_me", "pay_me", "payout_to_reader"])
def test_role_pairs(analyzer, text, lawful):
    assert (analyzer.analyze(text).verdict.label not in UNLAWFUL) == lawful
