"""fa33: scam rules fired on ordinary or lawful wording (examples written for this branch, not taken from a data file).

- the writer's own question whether a record can be removed (逾期记录能删除吗？) offers nothing;
- money already received by the writer (工资已经打到我卡上了) is no request to pay into a person's account;
- pointing to an official site by name with no link, or linking the 征信中心's own domain, is no phishing;
- a police or community notice that names a kind of scam (“征信修复”类诈骗高发) quotes it; a third party's account goes on
  past the consequence it attached (称…需注销，否则影响征信，诱导…);
- a government body saying 本短信不含链接 / 无需再次认证, a lender citing 逾期利息, a lender's own 停催 are no ask.
The twins keep the ask and must stay scams.
"""
from __future__ import annotations

import pytest

from analyzer import analyze

ALARM = ("scam", "unlawful_threat")

QUIET = [
    ("own_question", "上个月已经结清了，我那两条逾期记录能删除吗？"),
    ("own_question_no_mark", "请问征信上的查询记录能消除吗"),
    ("salary_received", "工资已经打到我卡上了，周末一起吃饭吧"),
    ("refund_received", "报销款已经打到我银行卡了，谢谢王姐"),
    ("credit_centre_site", "【征信中心】您好，您申请的个人信用报告已生成，请登录征信中心网站查看。"),
    ("credit_centre_domain", "【人民银行征信中心】您的信用报告已生成，请于7日内登录 https://ipcrs.pbccrc.org.cn 查看。"),
    ("arbitration_site", "【某仲裁委员会】（2026）某仲字第88号裁决书已作出，当事人可登录本会官方网站以案号查询。"),
    ("police_named_kind", "【某某派出所】民警提醒：近期“征信修复”“注销网贷账户”类诈骗高发，征信记录不能人为修改。"),
    ("community_named_kind", "【某社区】近期辖区发生多起以消除逾期记录为名的诈骗案件，请居民不转账、不透露验证码。"),
    ("police_account_goes_on", "【某市公安局】提醒：有骗子冒充客服，称您的学生账户需注销，否则影响征信，诱导您贷款并转入“安全账户”。"),
    ("tax_no_link", "【某市税务局】您的个税退税款已退至尾号6621的银行卡，请注意查收。本短信不含任何链接。"),
    ("pension_no_need", "【某市社保】您的养老金领取资格认证已通过，无需再次认证。"),
    ("civil_code_interest", "根据《民法典》第六百七十六条，借款人未按约定期限返还借款的，应当支付逾期利息，请尽快履行。"),
    ("lender_own_pause", "【某某消费金融】您上周申请的“停催”已生效，我司30日内暂停电话提醒，请按新计划还款。"),
    ("lawyer_no_personal", "【某律师事务所】受某银行委托，请于十五日内与委托人联系处理欠款。本所不接受任何个人账户转账。"),
]

ALARMED = [
    ("ad_question_to_you", "你的逾期记录能删除吗？专员帮您删除，费用500元"),
    ("pay_into_my_card", "逾期款直接转到我卡上，我帮你销账"),
    ("site_with_link", "【某银行】您的贷款已逾期，请立即登录 http://yq-cl.top 网站处理，否则冻结"),
    ("gov_with_link", "【社保局】您的社保卡需要重新认证，请点击 sb-rz.top 认证，逾期停用"),
    ("credit_repair_offer", "征信有逾期？专业团队帮您删除逾期记录，先交500元定金"),
]


@pytest.mark.parametrize(("name", "text"), QUIET, ids=[n for n, _ in QUIET])
def test_lawful_or_ordinary_wording_is_no_alarm(name, text):
    report = analyze(text)
    assert report.verdict.label not in ALARM, [(f.rule_id, f.excerpt) for f in report.findings]


@pytest.mark.parametrize(("name", "text"), ALARMED, ids=[n for n, _ in ALARMED])
def test_the_twins_that_ask_stay_scams(name, text):
    assert analyze(text).verdict.label == "scam"
