"""Hong Kong / Macau / Taiwan and Cantonese wording reaches the same rules as mainland wording
(knowledge/data/regional.toml), and findings still point at the words the reader received."""
import pytest

from analyzer import analyze
from analyzer.normalize import fold
from knowledge.registry import regional_words


@pytest.mark.parametrize("text, folded", [
    ("請點選連結登入", "请点击链接登录"),
    # round 18: 唔 folds only inside a word (唔知 → 不知); a lone 唔 (a Mandarin "hmm") stays
    ("你屋企人知唔知", "你家里人知不知"),
    ("唔，好吧", "唔,好吧"),
    ("唔該晒", "谢谢晒"),
    ("你叫佢快啲還，唔係我哋日日打去你公司", "你叫他快点还,否则我们天天打到你公司"),
    ("唔係咁講", "不是这样讲"),
    ("借咗你嗰三千蚊", "借了你那三千元"),
    ("再唔處理就交畀律師行入稟", "再不处理就交给律师事务所起诉"),
    ("個資外洩", "个人信息泄露"),
    ("收到簡訊", "收到短信"),
    ("eTag餘額不足", "etc余额不足"),
])
def test_regional_words_fold_to_mainland_words(text, folded):
    assert fold(text).text == folded


@pytest.mark.parametrize("text", ["替你讨债", "劳保用品", "中国移动云视讯", "转入监管账户", "开发区管委会", "metagame", "etagx"])
def test_words_mainland_also_uses_are_left_alone(text):
    assert fold(text).text == fold(text).original.lower()


def test_a_longer_or_shorter_replacement_maps_back_to_the_whole_original_word():
    f = fold("我的個資外洩了")
    start = f.text.index("个人信息")
    assert f.span(start, start + 4) == (2, 4)
    start = f.text.index("泄露")
    assert f.span(start, start + 2) == (4, 6)


def _findings(text):
    report = analyze(text).to_dict()
    found: dict[str, list[str]] = {}
    for f in report["findings"]:
        assert text[f["start"]:f["end"]] == f["excerpt"]
        found.setdefault(f["kind"], []).append(f["excerpt"])
    return report["verdict"]["label"], found


def test_cantonese_threat_is_a_threat_and_points_at_the_cantonese_words():
    text = "你再唔還錢，我哋就搵人上你屋企淋紅油，等你屋企人都知道"
    label, found = _findings(text)
    assert label == "unlawful_threat"
    assert "淋紅油" in found["violence_threat"]


def test_taiwan_wording_of_a_parcel_phishing_text_keeps_its_link_and_impersonation():
    text = "【中華郵政】您的包裹地址不全，請於24小時內點選連結更新資料 http://post-tw.cc/a"
    label, found = _findings(text)
    assert label == "scam"
    assert any("點選連結" in words for words in found["impersonation"])
    assert found["suspicious_link"] == ["http://post-tw.cc/a"]


def test_every_regional_word_is_replaced_where_it_stands_alone():
    for key, value in regional_words().items():
        assert fold(key).text == value, key


@pytest.mark.parametrize("text", [
    "【警政署提醒您】近日詐騙集團以簡訊佯稱點數到期，並附上短連結，請勿點擊連結，可撥165專線查證。",
    "若您不慎點擊不明簡訊連結並輸入信用卡號，請立即連絡發卡銀行停卡。",
])
def test_a_taiwan_anti_fraud_broadcast_stays_a_warning(text):
    label, _ = _findings(text)
    assert label not in ("scam", "unlawful_threat")
