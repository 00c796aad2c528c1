"""aggr29: the lender's next step being the law, read as a plain reminder or as no collection at all.

Two mechanisms, each checked through the real analyzer:
- no pressure frame heard the legal step (a court measure on the reader's property or person said as a future,
  conditional or entitled step; the law as the road the reader's delay leads to): zz_aggr29.toml;
- the debt gate did not see the debt where only that road named it (那就法院见, 真打起官司来你一分都少不了, 法律程序该走会走,
  起诉后会依法申请财产保全): analyzer/debt_lever.ROAD_TO_COURT.
A pressure finding never makes a message unlawful_threat or scam."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer import analyze

AGGRESSIVE = [
    "【X*消费金融】您的借款已逾期，若您继续逾期，平台有权依据合同申请法院冻结您名下银行卡，具体以法院裁定为准。",
    "您的借款已严重逾期，若继续逃避，一经法院判决，可能被列入失信被执行人名单。",
    "您欠款逾期后，本公司将依照《民法典》相关规定主张逾期利息和违约金，必要时诉诸法律。",
    "你的欠款我们会一追到底，走法律途径也好，协商分期也好，你躲是躲不过去的。",
    "你的紧急联系人我们打过了，请尽快还款，我们不想走到起诉那一步。",
    "借钱的时候怎么不说没钱？拖了半年一分不还，你自己掂量掂量，法院见吧。",
    "你要是觉得我们说话难听，那就按法律来，法院怎么判我们就怎么执行，一分钱都不会少。",
    "我们这边查到你名下有车辆，起诉后会依法申请财产保全，别让事情走到那一步。",
    "现在还能协商分期，等进了诉讼程序就只能按判决来了，到时候利息诉讼费都得你出。",
    "您的貸款逾期已逾三個月，若仍不處理，本行有權申請法院凍結您名下帳戶。",
]

NOT_AGGRESSIVE = [
    ("not_collection", "你要是不同意离婚，那就法院见吧。"),
    ("not_collection", "孩子抚养权的事你不让步，我们就法院见。"),
    ("not_collection", "你撞了我的车不赔，那咱们就打官司。"),
    ("not_collection", "你在网上造谣诋毁我，我保留诉诸法律的权利。"),
    ("not_collection", "你放心，咱俩的事不会闹到法院，好好谈就行。"),
    ("not_collection", "【XX法考】民事诉讼法冲刺班：财产保全、冻结、支付令真题精讲，今晚8点直播。"),
    ("not_collection", "房东一直不退押金，我明天就去法院起诉他，大不了法院见。"),
    ("reminder", "您的借款已逾期2天，请尽快登录App还款，如有困难可申请延期。"),
    ("reminder", "【XX贷】您的借款今天到期，系统将自动从您绑定的银行卡划扣，请保证余额充足。"),
    ("reminder", "您的借款已逾期，如遇自称法院工作人员称将冻结您账户并要求转账，请报警，请在App内还款。"),
]


@pytest.mark.parametrize("text", AGGRESSIVE, ids=[f"a{i}" for i in range(len(AGGRESSIVE))])
def test_legal_step_is_heard_as_pressure(text: str) -> None:
    assert analyze(text).verdict.label == "aggressive"


@pytest.mark.parametrize("label,text", NOT_AGGRESSIVE, ids=[f"n{i}" for i in range(len(NOT_AGGRESSIVE))])
def test_look_alikes_keep_their_verdict(label: str, text: str) -> None:
    report = analyze(text)
    assert report.verdict.label == label
    assert not any(f.rule_id.startswith("aggr29.") for f in report.findings if f.severity != "low")


def test_battery_floor() -> None:
    """tests/data/probes/aggr29_own.jsonl: 47/60 on main before the change, 50/60 after; no look-alike a threat or scam
    that was not one before (N24, a law-course advert, is called unlawful_threat on main too)."""
    text = (Path(__file__).parent / "data/probes/aggr29_own.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    got = {r["id"]: analyze(r["text"]).verdict.label for r in rows}
    assert sum(got[r["id"]] == r["category"] for r in rows) >= 50
    harmful = {r["id"] for r in rows if r["category"] in ("reminder", "not_collection", "legal_notice")
               and got[r["id"]] in ("scam", "unlawful_threat")}
    assert harmful <= {"AG29-N24"}
