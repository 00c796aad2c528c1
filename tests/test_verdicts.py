"""Verdict behaviour the judgement issue asks for: no debt gate hides a severe
finding, tense decides lawful pressure vs false legal claims, genuine-looking
legal notices, phishing outside lending, harmless alarming words, third-party readers."""
from __future__ import annotations

import pytest

from analyzer import SCHEMA_VERSION, analyze

COURT = ("【北京市朝阳区人民法院】张某某，（2026）京0105民初12345号案件的起诉状副本等文书已送达，"
         "请登录人民法院在线服务查看，咨询12368。")


@pytest.mark.parametrize("text", [
    "某某是老赖，全家不得安宁",
    "小心你家里人出门的时候",
    "转到我个人微信或支付宝",
    "不还款就剁手",
    "您的信息已上传至公安系统",
], ids=["insult-no-debt-words", "family-threat", "personal-wallet", "maiming", "police-system"])
def test_severe_finding_is_never_hidden(text):
    report = analyze(text)
    assert any(f.severity == "high" for f in report.findings), report.findings
    assert report.verdict.label not in ("not_collection", "reminder")
    assert report.verdict.risk > 0


def test_high_severity_never_not_collection_or_zero():
    for text in ("某某是老赖，全家不得安宁", "转到我个人微信或支付宝"):
        report = analyze(text)
        assert report.verdict.label != "not_collection" and report.verdict.risk > 0


def test_future_lawsuit_is_pressure_done_lawsuit_is_false_claim():
    future = analyze("请于3日内还款，否则将依法起诉")
    assert future.verdict.label == "aggressive"
    assert not any(f.kind == "fake_legal_process" for f in future.findings)
    done = analyze("您的欠款案件已被正式立案，即将移交法院执行")
    kinds = {r: f for f in done.findings for r in f.rule_ids}
    assert "threat.fake_legal.announced_done" in kinds
    assert done.verdict.label == "unlawful_threat"
    # The future half gets an explanation about an imminent step, not about "立即、马上".
    step = [f for f in done.findings if f.excerpt.startswith("即将")]
    assert step and "立即" not in step[0].explanation


def test_verifiable_court_notice_is_legal_notice():
    report = analyze(COURT)
    assert report.verdict.label == "legal_notice"
    assert report.verdict.risk == 40
    check = report.verdict.legal_check
    assert check["verifiable"] and {"court_name", "case_number", "hotline_12368"} <= set(check["details"])
    assert not any(f.kind in ("fake_legal_process", "impersonation") for f in report.findings)
    assert "12368" in report.verdict.summary
    assert report.to_dict()["schema_version"] == SCHEMA_VERSION == "1.3"


@pytest.mark.parametrize(("extra", "marker"), [
    ("请将诉讼费转到书记员个人账户6222000011112222。", "payment_request"),
    ("缴纳保证金5000元即可撤案。", "offer_to_drop"),
    ("详情联系书记员13912345678。", "personal_number"),
    ("请登录 http://court-sd.top/a 查看。", "unofficial_link"),
], ids=["personal-account", "pay-to-drop", "mobile", "unofficial-link"])
def test_scam_marker_wins_over_court_details(extra, marker):
    report = analyze(COURT + extra)
    assert report.verdict.label != "legal_notice"
    assert marker in report.verdict.legal_check["scam_markers"]


def test_unverifiable_court_claim_says_it_cannot_tell():
    report = analyze("您的欠款已逾期，某某法院已受理，请尽快处理。")
    assert report.verdict.label != "legal_notice"
    assert "无法确定真假" in report.verdict.summary and "12368" in report.verdict.summary


@pytest.mark.parametrize(("text", "sender"), [
    ("【杭州中院】（2025）浙01民初321号案件的传票已送达，请登录人民法院在线服务查收。", None),
    ("【12368】请于2026年5月8日9时到本院第三法庭参加庭审。", None),
    ("某某你好，某某诉你借款合同纠纷一案，本院已受理，承办法官某某，书记员某某。", "12368"),
    ("您好，您有一份（2025）京0105民初12345号案件的文书，请登录 https://zxfw.court.gov.cn 查看。", "12368"),
    ("您好，某某诉你民间借贷纠纷一案，本院定于6月3日9时在第十法庭开庭，请准时到庭。如有疑问请联系承办法官某某。", None),
], ids=["court-short-name-and-case-number", "12368-hearing", "12368-sender-court-staff", "12368-sender-no-court-word",
        "hearing-day-and-courtroom"])
def test_court_service_shapes_are_legal_notice(text, sender):
    report = analyze(text, sender=sender)
    assert report.verdict.label == "legal_notice", report.verdict
    assert not any(f.kind in ("fake_legal_process", "impersonation") for f in report.findings)


def test_court_name_and_signature_alone_are_not_verifiable():
    # Anyone can type a court's name into a signature; with nothing else to check, say so.
    report = analyze("【北京市朝阳区人民法院】您涉嫌恶意透支，已被立案，请尽快处理。")
    assert report.verdict.label != "legal_notice"
    assert not report.verdict.legal_check["verifiable"]


@pytest.mark.parametrize("text", [
    "ETC已失效,24小时内未认证将停用",
    "您的医保卡将于今日停用，请点击链接重新认证",
    "温馨提示:我行将从您账户上扣取1200元年费。",
    "您的贷款已审核通过，需缴纳20%保证金后方可放款",
    "【菜鸟驿站】您的快递信息不全,请点击链接验证身份。",
], ids=["etc", "medical-insurance", "annual-fee", "loan-deposit", "courier"])
def test_phishing_outside_lending_is_scam(text):
    assert analyze(text).verdict.label == "scam"


@pytest.mark.parametrize("text", [
    "【抖音】验证码123456，用于手机登录，5分钟内有效。验证码提供给他人可能导致账号被盗，请勿泄露，谨防被骗。",
    "【支付宝】你的支付宝发生1332.00元的交易，校验码：976102打死都不能告诉别人哦！唯一热线95188",
    "【重庆公积金中心】您的个人账户于2024年12月13日汇缴公积金1980元,汇缴年月为202412, 余额9900元。",
    "您尾号1234的储蓄卡将于明日自动扣款还款300元",
    "【XX公安】提醒：公安机关不会要求转账，请勿向个人账户转账，谨防诈骗",
    "我司不会上门催收，请通过官方App还款",
    "验证码123456，别人要验证码是骗子，请勿告诉他人",
], ids=["otp-warning", "otp-idiom", "housing-fund", "auto-debit", "police-anti-fraud", "no-visit", "otp-scammer"])
def test_harmless_alarming_words_stay_quiet(text):
    report = analyze(text)
    assert report.verdict.label not in ("scam", "unlawful_threat"), [(f.rule_id, f.excerpt) for f in report.findings]
    assert not any(f.category in ("scam", "unlawful_threat") for f in report.findings)


def test_third_party_reader_is_reported_and_guided():
    report = analyze("您亲友XXX在本平台的贷款已严重逾期，请转告其尽快还款")
    d = report.to_dict()["reader"]
    assert d["role"] == "third_party" and d["relation"] == "contact"
    assert report.text[d["start"]:d["end"]] == d["excerpt"]
    assert "不是你欠的" in d["note"]
    assert analyze("您的借款已逾期3天，请尽快还款").reader.role == "borrower"
    assert analyze("明天一起吃饭吗").reader.role == "unknown"


def test_masked_number_is_not_called_unofficial():
    report = analyze("【招商银行】您的信用卡已逾期，请致电156********处理")
    masked = [n for n in report.numbers if "*" in n.raw]
    assert masked and all(n.matches_lender_official is None for n in masked)


def test_organisation_fact_is_a_name_not_a_verb_phrase():
    orgs = [f.value for f in analyze("您的案件已被正式立案，即将移交法院执行").facts if f.kind == "organisation"]
    assert orgs == []
    orgs = [f.value for f in analyze("您的欠款已移交北京市朝阳区人民法院处理").facts if f.kind == "organisation"]
    assert orgs == ["北京市朝阳区人民法院"]


def test_lender_evidence_is_not_repeated():
    lender = analyze("【工商银行】您的信用卡已逾期，工商银行提醒您尽快还款，工商银行客服95588").lender
    pairs = [(e.source, e.text) for e in lender.evidence]
    assert len(pairs) == len(set(pairs))


def test_bank_named_only_as_payee_is_not_called_the_creditor():
    lender = analyze("请将欠款转入招商银行账户6222000011112222").lender
    assert {e.source for e in lender.evidence} == {"payee_account"}
    assert "不一定是你的债权人" in lender.note and lender.confidence < 0.5
    signed = analyze("【微众银行】您今天应还1352.29元扣款失败，请17点前补足招商银行3683卡余额。").lender
    assert signed.id is not None and signed.name.endswith("微众银行股份有限公司")


from hypothesis import given, settings
from hypothesis import strategies as st

_PIECES = ["您的借款已逾期", "某某是老赖", "转到我个人微信", "请立即还款", "明天见", "你全家不得安宁", "，", "。",
           "验证码123456", "别人要验证码是骗子", "【某某金融】", "否则将依法起诉", "已被正式立案", "ETC已失效"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6))
def test_property_high_severity_is_never_quiet(pieces):
    report = analyze("".join(pieces))
    if any(f.severity == "high" for f in report.findings):
        assert report.verdict.label != "not_collection" and report.verdict.risk > 0
    for f in report.findings:
        assert report.text[f.start:f.end] == f.excerpt


@pytest.mark.parametrize(("text", "label"), [
    ("小王，你借的那两万块钱什么时候能还我", "reminder"),
    ("张三，你借我的3万块钱拖了半年了，再不还我就去你家", "aggressive"),
    ("我借你的书什么时候还我", "not_collection"),
    ("你借的钱还了吗", "not_collection"),
], ids=["creditor-asks", "creditor-visits", "a-book", "relative-asks"])
def test_private_creditor_demands_are_debt_talk(text, label):
    # A private lender names no platform and says no 逾期: 借我的…钱, 还我 is the demand.
    assert analyze(text).verdict.label == label


@pytest.mark.parametrize("text", [
    "下雨了你开车路上小心点",
    "你出门小心点，外面冷",
    "你爸住院了，有空回来看看，医药费我先垫上了",
    "哥，我手头紧，能不能借我500，下个月发工资还你",
    "你同事刚才打电话到家里找你，说有急事",
    "我把你的照片发到家族群里了，大家都说好看",
    "小区公告：电梯维修，请业主们互相转告",
    "你孩子在哪个学校上学？我们家的也想转过去",
    "我们已经到你家楼下了，快下来",
    "你单位的领导我们已经联系过了，下周一起开会",
], ids=lambda t: t[:8])
def test_family_and_friends_messages_sharing_threat_words_stay_quiet(text):
    # Family, friends and neighbours use the same words as collectors (小心, 家人, 单位, 楼下, 借); without
    # a debt demand or a threat they are not collection and not a threat.
    report = analyze(text)
    assert report.verdict.label in ("not_collection", "reminder"), report.findings
    assert not any(f.category == "unlawful_threat" for f in report.findings)


# A named court announcing its own act, with no number, link or payment to act on, is a notice to check
# with the court, not a collector's unlawful threat; the same words with a callback number stay a threat.
@pytest.mark.parametrize("text", [
    "某某实名登记的机主，你已经被永州市冷水滩区人民法院公布为失信被执行人，请自觉履行生效法律文书确定的义务",
    "你呼叫的机主已被广州市天河区人民法院公布为失信被执行人，如能提供其财产线索，法院将予以奖励",
])
def test_a_court_announcing_its_own_act_without_any_channel_is_a_notice_to_verify(text):
    report = analyze(text)
    assert report.verdict.label == "legal_notice", [(f.rule_id, f.excerpt) for f in report.findings]
    assert "court_act" in report.verdict.legal_check["details"]


@pytest.mark.parametrize("text", [
    "你已经被朝阳区人民法院列为失信被执行人，请立即联系13812345678处理，否则拘留",
    "你已经被朝阳区人民法院列为失信被执行人，点击 http://sx-court.top 处理",
    "你已被列为失信被执行人，马上还款",
])
def test_the_same_claim_with_a_channel_or_without_a_court_is_not(text):
    assert analyze(text).verdict.label != "legal_notice"


def test_a_scam_with_no_debt_in_it_is_not_answered_with_lender_advice():
    lure = analyze("兼职打字员，日结200，有意者请联系17700001111")
    assert lure.verdict.label == "scam"
    assert "贷款机构" not in lure.verdict.summary and "96110" in lure.verdict.summary
    debt = analyze("您的借款已逾期，请将欠款转到专员个人账户6222020200112233445")
    assert debt.verdict.label == "scam" and "贷款机构" in debt.verdict.summary


def test_a_scam_with_no_debt_in_it_gets_a_scam_guide_without_lender_steps():
    lure = analyze("兼职打字员，日结200，有意者请联系17700001111").to_dict()
    first = lure["guidance"][0]
    assert first["id"] == "guide.verdict.scam_no_debt"
    assert all(g["id"] != "guide.verdict.scam" for g in lure["guidance"])
    assert "贷款机构" not in first["summary"] + "".join(first["steps"])
    debt = analyze("您的借款已逾期，请将欠款转到专员个人账户6222020200112233445").to_dict()
    assert debt["guidance"][0]["id"] == "guide.verdict.scam"
    assert all(g["id"] != "guide.verdict.scam_no_debt" for g in debt["guidance"])


@pytest.mark.parametrize("text", [
    "【XX派出所】提醒：催收人员上门泼油漆、砸门属于违法行为，遇到请立即报警。",
    "据报道，某催收公司员工因爆通讯录、辱骂借款人被判处有期徒刑一年。",
    "如遇到催收人员威胁联系您家人，请拨打110",
])
def test_acts_named_as_unlawful_or_reported_as_news_are_no_threat(text):
    report = analyze(text)
    assert report.verdict.label not in ("unlawful_threat", "scam"), [f.rule_id for f in report.findings]
    assert not [f for f in report.findings if f.category == "unlawful_threat"]


@pytest.mark.parametrize("text", [
    "你逾期不还属于违法行为，我们明天上门泼油漆",
    "再不还钱就爆你通讯录，你等着被判刑吧",
    "如遇到你不还钱，我们就联系你家人",
])
def test_a_collector_calling_the_debt_unlawful_still_threatens(text):
    assert analyze(text).verdict.label == "unlawful_threat"


# A private lender's or a plain debt demand without platform words is still about a debt.
@pytest.mark.parametrize("text", [
    "去年借你的15万，什么时候能还？",
    "张三，借你的15万什么时候还",
    "您的借款已坏账，详情请联系客服",
    "欠我的钱什么时候还",
    "欠我们的3万块到底还不还",
], ids=["lent-to-you-last-year", "lent-to-you", "bad-debt", "owe-me", "owe-us"])
def test_private_lender_wording_is_about_a_debt(analyzer, text):
    assert analyzer.analyze(text).verdict.label != "not_collection"


@pytest.mark.parametrize("text", [
    "兄弟，上次借你的500块我转你了，查收一下",
    "银行业坏账率今年有所上升",
    "我借你的书什么时候还我都行",
], ids=["repaid-friend", "news-bad-debt", "lent-a-book"])
def test_private_wording_without_a_demand_is_not_a_debt(analyzer, text):
    assert analyzer.analyze(text).verdict.label == "not_collection"


# An advert offering to collect debts for the reader is not a reminder of the reader's own debt.
@pytest.mark.parametrize("text", [
    "专业清收各类欠款，个人欠款、企业三角债，不成功不收费，联系13812345678",
    "全国追收疑难债务诚信高效合法收回付费电话 0755-12345678 敬请保留以备急用",
    "律师带队合法代收帐借款贷款工程款欠款三角帐调解处理各种纠纷成功计费详询 13912345678 王主任",
], ids=["clear-all-debts", "nationwide-recovery", "lawyer-led"])
def test_debt_recovery_advert_is_not_collection(analyzer, text):
    assert analyzer.analyze(text).verdict.label == "not_collection"


def test_collector_naming_its_service_to_the_debtor_is_still_collection(analyzer):
    report = analyzer.analyze("您在某某平台的借款已逾期30天，我司专业清收团队已接手，请今日内还款")
    assert report.verdict.label != "not_collection"


# A warning to the public about scams that use debt words (冒充催收, 以逾期为由) is not a reminder; a
# reminder of the reader's own debt that ends in "谨防诈骗" or "请认准官方渠道" still is.
@pytest.mark.parametrize("text", [
    "【XX公安】警惕冒充催收的诈骗短信，不要点击陌生链接，逾期还款请通过官方渠道处理。",
    "【招商银行】提醒广大客户：近期有不法分子冒充银行催收人员，以逾期为由要求转账还款，请谨防诈骗，切勿点击陌生链接。",
    "【中国移动】警惕冒充催收诈骗！不法分子以帮您处理逾期、征信修复为由诱导转账，请勿轻信。",
    "反诈提醒：切勿相信自称催收公司的陌生来电，骗子常以消除逾期记录为名要求还款到个人账户。",
], ids=["police", "bank", "carrier", "anti-fraud-centre"])
def test_public_warning_about_collection_scams_is_not_collection(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "not_collection", report.findings


@pytest.mark.parametrize("text", [
    "【XX银行】您尾号1234的信用卡已逾期3天，请尽快还款。谨防诈骗，请认准官方渠道。",
    "您的借款已逾期，请今日还款，请认准官方渠道，谨防诈骗。",
    "【某某消费金融】您已逾期5天，请及时还款。警惕冒充我司的诈骗电话，还款请认准官方App。",
], ids=["card-tail-number", "your-loan", "you-are-overdue"])
def test_reminder_ending_in_a_scam_warning_stays_a_reminder(analyzer, text):
    assert analyzer.analyze(text).verdict.label == "reminder"


# 已逾期 / 已到期 / 已欠款 state the debt; they do not announce that a legal step was taken.
@pytest.mark.parametrize("text", [
    "您的借款已逾期起诉前给您最后的协商机会",
    "您的借款已到期诉讼程序启动前请还款",
    "你已欠款多日报案前请联系我们",
    "您已逾期30天立案审查前请尽快处理",
], ids=["overdue-before-suit", "due-before-proceedings", "owing-before-report", "overdue-before-filing"])
def test_a_debt_state_is_not_an_announced_legal_step(analyzer, text):
    kinds = {r for f in analyzer.analyze(text).findings for r in f.rule_ids}
    assert not kinds & {"threat.fake_legal.announced_done", "threat.false_criminal.reported_done",
                        "threat.scheme.fake_legal.step_announced_done"}, kinds


@pytest.mark.parametrize("text", [
    "您的借款已逾期，现已立案",
    "您已逾期90天，已起诉至法院",
    "您的欠款已逾期，我们已报案",
], ids=["filed", "sued", "reported"])
def test_a_step_announced_after_a_state_still_counts(analyzer, text):
    assert analyzer.analyze(text).verdict.label == "unlawful_threat"


# A scam about a credit-card debt sends the reader to the card-issuing bank, not to "贷款机构的官方 App".
@pytest.mark.parametrize("text", [
    "【信用卡中心】您的信用卡已逾期，现可办理停息挂账，协商还款，请添加专员微信wx123456办理。",
    "您的信用卡欠款可申请停息挂账分期60期，点击 http://abc.xyz/a 提交资料，需先交500元服务费",
    "【招商银行】您的信用卡逾期已上报征信，请立即转账至以下个人账户6222021234567890123处理",
], ids=["stop-interest-wechat", "stop-interest-fee", "card-overdue-personal-account"])
def test_a_card_debt_scam_is_answered_with_card_issuer_steps(analyzer, text):
    report = analyzer.analyze(text).to_dict()
    assert report["verdict"]["label"] == "scam"
    ids = [g["id"] for g in report["guidance"]]
    assert ids[0] == "guide.verdict.scam_card" and "guide.verdict.scam" not in ids
    steps = "".join(s for g in report["guidance"] for s in g["steps"])
    assert "贷款机构" not in steps, steps
    assert "发卡银行" in steps and "背面" in steps
    # The one-line summary at the top of the page says the same, not "贷款机构".
    summary = report["verdict"]["summary"]
    assert "贷款机构" not in summary and "发卡银行" in summary, summary


def test_a_loan_debt_scam_keeps_lender_steps(analyzer):
    report = analyzer.analyze("您的网贷已逾期，可办理停息挂账，请添加专员微信wx123456，先交300元服务费").to_dict()
    ids = [g["id"] for g in report["guidance"]]
    assert report["verdict"]["label"] == "scam" and "guide.verdict.scam_card" not in ids
    assert "guide.debt_relief_service_card" not in ids
    assert "贷款机构" in report["verdict"]["summary"]


# An offer to recover the reader's debts that asks for a fee up front is the advance-fee scam.
@pytest.mark.parametrize("text", [
    "专业清收各类欠款，先交服务费5000元，全国上门追收，联系13812345678",
    "清收团队承接疑难债务，前期费用3000元，成功后再付尾款，详询王经理13912345678",
    "帮您追回被欠的工程款，需预付差旅费和调查费，当天出发，电话13712345678",
], ids=["service-fee-first", "upfront-costs", "travel-costs"])
def test_debt_recovery_advert_asking_a_fee_up_front_is_a_scam(analyzer, text):
    report = analyzer.analyze(text)
    assert "scam.recovery.advance_fee" in {r for f in report.findings for r in f.rule_ids}
    assert report.verdict.label == "scam"


@pytest.mark.parametrize("text", [
    "专业追债，不成功不收费，联系13812345678",
    "专业清收各类欠款，不收任何前期费用，成功后按比例收费，联系13812345678",
], ids=["no-win-no-fee", "no-upfront-fee"])
def test_debt_recovery_advert_without_a_fee_up_front_is_no_scam(analyzer, text):
    assert analyzer.analyze(text).verdict.label == "not_collection"
