"""analyze() on messages a user would paste: verdicts, kinds, spans, lender, bad input."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import json
from pathlib import Path

from analyzer import InputError, analyze

MESSAGES = [json.loads(line) for line in (Path(__file__).parent / "data" / "messages.jsonl")
            .read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("msg", MESSAGES, ids=[m["id"] for m in MESSAGES])
def test_message_verdict_and_kinds(msg):
    report = analyze(msg["text"], sender=msg.get("sender"), received_at=msg.get("received_at"))
    kinds = {f.kind for f in report.findings}
    assert report.verdict.label == msg["verdict"], [(f.rule_id, f.excerpt) for f in report.findings]
    assert set(msg["kinds"]) <= kinds, kinds
    if "lender" in msg:
        assert report.lender is not None and report.lender.id == msg["lender"]
    for f in report.findings:
        assert msg["text"][f.start:f.end] == f.excerpt
        assert f.explanation and f.kb_refs


@pytest.mark.parametrize("text", [
    "请勿向个人账户转账，谨防诈骗。",
    "我司不会上门催收，请放心。",
    "如已还款请忽略。",
    "逾期将影响征信，请按时还款。",
    "【招商银行】您的信用卡本期账单已出，最低还款116.00元，还款日07月15日。",
    "我们从不要求您提供验证码或转账到个人账户。",
])
def test_legitimate_wording_is_not_flagged(text):
    report = analyze(text)
    assert not [f for f in report.findings if f.severity in ("high", "medium")], report.findings
    assert report.verdict.label in ("reminder", "not_collection")


def test_licensed_reminder_has_no_high_severity():
    report = analyze("【招联金融】您的借款已逾期2天，应还1,200.00元，请登录招联金融App还款，如已还款请忽略。")
    assert report.lender.id == "zhaolian_cfc" and report.lender.licensed is True
    assert report.verdict.label == "reminder"
    assert all(f.severity != "high" for f in report.findings)


def test_signature_that_dresses_up_a_real_name_is_flagged():
    report = analyze("【招联金融服务中心】您的借款已逾期，请联系专员处理。")
    assert report.lender.id == "zhaolian_cfc"
    rule_ids = {r for f in report.findings for r in f.rule_ids}
    assert "impersonation.signature.dressed_name" in rule_ids


def test_unknown_brand_is_still_reported_by_name():
    report = analyze("【花薪钱包】您的账户已逾期3天，逾期金额为100元，请尽快还款。")
    assert report.lender.id is None and report.lender.name == "花薪钱包"
    assert report.lender.in_registry is False and report.lender.licensed is None


def test_lender_from_product_and_renamed_company():
    assert analyze("您的借呗已逾期，请尽快还款").lender.id == "ant_cfc"
    assert analyze("【捷信】您的分期已逾期").lender.id == "jd_cfc"
    assert analyze("尊敬的微粒贷用户，您的借款已到期").lender.id == "webank"


@pytest.mark.parametrize(("sender", "kind"), [
    ("1069095599", "enterprise_sms_port"),
    ("95588", "service_short_code"),
    ("12321", "service_short_code"),
    ("400-820-5555", "enterprise_hotline"),
    ("8008208820", "enterprise_hotline"),
    ("13812345678", "mobile"),
    ("17012345678", "virtual_operator_mobile"),
    ("16512345678", "virtual_operator_mobile"),
    ("021-61020064", "fixed_line"),
    ("+85212345678", "foreign"),
    ("008-61234567", "foreign"),
    ("+8613812345678", "mobile"),
    ("12", "invalid"),
])
def test_sender_types(sender, kind):
    report = analyze("您的借款已逾期", sender=sender)
    assert report.sender.type == kind
    assert report.sender.explanation


def test_mobile_sender_has_region_and_original_carrier():
    s = analyze("你好", sender="13812345678").sender
    assert s.region and "江苏" in s.region and s.carrier == "中国移动"
    assert "携号转网" in s.explanation


def test_official_number_matches_lender():
    r = analyze("【招商银行】您的信用卡已逾期，请尽快还款。", sender="95555")
    assert r.lender.id == "cmb" and r.sender.matches_lender_official is True
    r = analyze("【招商银行】您的信用卡已逾期，请尽快还款。", sender="13812345678")
    assert r.sender.matches_lender_official is False
    # No verified contact for this lender: unknown, not false.
    r = analyze("【招联金融】您的借款已逾期。", sender="13812345678")
    assert r.sender.matches_lender_official is None


def test_links_are_analysed():
    r = analyze("【工商银行】详情见 https://www.icbc.com.cn/x ，或 t.cn/AbCd12 ，或 http://icbc-pay.top/a ，或 http://10.2.3.4/x")
    by_domain = {link.registered_domain: link for link in r.links}
    assert by_domain["icbc.com.cn"].official_for == "icbc"
    assert by_domain["t.cn"].short_link is True
    assert by_domain["icbc-pay.top"].lookalike_of == "icbc.com.cn"
    assert by_domain["10.2.3.4"].ip_host is True
    for link in r.links:
        assert r.text[link.start:link.end] == link.url


def test_facts_are_extracted_with_spans():
    text = "您尾号3304的信用卡已逾期17天，欠款￥8,642.30，请于3日内还款，案号(2026)京0105民初123号，北京某某律师事务所"
    facts = analyze(text).facts
    kinds = {f.kind for f in facts}
    assert {"account_tail", "overdue_days", "amount", "deadline", "case_number", "organisation"} <= kinds
    for f in facts:
        assert text[f.start:f.end] == f.text


def test_night_time_uses_china_standard_time():
    text = "您的借款已逾期，请尽快还款"
    assert any(f.kind == "night_or_frequency" for f in analyze(text, received_at="2026-11-29T23:05").findings)
    # 15:05 UTC is 23:05 in Beijing.
    assert any(f.kind == "night_or_frequency" for f in analyze(text, received_at="2026-11-29T15:05:00Z").findings)
    assert not any(f.kind == "night_or_frequency" for f in analyze(text, received_at="2026-11-29T10:00").findings)


def test_bad_input_raises_input_error():
    with pytest.raises(InputError):
        analyze(None)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        analyze(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(InputError):
        analyze("逾" * 10_001)
    with pytest.raises(InputError, match="时间格式"):
        analyze("你好", received_at="昨天晚上")
    assert issubclass(InputError, ValueError)


@pytest.mark.parametrize("text", ["", "   \n\t", "😀😀😀", "\x00\x01\xff", "<script>alert(1)</script>",
                                  "逾" * 10_000, "ＡＢＣ１２３", "𠀀𠀁", "\u200b\u200b"])
def test_odd_input_returns_a_report(text):
    report = analyze(text)
    assert report.verdict.label in ("not_collection", "reminder", "aggressive", "unlawful_threat", "scam")
    assert report.to_dict()["schema_version"]


def test_nothing_found_says_it_proves_nothing():
    assert "不能证明" in analyze("今晚一起吃饭吗").verdict.summary


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_gives_a_report_with_exact_spans(text):
    report = analyze(text)
    for f in report.findings:
        assert text[f.start:f.end] == f.excerpt
    for item in (*report.numbers, *report.links, *report.facts):
        assert 0 <= item.start <= item.end <= len(text)
    if report.lender:
        for ev in report.lender.evidence:
            assert text[ev.start:ev.end] == ev.text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("逾期上门催收联系你的家人 *-._·|😀，。") + ["立即还款", "否则起诉", "【招联金融】"]), max_size=40))
def test_collection_like_text_keeps_exact_spans(parts):
    text = "".join(parts)
    report = analyze(text)
    for f in report.findings:
        assert text[f.start:f.end] == f.excerpt


def test_signature_from_a_personal_number_is_noted_but_not_a_verdict():
    r = analyze("【招联金融】您的借款已逾期，请尽快还款", sender="13912345678")
    notes = [f for f in r.findings if f.kind == "signature_mismatch"]
    assert notes and notes[0].severity == "low" and notes[0].excerpt == "招联金融"
    assert r.verdict.label == "reminder"
    assert not [f for f in analyze("【招联金融】您的借款已逾期", sender="1069036795786").findings
                if f.kind == "signature_mismatch"]


def test_night_time_only_matters_for_collection_messages():
    notice = "【招商银行】您账户3683于08月23日20:03快捷支付22.66元，余额3468.36"
    report = analyze(notice, received_at="2026-11-29T23:30")
    assert not report.findings and report.verdict.label == "not_collection"


# Ordinary sentences that once tripped the rules, from a public SMS/text corpus
# (wdingao/Spam-SMS-recognition, label 0): news about debts and courts is not collection.
@pytest.mark.parametrize("text", [
    "医生必须告知患者和亲属详细的病情和所采取的任何医疗措施",
    "赶地铁赶火车去苏州找同学玩",
    "我正把自己的简历发给亚马逊公司",
    "电脑版微信必须要登陆手机微信用手机扫描二维码才能登陆",
    "发现上次改我密码的家伙居然提交申诉把我密码又修改过",
    "江都中海船厂拖欠工资如此严重",
    "共清收不良贷款本息1300余万元",
    "但如果巨额透支信用卡长期不还",
    "要在今天11：00之前强制执行",
    "否则又如何保证法律的合法性",
    "法院宣布冻结该账户资产几个月",
    "区人民法院公开开庭审理了这例物业经理监守自盗的案件",
    "联系：⒈⒊⒌⒌⒌⒏⒐⒎",
])
def test_ordinary_text_is_not_collection(text):
    report = analyze(text)
    assert report.verdict.label == "not_collection", [(f.rule_id, f.excerpt) for f in report.findings]
    assert not [f for f in report.findings if f.category in ("scam", "unlawful_threat")]


# -- the legal steps a message speaks of call for their guides (knowledge.advice.FACT_GUIDES) ---------------
LEGAL_STEPS = [
    ("您在某平台的债权已转让给某某资产管理有限公司，请联系我司还款", "debt_transfer", "债权已转让", "guide.debt_assignment"),
    ("你的欠款已经依法转让给我公司，请向受让方还款", "debt_transfer", "欠款已经依法转让", "guide.debt_assignment"),
    ("已向法院申请强制执行，将列入失信名单并限制高消费", "enforcement", "强制执行", "guide.enforcement_risks"),
    ("再不还款你将成为被执行人，被限高", "enforcement", "被执行人", "guide.enforcement_risks"),
    ("某某仲裁委员会已受理你的借款合同纠纷仲裁案", "legal_process", "仲裁", "guide.legal_process_types"),
    ("法院诉前调解中心通知：你的借款纠纷已委派调解", "legal_process", "诉前调解", "guide.legal_process_types"),
    ("你的借款合同已办理赋强公证", "legal_process", "赋强公证", "guide.legal_process_types"),
    ("出借人已向法院申请支付令", "legal_process", "支付令", "guide.legal_process_types"),
    ("已向法院申请支 付 令", "legal_process", "支 付 令", "guide.legal_process_types"),  # spaces inserted
]


@pytest.mark.parametrize("text, kind, excerpt, guide", LEGAL_STEPS, ids=[f"{k}-{i}" for i, (_, k, _, _) in enumerate(LEGAL_STEPS)])
def test_legal_steps_are_facts_with_spans_and_bring_their_guide(text, kind, excerpt, guide):
    report = analyze(text)
    facts = [f for f in report.facts if f.kind == kind]
    assert facts and facts[0].text == excerpt
    assert all(text[f.start:f.end] == f.text for f in report.facts)
    assert guide in [g["id"] for g in report.guidance]


@pytest.mark.parametrize("text", [
    "【某某银行】您本期账单已出，最低还款额500元，请按时还款。",
    "您的贷款执行利率为年化7.2%，本期应还1200元。",
    "我司不会向您收取任何中介费，请勿向个人账户转账。",
    "您的积分可以兑换礼品，详询客服。",
])
def test_ordinary_messages_bring_no_legal_step_guides(text):
    report = analyze(text)
    assert not {f.kind for f in report.facts} & {"debt_transfer", "enforcement", "legal_process"}
    assert not {g["id"] for g in report.guidance} & {
        "guide.debt_assignment", "guide.enforcement_risks", "guide.legal_process_types"}


@pytest.mark.parametrize("text", ["你欠的5000元今天必须还，不然后果自负。", "你欠的钱什么时候还？不然后果自负",
                                  "你借的钱必须今天还，不然后果自负"])
def test_a_demand_for_money_owed_is_collection_without_the_word_qiankuan(analyzer, text):
    report = analyzer.analyze(text).to_dict()
    assert report["verdict"]["label"] == "aggressive", report["verdict"]
    assert report["verdict"]["risk"] > 0


@pytest.mark.parametrize("text", ["你还欠我一顿饭，下次请你", "今天必须还书给图书馆吗"])
def test_owing_words_outside_money_are_not_collection(analyzer, text):
    assert analyzer.analyze(text).to_dict()["verdict"]["label"] == "not_collection"


def test_full_width_links_are_links_and_point_at_the_words():
    # Browsers map full-width ASCII to ASCII when a link is opened, and scammers write links that way to
    # slip past filters: the link must still be analysed (domain folded, span on the original characters).
    text = "您的账户异常，请登录ｗｗｗ．ｉｃｂｃ－ｖｉｐ．ｃｏｍ验证，否则将冻结"
    report = analyze(text)
    assert [link.domain for link in report.links] == ["www.icbc-vip.com"]
    link = report.links[0]
    assert text[link.start:link.end] == "ｗｗｗ．ｉｃｂｃ－ｖｉｐ．ｃｏｍ"
    assert report.verdict.label == "scam"
    official = analyze("请您登录杭州互联网法院诉讼平台ｗｗｗ．ｎｅｔｃｏｕｒｔ．ｇｏｖ．ｃｎ进行在线应诉操作。")
    assert [link.registered_domain for link in official.links] == ["netcourt.gov.cn"]


# Lenders' own templates (placeholders such as {name}, %s, *** stand for a masked name or amount):
# a loan or bill falling due or an amount still to pay is a reminder; a payout notice that only adds
# "请按时还款" is not collection.
@pytest.mark.parametrize("text", [
    "尊敬的%s，您的分期本息将于明日到期，届时系统将从您尾号%s的银行卡划扣，请确保余额充足。",
    "{name}您好，您在本平台的借款今天到期，请留足资金以便扣款。",
    "您本期账单可分期，成功后本期仅需还1200.00元【某某银行】",
    "温馨提示：您的还款日为后天，请确保绑定的银行卡余额充足。",
])
def test_templates_of_money_due_are_reminders(analyzer, text):
    assert analyzer.analyze(text).to_dict()["verdict"]["label"] == "reminder"


@pytest.mark.parametrize("text", [
    "【某某金融】放款成功：您的借款***元已到账，请按时还款。",
    "发放借款通知：您的审批金额5000元已发放至尾号1234的银行卡，请按时足额还款。",
    "【某某银行】您尾号1234的账户已于3月1日完成自动还款800.00元。",
    "【某某银行】您的车贷本期还款2,100.00元已扣款成功。",
    "【某某银行】验证码654321，您正在申请提前还款，请勿泄露。",
    "【某某驿站】您的包裹已到，请凭取件码尽快取件，逾期将退回。",
])
def test_payout_notice_is_not_collection(analyzer, text):
    assert analyzer.analyze(text).to_dict()["verdict"]["label"] == "not_collection"


def test_payout_notice_with_an_overdue_debt_is_still_collection(analyzer):
    text = "您的借款已到账，但上期借款已逾期3天，请尽快还款。"
    assert analyzer.analyze(text).to_dict()["verdict"]["label"] != "not_collection"


@pytest.mark.parametrize("text", ["【{APP_NAMES}】尊敬的{name}，您的借款今日到期，请按时还款。", "【%s】您的借款已逾期3天，请尽快还款。",
                                  "【#{sign}】您本期应还#{amount}元，请按时还款。"])
def test_a_placeholder_signature_names_no_lender(analyzer, text):
    report = analyzer.analyze(text)
    assert report.lender is None or "{" not in report.lender.name and "%" not in report.lender.name
    assert report.verdict.label == "reminder"


@pytest.mark.parametrize("text", ["{name}的老婆请转告他尽快还款，他的借款已逾期", "%s的家人麻烦帮他还一下欠款"])
def test_a_placeholder_stands_for_a_masked_name(analyzer, text):
    report = analyzer.analyze(text)
    assert "third_party_contact" in {f.kind for f in report.findings}


def test_a_signed_sender_pointing_to_its_own_channels_keeps_an_unknown_link_low(analyzer):
    # 【安途贷】 is not in the registry; the message names it again as its own App and 客服: the link is
    # more likely the lender's own, so it is noted (low) but does not make the reminder a scam.
    own = ("您在安途贷的借款已逾期2天，请登录安途贷App还款，或点击 m.example.com/pay 还款，"
           "详询安途贷客服热线。【安途贷】")
    report = analyzer.analyze(own)
    links = [f for f in report.findings if "link.unverified_in_debt_notice" in f.rule_ids]
    assert links and links[0].severity == "low" and report.verdict.label == "reminder"
    stranger = "您的借款已逾期2天，请点击 m.example.com/pay 还款。【安途贷】"
    links = [f for f in analyzer.analyze(stranger).findings if "link.unverified_in_debt_notice" in f.rule_ids]
    assert links and links[0].severity == "medium"


def test_digits_inside_a_chat_id_are_not_a_phone_number():
    report = analyze("兼职刷单，日结300元，有手机就能做，加微信abc12345详聊")
    assert not report.numbers, [n.raw for n in report.numbers]
    assert "fraud_lure" in {f.kind for f in report.findings}
    assert [n.raw for n in analyze("如有疑问请致电95588。").numbers] == ["95588"]
