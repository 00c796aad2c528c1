"""legal24: genuine court notices in forms the legal check missed, and the fakes beside them.

Messages are written for these tests (names, courts' serials, links made up); none comes from a data file.
- case numbers as people paste or type them (spaces, 【】, no 号, no brackets, an arbitration commission's own form);
- a court's own statement of the law's sanction for defying its order (报告财产令, 执行通知书) is no criminal threat;
- a court serving papers of a numbered case through a delivery link is a notice to verify, not bank-style phishing;
- a masked landline (0XXX-XXXXXXX) is no foreign number.
The last block goes through the real HTTP API.
"""
from __future__ import annotations

import pytest

from analyzer.detectors.numbers import classify

CASE_NUMBER_FORMS = [
    "（2025） 京 0105 民初 12345 号",
    "( 2025 ) 京0105民初12345号",
    "（2025）京0105民初12345",
    "【2025】京0105民初12345号",
    "2025京0105民初12345号",
    "锡仲案字（2025）第789号",
]
NOT_CASE_NUMBERS = ["2025年12月3号", "（2025）年度报告第1页", "2025年度第12号", "订单(2025)12345"]


def _notice(case_number: str) -> str:
    return f"【北京市朝阳区人民法院】张某，您与某银行信用卡纠纷一案，案号{case_number}，起诉状副本已电子送达，请登录人民法院在线服务查阅。"


@pytest.mark.parametrize("case_number", CASE_NUMBER_FORMS, ids=range(len(CASE_NUMBER_FORMS)))
def test_case_number_as_typed_is_a_detail(analyzer, case_number):
    report = analyzer.analyze(_notice(case_number))
    assert report.verdict.label == "legal_notice"
    assert "case_number" in report.verdict.legal_check["details"]


@pytest.mark.parametrize("text", NOT_CASE_NUMBERS, ids=range(len(NOT_CASE_NUMBERS)))
def test_dates_and_serials_are_no_case_number(analyzer, text):
    report = analyzer.analyze(f"【北京市朝阳区人民法院】您于{text}提交的材料已收到，本院将依法受理。")
    assert "case_number" not in (report.verdict.legal_check or {}).get("details", [])


SANCTION_NOTICES = [
    "【佛山市南海区人民法院】梁某，（2025）粤0605执6789号案件，本院已向你发出报告财产令，请于五日内如实申报财产，"
    "拒不报告或虚假报告的，本院将依法予以罚款、拘留；构成犯罪的，依法追究刑事责任。",
    "【珠海市香洲区人民法院】被执行人高某：本院受理的申请执行人某银行与你金融借款合同纠纷一案（2025）粤0402执2345号，"
    "执行通知书已送达，如拒不履行，本院将依法对你采取罚款、拘留等强制措施；构成犯罪的，依法追究刑事责任。",
    "【温州市鹿城区人民法院】林某，报告财产令：（2025）浙0302执1010号案件，你应当在收到本令之日起五日内向本院如实报告财产情况；"
    "被执行人拒绝报告或者虚假报告的，人民法院可以根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。",
]
COLLECTOR_CRIME_THREATS = [
    "你的网贷逾期已被起诉，如拒不履行还款义务，构成犯罪的，依法追究刑事责任，赶紧还钱。",
    "【某某金融】您已逾期180天，涉嫌恶意逃废债，拒不还款的将依法追究刑事责任，法院将对你拘留。",
]


@pytest.mark.parametrize("text", SANCTION_NOTICES, ids=range(len(SANCTION_NOTICES)))
def test_court_states_the_law_on_defying_its_order(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "legal_notice"
    assert report.verdict.legal_check["stage"] == "enforcement"
    assert not [f for f in report.findings if f.kind == "false_criminal_threat" and f.severity != "low"]


@pytest.mark.parametrize("text", COLLECTOR_CRIME_THREATS, ids=range(len(COLLECTOR_CRIME_THREATS)))
def test_collector_calling_default_a_crime_is_still_a_threat(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "unlawful_threat"
    assert any(f.kind == "false_criminal_threat" for f in report.findings)


SERVED_BY_LINK = [
    "【广东法院】邹某，您好！广州市越秀区人民法院向您送达（2025）粤0104民初8866号案件电子文书，请登录 "
    "http://sd.example-ems.com/v/AB12CD 查收，验证码为561234。",
    "【江苏省南京市玄武区人民法院】朱某，本院向您送达（2025）苏0102民初6677号案件的相关文书，请点击 "
    "https://sd.example-court-mail.com/sd/ab12cd 查看，查阅码123456，如有疑问请致电12368。",
]
FAKE_SERVICE = [
    # the court's name masked: nothing to check
    "【XX法院】XX法院向您送达（2024）XXXX号案件传票，请点击 http://fy-sd.top/a 查看",
    # a real-looking notice that asks for a fee
    "【北京市朝阳区人民法院】本院向您送达（2025）京0105民初12345号案件传票，请点击 http://fy-sd.top/a 缴纳诉讼保全费，逾期视为放弃答辩。",
    # and one that asks for the code
    "【北京市朝阳区人民法院】本院向您送达（2025）京0105民初12345号案件传票，请点击 http://fy-sd.top/a 并把收到的验证码告诉书记员。",
]


@pytest.mark.parametrize("text", SERVED_BY_LINK, ids=range(len(SERVED_BY_LINK)))
def test_court_serving_papers_by_link_is_a_notice_to_verify(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "legal_notice"
    assert report.verdict.legal_check["scam_markers"] == ["unofficial_link"]
    assert "不要直接点短信里的链接" in report.verdict.summary


@pytest.mark.parametrize("text", FAKE_SERVICE, ids=range(len(FAKE_SERVICE)))
def test_fake_service_by_link_stays_a_scam(analyzer, text):
    assert analyzer.analyze(text).verdict.label == "scam"


def test_masked_landline_is_no_foreign_number():
    assert classify("0XXX-XXXXXXX").type != "foreign"
    assert classify("00852 1234 5678").type == "foreign"
    assert classify("+852 xxxx xxxx").type == "foreign"


def test_over_http_a_statutory_sanction_notice_is_a_legal_notice(api):
    r = api.post("/api/v1/analyze", {"text": SANCTION_NOTICES[0], "sender": None})
    assert r.status == 200, r.body[:300]
    assert r.json["verdict"]["label"] == "legal_notice"
    r = api.post("/api/v1/analyze", {"text": COLLECTOR_CRIME_THREATS[0], "sender": None})
    assert r.json["verdict"]["label"] == "unlawful_threat"


LAWYER_LETTERS = [
    # the letter's terms headed 函告, the reader sent to the firm's own fixed line
    "【北京市某某律师事务所】刘某先生：本所受某银行股份有限公司信用卡中心委托，就您名下尾号1234信用卡欠款事宜郑重函告："
    "请您于收到本函之日起7日内将欠款归还至您的信用卡账户。如有异议，请致电本所010-85201234。承办律师：王某",
    # a formal notice on the mandate (通知如下), the reader sent to the creditor's own App and service line
    "【江苏某律师事务所】王某，您好！本律师受某银行委托，现就您信用卡透支纠纷一事通知如下：请您在收到本通知后3日内登录委托人"
    "官方App或拨打95XXX协商还款，否则委托人将向有管辖权的人民法院起诉。",
]
FIRM_COLLECTING = [
    "【深圳市XX律师事务所】您好，我所受XX银行委托催收您的欠款，请尽快还款，否则我所将代理起诉。",
    "【江苏某律师事务所】王某：本所受某银行委托，现通知如下：请于今日内将欠款转入以下账户：6222021234567890123。",
    "【江苏某律师事务所】王某：本所受某银行委托，现通知如下：请于3日内还款，联系李律师13812345678。",
]


@pytest.mark.parametrize("text", LAWYER_LETTERS, ids=range(len(LAWYER_LETTERS)))
def test_lawyer_letter_in_its_own_words(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "legal_notice"
    assert report.verdict.legal_check["stage"] == "lawyer"
    assert "letter_act" in report.verdict.legal_check["details"]


@pytest.mark.parametrize("text", FIRM_COLLECTING, ids=range(len(FIRM_COLLECTING)))
def test_firm_collecting_or_asking_payment_is_no_letter(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label != "legal_notice"


def test_court_telling_how_to_get_off_the_defaulter_list_is_no_credit_repair(analyzer):
    text = ("【成都市锦江区人民法院】被执行人黄某，你已被列入失信被执行人名单，如已履行完毕，请携带相关凭证到本院执行局申请删除失信信息。"
            "案号（2025）川0104执567号。")
    report = analyzer.analyze(text)
    assert report.verdict.label == "legal_notice"
    assert not [f for f in report.findings if f.kind == "credit_repair_scam"]
    fake = "【某某法院】你已被列入失信名单，交500元手续费，专员帮你删除失信记录，不用到法院跑，联系13812345678。"
    assert analyzer.analyze(fake).verdict.label == "scam"


def test_court_mediation_moving_to_litigation_is_no_payment(analyzer):
    text = ("【广州市天河区人民法院】您好，您与某银行信用卡纠纷一案已进入诉前调解程序，调解员：陈某，联系电话020-38881234，"
            "如调解不成将依法转入诉讼程序。")
    report = analyzer.analyze(text)
    assert report.verdict.label == "legal_notice"
    assert "own_step" in report.verdict.legal_check["details"]
    pay = ("【广州市天河区人民法院】您好，您与某银行信用卡纠纷一案已进入诉前调解程序，请于三日内将欠款转入以下账户，"
           "调解员：陈某，联系电话020-38881234。")
    assert analyzer.analyze(pay).verdict.label != "legal_notice"


COURT_ASSURANCES = [
    "【北京市朝阳区人民法院】张某，您与某银行信用卡纠纷一案（2025）京0105民初12345号已立案，起诉状副本已电子送达，请登录人民法院在线"
    "服务查阅。本院不会以任何形式要求当事人缴纳保证金或解冻费，谨防诈骗。",
    "【杭州市西湖区人民法院】王某某：（2025）浙0106民初7890号案件的开庭传票已向您电子送达，请通过人民法院在线服务查阅。法院不会通过"
    "短信要求撤案、私了或向个人账户转账。",
    "【天津市和平区人民法院】尤某，（2025）津0101执1234号案件中，本院已依法冻结你名下银行存款，执行裁定书已电子送达。请勿相信任何声称"
    "可花钱解除冻结的信息。",
    "【北京市朝阳区人民法院】张某，您与某银行信用卡纠纷一案（2025）京0105民初12345号已立案，起诉状副本已电子送达，请登录人民法院在线"
    "服务查阅。本院不会要求您下载任何APP或屏幕共享。",
    "【北京市朝阳区人民法院】张某，您与某银行信用卡纠纷一案（2025）京0105民初12345号已立案，请登录人民法院在线服务查阅。如接到自称法官"
    "要求转账撤诉的电话，请立即挂断并拨打12368核实。",
]
OFFERS_BESIDE_A_DENIAL = [
    "【北京市朝阳区人民法院】张某，您与某银行纠纷一案（2025）京0105民初12345号已立案，不要拖延缴纳保证金即可撤案。",
    "【北京市朝阳区人民法院】您的案件（2025）京0105民初12345号，法院不会主动联系，如需撤案请缴纳保证金至书记员账户。",
    "【北京市朝阳区人民法院】您的案件（2025）京0105民初12345号已立案，本院不会为难你，交保证金可以私了。",
]


def test_app_beside_a_hurry_still_counts(analyzer):
    report = analyzer.analyze("【北京市朝阳区人民法院】您的案件（2025）京0105民初12345号已立案，不要犹豫，下载“法院通”APP处理。")
    assert report.verdict.label != "legal_notice"
    assert "app_download" in report.verdict.legal_check["scam_markers"]


@pytest.mark.parametrize("text", COURT_ASSURANCES, ids=range(len(COURT_ASSURANCES)))
def test_court_denying_the_scammers_offers_is_no_offer(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "legal_notice"
    assert report.verdict.legal_check["scam_markers"] == []


@pytest.mark.parametrize("text", OFFERS_BESIDE_A_DENIAL, ids=range(len(OFFERS_BESIDE_A_DENIAL)))
def test_offer_beside_a_denial_still_counts(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label in ("scam", "unlawful_threat")
    assert "offer_to_drop" in report.verdict.legal_check["scam_markers"]


def test_short_court_name_as_the_subject_of_its_step(analyzer):
    text = ("喂,请问是秦某吗?你诉天门某新能源公司提供劳务者受害责任纠纷一案,天门法院已受理,现通过全国法院统一送达平台,"
            "将受理通知书、举证通知书、开庭传票以短信方式发送至你的手机,请注意查收。")
    report = analyzer.analyze(text)
    assert report.verdict.label == "legal_notice"
    assert "court_name" in report.verdict.legal_check["details"]
    for fake in ("您的借款逾期，朝阳法院已受理你的案件，请尽快还款。", "你的案子，当地法院已立案，等着传票吧。"):
        assert analyzer.analyze(fake).verdict.label != "legal_notice"


def test_lawyer_letter_sending_the_reader_to_the_public_register(analyzer):
    text = ("【XX律师事务所】李先生您好，本所受XX银行委托，就您信用卡逾期一事向您发送律师函，函件已通过EMS寄至您的账单地址，"
            "您可在司法部中国法律服务网查询本所及律师执业信息。")
    report = analyzer.analyze(text)
    assert report.verdict.label == "legal_notice"
    assert report.verdict.legal_check["stage"] == "lawyer"
