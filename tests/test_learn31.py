"""learn31: the learned threat head retrained with the opened blind-written sets (tests/data/probes/OPENED.txt), its
threshold re-chosen on out-of-file scores (knowledge/data/model/README.md). The opened list is one data file that the
trainer and these tests read; every other sealed name stays refused.

The messages here are written for these tests; none comes from a data file.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from analyzer import analyze
from analyzer.detectors.learned import RULE_ID
from analyzer.learned import MODEL_FILE, load

ROOT = Path(__file__).resolve().parent.parent
PROBES = ROOT / "tests" / "data" / "probes"
sys.path.insert(0, str(ROOT / "scripts"))
import train_ngram  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"

# PREREG_round31.md: opened at round 31 (para7/8/10, para14…24, lawful8/10, lawful14…24); PREREG_round32.md: para25…30,
# lawful25…30; PREREG_round33.md: para31…36, lawful31…36; PREREG_round34.md: para37…40, lawful37…40;
# PREREG_round35.md: para41…44, lawful41…44; PREREG_round36.md: para45/46, lawful45/46;
# PREREG_round37.md: para47/48, lawful47/48; PREREG_round38.md: para49/50, lawful49/50; PREREG_round39.md:
# para60/61, lawful60/61; PREREG_round40.md: para64/65, lawful64/65; PREREG_round41.md: para68/69, lawful68/69;
# PREREG_round42.md: para70/71, lawful70/71; PREREG_round43.md: para72/73, lawful72/73;
# PREREG_round44.md: para74/75, lawful74/75. PREREG_round45.md: para76/77, lawful76/77.
# PREREG_round46.md: para78/79, lawful78/79. PREREG_round47.md: para80/81, lawful80/81.
# PREREG_round48.md: para82/83, lawful82/83. PREREG_round49.md: para84/85, lawful84/85.
# PREREG_round50.md: para86/87, lawful86/87. PREREG_round51.md: para88/89, lawful88/89.
# PREREG_round52.md: para90/91, lawful90/91. PREREG_round53.md: para92/93, lawful92/93.
# PREREG_round54.md: para94/95, lawful94/95. PREREG_round55.md: para96/97, lawful96/97.
# PREREG_round56.md: para98/99, lawful98/99. PREREG_round57.md: para100/101, lawful100/101.
OPENED = ({f"para{n}_sealed.jsonl" for n in (7, 8, 10, *range(14, 51), 60, 61, 64, 65, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111)}
          | {f"lawful{n}_sealed.jsonl" for n in (8, 10, *range(14, 51), 60, 61, 64, 65, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111)})
# The sets the shipped model was trained on (learn35: round 33's list) until a retrain takes in round 34's and 35's sets.
MODEL_OPENED = ({f"para{n}_sealed.jsonl" for n in (7, 8, 10, *range(14, 37))}  # learn35: + para/lawful31…36
                | {f"lawful{n}_sealed.jsonl" for n in (8, 10, *range(14, 37))})
# Sealed names that are not opened: the pool, the judged set and the control, the old sealed halves, a fresh sealed
# file. usable() decides from the name and folder alone; nothing here is opened or read.
NOT_OPENED = ["para112_sealed.jsonl", "lawful112_sealed.jsonl",
              "para113_sealed.jsonl", "lawful113_sealed.jsonl", "para114_sealed.jsonl", "lawful114_sealed.jsonl",
              "para115_sealed.jsonl", "lawful115_sealed.jsonl", "para116_sealed.jsonl", "lawful116_sealed.jsonl",
              "para117_sealed.jsonl", "lawful117_sealed.jsonl", "para9_sealed.jsonl", "lawful9_sealed.jsonl", "para24_sealed_b.jsonl",
              "para240_sealed.jsonl", "xpara24_sealed.jsonl"]


def _learned(report) -> list:
    return [f for f in report.findings if f.rule_id == RULE_ID]


# -- the opened list, one place ---------------------------------------------------------------------------------------

def test_the_opened_list_is_the_prereg_list() -> None:
    assert train_ngram.OPENED_LIST == PROBES / "OPENED.txt"
    assert train_ngram.opened_names() == OPENED
    assert all((PROBES / name).is_file() for name in OPENED)


@pytest.mark.parametrize("name", sorted(OPENED))
def test_an_opened_set_is_usable_in_the_probes_folder_only(name: str, tmp_path: Path) -> None:
    assert train_ngram.usable(PROBES / name)
    assert not train_ngram.usable(ROOT / "tests" / "data" / "fresh" / name)  # a copy elsewhere is not opened
    assert not train_ngram.usable(tmp_path / name)
    assert not train_ngram.usable(PROBES / name.replace(".jsonl", "_src") / "a.jsonl")


@pytest.mark.parametrize("name", NOT_OPENED)
def test_a_sealed_name_not_on_the_list_is_refused(name: str) -> None:
    assert not train_ngram.usable(PROBES / name)


def test_other_sealed_and_scored_once_files_are_refused() -> None:
    fresh = ROOT / "tests" / "data" / "fresh"
    for path in (fresh / "r3_sealed.jsonl", fresh / "r4_sealed.jsonl", fresh / "r7_sealed.jsonl",
                 fresh / "r7x_sealed.jsonl", fresh / "collection_sealed.jsonl", fresh / "r5_colM.jsonl",
                 fresh / "r6_colQ.jsonl", fresh / "r11_colF.jsonl", PROBES / "para20_src" / "para20.jsonl"):
        assert not train_ngram.usable(path), path


def test_training_files_hold_exactly_the_opened_sealed_names() -> None:
    files = train_ngram.training_files(EVAL)
    sealed = {p.name for p in files if "sealed" in p.name.lower()}
    assert sealed == OPENED and all(p.parent == PROBES for p in files if p.name in OPENED)
    before = train_ngram.training_files(EVAL, opened=False)
    assert not any("sealed" in p.name.lower() for p in before) and len(before) == len(files) - len(OPENED)


def test_a_blind_sets_halves_are_held_out_together() -> None:
    for a, b in (("para14_sealed.jsonl", "lawful14_open.jsonl"), ("para7_sealed.jsonl", "para7_tune.jsonl"),
                 ("lawful8_sealed.jsonl", "para8_sealed.jsonl")):
        assert train_ngram.writer(f"tests/data/probes/{a}") == train_ngram.writer(f"tests/data/probes/{b}")
    assert train_ngram.writer("tests/data/probes/para14_sealed.jsonl") != train_ngram.writer(
        "tests/data/probes/para15_sealed.jsonl")
    assert train_ngram.writer("tests/data/fresh/r4_tune.jsonl") == "tests/data/fresh/r4_tune.jsonl"


def test_the_shipped_model_learned_from_the_opened_sets() -> None:
    header = json.loads(MODEL_FILE.read_text(encoding="utf-8"))["header"]
    sealed = {f.rsplit("/", 1)[-1] for f in header["files"] if "sealed" in f}
    assert sealed == MODEL_OPENED and MODEL_OPENED <= OPENED
    assert all(f.startswith("tests/data/probes/") for f in header["files"] if "sealed" in f)
    # learn33: 0.98 → 0.97, re-chosen out-of-file by learn31's rule after the retrain (knowledge/data/model/README.md)
    assert header["threshold"] == train_ngram.THRESHOLD == 0.97  # learn35 re-measured it after its retrain: unchanged
    assert load().threshold == 0.97


# -- what it now hears, and what it leaves alone --------------------------------------------------------------------

# Threats no rule names, that the round-24 model scored under its 0.995 and this one hears (between 0.98 and 0.995:
# a retrain may move them; then re-check them against the out-of-file figures, not the other way round).
HEARD = [
    ("你老婆店里生意挺好啊，哪天我们过去坐坐", "unlawful_threat"),
    ("你要再不接电话，你爸那边我们就直接去了", "unlawful_threat"),
    ("你等着，我让你爸妈过不好这个年", "unlawful_threat"),
]
QUIET = [
    "你老婆店里生意挺好啊，改天我们几个同事过去吃顿饭捧捧场",
    "你老婆店门口的灯坏了，哪天我们过去帮她修修",
    "你要再不接电话，你爸那边我就先帮你把快递收了",
    "你爸那边我们已经打过电话了，他说周末回来吃饭",
    "你们公司楼下新开了一家面馆，哪天我们过去尝尝",
    "你等着，我让你爸妈过个好年，年货已经寄过去了",
    "妈，特产给你们寄过去了，记得查收",
]


@pytest.mark.parametrize("text,label", HEARD, ids=range(len(HEARD)))
def test_a_threat_no_rule_names_is_heard(text: str, label: str) -> None:
    report = analyze(text)
    assert report.verdict.label == label
    learned = _learned(report)
    assert learned and all(f.rule_id == RULE_ID for f in report.findings)  # the model alone
    assert all(text[f.start:f.end] == f.excerpt for f in learned)


@pytest.mark.parametrize("text", QUIET, ids=range(len(QUIET)))
def test_its_twins_stay_quiet(text: str) -> None:
    report = analyze(text)
    assert not _learned(report)
    assert report.verdict.label not in ("unlawful_threat", "scam")


def test_a_gift_sent_does_not_excuse_money_or_menace() -> None:
    # the kindly frame's 等着 exception (zz_fa24.toml, learn31) needs goods sent and no money or menace in the message
    assert analyze("你等着，年货已经寄过去了，欠的钱过年前必须还清").verdict.label != "not_collection"
    assert analyze("你等着，我们给你爸妈送份大礼，已经送到你家门口了").verdict.label == "unlawful_threat"
