"""evade29: messages written to get past a keyword filter. The [lookalikes] folding table (observed forms: 还欵, 法阮,
薇信, 扣扣, 亻尔, 上🚪), initials that are people's names in a list, and the slang frames of zz_evade29.toml, with real
analyzer calls; spans still point at what the reader received."""
from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.lexicon import lookalike_examples, lookalikes
from analyzer.normalize import fold

HARM = ("scam", "unlawful_threat")
_FORMS = sorted(lookalike_examples().items())


@pytest.mark.parametrize(("form", "examples"), _FORMS, ids=[f for f, _ in _FORMS])
def test_lookalike_examples(form, examples):
    word = lookalikes()[form][0]
    must, must_not = examples
    for text in must:
        assert word in fold(text).text, text
    for text in must_not:
        assert word not in fold(text).text, text


def test_lookalike_table_notes_its_source():
    from analyzer.lexicon import _lexicon_data

    assert _lexicon_data()["lookalikes"]["source"] == "observed forms"


@pytest.mark.parametrize(("text", "word", "excerpt"), [
    ("亻尔再不还钱试试", "你", "亻尔"),
    ("我们明天上🚪找你", "上门", "上🚪"),
    ("你的还欵已逾期", "还款", "还欵"),
    ("人民法阮已受理", "法院", "法阮"),
])
def test_spans_point_at_the_characters_received(text, word, excerpt):
    ft = fold(text)
    at = ft.text.index(word)
    start, end = ft.span(at, at + len(word))
    assert text[start:end] == excerpt


def test_finding_excerpt_is_the_original_text():
    text = "欠钱不还是吧，亻尔再拖明天就给你家人报个喜"
    report = analyze(text)
    assert report.verdict.label == "unlawful_threat"
    for f in report.findings:
        assert text[f.start:f.end] == f.excerpt


@pytest.mark.parametrize("text", [
    "我们班zx和cs两个人今天请假了，作业记得帮他们收一下",
    "兄弟明天去hk玩不？我有两张船票，顺便去迪士尼",
    "cs大作业deadline周五，我们晚上去图书馆肝吧",
    "zx今天生日，大家晚上七点老地方集合",
    "课程表：CS101 周一上午，详见 http://cs.example.edu/course",
    "老铁们，周末撸串走起，zx请客！",
    "今晚的球赛太精彩了，hk队最后一分钟绝杀！",
])
def test_short_pinyin_tokens_do_not_fire_alone(text):
    folded = fold(text).text
    for word in ("催收", "还款", "征信"):
        assert word not in folded
    assert analyze(text).verdict.label == "not_collection"


@pytest.mark.parametrize(("text", "want"), [
    ("已经yq了，今天必须hk", "还款"),
    ("你已yq，再不hk就爆你通讯录", "还款"),
    ("你的借款已经逾期，cs部门明天联系你", "催收"),
])
def test_initials_in_debt_wording_still_read(text, want):
    assert want in fold(text).text


@pytest.mark.parametrize(("text", "want"), [
    ("欠钱不还，再拖明天就给你家人报个喜", "unlawful_threat"),
    ("你的欠款再不还，就请你去派出所喝茶", "unlawful_threat"),
    ("再不还就炸你通讯录", "unlawful_threat"),
    ("亻尔的欠欵再不还，我们就联系你的家人和单位", "unlawful_threat"),
    ("你的借款已逾期，再不还💰明天我们上🚪找你", "aggressive"),
    ("加客服威信处理你的逾期，先交500元解冻费", "scam"),
])
def test_dodged_collection_messages(text, want):
    assert analyze(text).verdict.label == want


@pytest.mark.parametrize("text", [
    "周末去爸妈家喝茶，顺便帮我妈修一下电脑",
    "我考上研究生了，周末回家给爸妈报个喜",
    "最近骚扰电话把我手机打爆了，开了拦截",
    "亲，您的订单已发货，如有问题请联系客服薇信，祝您生活愉快",
    "明天上🚪维修空调，师傅大概下午两点到，请家里留人。",
    "领导要树立威信，说话要算数",
])
def test_ordinary_messages_with_the_same_devices(text):
    assert analyze(text).verdict.label not in HARM


@pytest.mark.parametrize(("text", "want"), [
    ("您的借款已yq3天，请尽快登录APP还款", "逾期3天"),
    ("我们今天会再给您打一次电话确认hk事宜", "还款事宜"),
    ("cs员已经到你老家村口了，你爸妈在不在家我们一问就知道。", "催收员"),
])
def test_initials_with_a_count_or_in_a_compound(text, want):
    assert want in fold(text).text


@pytest.mark.parametrize("text", ["hk时间：4月15日，记得看球", "我在hk3天了，下周回来", "课程CS101周一开课", "yq3天"])
def test_initials_without_compound_or_context_stay_letters(text):
    folded = fold(text).text
    assert not any(w in folded for w in ("还款", "逾期", "催收"))
