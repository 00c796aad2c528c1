"""fa35: lawful messages called scam or unlawful_threat, removed at the mechanism (zz_fa35.toml,
analyzer/detectors/undisclosed.py, analyzer/detectors/bulletin.py). Messages written here, not copied from any data file;
each frame has a twin that must stay an alarm."""
from __future__ import annotations

import pytest

from analyzer import analyze

ALARM = {"scam", "unlawful_threat"}

QUIET = [
    # the lender froze its own card or 白条 (a service stopped), not the reader's property
    "【某银行】您的信用卡逾期三期，信用卡已被冻结并停止使用，欠款继续按合同计息，请尽快还款。",
    "【某金融】您的白条账户因逾期已冻结，违约金每日累计，请尽快还款恢复额度。",
    # the contact reached, the debt kept from them
    "你好，一直联系不上你，我们已联系你填写的紧急联系人，请他转告你回电，没有透露任何欠款信息。",
    "【某消费金融】您的借款已逾期，我司将致电您的工作单位，仅核实在职情况，不会透露欠款信息。",
    "您好，我司客户李某预留您为联系人，请转告其尽快联系我司。您无需代为还款，如不认识此人请回复。",
    "一直打不通你电话，我们已经联系了你填写的紧急联系人，请他转告你回电，今天不回就按失联处理。",
    # a creditor-side concession, not a paid relief agency
    "你这笔逾期五十天了，今天先还一部分，我这边帮你申请停息，剩下的分三期。",
    # an anti-fraud bulletin listing the scam's steps
    "【某派出所】反诈宣传：近期冒充“网贷平台”发送短信要求点击链接、缴纳保证金、注销账户的诈骗高发。请勿点击陌生链接，如有疑问请拨打96110。",
    "【反诈中心】您手机里装的会议软件可能被骗子利用，如有陌生人要求共享屏幕请立即挂断。",
    # legal steps said as future or conditional, or only prepared
    "您的借款已逾期，如进入诉讼程序，诉讼费、律师费将按合同由您承担。",
    "你这钱拖了半年了，公司决定起诉，起诉下来是要强制执行的。",
    "您的借款逾期两百天，本所已完成诉讼材料的整理，拟于下月向法院提交起诉。",
    # a tax bureau reporting a finished refund, saying it carries no link
    "【某市税务局】您的个人所得税汇算已办理完毕，退税款已退至您尾号1234的银行卡，请注意查收。本短信不含任何链接。",
    # ordinary payees: rent, a shared bill, a card game
    "同学，宿舍这个月电费四个人平摊，我已经先垫付了。麻烦这周内把你那份转给我。",
    "老王，昨晚打牌你欠我那80块记得给我啊",
]

STILL_ALARM = [
    "你欠款不还，你的信用卡和名下所有银行卡都已被冻结，明天法院来执行",
    "我们已联系你的紧急联系人，把你欠款的事告诉他了，再不还下次就打给你全家",
    "我们没有透露你的欠款，但你再不还，下次就把你通讯录挨个打一遍",
    "我们已经联系了你的紧急联系人，请他转告你回电，他已经知道你欠钱不还了",
    "网贷逾期不用怕，专业团队帮您停息挂账，加微信详谈",
    "【国家反诈中心】您的银行卡涉嫌诈骗资金流转，请立即点击 fz-check.top 完成核验，否则冻结全部账户。",
    "【某市税务局】您的退税已办理完毕，请点击 tax-tui.top 领取退税款",
    "老板，房租的钱直接转到我朋友的个人账户6222000011112222，户名王某",
]


@pytest.mark.parametrize("text", QUIET)
def test_lawful_message_is_no_alarm(text):
    report = analyze(text)
    assert report.verdict.label not in ALARM, [(f.rule_id, f.excerpt) for f in report.findings]


@pytest.mark.parametrize("text", STILL_ALARM)
def test_twin_stays_an_alarm(text):
    report = analyze(text)
    assert report.verdict.label in ALARM, [(f.rule_id, f.excerpt) for f in report.findings]
