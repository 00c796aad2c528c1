"""learn32: the learned threat head is heard over the rules' `aggressive` verdict too, but only at probability
>= OVER_PRESSED (0.999, chosen out-of-file: benchmarks/learn31_cv.py threat --slot aggressive; 0.997 since learn34's
retrain). Hand-written lines."""
from analyzer import analyze, get_analyzer
from analyzer.detectors import learned as learned_detector
from analyzer.learned import shape
from analyzer.normalize import fold

LIFTED = [
    # a relative made the debtor by the lender's say-so, a seizure at the door: the rules call it pressure
    "大叔，你女儿拿你的身份证贷的款，现在你就是还款人，不还我们就去你家把你家的羊赶走。",
]
QUIET = [
    # pressure the project draws as lawful, some of it scored by the head between 0.98 and 0.999
    "再不还钱，我们就上门找你，后果自负。",
    "你欠款已逾期，我们将上门催收，请配合。",
    "逾期未还，我们将派外访人员上门核实情况，请提前准备还款。",
    "您的账单已逾期，请尽快还款，否则我们将依法委托外访人员上门催收。",
    "周末我们去你家吃饭，顺便跟你邻居们打个招呼，门牌号发我一下。",
]


def _p(text: str) -> float:
    return get_analyzer().learned.probability(shape(fold(text).text))


def test_floor_is_the_out_of_file_one():
    # learn34: 0.999 → 0.997, re-chosen out-of-file after the retrain (the rule's 0.995 would lift a plain visit home
    # of test_polish23, scored 0.9951; knowledge/data/model/README.md)
    assert learned_detector.OVER_PRESSED == 0.997
    assert learned_detector.PRESSED == ("aggressive",)


def test_a_sure_threat_over_aggressive_is_lifted_with_the_heads_finding():
    for text in LIFTED:
        report = analyze(text)
        assert report.verdict.label == "unlawful_threat", text
        assert any(f.rule_id == learned_detector.RULE_ID for f in report.findings), text


def test_without_the_aggressive_slot_the_rules_said_aggressive(monkeypatch):
    monkeypatch.setattr(learned_detector, "PRESSED", ())
    for text in LIFTED:
        assert analyze(text).verdict.label == "aggressive", text


def test_pressure_under_the_floor_stays_aggressive():
    assert 0.98 <= _p(QUIET[0]) < learned_detector.OVER_PRESSED  # heard where the rules abstain, not over aggressive
    for text in QUIET:
        assert analyze(text).verdict.label in ("aggressive", "not_collection"), text
