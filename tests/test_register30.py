"""register30: words of other regional speech written down (川渝, 吴语, 北方, 粤语) fold to the mainland words the rules
are written in, dialect kin words are the reader's family in the frames that use them, a Cantonese tribunal's
hearing notice reads as the notice it is, and a parent's warning that quotes a scammer's ask (叫你转钱) is no ask."""
import pytest

from analyzer import analyze
from analyzer.normalize import fold


@pytest.mark.parametrize("text, folded", [
    ("你莫得钱还是不是", "你没有钱还是不是"),
    ("你想搞啥子", "你想搞什么"),
    ("侬再不还钞票", "你再不还钱"),
    ("到侬屋里厢去寻侬爷娘", "到你家里去找你父母"),
    ("俺们明天就去", "我们明天就去"),
    ("好多騙子打電話話係公安局", "好多骗子打电话说是公安局"),
    ("阮就去恁厝找恁老爸", "阮就去你家找你老爸"),
    ("喺你公司門口派傳單", "在你公司门口发传单"),
])
def test_dialect_words_fold_to_mainland_words(text, folded):
    assert fold(text).text == folded


@pytest.mark.parametrize("text", ["关系很好", "整理房间", "抓住一个贼", "寻找失物", "系统升级", "寻人启事", "屋顶漏水", "参观林厝古厝", "兜风去", "阿拉丁神灯"])
def test_mandarin_words_sharing_a_character_are_left_alone(text):
    assert fold(text).text == text


@pytest.mark.parametrize("text", [
    "你莫得钱还是不是嘛？明天我们就到你屋头去找你老汉，晓得不",
    "侬再不还钞票，阿拉就到侬屋里厢去寻侬爷娘，叫侬邻居都晓得侬欠钞票不还",
    "你仲唔還錢？我哋聽日就上你屋企搵你老豆老母，睇你點收科",
])
def test_dialect_threat_to_visit_the_family_is_a_threat(text):
    assert analyze(text).verdict.label == "unlawful_threat"


@pytest.mark.parametrize("text", [
    "侬今朝夜里回来吃饭伐？阿拉烧了红烧肉",
    "晓得了嘛，我明天过来拿，要得",
    "村口那个老汉每天都在下棋，俺们有空也去看看",
    "阿爸，最近好多騙子打電話話係公安局，叫你轉錢去安全帳戶，千萬唔好信，有咩事打畀我先",
    "爸，最近很多骗子打电话说是公安局，叫你转钱去安全账户，千万不要信",
    "贵方发来的合同已收到，我方将于下周一前完成审核并回复贵方。",
])
def test_ordinary_messages_in_dialect_raise_no_alarm(text):
    assert analyze(text).verdict.label not in ("unlawful_threat", "scam")


@pytest.mark.parametrize("text", [
    "汝欠的錢若擱不還，阮就去恁厝找恁老爸",
    "你係咪唔想還錢？我哋會喺你公司門口派傳單",
    "若仍不还款，届时贵方个人信息将予以公开",
])
def test_hokkien_cantonese_and_officialese_threats_are_threats(text):
    assert analyze(text).verdict.label == "unlawful_threat"


def test_a_scammers_own_ask_is_still_a_scam():
    text = "我是公安局的，你的账户涉嫌洗钱，叫你转钱去安全账户就马上转，不要告诉家里人"
    assert analyze(text).verdict.label == "scam"


def test_hong_kong_tribunal_hearing_notice_is_a_legal_notice():
    text = "【小額錢債審裁處】陳大文：申索人XX財務有限公司對你提出之申索，聆訊日期定於2027年1月15日上午9時30分，請準時出席。"
    assert analyze(text).verdict.label == "legal_notice"


def test_a_call_typed_out_pauses_after_its_fillers_and_the_person_called():
    # 喂 and 嗯 standing alone and the person called (妈) do not make the spaces a dodger's: the speaker's pauses stay
    # clause ends, so 堵 (traffic) and 你们 are not read as one phrase
    text = "喂 妈 我到了啊 嗯 就是路上有点堵 你们先吃 不用等我"
    assert fold(text).text.count(",") == 2
    assert analyze(text).verdict.label == "not_collection"


@pytest.mark.parametrize("text", ["嗯 逾 期 了 要 上 门", "喂 你 的 贷款 逾期 了", "你的贷 款已经逾 期马上要起 诉你了!"])
def test_words_split_to_dodge_a_filter_still_read_whole(text):
    assert "," not in fold(text).text


def test_a_wordy_polite_reminder_is_a_reminder():
    text = "王阿姨您好，您这个月的贷款还款日是15号，金额1280元，请您记得存钱到卡里，有不懂的可以打我们客服电话"
    assert analyze(text).verdict.label == "reminder"
