"""Messages for the borrower-page tests (issue 15), written for these tests; numbers and names are made up.

Two answers the analyzer on this branch cannot give yet (the judgement issue adds them): the
`legal_notice` verdict and a reader who is not the borrower. `FutureAnswers` wraps the real
analyzer and, for the messages written for those answers, sets only what the analyzer would add
(the label, its summary, the `reader` field), so the page is tested with everything else real.
"""
from __future__ import annotations

from typing import Any

THREAT = ("你在借款平台的欠款已逾期47天，共计6380元。今天18点前不处理，我们将联系你的家人和单位同事，"
          "把你的欠款信息发到通讯录群里曝光，并派人上门到你户籍地村委。你已涉嫌诈骗罪，等着坐牢吧！")
VIOLENCE = "欠钱不还是吧？今晚不把8000块打过来，我们的人就去你家，打断你的腿，你家人出门也小心点。"
SCAM = ("【京东金融法务部】您的账户存在异常逾期，将于今日上报征信。请立即添加专员微信处理，"
        "将欠款转入指定个人账户6217000012345678（户名：李某），并提供手机收到的验证码完成核销。")
REMINDER = ("【招联金融】尊敬的客户，您的借款本期应还826.50元，还款日为12月5日。请在招联金融App内还款，"
            "请勿向个人账户转账。如已还款请忽略。")
BANK = "【工商银行】您尾号1234的信用卡已逾期，请尽快还款。如有疑问请致电95588。工商银行催收员联系电话156********。"
COURT = ("【某某区人民法院】李某某：原告某某消费金融有限公司诉你借款合同纠纷一案，本院已立案受理，"
         "案号（2026）京0105民初12345号。请登录人民法院在线服务平台查看起诉状和开庭传票，按时到庭应诉。")
THIRD_PARTY = ("你好，你是张某的紧急联系人。他在我司的借款已逾期90天，请你转告他今天之内还款，"
               "否则我们会继续联系你和他的其他亲友。")

LOAN_FORM = {"received": "8000", "principal": "10000", "payment": "1100", "count": "12", "period": "month",
             "lender_kind": "online_platform", "contract_date": "2025-06-01"}


class _Report:
    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        return self._data


class FutureAnswers:
    """The real analyzer, plus the two answers of the judgement issue for COURT and THIRD_PARTY."""

    def __init__(self, real: Any) -> None:
        self.real = real

    def analyze(self, text: str, **kwargs: Any) -> Any:
        data = self.real.analyze(text, **kwargs).to_dict()
        if text == COURT and data["verdict"]["label"] != "legal_notice":
            data["verdict"] = {**data["verdict"], "label": "legal_notice",
                               "summary": "短信说法院已经立案，这可能是真的：先自己向法院核实，不要置之不理。"}
            data["guidance"] = [g for g in data["guidance"] if not g["id"].startswith("guide.verdict.")]
        if text == THIRD_PARTY and not data.get("reader"):
            data["reader"] = {"role": "third_party"}
        return _Report(data)
