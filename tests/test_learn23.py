"""The character n-gram threat model (analyzer/learned.py): trained only on files the project may read, shipped as
data that matches its inputs, heard only where the rules abstain, and explained by the words that pushed it.

The messages here are written for these tests; none comes from a data file.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from analyzer import analyze
from analyzer.detectors.learned import RULE_ID
from analyzer.learned import MODEL_FILE, load, ngrams, shape
from analyzer.normalize import fold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import train_ngram  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"

# Threats in wordings no rule knows (checked below: without the model they are reminders or not collection).
MISSED = [
    ("你的通讯录已经同步到我们后台，今晚开始群呼", "通讯录"),
    ("欠的钱不到位，你們村口明天就贴上你的名字", "你的名字"),
]
# Ordinary and lawful messages that hold the alarming words.
ALARMING_BUT_ORDINARY = [
    "晚上走夜路注意安全，到家了记得在群里说一声。",
    "你儿子这次数学考得不错，放学后请家长到三年级二班门口接孩子。",
    "警方提醒：自称公安说你涉嫌洗钱、要你转账到安全账户的，都是诈骗。",
    "我司不会联系您的家人和同事，也不会上门，请在App内自行还款。",
    "小区通知：明天上午物业会到各家门口张贴停水通知，请留意。",
    "你的通讯录权限已关闭，如需同步联系人请在设置中重新开启。",
]


def _learned(report) -> list:
    return [f for f in report.findings if f.rule_id == RULE_ID]


# -- training reads no sealed file --------------------------------------------------------------------------------

def test_usable_refuses_sealed_names_and_blind_sources(tmp_path: Path) -> None:
    for name in ("r3_sealed.jsonl", "para30_SEALED_half.jsonl", "x_sealed2.jsonl"):
        assert not train_ngram.usable(tmp_path / name)
    assert not train_ngram.usable(tmp_path / "para30_src" / "a.jsonl")
    assert not train_ngram.usable(tmp_path / "notes.md")
    assert not train_ngram.usable(tmp_path / "r5_colM.jsonl")  # scored once, kept out as if sealed
    assert train_ngram.usable(tmp_path / "para30_open.jsonl")


def test_training_files_never_include_a_sealed_name(tmp_path: Path) -> None:
    (tmp_path / "dev.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "dev_sealed.jsonl").write_text("this must never be opened", encoding="utf-8")
    files = train_ngram.training_files(tmp_path)
    assert tmp_path / "dev.jsonl" in files and tmp_path / "dev_sealed.jsonl" not in files
    # learn31: a sealed name is read only when it is an opened set (tests/data/probes/OPENED.txt)
    assert all(("sealed" not in p.name.lower() or train_ngram.is_opened(p)) and not p.parent.name.endswith("_src")
               for p in files)
    assert {p.parent.name for p in files} >= {"fresh", "probes", "ordinary"}


def test_reading_a_sealed_file_is_refused(tmp_path: Path) -> None:
    sealed = tmp_path / "x_sealed.jsonl"
    sealed.write_text('{"text": "x", "category": "reminder"}\n', encoding="utf-8")
    with pytest.raises(AssertionError):
        train_ngram.read_rows([sealed])


# -- the shipped model is its data's ---------------------------------------------------------------------------------

def test_shipped_model_matches_its_inputs() -> None:
    if not EVAL.is_dir():
        pytest.skip("../shared/eval is not beside this checkout")
    header = json.loads(MODEL_FILE.read_text(encoding="utf-8"))["header"]
    recorded = train_ngram.recorded_files(header, EVAL)
    assert all(p.is_file() for p in recorded), "a file the model was trained on is gone: run scripts/train_ngram.py"
    assert header["inputs_sha256"] == train_ngram.inputs_hash(recorded), \
        ("the model's training files or code changed: after a code change run scripts/train_ngram.py --same-files "
         "(test_retraining_reproduces_the_shipped_model says whether the weights moved); after a data change retrain")
    assert header["threshold"] == train_ngram.THRESHOLD
    assert {f.rsplit("/", 1)[-1] for f in header["files"] if "sealed" in f} <= train_ngram.opened_names()  # learn31


def test_retraining_reproduces_the_shipped_model() -> None:
    # The header's hash says the inputs did not change; this says the shipped weights really are what those inputs and
    # today's code train (a refactor of fold, shape or ngrams that changed them would show here, not in the hash).
    if not EVAL.is_dir():
        pytest.skip("../shared/eval is not beside this checkout")
    shipped = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    rebuilt = train_ngram.build(EVAL, shipped["header"]["threshold"],
                                train_ngram.shipped_training_files(shipped["header"], EVAL))
    assert rebuilt["header"]["files"] == shipped["header"]["files"]
    assert rebuilt["header"]["inputs_sha256"] == shipped["header"]["inputs_sha256"]
    for key in ("bias", "kinds", "weights", "kind_of"):
        assert rebuilt[key] == shipped[key], f"retraining on the same files gives another {key}"


def test_a_data_file_added_later_does_not_change_the_check(tmp_path: Path) -> None:
    # A battery committed after training is not an input of the shipped model; its own files and code are.
    header = json.loads(MODEL_FILE.read_text(encoding="utf-8"))["header"]
    if not EVAL.is_dir():
        pytest.skip("../shared/eval is not beside this checkout")
    recorded = train_ngram.recorded_files(header, EVAL)
    assert len(recorded) == len(header["files"])
    assert set(map(train_ngram.relname, recorded)) <= set(map(train_ngram.relname, train_ngram.training_files(EVAL)))
    changed = tmp_path / recorded[-1].name
    changed.write_bytes(recorded[-1].read_bytes() + b"\n")
    assert train_ngram.inputs_hash(recorded[:-1] + [changed]) != header["inputs_sha256"]


def test_model_is_small_and_loads() -> None:
    # learn33: 1.5 MB → 1.7 MB — the weights grow with the training data (1.57 MB with the sets opened at round 32)
    # learn35: 1.7 MB → 1.9 MB (1.77 MB with the sets opened at round 33)
    assert MODEL_FILE.stat().st_size < 1_900_000
    model = load()
    assert model.threshold >= 0.9 and len(model.weights) == model.header["features"]
    assert set(model.kind_of.values()) <= set(range(len(model.kinds)))


def test_training_is_deterministic() -> None:
    rows = [("a.jsonl", shape(fold(t).text), label, set(), str(i)) for i, (t, label) in enumerate(
        [("你不还钱我们就去你家找你爸妈", "unlawful_threat"), ("您的账单明天到期，请按时还款", "reminder"),
         ("再不还就把你照片发到你单位群", "unlawful_threat"), ("快递已到小区门口，请取件", "not_collection")] * 3)]
    assert train_ngram.train(rows) == train_ngram.train(rows)


def test_a_denial_is_its_own_feature() -> None:
    grams = ngrams(shape(fold("我们不会联系你家人，请还款").text))
    assert "~联系" in grams and "联系" not in grams and "还款" in grams


# -- heard where the rules abstain, explained by its words ----------------------------------------------------------

@pytest.mark.parametrize("text,word", MISSED, ids=[t[:8] for t, _ in MISSED])
def test_a_threat_the_rules_miss_gets_the_finding_through_the_api(api, text: str, word: str) -> None:
    r = api.post("/api/v1/analyze", {"text": text})
    assert r.status == 200, r.body[:300]
    body = r.json
    assert body["verdict"]["label"] == "unlawful_threat"
    learned = [f for f in body["findings"] if f["rule_id"] == RULE_ID]
    assert learned and all(f["rule_id"] == RULE_ID for f in body["findings"])  # no rule fired: the model alone
    for f in learned:
        assert text[f["start"]:f["end"]] == f["excerpt"]
        assert re.fullmatch(r"[\u4e00-\u9fff]{2,12}", f["excerpt"])  # words, never punctuation
    assert any(word in f["excerpt"] for f in learned)
    explanation = learned[0]["explanation"]
    assert explanation.startswith("这几处说法和已知的威胁短信很像")
    assert f"“{word}”" in explanation or any(f"“{f['excerpt']}”" in explanation for f in learned)
    assert not re.search(r"[A-Za-z]", explanation)  # plain Chinese for the reader


@pytest.mark.parametrize("text", ALARMING_BUT_ORDINARY, ids=range(len(ALARMING_BUT_ORDINARY)))
def test_ordinary_messages_with_alarming_words_get_no_finding(text: str) -> None:
    report = analyze(text)
    assert not _learned(report)
    assert report.verdict.label not in ("unlawful_threat", "scam")


def test_the_model_does_not_speak_over_aggressive_or_scam_or_a_rule() -> None:
    aggressive = analyze("你的欠款今天之内必须还清，否则后果自负，明天安排人员上门核实。")
    assert aggressive.verdict.label == "aggressive" and not _learned(aggressive)
    scam = analyze("你的通讯录已经同步到我们后台，今晚开始群呼，点击 http://t.cn/abc 下载App提交验证码可撤销。")
    assert not _learned(scam)
    ruled = analyze("再不还款就把你的欠款信息发到你们公司群里，让同事都看看")
    assert ruled.verdict.label == "unlawful_threat" and not _learned(ruled)


def test_debt_words_do_not_hide_it() -> None:
    report = analyze("你欠的钱还没还吧？你的通讯录已经同步到我们后台，今晚开始群呼")
    assert _learned(report) and report.verdict.label == "unlawful_threat"


def test_the_page_shows_the_words_and_the_explanation(client) -> None:
    text, word = MISSED[0]
    page = client.post("/check", data={"text": text}).get_data(as_text=True)
    assert "这几处说法和已知的威胁短信很像" in page
    assert word in page


def test_a_threat_only_the_model_heard_says_so_in_the_summary(api) -> None:
    text, _ = MISSED[0]
    report = api.analyze(text)
    assert report["verdict"]["label"] == "unlawful_threat"
    assert "统计模型的判断" in report["verdict"]["summary"] and "含有违法的威胁内容" not in report["verdict"]["summary"]
    # a threat the rules name keeps the plain summary
    ruled = api.analyze("你再不还钱，明天就派人去你家打断你的腿")
    assert all(f["rule_id"] != RULE_ID for f in ruled["findings"])
    assert "含有违法的威胁内容" in ruled["verdict"]["summary"]
