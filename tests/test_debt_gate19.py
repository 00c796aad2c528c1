"""gate19: collection messages that name no debt word (analyzer/debt_frame.indirect_owed; lexicon classes money_pointer,
matter_pointer, debt_ask, collector_voice, debtor_evasion in knowledge/data/rules/lexicon.toml), regional and obfuscated
debt words ([initial_letter], 歀, 欠落, 已预期N天, 已逾缴款期限), and a demanded 全部结清 that is no receipt.
Every example is written for its class from knowledge of the language; none is a message from a labelled set. The
near-harmless examples are the same wording said by a friend, a colleague, a shop, a law firm paying the reader, or
the firm promising to act itself."""
from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.debt_context import about_debt
from analyzer.document import parse

STILL_DEBT = {
    # the money pointed at (款子, 这个月的, 你的账, 该还的, 欠下的) with a demand
    "money-pointer-to-be-in": "款子今天能不能到位？给个准话。",
    "this-month-not-seen": "这个月的到现在还没见到，今天之内处理掉。",
    "your-account-by-noon": "这个月的账还没平，明天中午前转过来。",
    "due-one-handled": "该处理的尽快处理，不要等我们走下一步。",
    "your-one-partly": "[语音转文字] 喂 张先生 我是XX的 你那个账今天能不能先弄一部分",
    "money-not-in-condition": "最后给你两个小时，款子不到位别怪我们。",
    # the matter pointed at (你的事, 那件事, 你的情况, 相关事宜, 合同编号) with a demand and a creditor's voice
    "your-matter-answer": "你的事今天之内必须给个说法，不要让我们难做。",
    "your-situation-reported": "您的情况我们这边已经上报了，请今天之内联系我们协商。",
    "contract-number-deadline": "合同编号HT20240518003，请于今日17点前处理，逾时将转交法务。",
    "account-tail-call-us": "您尾号8832的账户今日须处理，请尽快联系我司。",
    "ask-before-matter": "请你在今天下午5点前处理好你的事情，不然我们会采取下一步措施。",
    "contact-us-personal-problem": "请速与我司联系，处理你的个人问题，以免影响你的正常生活。",
    "matter-on-platform": "关于你在XX平台的事情，请于今日12点前联系我们，否则后果自负。",
    # a debtor in hiding, a demand and a collection process, with no pointer
    "playing-dead": "装死是吧？电话不接信息不回，今天再不处理后果自负。",
    "vanished": "人间蒸发了？再不出面处理，我们就按流程走了。",
    "call-back-or-next-step": "看到信息马上回电，不要逼我们走下一步。",
    "settle-all-or-process": "今天下午三点前必须全部结清，不然我们只能按流程走。",
    # a sum and a deadline
    "sum-deadline-see-to-it": "3260元，今天18点前，自己看着办。",
    "sum-deadline-put-in": "您的1582.60元请于今日20:00前存入尾号6621的银行卡。",
    "bare-sum-last-reminder": "8600，周五之前，最后一次提醒。",
    "sum-transfer-stop-dragging": "2400元明天中午12点前转过来，别再拖了。",
    "principal-plus-interest": "本金5000加利息一共5800，月底前必须到。",
    # a product alone
    "product-when": "借呗什么时候弄？别一直拖着。",
    "product-today-must": "小张，你的微粒贷今天下午必须处理，不然影响很大。",
    "product-over-there": "安逸花那边今天要处理，你自己看着办。",
    "product-not-in-registry": "甜橙借钱那边已经拖了五天了。",
    "product-not-in-registry-due": "你在羊小咩的那笔今天到期了。",
    # Cantonese, Taiwanese, Traditional
    "cantonese-owe-down": "你仲欠落我哋三千蚊，今個月一定要還。",
    "cantonese-your-sum": "你啲數今個禮拜一定要清，唔好再拖。",
    "cantonese-give-account": "[WhatsApp] 李生，你條數今個月仲未見到，聽日之前畀個交代。",
    "taiwan-account-overdue": "您好，您在我們公司的帳款已超過期限，請於本週五前處理，謝謝。",
    "taiwan-card-bill-overdue": "您的卡費已逾繳款期限，請儘速繳納以免影響信用。",
    # pinyin initials, a variant character, a homophone
    "initial-in-word": "您的借款已y期1天，请尽快h款。",
    "initials-drag": "你的hk今天必须到位，别再拖了。",
    "initials-report": "你已经yq五天了，今天不处理就上报。",
    "variant-character": "您的欠歀今日须结清。",
    "homophone-expected": "你的账单已预期3天，请尽快处理。",
}

NOT_DEBT = {
    # the same pointers said by a friend, a colleague or a relative
    "matter-told-the-boss": "你的事我已经跟领导说了，今天之内会给你答复。",
    "matter-call-me": "那件事你考虑得怎么样了？今天之内给我回个电话。",
    "mother-worried": "你那边的情况怎么样了？今天之内给我回个电话，妈担心。",
    "teacher-call-back": "老师说你的情况今天之内必须回个电话给班主任。",
    "files-to-handle": "该处理的文件我都放你桌上了，今天下班前处理一下。",
    "expense-settle": "今天下午三点前把报销单结清一下。",
    "a-favour-owed": "欠下的人情总是要还的。",
    "playing-dead-party": "别再装死了，周末的聚会你到底来不来？",
    "blocked-by-friend": "拉黑我是吧？你给我等着，今天必须给个说法。",
    "money-matter-i-handle": "钱的事你别操心，我来处理。",
    "account-checked": "那个账我帮你对过了，没有问题。",
    "salary-not-in": "[微信] 老公，这个月的还没到账，你问问你们公司财务怎么回事。",
    "project-payment-chase": "小王，合同编号HT2024001的款项今天下午必须到账，不然项目要停工，你跟财务催一下。",
    # the firm promising to act, money paid to the reader, business payments
    "claim-on-its-way": "您在我司的理赔款5000元将于3个工作日内到账，请注意查收。",
    "we-will-answer": "关于您的问题，我司将于今天之内答复，请耐心等待。",
    "we-reported-will-answer": "你的事情我们已经上报主管了，会尽快给你答复。",
    "specialist-will-call": "关于您反映的问题，我们已经安排专员跟进，今天之内会联系您。",
    "compensation-to-you": "【XX律师事务所】您好，对方已同意调解，补偿款30,000元将于本月底前支付至您的账户。",
    "invoice-to-company-account": "李总，上次合同的尾款8万麻烦月底前打到我们公司对公账户，发票已经寄出了。",
    "we-pay-goods": "我司将于本周五前完成货款支付，请注意查收。",
    "quote-by-six": "3260元的报价单发你了，今天18点前确认一下。",
    "deposit-to-landlord": "2400元的定金明天中午12点前转给房东就行。",
    "writer-repays-sorry": "张姐，欠你的3000我今天先还1500，剩下的月底发工资一起还你，不好意思拖了这么久。",
    "contract-signature": "合同编号HT20240518003，请于今日17点前签字回传。",
    "account-credited": "您尾号8832的账户今日入账5000.00元。",
    "in-person-errand": "请您携带身份证到营业厅处理相关事宜。",
    "receipts-by-friday": "本周五前请将报销单据交到财务处，逾时不候。",
    "product-offer": "唯品花有免息活动，买衣服可以分期。",
    "product-writer-borrowed": "我用信用飞借了两千，下个月还。",
    # a letter inside a word that is not a dodge
    "model-letter": "我买了h款手机",
    "model-letter-capital": "H款已到货，欢迎选购",
}


@pytest.mark.parametrize("text", list(STILL_DEBT.values()), ids=list(STILL_DEBT))
def test_indirect_collection_wording_is_a_debt(text: str) -> None:
    assert about_debt(parse(text, None, None))


@pytest.mark.parametrize("text", list(NOT_DEBT.values()), ids=list(NOT_DEBT))
def test_the_same_pointers_in_ordinary_talk_are_not(text: str) -> None:
    assert not about_debt(parse(text, None, None))


@pytest.mark.parametrize("text", ["贷款已全部结清，感谢使用", "您的借款已全部还清。"])
def test_a_settled_loan_is_still_a_receipt(text: str) -> None:
    assert not about_debt(parse(text, None, None))


def test_a_letter_for_a_character_keeps_the_offsets() -> None:
    text = "您的借款已y期1天，请尽快h款。"
    doc = parse(text, None, None)
    assert "逾期" in doc.f and "还款" in doc.f
    assert len(doc.f) == len(text) and analyze(text).verdict.label == "reminder"
