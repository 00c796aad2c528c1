"""noise22: the forms people paste a message in (benchmarks/bench_noise.py measures them on the opened labelled sets).
The reader's own words around the paste, a phone's status bar, a screen's line wraps, pinyin and spaced-out words, Taiwan
wording: each must leave the verdict of the message as it was, with findings still pointing at the characters the user
pasted; ordinary English or pinyin text, links and codes must not be rewritten into alarming Chinese."""
from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.document import parse
from analyzer.normalize import fold
from analyzer.pasted import asker_words

THREAT = "你的借款已逾期，今天再不处理，我们将联系你的家人和单位同事，把你的情况告诉他们。"
SCAM = "【XX法院】您涉嫌逾期欠款被起诉，需缴纳保证金5000元到指定账户撤诉，联系人李法官。"


@pytest.mark.parametrize(("text", "words"), [
    ("刚收到这个，是真的吗：" + THREAT, ["刚收到这个，是真的吗："]),
    ("他们发给我妈的：\n" + THREAT, ["他们发给我妈的：\n"]),
    (THREAT + "\n这是真的吗？我该怎么办", ["这是真的吗？", "我该怎么办"]),
    ("中国移动 4G 10:32\n短信/彩信 今天 09:15\n" + THREAT, ["中国移动 4G 10:32\n短信/彩信 今天 09:15\n"]),
    ("这是真的吗？\n" + SCAM, ["这是真的吗？\n"]),
], ids=["lead-in", "lead-line", "tail", "status-bar", "question-line"])
def test_asker_words_found(text, words):
    assert [text[a:b] for a, b in asker_words(text)] == words


@pytest.mark.parametrize("text", [
    "尊敬的客户：您的借款已逾期，请尽快还款。",  # the sender's own heading
    "最后通知：你再不还钱，后果自负。你自己看着办怎么办吧",  # speaks to 你
    "催收打电话给我同事，我该怎么办",  # a borrower's own complaint: one sentence, nothing pasted
    "你的钱什么时候还？\n要不要我们上门帮你想想怎么办？",  # the collector's question
    "家人朋友即将收到通知函!",  # 收到 here is the sender's threat
    "请问QZY什么时候还钱？",  # 请问 on a line of its own is the sender's
    "我该怎么办",  # nothing of a sender's left
], ids=["heading", "to-reader", "complaint", "collector-question", "threat-receive", "sender-asks", "alone"])
def test_not_asker_words(text):
    assert asker_words(text) == []


@pytest.mark.parametrize("wrapped", [
    "刚收到这个，是真的吗：" + THREAT,
    "他们发给我妈的：\n" + THREAT,
    THREAT + "\n这是真的吗？我该怎么办",
    "中国移动 4G 10:32\n短信/彩信 今天 09:15\n" + THREAT + "\n是不是诈骗？",
], ids=["lead-in", "lead-line", "tail", "status-and-tail"])
def test_paste_keeps_the_verdict(wrapped):
    clean = analyze(THREAT)
    report = analyze(wrapped)
    assert report.verdict.label == clean.verdict.label == "unlawful_threat"
    assert {f.rule_id for f in report.findings} == {f.rule_id for f in clean.findings}
    for f in report.findings:  # findings still point at what the user pasted
        assert wrapped[f.start:f.end] == f.excerpt


def test_reader_question_is_not_a_complaint():
    # "我该怎么办" used to make the reader the complainant (role_speaker_complainant): the threat read as their complaint.
    text = "我们最后一次通知你,你有一张法院的传票,请尽快领取。\n这是真的吗？我该怎么办"
    assert analyze(text).verdict.label == analyze(text.split("\n")[0]).verdict.label == "scam"


def _wrap(text: str, width: int = 32) -> str:
    import unicodedata

    lines, line, used = [], "", 0
    for ch in text:
        cost = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + cost > width:
            lines.append(line)
            line, used = "", 0
        line += ch
        used += cost
    return "\n".join(lines + [line])


def test_ocr_wrap_joins_a_broken_link_and_number():
    text = "【xx人民法院】您有案件文书待查收，请点击链接查收：https://dzsd.hbfy.gov.cn/hb/msg=abcdefg 如有疑问请联系法院。"
    wrapped = _wrap(text)
    assert "\n" in wrapped and "gov.cn" not in wrapped.replace("\n", "|").split("|")[1]
    doc = parse(wrapped)
    assert [link.text for link in doc.links] == ["https://dzsd.hbfy.gov.cn/hb/msg=abcdefg"]
    assert analyze(wrapped).verdict.label == analyze(text).verdict.label
    assert "400-123-4567" in fold("您的包裹因地址错误丢失,请立即联系客服理赔,电话:400-123\n-4567。").text


def test_ocr_wrap_keeps_items_and_headers_apart():
    # a status line ending in a time, a list, a label: line breaks a writer put there
    assert "09:15\n" in fold("中国移动 4G 10:32\n短信/彩信 今天 09:15\n您的包裹(单号:SF123456\n789)因地址错误丢失").text
    assert "\n2." in fold("请按以下步骤还款，逾期将产生滞纳金和罚息费用\n2.登录App点击还款").text
    assert "6222\n" in fold("还款账户为中国工商银行，账号6222\n户名：张三").text


def test_spoken_pauses_and_split_words():
    assert fold("你的贷 款已经逾 期马上要起 诉你了!").text == "你的贷款已经逾期马上要起诉你了!"
    assert analyze("你的贷 款已经逾 期马上要起 诉你了!").verdict.label == analyze("你的贷款已经逾期马上要起诉你了!").verdict.label
    # a speaker's pauses still read as commas
    assert fold("那个我跟你说 就是说我们这边已经安排人了 明天上午去你老家").text.count(",") == 2


@pytest.mark.parametrize(("noisy", "folded"), [
    ("因您贷款已yu期xx天", "因您贷款已逾期xx天"),
    ("再不还钱就shang门cui收", "再不还钱就上门催收"),
    ("您的貸款已愈期", "您的贷款已逾期"),
    ("會聯絡村委/街道辦核實情況", "会联系村委街道办核实情况"),
    ("妳需要立刻到ATM", "你需要立刻到atm"),
], ids=["pinyin-then-letters", "two-pinyin-pieces", "yuqi-typo", "taiwan-lianluo", "taiwan-ni"])
def test_dodges_fold(noisy, folded):
    assert fold(noisy).text == folded


@pytest.mark.parametrize("text", [
    "xiajia人", "痊愈期快到了", "Hi Li An, your order #HK2031 has shipped via SF Express. Track at https://sf-express.com/hk/track",
    "ni hao, wo men ming tian qu shang hai, ni lai bu lai", "【京东】您的订单 JD2024CS0987 已签收，如有问题请联系客服。退订回TD",
    "全国新增病例明显下降，请继续做好防护。",
], ids=["pinyin-run-on", "healing", "english", "pinyin-chat", "order-code", "xinzeng"])
def test_ordinary_text_is_not_rewritten(text):
    out = fold(text).text
    for word in ("逾期", "家人", "催收", "还款", "添加", "上门"):
        assert word not in out
    assert analyze(text).verdict.label not in ("scam", "unlawful_threat")


def test_sender_line_after_a_status_bar():
    text = "中国移动 4G 10:32\n发件人：10690123456\n【某某金融】您的借款已逾期，请尽快还款。"
    sender = analyze(text).to_dict()["sender"]
    assert sender["raw"] == "10690123456" and text[sender["start"]:sender["end"]] == "10690123456"


@pytest.mark.parametrize("body", [
    "曲**你不是有奖学金吗 为啥还不还钱 钱不够你和咱女朋友花吗",
    "在外欠債，需要媽媽救火匯款，不然沒有明天",
    "你的欠款再不还，我们就联系你家人和单位。",
], ids=["taunt", "relative-wire", "contacts"])
def test_forwarded_chat_heading_is_a_name_not_words(body):
    clean = analyze(body)
    for heading in ("【某某分期-李专员】\n", "【分期乐-李专员】 10:32\n"):
        report = analyze(heading + body)
        assert report.verdict.label == clean.verdict.label
        assert {f.rule_id for f in report.findings} == {f.rule_id for f in clean.findings}
    assert analyze("【分期乐-李专员】\n" + body).lender is not None  # the lender detector still reads the name


def test_jingcha_and_not_a_brand():
    assert fold("fa院已经立案，jing察马上上门").text == "法院已经立案,警察马上上门"
    assert "律师" not in fold("Louis Vuitton lv师傅").text
