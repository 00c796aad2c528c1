"""legal21: genuine legal notices read by mechanism — a pasted thread or a screenshot's broken lines read as their own
messages (analyzer/detectors/legal_parts.py), a party other than the borrower (保证人 is no 证人), spoken 案子/官司, a case
number pasted with its serial masked, a court notice pasted with its link left out — and the markers that keep fakes
out (a menu of replies, an app to download). Every wording here is new: none is in tests/data/probes/legal21_design.jsonl
or any other data file."""
from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.detectors import legal_parts
from analyzer.detectors.legal_step import NON_PARTY, PARTY_ROLE
from analyzer.document import parse

# Each of these is no legal_notice on main 654dd93 (a threat, a scam, a reminder or not_collection).
GENUINE = [
    ("thread_time_lines", "2月27日 18:02\n【某某消费金融】您的借款已逾期12天，请今日内处理。\n3月3日 09:15\n【XX市XX区人民法院】"
                          "钟某：你与某消费金融公司借款合同纠纷一案，本院已作出判决，判决书已电子送达，请注意查收。"),
    ("thread_follow_up", "【XX区人民法院】被执行人林某：你在本院执行的借款合同纠纷案件中，本院已依法冻结你名下银行存款，如有异议"
                         "可向本院书面提出。\n——第二天又收到——\n【某某资产】您的欠款已委托我司处理，请尽快联系我司。"),
    ("thread_part_two", "【某某小贷】您已逾期，请尽快还款｜第2条｜【XX区人民法院】王某：你与某小贷公司借款合同纠纷一案已立案，"
                        "诉讼材料已送达，请按时应诉。"),
    ("screenshot_wrap", "11:42 5G 63%\n< 10691****201\n短信/彩信\n昨天 下午4:05\n【XX市XX区人民法\n院】徐某：原告某小额贷款公\n"
                        "司诉你借款合同纠纷一案，本\n院已立案受理，起诉状副本已\n电子送达，请注意查收。"),
    ("notary_guarantor", "【温州市某某公证处】吴某：你作为保证人的赋强公证借款合同，债权人已向本处申请出具执行证书，本处依法向你"
                         "核实履约情况，如有异议请于五日内书面提出。"),
    ("clerk_call_anzi", "喂您好 我是湖州市吴兴区人民法院的书记员 您跟某银行那个信用卡的案子 下礼拜三开庭 您这边能到庭吧 "
                        "有问题打我们座机0572-2101234"),
    ("masked_serial", "【湖州市南浔区人民法院】您好，（2026）浙0503民初2***号民事调解书已生效，请按调解书约定的期限履行还款义务，"
                      "逾期未履行的，对方可申请强制执行。"),
    ("letter_addressed", "律师函 韦某：根据某商业银行信用卡中心的委托，本律师就你信用卡透支欠款一事函告如下：请于本函送达后十日内"
                         "联系委托人官方客服处理。广西某某律师事务所 律师 蒙某"),
    ("letter_firm_line", "【浙江某某律师事务所】律师函：汪某女士，本所受某消费金融有限公司委托，就你借款逾期一事函告，请于收到本函"
                         "之日起七日内清偿，逾期委托人将依法起诉。本所电话0571-87651234。"),
    ("demand_letter", "【某某律师事务所】催告函 邱某：本所受某小额贷款公司委托，现催告你于2026年4月30日前归还借款本息，如有异议"
                      "请书面回复本所。"),
    ("spoken_self_intro", "[语音转文字] 您好 我这边是南湖法院诉前调解的 就是某银行起诉您的那个信用卡纠纷 法院委派我们调解 "
                          "您有没有分期还款的意向 可以打12368核实"),
    ("link_left_out", "【金华市婺城区人民法院】何某：你与某网络小额贷款公司借款合同纠纷一案，（2026）浙0702民初5521号，诉讼文书"
                      "已送达，请点击链接查看（链接已省略）。"),
]

# The first two are legal_notice on main 654dd93; none may be one.
TWINS = [
    ("thread_reply_menu", "【某某银行】您的信用卡已逾期。【下一条】【人民法院】您的借款纠纷已立案，（2026）浙0402民初3318号，"
                          "回复1确认签收，回复2申请调解。"),
    ("platform_reply_menu", "【人民法院在线服务】您有一份开庭通知待确认，回复1确认出庭，回复2申请改期。"),
    ("app_download", "【宁波市鄞州区人民法院】胡某：你的借款纠纷案件（2026）浙0212民初6613号已立案，请下载“智慧诉讼”APP查看"
                     "起诉书。"),
    ("thread_personal_account", "【嘉兴市南湖区人民法院】沈某：（2026）浙0402民初3318号案件已立案。\n3月4日 10:20\n"
                                "如需庭前和解，请将和解金转至书记员个人账户6217001234567890123，户名王某。"),
    ("collector_wrapped", "你的案子已经\n在法院立案了\n明天执行的人\n就去你家里\n查封东西"),
    ("masked_serial_fee", "【丽水市莲都区人民法院】潘某，（2026）浙1102民初4***号案件如需撤诉，请今日内缴纳撤诉费1500元至"
                          "承办人个人账户。"),
    ("letter_personal_mobile", "律师函 曹某：本所受某平台委托函告，请于收函后两日内联系本所张律师13912345678处理欠款。"),
    ("letter_pay_to_firm", "律师函 曹某：本所受某平台委托函告，请于三日内将欠款汇入本所指定账户6222021234567890123。"),
    ("lender_says_letter", "【某某金融】我司已委托律师事务所向您寄送律师函，请于收函后三日内还款，如有异议请联系委托方客服。"),
    ("lender_to_guarantor", "【某某银行】您作为借款人周某的保证人，借款已逾期两期，我行将向法院起诉，要求您承担保证责任。"),
]


@pytest.mark.parametrize("text", [t for _, t in GENUINE], ids=[i for i, _ in GENUINE])
def test_genuine_notice_in_pasted_form_is_a_legal_notice(text):
    assert analyze(text).verdict.label == "legal_notice"


@pytest.mark.parametrize("text", [t for _, t in TWINS], ids=[i for i, _ in TWINS])
def test_twin_is_no_legal_notice(text):
    assert analyze(text).verdict.label != "legal_notice"


def test_scam_part_of_a_thread_still_wins():
    text = dict(TWINS)["thread_personal_account"]
    assert analyze(text).verdict.label == "scam"


def test_thread_parts_are_cut_at_separators_and_header_lines():
    doc = parse("今天 上午8:40\n【某某银行】请还款。【下一条】【某法院】开庭通知\n——\n请勿轻信。")
    texts = [part.text for part, _, _ in legal_parts.readings(doc)]
    assert texts == ["【某某银行】请还款。", "【某法院】开庭通知", "请勿轻信。"]


def test_one_message_has_no_other_reading():
    assert list(legal_parts.readings(parse("【某法院】王某：你与某银行纠纷一案已立案。"))) == []


def test_a_name_line_is_no_header():
    doc = parse("【某区人民法院】周某:\n原告某银行诉你信用卡纠纷一案，\n本院已立案。")
    texts = [part.text for part, _, _ in legal_parts.readings(doc)]
    assert texts == ["【某区人民法院】周某:\n原告某银行诉你信用卡纠纷一案，本院已立案。"]


@pytest.mark.parametrize("text", ["你作为保证人签署的借款合同", "您作为连带责任保证人", "您是本案的担保人"])
def test_guarantor_is_a_party_not_a_witness(text):
    assert not NON_PARTY.search(text)
    assert PARTY_ROLE.search(text)


@pytest.mark.parametrize("text", ["需您作为证人出庭作证", "您已被选任为人民陪审员"])
def test_witness_and_juror_stay_non_parties(text):
    assert NON_PARTY.search(text)
