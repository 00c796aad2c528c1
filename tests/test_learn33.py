"""learn33: the learned threat head retrained with every opened set (round 32 opened para25…30 / lawful25…30), its
threshold where the rules abstain re-chosen out-of-file (0.98 → 0.97, benchmarks/learn31_cv.py threat --slot both;
knowledge/data/model/README.md, round 33). The messages here are written for these tests; none comes from a data file.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from analyzer import analyze, get_analyzer
from analyzer.detectors import learned as learned_detector
from analyzer.learned import MODEL_FILE, load, shape
from analyzer.normalize import fold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import train_ngram  # noqa: E402

ROUND32 = ({f"para{n}_sealed.jsonl" for n in range(25, 31)} | {f"lawful{n}_sealed.jsonl" for n in range(25, 31)})


def _p(text: str) -> float:
    return get_analyzer().learned.probability(shape(fold(text).text))


def test_the_shipped_model_learned_from_every_opened_set() -> None:
    header = json.loads(MODEL_FILE.read_text(encoding="utf-8"))["header"]
    sealed = {f.rsplit("/", 1)[-1] for f in header["files"] if "sealed" in f}
    assert ROUND32 <= sealed and sealed <= train_ngram.opened_names()  # exact list: test_learn31.MODEL_OPENED
    assert header["code_version"] == "learn34"  # learn34 retrained with the blind training sets too (was learn33)


def test_the_thresholds_are_the_out_of_file_ones() -> None:
    assert train_ngram.THRESHOLD == 0.97 and load().threshold == 0.97  # learn35 re-measured it: unchanged
    # over aggressive: re-measured, unchanged at learn33 (0.999); learn34 re-measured it after its retrain: 0.997
    assert learned_detector.OVER_PRESSED == 0.997


# A threat no rule names: the round-31 model scored it under its 0.98; this one hears it (between 0.97 and 0.98 — a
# retrain may move it; then re-check it against the out-of-file figures, not the other way round).
HEARD = "你住几楼我们都打听清楚了，今晚就上去敲门"
QUIET = [
    "你住几楼我们都打听清楚了，今晚就上去给你送喜糖",
    "你住几楼？今晚就上去给你送蛋糕",
    "快递员说你住几楼没写清楚，今晚就上去敲门送件",
    "你的车牌号我记下了，帮你挪车的时候打你电话",
    "你单位的地址发我，哪天我们过去给你送点材料",
    "你老家的门牌号发我一下，过几天给你爸妈寄点特产",
]


def test_a_threat_no_rule_names_is_heard_at_the_new_threshold() -> None:
    report = analyze(HEARD)
    assert report.verdict.label == "unlawful_threat"
    learned = [f for f in report.findings if f.rule_id == learned_detector.RULE_ID]
    assert learned and all(f.rule_id == learned_detector.RULE_ID for f in report.findings)  # the model alone
    assert all(HEARD[f.start:f.end] == f.excerpt for f in learned)
    assert load().threshold <= _p(HEARD)  # learn35: 0.9646 with its weights, over its 0.95


@pytest.mark.parametrize("text", QUIET, ids=range(len(QUIET)))
def test_its_twins_stay_quiet(text: str) -> None:
    report = analyze(text)
    assert not [f for f in report.findings if f.rule_id == learned_detector.RULE_ID]
    assert report.verdict.label not in ("unlawful_threat", "scam")


# zz_learn33.toml: the reader asked to share a thing themselves is no threat for the head (it cannot tell who shares);
# a condition (不然我们帮你发) or a debt keeps the head heard.
def test_the_reader_sharing_a_thing_themselves_silences_the_head_only() -> None:
    lexicon = get_analyzer().lexicon
    assert learned_detector.quiet(fold("你把咱们班的毕业照发到群里吧，让大家都看看").text, lexicon)
    assert learned_detector.quiet(fold("您自己把婚礼视频转到家族群吧").text, lexicon)
    for text in ("你把照片发到群里吧，不然我们帮你发", "你把欠款截图发到群里吧，让大家都看看",
                 "我们把你的照片发到群里，让大家都看看", "你把照片发到群里吧，否则后果自负"):
        assert not learned_detector.quiet(fold(text).text, lexicon), text
    assert analyze("你把咱们班的毕业照发到群里吧，让大家都看看。").verdict.label not in ("unlawful_threat", "scam")
    assert analyze("我们把你的照片发到群里，让大家都看看").verdict.label == "unlawful_threat"
