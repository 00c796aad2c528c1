"""Each statement corrected under issue 13 (and the issue 12 truth audit) stays corrected: the knowledge base says the rule and its
exceptions, cites the articles checked against the law texts, and never slips back to the old wording."""
from __future__ import annotations

import re
import tomllib

import pytest

from knowledge.entries import DATA_DIR, load_catalog
from knowledge import registry


@pytest.fixture(scope="module")
def kb():
    return load_catalog()


def _all_text(kb) -> str:
    return "\n".join(str(vars(e)) for e in kb.all())


def _rule_explanations() -> dict[str, str]:
    return {r.id: r.explanation for r in registry.rules()}


def test_electronic_service_consent_includes_a_prior_contract_clause(kb):
    law = kb.laws["law.civil_procedure.90"]
    assert "只有在你同意的情况下" not in _all_text(kb)
    assert "借款合同" in law.summary and "第29条" in law.summary
    rules = kb.laws["law.online_litigation.29"]
    assert rules.article == "第29条、第31条、第32条"
    for words in ("纠纷发生前", "第31条", "第32条", "缺席判决"):
        assert words in rules.summary
    assert rules.publication.startswith("最高人民法院 法释〔2021〕12号")


def test_default_judgment_answer_and_jurisdiction_objection(kb):
    law = kb.laws["law.civil_procedure.147"]
    assert law.article == "第128条、第130条、第147条"
    for words in ("十五日", "答辩状", "管辖异议", "缺席判决"):
        assert words in law.summary


@pytest.mark.parametrize("law_id, article, words", [
    ("law.civil_procedure.248", "第248条、第249条、第250条", ("仲裁裁决", "赋强公证", "二年")),
    ("law.civil_procedure.206", "第205条、第206条", ("司法确认", "强制执行")),
    ("law.civil_procedure.227", "第225条至第228条（督促程序）", ("十五日", "申请强制执行")),
])
def test_enforceable_instruments_beyond_judgments(kb, law_id, article, words):
    law = kb.laws[law_id]
    assert law.article == article
    assert all(w in law.summary for w in words)


def test_threat_rules_no_longer_say_only_courts_after_judgment_or_only_lawsuits():
    text = "\n".join(_rule_explanations().values())
    assert "强制执行只能由法院在判决生效后进行" not in text
    assert "欠款纠纷只能由债权人向法院起诉" not in text
    enforcement = _rule_explanations()["threat.fake_legal.enforcement"]
    assert all(w in enforcement for w in ("仲裁裁决", "赋强公证", "支付令"))


def test_no_prison_is_said_with_its_exceptions(kb):
    faq = kb.faqs["faq.prison"].answer
    for words in ("罚款、拘留", "15日", "拒不执行判决、裁定罪", "恶意透支", "提起公诉前"):
        assert words in faq
    fines = kb.laws["law.civil_procedure.114"]
    assert fines.article == "第114条、第118条、第252条"
    assert "十五日" in fines.summary and "十万元" in fines.summary
    card = kb.laws["law.criminal.196"].summary
    for words in ("两次有效催收", "5万元", "提起公诉前", "一审判决前", "变相发放贷款"):
        assert words in card
    step = kb.guides["guide.verdict.unlawful_threat"].steps[0]
    assert "判决后" in step and "拘留" in step


def test_consumption_restriction_follows_the_deadline_while_dishonest_list_needs_more(kb):
    limit = kb.laws["law.consumption_restriction.1"].summary
    assert "执行通知书指定的期间" in limit and "不以“有能力却拒不履行”为前提" in limit
    assert "高收费私立学校" in limit
    dishonest = kb.laws["law.dishonest_list.1"]
    assert "有履行能力而拒不履行" in dishonest.summary and "法释〔2017〕7号" in dishonest.publication
    blacklist = _rule_explanations()["threat.fake_legal.blacklist"]
    assert "执行通知的期限" in blacklist
    assert "只有法院判决后你有能力却拒不履行，法院才会这样做" not in blacklist


def test_auto_debit_notice_is_not_called_a_fake_charge():
    explanation = _rule_explanations()["pressure.urgency.deduct_from_account"]
    assert "虚假扣费短信的常见说法" not in explanation
    assert "自动扣款" in explanation and "正常" in explanation


def test_third_party_contact_and_visits_say_what_is_forbidden(kb):
    third = kb.guides["guide.third_party_contact"].summary
    for words in ("不得向他们催收", "不得把你的欠款告诉他们", "晚上10点到早上8点"):
        assert words in third
    visit = kb.guides["guide.doorstep_visit_threat"].summary
    assert "单纯的上门通知不需要报警" in visit and "未经你同意进入你的住宅" in visit
    assert "law.cba_collection_guideline.2026" in kb.guides["guide.doorstep_visit_threat"].laws


def test_limitation_restarts_on_agreement_and_warns_about_small_payments(kb):
    law = kb.laws["law.civil_code.188"].summary
    for words in ("你同意还款", "第195条", "第192条", "一两百", "各地法院看法不一"):
        assert words in law
    assert "时效过了" in kb.faqs["faq.time_barred"].answer


def test_credit_report_family_exceptions_and_written_consent(kb):
    report = kb.laws["law.credit_reporting.15"].summary
    assert "保证人" in report and "共同借款人" in report
    consent = kb.laws["law.credit_reporting.18"]
    assert consent.article == "第18条" and "书面同意" in consent.summary
    faq = kb.faqs["faq.credit_report"].answer
    assert "私立学校" in faq and "书面同意" in faq and "不会影响子女上学或政审" not in faq


def test_forged_law_firm_letter_is_not_filed_under_state_documents(kb):
    law = kb.laws["law.criminal.280"]
    assert law.article == "第280条第1款、第2款"
    assert "伪造的“法院传票”“律师函”“立案通知”属于这一类" not in law.summary
    assert "第63条" in law.summary
    psl = kb.laws["law.public_security.63"].summary
    assert "其他组织" in psl and "律师函" in psl


def test_police_notices_have_the_right_dates_and_quotes(kb):
    n1990 = kb.laws["law.police_notice.1990"]
    assert n1990.effective == "1990-11-06" and "公通字〔1990〕104号" in n1990.publication
    assert "绝对不得介入" not in n1990.summary
    n1992 = kb.laws["law.police_notice.1992"]
    assert n1992.effective == "1992-04-25" and "绝对不得介入" in n1992.summary
    assert n1992.status == "secondary"


def test_private_lending_and_licensed_lenders_lines(kb):
    scope = kb.laws["law.private_lending.1"].summary
    assert "不适用" in scope and "24%" in scope
    assert "2020年8月20日" in kb.laws["law.private_lending.31"].summary
    assert "合同无效" in kb.laws["law.private_lending.13"].summary
    lines = tomllib.loads((DATA_DIR / "interest_lines.toml").read_text(encoding="utf-8"))
    by_id = {line["id"]: line for line in lines["line"]}
    assert "第31条" in by_id["private_lending_4x_lpr"]["meaning"]
    assert "不是你的还款上限" in by_id["unlicensed_lending_36"]["meaning"]
    assert "不适用民间借贷的4倍LPR上限" in by_id["financial_institution_24"]["meaning"]


def test_12321_points_to_web_and_sms_when_the_phone_line_is_uncertain(kb):
    channel = kb.channels["channel.12321"]
    assert channel.address == "12321.cn" and channel.status == "secondary"
    # the 2020 "merged into 12381" report is not repeated to readers (12381 is also the warning-SMS number; LAWREV15/review 17)
    assert "12381" not in channel.when and "没有核实" in channel.when


def test_self_regulatory_and_reported_rules_are_marked_secondary(kb):
    cba = kb.laws["law.cba_collection_guideline.2026"]
    assert cba.status == "secondary" and "不是法律" in cba.instrument
    assert "22点" in cba.summary and "6次" in cba.summary
    small_loan = kb.laws["law.microloan_cost_guideline.2025"]
    assert small_loan.status == "secondary" and "据" in small_loan.summary


def test_negotiation_is_free_and_paid_agents_are_warned_about(kb):
    guide = kb.guides["guide.negotiate_repayment"].summary
    assert "免费" in guide and "代理停息挂账" in guide and "执业律师" in guide


@pytest.mark.parametrize("guide_id", [
    "guide.verdict.legal_notice", "guide.third_party_reader", "guide.debt_assignment", "guide.enforcement_risks",
    "guide.legal_process_types", "guide.unlicensed_lender",
])
def test_new_guides_exist_with_sources(kb, guide_id):
    guide = kb.guides[guide_id]
    assert guide.steps and (guide.laws or guide.channels)


def test_legal_notice_guide_gives_the_verification_steps(kb):
    guide = kb.guides["guide.verdict.legal_notice"]
    text = guide.summary + "".join(guide.steps)
    for words in ("12368", "人民法院在线服务", "中国执行信息公开网", "缺席判决", "答辩", "管辖异议",
                  "借款合同", "还款流水", "分不清真假"):
        assert words in text
    assert {"channel.12368", "channel.court_online_service", "channel.zxgk"} <= set(guide.channels)


def test_third_party_reader_guide(kb):
    guide = kb.guides["guide.third_party_reader"]
    text = guide.summary + "".join(guide.steps)
    for words in ("不是保证人", "没有义务替他还钱", "12321.cn", "12378", "110", "书面同意"):
        assert words in text


def test_debt_assignment_requires_notice(kb):
    law = kb.laws["law.civil_code.546"]
    assert "没有通知你的，转让对你不发生效力" in law.summary and "第548条" in law.summary
    steps = "".join(kb.guides["guide.debt_assignment"].steps)
    assert "原贷款机构" in steps and "个人账户" in steps


def test_consumer_rights_law_article_29(kb):
    law = kb.laws["law.consumer_rights.29"]
    assert law.article == "第29条" and "不得泄露、出售或者非法向他人提供" in law.summary


def test_internet_lending_information_rules_are_cited_as_secondary(kb):
    rule = kb.laws["law.app_necessary_info.lending"]
    assert rule.status == "secondary" and "通讯录" in rule.summary and "2021年3月12日" in rule.publication
    assert "law.app_necessary_info.lending" in kb.guides["guide.third_party_contact"].laws
    assert "law.consumer_rights.29" in kb.guides["guide.third_party_contact"].laws


def test_small_loan_guidance_reports_the_24_percent_line_as_secondary(kb):
    guidance = kb.laws["law.microloan_cost_guideline.2025"]
    assert guidance.status == "secondary"
    assert "24%" in guidance.summary and "2027年底" in guidance.summary and "中国人民银行" in guidance.publication


# --- Issue 12, session 9: truth audit against /work/shared/reference/legal_facts.md and the law texts -------------

# 治安管理处罚法 as revised 2025-06-27, in force 2026-01-01 (order number not confirmed: 文号未核实): current article -> 2012 article.
PSL_CURRENT = {"第47条": "第40条", "第50条": "第42条", "第56条": None, "第58条": "第49条", "第62条": "第51条",
               "第63条": "第52条"}
_PSL_CITED = re.compile(r"治安管理处罚法》?\s*(?:（[^）]*）)?\s*第\s*([0-9]+)\s*条")


def _texts(kb):
    for entry in kb.all():
        for name, value in vars(entry).items():
            if name in ("source", "official_url", "file"):
                continue
            values = value if isinstance(value, tuple) else (value,)
            for v in values:
                if isinstance(v, str):
                    yield entry.id, name, v
    letters = (DATA_DIR / "letters.toml").read_text(encoding="utf-8")
    yield "letters.toml", "text", letters


def test_no_contract_law_is_cited(kb):
    for law in kb.laws.values():
        assert "合同法" not in law.name + law.article + law.publication + law.source, law.id
    for where, field, text in _texts(kb):
        if "合同法" in text:
            assert "废止" in text, (where, field)


def test_public_security_law_entries_use_the_2026_numbering(kb):
    entries = [law for law in kb.laws.values() if "治安管理处罚法" in law.name]
    assert entries and {law.article for law in entries} <= set(PSL_CURRENT)
    for law in entries:
        assert law.effective == "2026-01-01" and "2025年6月27日修订" in law.publication, law.id
        assert (law.old_article or None) == PSL_CURRENT[law.article], law.id
        if law.old_article:
            assert law.old_until == "2025-12-31", law.id


def test_public_security_law_citations_in_text_are_current_articles(kb):
    current = {int(a[1:-1]) for a in PSL_CURRENT}
    cited = [(where, field, n) for where, field, text in _texts(kb) for n in _PSL_CITED.findall(text)]
    assert ("law.criminal.280", "summary", "63") in cited  # the pattern does see citations
    for where, field, number in cited:
        assert int(number) in current, (where, field, number)
    rules = "\n".join(_rule_explanations().values())
    for number in _PSL_CITED.findall(rules):
        assert int(number) in current, number


def test_every_law_has_article_source_and_review_date(kb):
    for law in kb.laws.values():
        assert law.article.strip() and law.publication.strip(), law.id
        assert law.source.startswith(("http://", "https://")), law.id
        assert re.fullmatch(r"20\d\d-\d\d-\d\d", law.reviewed_on), law.id


def test_psl_47_and_63_say_what_the_2025_text_says(kb):
    detention = kb.laws["law.public_security.47"].summary
    assert "一千元以上二千元以下" in detention and "情节较轻" in detention
    forged = kb.laws["law.public_security.63"].summary
    assert "都在这一条的范围内" not in forged and "第280条" in forged


def test_refusal_to_execute_maximum_is_attributed_to_amendment_ix(kb):
    # LAWREV15 item 2: the 3-7 year tier came with 修正案（九）第三十九条 (in force 2015-11-01), not Amendment XI
    law = kb.laws["law.criminal.313"]
    assert "七年" in law.summary and "修正案（九）第三十九条" in law.note and "2015-11-01" in law.note
    assert "是刑法修正案（十一）" not in law.note


def test_no_money_means_only_consumption_limits_if_assets_are_reported(kb):
    law = kb.laws["law.dishonest_list.1"]
    assert "如实报告财产" in law.summary and "虚假报告财产" in law.summary
    assert law.reviewed_on >= "2026-12-03"


def test_spouses_and_heirs_are_exceptions_to_family_never_owes(kb):
    assert "配偶" in kb.faqs["faq.family_and_employer"].answer
    not_mine = kb.faqs["faq.not_my_debt"].answer
    assert not not_mine.startswith("不用。") and "配偶" in not_mine and "遗产" in not_mine
    assert "配偶" in kb.guides["guide.third_party_contact"].summary
    assert "配偶" in kb.guides["guide.who_owes"].steps[0]


def test_contacting_relatives_is_not_called_unlawful_in_itself(kb):
    summary = kb.guides["guide.verdict.unlawful_threat"].summary
    assert "联系你的家人同事" not in summary and "透露你的欠款" in summary


def test_instalments_need_the_lenders_consent(kb):
    assert "银行同意" in kb.faqs["faq.negotiate"].answer
    assert "银行同意" in kb.guides["guide.negotiate_repayment"].summary
    card = "".join(kb.guides["guide.verdict.scam_card"].steps)
    assert "也就是常说的“停息挂账”" not in card and "银行同意" in card


def test_invalid_unlicensed_loan_still_means_returning_principal(kb):
    assert "本金一般仍要还" in kb.faqs["faq.interest_too_high"].answer


def test_scam_victims_are_not_told_their_bank_can_freeze_the_fraudster(kb):
    answer = kb.faqs["faq.already_paid"].answer
    assert "联系付款银行冻结" not in answer and "警方" in answer
    steps = "".join(kb.guides["guide.already_paid_or_clicked"].steps)
    assert "请求冻结或挂失" not in steps and "警方" in steps


def test_account_freezing_claim_is_about_debts(kb):
    assert kb.faqs["faq.account_frozen"].answer.startswith("为了欠款")


def test_doorstep_guidance_sends_only_unlawful_acts_to_the_police(kb):
    summary = kb.guides["guide.doorstep_visit_threat"].summary
    assert summary.index("违法的是") < summary.index("可以报警") < summary.index("违规的是")
    assert "不是法律" in summary
    faq = kb.faqs["faq.doorstep"].answer
    assert "遇到这些，拨打 110" not in faq and "投诉" in faq


def test_110_is_not_offered_as_a_case_lookup_line(kb):
    steps = kb.guides["guide.false_criminal_threat"].steps
    assert not any("拨打 110 问" in s for s in steps)
    assert any("派出所" in s for s in steps)


def test_credit_record_five_years_run_from_repayment(kb):
    steps = "".join(kb.guides["guide.credit_report"].steps)
    assert "或达成分期，不良记录从结清后" not in steps and "不良行为终止" in steps


def test_case_complaint_letter_does_not_assert_a_rule_broken_regardless_of_facts():
    letters = tomllib.loads((DATA_DIR / "letters.toml").read_text(encoding="utf-8"))
    body = letters["case"]["lender"]["body"]
    assert "违反了催收应当合法、不得骚扰第三人" not in body and "本人认为" in body


_OVERPROMISES = ("一定不会坐牢", "绝对不会坐牢", "不用还了", "一律不用还", "都不用还", "对方必须赔偿",
                 "可以要求赔偿", "永远不会", "保证不会被起诉")


def test_no_overpromising_phrases_in_what_borrowers_read(kb):
    for where, field, text in _texts(kb):
        for phrase in _OVERPROMISES:
            assert phrase not in text, (where, field, phrase)
