"""gate18: the reminder / not_collection border, both ways (analyzer/debt_context.py, analyzer/debt_lawful.py,
analyzer/debt_frame.py, classes in knowledge/data/rules/lawful_r18.toml, Cantonese words in knowledge/data/regional.toml).
A reminder is a creditor (or its agent) asking the reader to pay a loan or card debt that is due or overdue; a friend
or relative who lent the money is a creditor too. Not a reminder: non-money deadlines, dues that are not a loan (tax,
fines, school and hospital fees), a paid state with its balance, a servicing notice that changes nothing, a lender's
anti-fraud statement of its own collection policy, a borrower writing to the lender, a collector talked about, a
relative advising the reader on their own loan. Each example is written for its class; none is a message from a
labelled set."""
from __future__ import annotations

import pytest

from analyzer.debt_context import about_debt
from analyzer.document import parse

STILL_DEBT = {
    # a private creditor's sum asked back, colloquial, Cantonese (folded), Traditional
    "cantonese-lent-sum": "上個月借你嗰兩千蚊,你方便嘅時候轉返俾我啦",
    "cantonese-still-owe": "阿华,你仲欠我三百蚊,记得还返俾我呀",
    "cantonese-half-back": "借咗俾你嗰一萬蚊,月底前還一半俾我得唔得?",
    "deictic-sum-transfer": "小刘,你上个月说先欠着的那300,有空记得转我哦",
    "lent-sum-next-payday": "之前借你的那一千五,下礼拜发工资了记得转我哈",
    "you-borrowed-from-me-ask-back": "爸,你借我的那五千块下个月记得还我哈。",
    "you-borrowed-from-me-when": "你借我的800块到底什么时候还?",
    "you-borrowed-promise-broken": "上次你借我三千块,说好这个月还的呢",
    # a third person's loan relayed: 她/他 after 找/借 is the creditor
    "relayed-neighbour": "[微信] 妈,隔壁王婶说您上个月找她借的两百块还没还,您记得还她",
    "relayed-uncle": "姐,你找二舅借的三千块他问了好几次了,记得还他。",
    # short and regional loan reminders
    "remember-repay-brand": "明天记得还借呗",
    "loan-due-today": "网贷今天要还了,别忘了",
    "cantonese-card-unpaid": "你好,提提你張信用卡今個月仲未找數,記得還呀。",
    "taiwan-amount-not-in": "您的貸款本期應繳金額尚未入帳,請於本週五前繳納。",
    "instalment-to-be-debited": "【某银行】您的车贷本月本息3,100元将于15日扣收,请留足余额。",
    "pay-later-bill-due": "【某月付】您本月账单126.00元今天到期,记得按时还款。",
    "due-by-date-sum": "请于今日18点前还款1200元",
    "due-on-date-sum": "您好,您需于本月20日还款3500元,请提前准备。",
    "debit-failed-repay": "【某银行】您的贷款扣款不成功请尽快还款",
    "repayment-day-as-usual": "今天是您的还款日,请正常还款",
    "borrowed-from-him-sum": "你跟他借的两千块记得还他",
    "collector-calls-brother": "哥,你这网贷逾期三天了,记得今天还上,不然影响征信",
    "chat-deadline-no-you": "[微信] 今天必须把钱还上",
    "outstanding-to-repay": "您在我司的待偿金额为3,200元,请于今日内完成偿还。",
    # a lender reaching the borrower through a contact, a collector speaking, a case moved to pre-suit mediation
    "contact-then-unreachable": "您好,您的同事李**把您填为紧急联系人,我们这几天都联系不上她,请您转告她尽快回电。",
    "card-holder-unreachable": "【某信用卡中心】您好,因联系不上持卡人张**,如方便请转告其致电我中心,谢谢。",
    "bill-plus-junk-fee": "客户您好,您的账单逾期金额2,800元,另需缴纳资料费和罚款600元。",
    "collector-asks-to-handle": "你好,你的网贷已经逾期三天了,麻烦帮忙处理一下",
    "third-person-owes-relayed": "你欠他的钱还没还,他让我提醒你",
    "collector-self-intro": "我是XX平台催收专员,您的借款已逾期5天,请今天处理。",
    "pre-suit-mediation": "我司已将您的借款纠纷材料提交至某区法院诉前调解,请保持电话畅通。",
    "cantonese-law-firm": "你筆數已拖咗三個月,再唔處理就交畀律師行入稟追討。",
    "loan-cannot-be-repaid": "你儿子在我们平台借的网贷还不上了,请你提醒他尽快还款。",
}

NOT_DEBT = {
    # 逾期 of a non-money act
    "overdue-recheck": "您的体检报告已出,部分项目逾期未复查,请尽快预约。",
    "overdue-vaccine": "宝宝疫苗第二针已逾期未接种,请尽快到社区卫生服务中心补种。",
    "overdue-tax-filing": "您的经营所得已逾期未申报,请尽快登录电子税务局办理。",
    # the collector talked about: a bystander's notice, a chat header is not a signature, an indefinite collector
    "hr-notice": "【XX人力资源部】近期有自称催收公司的人打电话到前台打听同事住址,请大家不要透露任何个人信息。",
    "voice-chat-collector-called": "[语音转文字] 跟你说个事 昨天有个催收打电话给我 说我是我同学的紧急联系人 吓我一跳",
    "friend-says-collector-came": "我跟你说今天有个催收打到我单位去了,吓死我了",
    "friend-asks-contact": "你好,我是小王的同学,联系不上他了,你是他紧急联系人吗?",
    # a paid state with the loan's balance, a servicing notice, a lender's collection policy
    "fund-loan-paid-balance": "【XX住房公积金】您的公积金贷款本月已按时还款1,530.00元,剩余本金98,200.00元。",
    "repaid-remaining-principal": "【XX银行】您的借款已成功还款800.00元,剩余待还本金5,200.00元。",
    "card-annual-fee": "【某银行】您的信用卡年费300元将于下月5日扣收,刷卡满5次可免。",
    "card-repayment-record": "【某银行】您尾号3321的信用卡于12月2日10:15还款人民币1,500.00元,记账金额以账单为准。",
    "repaid-on-date": "【某律所】您好,对方已于昨日还款2万元至您的账户,剩余部分我们继续跟进。",
    "repaid-for-card": "成功为尾号8810信用卡还款2,000.00元,预计当日到账。",
    "pay-later-receipt": "【某月付】成功支付58.00元,还款日每月10号,记得按时还款。",
    "autopay-success": "【某银行】您的信用卡账单今天自动扣款成功,感谢您的使用。",
    "servicing-unchanged": "【XX金融】尊敬的客户,因系统升级,还款渠道将于本周六暂停2小时,您的借款还款计划不变,照常还款即可。",
    "collection-policy": "本行郑重提示:我行催收人员不会要求客户把钱转到个人账户,遇到请报警。",
    "never-delegated": "温馨提示:本公司从未授权任何个人代收还款,请认准官方App。",
    # the borrower writing to the lender
    "borrower-asks-check": "客服你好,我上周已经还清了,但是APP里还显示逾期,麻烦帮我查一下。",
    "borrower-stop-calls": "你好,我是你们平台的用户,我的借款已经结清,但你们的催收人员还在给我家人打电话,请立即停止。",
    # dues that are not a loan
    "tax-top-up": "【XX市税务局】您2025年度个人所得税汇算需补税860元,请于6月30日前办理,逾期将加收滞纳金。",
    "traffic-fine": "【交管12123】您有一笔交通违法罚款150元未缴纳,逾期将加处罚款。",
    # "school-fee" (本学期教辅费120元尚未缴纳,请于本周五前缴纳) moved to test_a_school_fee_due_is_a_reminder below:
    # a fee bill with a sum and a due date is a reminder by the label definition (rnc52, round 41; nod59, round 45)
    # a relative advising the reader on their own loan or card
    "mother-card-advice": "妈,你信用卡这个月还了吗,别逾期了,影响征信。",
    "wife-mortgage": "老婆,房贷明天扣款,记得往卡里存钱哈。",
    "mother-brand-advice": "儿子,借呗的钱记得按时还,钱不够跟妈说。",
    # the writer asks to borrow (a borrower writing to a lender)
    "asks-to-borrow": "兄弟,借我800块,下周一发工资就还你。",
    "asks-to-borrow-first": "能不能先借我两千,月底一定还你",
    "writer-lent-a-third-person": "我借了他300块,他说明天转我",
    # things lent that are not money
    "borrowed-book-from-him": "你跟他借的书记得还他",
    "writer-will-repay-today": "我今天必须把钱还上,不然利息太高了",
    "book-back": "借你的书记得还我哈",
    "power-bank-back": "你借我的充电宝记得还我",
}


@pytest.mark.parametrize("text", list(STILL_DEBT.values()), ids=list(STILL_DEBT))
def test_collection_wording_is_a_debt(text: str) -> None:
    assert about_debt(parse(text, None, None))


@pytest.mark.parametrize("text", list(NOT_DEBT.values()), ids=list(NOT_DEBT))
def test_ordinary_wording_is_not_the_readers_debt(text: str) -> None:
    assert not about_debt(parse(text, None, None))


def test_a_pasted_chat_header_is_not_a_signer() -> None:
    from analyzer.debt_lawful import signers

    headers = ["语音转文字 1分12秒", "群聊大学室友\"", "微信大刘\"", "whatsapp", "短信1", "14:36", "企业微信"]
    senders = ["微信支付", "招商银行", "短信营业厅", "某消费金融"]
    assert signers(headers + senders) == senders


def test_a_school_fee_due_is_a_reminder() -> None:
    # round 45 (nod59): a school's unpaid fee with a sum and a due date is the reader's bill, so a reminder
    # (../shared/eval/README.md; tests/data/fresh/README.md "Borderline cases"; opened P71-034 has the same shape)
    from analyzer import analyze

    text = "【XX学校】家长您好,本学期教辅费120元尚未缴纳,请于本周五前缴纳,逾期将影响发书。"
    assert analyze(text).verdict.label == "reminder"
