"""A notice that says no code is needed is not a request for one (round 23; found by learn23s's hard negatives):
无需/不需要/不用 before 提供验证码 read as 需提供验证码, so a shop's refund notice was called a scam. Through the real
app; the messages are written for this test."""
from __future__ import annotations

import pytest

NO_CODE_NEEDED = [
    "【某宝】您的订单已退款成功，款项将在1-3个工作日原路退回，无需提供验证码。",
    "理赔已到账，客服提醒：办理理赔不需要您提供任何验证码。",
    "退款会自动原路返回，不用告诉任何客服验证码。",
]
STILL_ASKED = [
    "您的退款已受理，请将收到的短信验证码回复给客服完成验证。",
    "您的账户存在异常交易，需提供验证码进行身份核实。",
]


def _label(api, text):
    report = api.analyze(text)
    return report["verdict"]["label"], [f["rule_id"] for f in report["findings"]]


@pytest.mark.parametrize("text", NO_CODE_NEEDED)
def test_no_code_needed_is_no_scam(api, text):
    label, rules = _label(api, text)
    assert label != "scam", rules
    assert not any(r in ("scam.code.request", "scam.scheme.give_code_or_card") for r in rules), rules


@pytest.mark.parametrize("text", STILL_ASKED)
def test_a_request_for_the_code_still_is(api, text):
    label, rules = _label(api, text)
    assert label == "scam", rules
