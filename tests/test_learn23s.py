"""learn23s: a scam head beside the learned threat head was tried and not shipped (benchmarks/ngram_head_cv.py prints
why: out-of-file precision where the rules abstain stays far below 0.95, and the leave-ordinary-out estimate puts
ordinary transactional SMS at the top). These tests keep the experiment honest and reproducible, and guard the
messages such a head would have called scams.

The messages here are written for these tests; none comes from a data file.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import ngram_head_cv  # noqa: E402

# Transactional and account messages: masked numbers, passwords, refunds, accounts. The scam head trained without the
# ordinary SMS scored messages like these 0.99-1.0 (a scam's surface: 账号, 密码, 退款, 汇款, masks).
TRANSACTIONAL = [
    "【某某航空】欢迎加入常旅客计划，您的会员卡号****5521，初始密码已发送至注册邮箱，请登录官网修改。",
    "【某宝】您的退款申请已受理，退款流水号R************3307，退款金额59.00元将原路退回。",
    "您在某某影城购买的电影票取票码为 2231 5589，请于开场前到自助机取票。",
    "老张，货款请汇到公司对公账户：某某贸易有限公司，账号 ************0921，开户行某某银行。",
    "【某某物业】本月水电费合计236.5元，可在物业公众号缴纳，缴费后请保留电子收据。",
    "您的快件单号*********7710已签收，如有疑问请致电快递员或在官方App查询。",
]
# Scam asks inside a lender's frame: the rules' own scam findings still answer them (not the model).
SCAM_ASKS = [
    "【某某金融】您的借款资金已被冻结，请将2000元解冻金转到专员个人账户 6222************ 后恢复放款。",
    "您好，这里是贷款平台客服，请把刚收到的短信验证码告诉我，帮您解除账户冻结。",
]


def test_the_benchmark_reads_no_sealed_file(tmp_path: Path) -> None:
    (tmp_path / "dev.jsonl").write_text('{"text": "你好", "category": "not_collection"}\n', encoding="utf-8")
    (tmp_path / "dev_sealed.jsonl").write_text("this must never be opened", encoding="utf-8")
    lines = ngram_head_cv.labelled_lines(tmp_path)
    # learn31: a sealed name only when it is an opened set (tests/data/probes/OPENED.txt)
    assert lines and all("sealed" not in f or f.rsplit("/", 1)[-1] in ngram_head_cv.train_ngram.opened_names()
                         for f, _ in lines)
    assert "../shared/eval/dev_sealed.jsonl" not in {f for f, _ in lines}
    assert "../shared/eval/dev.jsonl" in {f for f, _ in lines}


def test_each_candidate_head_names_its_classes() -> None:
    positive, negative, right = ngram_head_cv.HEADS["scam"]
    assert positive == right == {"scam"} and negative is None
    positive, negative, right = ngram_head_cv.HEADS["collection"]
    assert positive == {"reminder", "aggressive"} and negative == {"not_collection"}


def test_out_of_file_scores_come_from_models_that_never_saw_the_file() -> None:
    from analyzer.learned import shape
    from analyzer.normalize import fold
    texts = {"a.jsonl": [("加微信交解冻费后放款", "scam"), ("您的账单今天到期", "reminder")],
             "b.jsonl": [("点击链接交保证金解冻", "scam"), ("快递已到门口", "not_collection")]}
    rows = [(f, shape(fold(t).text), lab, set(), str(i)) for f, ls in texts.items() for i, (t, lab) in
            enumerate(ls * 3)]
    scores = ngram_head_cv.out_of_file(rows, {"scam"}, None)
    assert len(scores) == len(rows) and all(0.0 <= s <= 1.0 for s in scores)
    assert ngram_head_cv.out_of_file(rows, {"scam"}, None) == scores  # deterministic


@pytest.mark.parametrize("text", TRANSACTIONAL, ids=range(len(TRANSACTIONAL)))
def test_transactional_messages_are_not_called_scams_through_the_api(api, text: str) -> None:
    r = api.post("/api/v1/analyze", {"text": text})
    assert r.status == 200, r.body[:300]
    body = r.json
    assert body["verdict"]["label"] not in ("scam", "unlawful_threat")
    assert not any(f["category"] in ("scam", "unlawful_threat") for f in body["findings"])


@pytest.mark.parametrize("text", SCAM_ASKS, ids=range(len(SCAM_ASKS)))
def test_scam_asks_are_still_the_rules_job(api, text: str) -> None:
    body = api.post("/api/v1/analyze", {"text": text}).json
    assert body["verdict"]["label"] == "scam"
    assert all(".learned." not in f["rule_id"] for f in body["findings"])
