"""debtless19: threats and pressure with no debt word (逾期/欠款/还款/借款/贷款/催收 absent).

Spoken debt talk (钱不还是吧, 欠我的…什么时候给, 欠着不给, 借了钱就想跑, 拿钱来, 钱的事…给个说法) is read as the
reader's debt (analyzer/debt_context.PRIVATE_DEBT) and, as lexicon {dlnineteen_owed} (knowledge/data/rules/
zz_debtless19.toml), as the debt context the threat rules' gates ask for; frames whose menace is plain need no debt
word (不想你家人出事就…, 你儿子学校门口见, 你全家都会认识我). Every line is written for its class from knowledge of the
language; none is a message from a labelled set. The harmless lines are the nearest everyday wording: a parent, a
friend joking, a shop, a news item."""
from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.debt_context import about_debt
from analyzer.document import parse

SPOKEN_DEBT = {
    "money-not-repaid-is-it": "钱不还是吧？今天必须给我个准话",
    "borrowed-and-run": "借了钱就想跑？没那么容易",
    "owed-me-when": "欠我的什么时候给",
    "owed-and-withheld": "欠着不给，你什么意思",
    "bring-the-money": "拿钱来，别废话",
    "must-pay-today": "给钱！今天必须给钱",
    "money-matter-answer": "钱的事你到底怎么说",
}
NOT_DEBT = {
    "story-of-others": "借了钱就想跑的人，在我们老家会被人笑话一辈子",
    "parent-pays": "钱的事你别操心，妈给你转了",
    "own-money-kept": "我的钱不给你，你自己挣去",
    "buy-groceries": "拿钱来买菜，家里没酱油了",
}

THREATS = {
    "kin-harm-if": "不想你家人出事就赶紧联系我",
    "kin-careful-unless-shows": "你再不露面，你老婆孩子出门最好小心点",
    "circle-will-meet-me": "今天不出面，明天你全家都会认识我",
    "school-gate-see-you": "那笔钱再不拿出来，你儿子学校门口见",
    "door-kept-company": "再不露面，你家门口天天有人陪你",
    "followed-after-school": "给个说法吧，不然你女儿放学路上我会一直跟着",
    "wife-shop-visited": "还不出来是吧，你老婆上班那家店我已经去过两次了",
    "no-peace-in-estate": "今天之内见不到钱，你就别想在这个小区住安生了",
    "house-lock-not-guaranteed": "不出面也行，你家那套房子的门锁我可保证不了",
    "mother-shop-sat-in": "你不出来，我就天天去你妈店里坐着，看她生意还做不做",
    "boss-wechat-added": "还装死？你们公司老板的微信我已经加上了",
    "father-someday-fall": "你爸腿脚不好吧，万一哪天摔一跤可别怪我",
    "fled-parents-at-home": "你跑得了和尚跑不了庙，你爹妈还在老家呢",
    "id-card-at-front-desk": "你的身份证照片下午就会贴到你们公司前台",
    "chat-records-hung": "咱们已经把你的聊天记录挂到你公司楼下了",
    "mother-better-careful": "你妈晚上出门最好小心点",
    "crew-to-father-in-law": "钱准备好，不然周末我带人去你岳父家吃饭",
}
HARMLESS = {
    "parent-dinner": "你再不回来吃饭，菜都凉了，你爸要生气了",
    "dorm-joke": "今晚不出来，明天全宿舍都会知道你怂了哈哈",
    "bet-lost": "给钱！哈哈你上次打赌输了请奶茶",
    "road-slippery": "小心路滑，孩子放学注意安全",
    "family-worry": "不想家人担心就早点回家",
    "drink-driving": "不想你家人出事就别酒驾，开车慢点",
    "meeting-moved": "今天不出面的话，会议就改到下周",
    "parcel-complaint": "给个说法吧，这快递三天了还没到",
    "wallet-left": "我的钱包落你车上了，明天去你公司楼下拿",
    "pickup-at-school": "明天你儿子学校门口见，我顺路接他们去吃饭",
    "new-year-visit": "下周你全家都会见到我，过年我回来给大家拜年",
    "boss-wechat-interview": "我们公司老板的微信我已经加上了，明天面试",
    "party-idiom": "你跑得了和尚跑不了庙，周末的聚会你必须来",
    "grandpa-stick": "你爸腿脚不好，万一摔了怎么办，赶紧给他买个拐杖",
    "thieves-about": "最近小区进了小偷，你爸妈出门最好小心点",
    "id-for-onboarding": "身份证照片请上传到单位系统，办理入职",
    "chat-screenshot-joke": "你的聊天记录截图我发群里了哈哈",
    "umbrella": "你爸妈出门最好带把伞，今天有雨",
    "werewolf-game": "狼人杀你今晚别跑，我一定先刀你",
    "game-kill": "这游戏里我一刀砍死你",
    "homework-tell-parents": "再不写作业，我就告诉你爸妈",
    "moving-crew": "周末我带人去你家帮你搬家",
}
# Still missed: an implied menace with no condition, no debt talk and no harm word (kept as the next class to write)
KNOWN_MISSED = {
    "son-alone-unsafe": "你儿子挺可爱的，天天一个人走回家，不太安全啊",
    "recognised-outdoors": "血汗钱你也骗，我让你出门就被人认出来",
}


@pytest.mark.parametrize("text", SPOKEN_DEBT.values(), ids=SPOKEN_DEBT.keys())
def test_spoken_debt_is_debt(text):
    assert about_debt(parse(text, None, None))


@pytest.mark.parametrize("text", NOT_DEBT.values(), ids=NOT_DEBT.keys())
def test_spoken_money_not_owed(text):
    assert not about_debt(parse(text, None, None))


@pytest.mark.parametrize("text", THREATS.values(), ids=THREATS.keys())
def test_debtless_threat(text):
    assert analyze(text).verdict.label == "unlawful_threat"


@pytest.mark.parametrize("text", HARMLESS.values(), ids=HARMLESS.keys())
def test_near_harmless(text):
    report = analyze(text)
    assert report.verdict.label in ("not_collection", "reminder")
    assert not [f for f in report.findings if f.category == "unlawful_threat" and f.severity != "low"]


@pytest.mark.parametrize("text", KNOWN_MISSED.values(), ids=KNOWN_MISSED.keys())
@pytest.mark.xfail(reason="implied menace with no condition, debt talk or harm word", strict=False)
def test_known_missed(text):
    assert analyze(text).verdict.label == "unlawful_threat"
