"""Round 20 (brief LEGAL20): genuine legal notices at more stages of a case, and the fakes that copy them. Every text
is our own wording, none a data line (the design battery is tests/data/probes/legal20_design.jsonl): a lawyer's letter
that calls itself 本函, a consumption ban named alone, a court's own payee account, a mediator on a court's referral, an
enforcement bureau asking the reader by case number, an enforcement paper naming the case; and, kept apart, the same
forms with a private channel, a fee, a hurry or a collector's lever."""
from __future__ import annotations

import pytest

from analyzer import analyze

GENUINE = [
    ("letter_self_named", "【浙江某某律师事务所】周某：受某消费金融股份有限公司委托，本所律师就你名下借款逾期一事发出此函。"
                          "如对欠款金额有异议，请于收到此函后十日内与委托人官方客服联系核对。"),
    ("letter_mandate_later", "律师函 钱某：我所受某银行股份有限公司信用卡中心之委托，特此函告：委托人拟就你的信用卡欠款提起诉讼，"
                             "诉前如愿协商，请于收函后七日内致电委托人客服95533。"),
    ("ban_alone", "【湖州市吴兴区人民法院】沈某：因你未履行生效判决，本院已依法对你采取限制高消费措施，(2026)浙0502执1301号，"
                  "履行完毕后可向本院申请解除。"),
    ("court_payee", "【嘉兴市南湖区人民法院】被执行人钟某：(2026)浙0402执775号案件，执行款请汇入本院案款专户，户名：嘉兴市南湖区人民法院，"
                    "汇款时注明案号。"),
    ("mediator_referral", "【某市某区金融纠纷人民调解委员会】蒋某：受某区人民法院委派，本委员会就某银行与你之间的信用卡纠纷组织诉前调解，"
                          "调解免费，你可登录人民法院调解平台查看调解方案。"),
    ("bureau_asks_by_case", "您好，这里是余杭法院执行局，请问您是(2026)浙0110执2291号案件的被执行人吗？执行法官请您本周五上午来院约谈，"
                            "请带身份证。"),
    ("statutory_sanction", "【某某市某某区人民法院】郑某：你作为被执行人的案件已进入强制执行程序，请于收到本通知后十日内向本院报告财产，"
                           "拒绝报告或者虚假报告的，本院可以依法予以罚款、拘留。"),
    ("enforcement_paper", "【某某区人民法院】被执行人韩某：本院已向你送达报告财产令，你应当在十日内如实报告当前及收到报告财产令之日前"
                          "一年的财产情况。"),
]


@pytest.mark.parametrize(("cls", "text"), GENUINE, ids=[c for c, _ in GENUINE])
def test_genuine_notice_at_its_stage_is_a_legal_notice(cls, text):
    verdict = analyze(text).verdict
    assert verdict.label == "legal_notice", (cls, text)
    assert verdict.legal_check["how_to_verify"]


KEPT_APART = [
    # a mediator who gives a mobile, or threatens the credit record and the family
    ("【某某调解中心】受某区人民法院委托，你的借款纠纷已进入诉前调解，请两日内联系调解员15911112222，否则正式起诉。",
     {"aggressive", "scam", "unlawful_threat"}),
    ("【某某调解中心】受某区人民法院委托，就你与某平台的借款纠纷调解，调解不成将上报征信并通知你的家里人。",
     {"unlawful_threat"}),
    # the sanction tied to repaying, or beside the collector's levers, is no court's conditional
    ("【某法院】被执行人郑某：你的案件已进入执行，两日内不还钱就依法拘留你。", {"unlawful_threat", "scam"}),
    ("【某法院】被执行人郑某：拒不申报财产的将拘留你，并通知你的单位和亲戚。", {"unlawful_threat", "scam"}),
    # a lawyer's letter that wants the money itself, a court account held by a person
    ("【某某律师事务所】受某平台委托，本函告知：请收函后三日内将欠款汇入本所账户，户名刘某。", {"scam"}),
    ("【某某区人民法院】执行款请汇入本院执行款专户：6228480012345678901，户名：孙某，今天办理。", {"scam"}),
    # a court-shaped notice with a side channel: scan and pay, a WeChat id, a payment link
    ("【某某区人民法院】你与某小贷公司借款纠纷一案已立案，请扫码缴纳案件受理费，否则缺席审理。", {"scam"}),
    ("【某某区人民法院】你与某银行纠纷一案已进入诉前调解，调解员微信 tjy_2026 可协商减免。", {"scam"}),
    ("【某仲裁委员会】你的借款纠纷仲裁已立案，请点击 http://zcw-fee.cc/p 缴纳仲裁费。", {"scam"}),
    # an anti-fraud line does not cover a hurried ask in the same clause
    ("【某某人民法院】赵某：你与某银行借款合同纠纷一案已立案，不要拖延马上转账至本院账户，账号6222021234567890123。",
     {"scam", "unlawful_threat"}),
    # a lawyer's call or SMS with no letter in it is no letter (the opened sets label it pressure)
    ("您好，我是受某消费金融委托的某某律师事务所律师，委托方已决定起诉您，起诉前可以通过委托方官方客服协商。",
     {"aggressive", "reminder", "not_collection"}),
    # a court auction advert is no notice to anyone
    ("【某某法拍】某市某区人民法院司法拍卖房源，起拍价低于市场价三成，咨询热线13812345678。", {"not_collection"}),
]


@pytest.mark.parametrize(("text", "labels"), KEPT_APART, ids=[f"apart-{i}" for i in range(len(KEPT_APART))])
def test_fakes_and_lookalikes_are_no_legal_notice(text, labels):
    assert analyze(text).verdict.label in labels, text


def test_a_court_anti_fraud_line_does_not_block_its_own_step():
    text = "【某某区人民法院】吴某：你与某银行借款合同纠纷一案，本院定于3月9日9时在第二法庭开庭。本院不会要求你向个人账户转账。"
    legal = analyze(text).verdict.legal_check
    assert "own_step" in legal["details"]
