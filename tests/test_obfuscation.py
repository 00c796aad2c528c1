"""Words written to dodge keyword filters (analyzer/obfuscation.py, the [initials], [homophones] and [inserted]
tables of lexicon.toml): initials and whole-word pinyin, homophones, a letter or digit put inside a word. Each form
has messages it must be read back in and the nearest harmless wording it must leave alone; none of the examples is
a line of a scored set."""
import pytest

from analyzer import analyze
from analyzer.lexicon import homophones, inserted_words, letter_words
from analyzer.normalize import fold


def folded(text: str) -> str:
    return fold(text).text


# Initials and whole-word pinyin: a lower-case Latin word of its own next to Chinese, in a message about a debt.
@pytest.mark.parametrize(("raw", "want"), [
    ("借的钱yq好几天了", "逾期"), ("这个月按时hk了吗，欠的不少", "还款"), ("欠款不处理，cs明天给你打", "催收"),
    ("网贷不还会上zx的", "征信"), ("欠钱不还，我们要qs你", "起诉"), ("逾期的案子fw已经接手", "法务"),
    ("你的xyk已经欠了三期", "信用卡"), ("那几个wd都逾期了", "网贷"), ("欠款不还就lx你单位", "联系"),
    ("欠钱不还，天天给你打dh", "电话"), ("再不还钱你jr都会知道", "家人"), ("逾期不还就爆你txl", "通讯录"),
    ("欠款再拖，下周安排sm", "上门"), ("借钱不还，直接bg你", "曝光"),
    ("Yq三个月了，欠款该处理了", "逾期"),  # capitalised at the start of a sentence, as phones do
    ("欠的钱再不还我们就shangmen", "上门"), ("逾期不还就打给你tongxunlu", "通讯录"),  # whole-word pinyin
    ("已经yq了，今天必须hk", "还款"),  # two such words are context enough
    ("ni再不还钱，wo们就去找你", "你再不还钱"),
])
def test_letter_words_are_read_back(raw, want):
    assert want in folded(raw)


@pytest.mark.parametrize(("raw", "unwanted"), [
    ("【XX航空】欠费订票请回复CS加航班号", "催收"),  # upper case: a reply command
    ("本期账单HK$1,200已到期", "还款$"),  # a currency
    ("周末去hk玩，顺便买点东西", "还款"),  # no debt wording: Hong Kong
    ("客服微信搜索cs95539，还款问题可咨询", "催收"),  # a code with digits
    ("还款请访问www.yq.com查看", "逾期"),  # inside an address
    ("逾期说明见http://a.cn/hk", "还款"),  # inside an address
    ("I love hk，欠我的钱记得还", "还款"),  # inside an English sentence, not next to Chinese
    ("尊敬的Lian，您的账单已还款", "立案"),  # a name, not 立案 (initials.skip)
    ("Women专享分期，欠款另算", "我们"),  # an English word, not 我们
])
def test_letter_words_left_alone(raw, unwanted):
    assert unwanted not in folded(raw)


def test_every_letter_word_is_read_where_it_stands_alone_in_a_debt_message():
    table = letter_words()
    for key, (word, _) in table.words.items():
        assert folded(f"欠款的事{key}了") == f"欠款的事{word}了", key


def test_letter_word_findings_point_at_the_letters_received():
    text = "你再不还钱，明天就爆你txl"
    report = analyze(text).to_dict()
    excerpts = [f["excerpt"] for f in report["findings"]]
    assert report["verdict"]["label"] == "unlawful_threat"
    assert any(e.endswith("txl") for e in excerpts), excerpts
    f = fold("欠的钱再不还我们就shangmen")
    i = f.text.index("上门")
    s, e = f.span(i, i + 2)
    assert f.original[s:e] == "shangmen"


# Homophones: the swapped character only where the pair is not part of another word.
@pytest.mark.parametrize(("raw", "want"), [
    ("你的借款已谕期30天", "逾期"), ("明天崔收的人就到", "催收"), ("摧收公司已经接手", "催收"),
    ("再不处理我司将对你起述", "起诉"), ("下周安排人员尚门核实", "上门"), ("你个老癞，欠钱不还", "老赖"),
    ("请今天之内环款", "还款"), ("再不还就把你爆光", "曝光"), ("照片会被暴光", "曝光"), ("打遍你的通迅录", "通讯录"),
])
def test_homophones_are_read_back(raw, want):
    assert want in folded(raw)


@pytest.mark.parametrize("raw", [
    "神谕期货今日开盘", "小崔收到快递了", "老崔收拾好行李了", "我们一起述职", "时尚门店全场五折", "和尚门前的树",
    "老癞皮狗又来了", "新款手环款式多样", "火爆光临欢迎品尝", "剩余期数12期",
])
def test_homophone_lookalikes_left_alone(raw):
    assert folded(raw) == raw.lower()


def test_every_homophone_is_read_where_it_stands_alone():
    for key, (word, _, _) in homophones().items():
        assert folded(f"说{key}了") == f"说{word}了", key


# A letter or digit put inside a word.
@pytest.mark.parametrize(("raw", "want"), [
    ("你已逾3期，请处理", "逾期"), ("安排催x收人员联系你", "催收"), ("影响你的征0信", "征信"), ("将起1诉", "起诉"),
    ("打给你通z讯录里每个人", "通讯录"), ("紧急联9系人已通知", "联系人"),
])
def test_inserted_letters_are_dropped(raw, want):
    assert want in folded(raw)


@pytest.mark.parametrize("raw", ["一家3人出游", "本学期上2门课", "第1期已还", "共3天", "还有2款没发货"])
def test_numbers_between_other_characters_stay(raw):
    assert folded(raw) == raw.lower()


def test_every_inserted_word_is_read_with_a_letter_inside():
    for word in inserted_words():
        assert folded(f"说{word[0]}x{word[1:]}了") == f"说{word}了", word


# Whole messages: written around, they reach what the rules say of the same message written plainly.
@pytest.mark.parametrize(("written", "plain"), [
    ("你xyk都yq半年了，再不处理cs直接去你单位", "你信用卡都逾期半年了，再不处理催收直接去你单位"),
    ("欠款不还是吧，明天就把你的事发给你txl里每一个人", "欠款不还是吧，明天就把你的事发给你通讯录里每一个人"),
    ("崔收部门通知：你已谕期，再不还款就通知你家里人和同事", "催收部门通知：你已逾期，再不还款就通知你家里人和同事"),
    ("你的网贷今天是最后hk日，请按时hk，以免影响zx", "你的网贷今天是最后还款日，请按时还款，以免影响征信"),
    ("借的钱拖了半年，再不还wo们就shangmen找ni爸妈", "借的钱拖了半年，再不还我们就上门找你爸妈"),
    ("你已逾3期，再不还就把你的照片爆光到网上", "你已逾期，再不还就把你的照片曝光到网上"),
])
def test_written_around_messages_read_as_written_plainly(written, plain):
    got, want = analyze(written), analyze(plain)
    assert want.verdict.label != "not_collection"
    assert got.verdict.label == want.verdict.label
    assert {f.kind for f in got.findings} == {f.kind for f in want.findings}


@pytest.mark.parametrize("text", [
    "【XX旅行】HK三日游特价，回复CS咨询，退订回TD",
    "ni好，wo是小王，周末一起吃饭吗",
    "时尚门店开业，新款手环款式多样，火爆光临",
])
def test_ordinary_messages_with_letters_stay_ordinary(text):
    assert analyze(text).verdict.label not in ("scam", "unlawful_threat", "aggressive")
