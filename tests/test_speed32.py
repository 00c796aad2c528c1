"""speed32: the debt gate's key checks (analyzer/debt_gates.py, debt_context._checks) rule out only texts the checks'
searches cannot match. Each check's gates are derived from the patterns it guards (prefilter.any_branch_keys); here
every text on which a guarded search or frame answers True must pass its check, over the rules' own examples, the
bench and ordinary messages and those texts with one character dropped or doubled (near misses), and the combined
index must answer as the checks asked one by one."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from analyzer import analyze
from analyzer import debt_context as dc
from analyzer import debt_lawful
from analyzer.debt_asked import asked_to_pay
from analyzer.debt_billdue import bill_due
from analyzer.debt_deadline import demands_payment
from analyzer.debt_gates import KeyChecks
from analyzer.debt_handled import handled_case
from analyzer.debt_lever import lever_step, role_chased, ultimatum_step
from analyzer.debt_owed import owed_step
from analyzer.debt_stalled import stalled_money
from analyzer.document import parse
from analyzer.lexclass import lex_class
from analyzer.prefilter import any_branch_keys, text_keys
from knowledge import registry

ROOT = Path(__file__).resolve().parent.parent

# check name -> what it guards, as a function of the folded text (True where the search or frame finds something)
GUARDED = {
    "ad": lambda f: bool(dc.COLLECTION_AD.search(f)),
    "not_debt": lambda f: bool(dc.NOT_DEBT.search(f)),
    "step": lambda f: bool(dc.COLLECTION_STEP.search(f)),
    "owed_step": owed_step,
    "role_chased": role_chased,
    "ultimatum": ultimatum_step,
    "handled": lambda f: handled_case(f, f),
    "enforced": lambda f: bool(dc.ENFORCED_ON_READER.search(f)),
    "debit": lambda f: bool(dc.DEBIT_FAILED.search(f)),
    "private": lambda f: bool(dc.PRIVATE_DEBT.search(f)),
    "stalled": stalled_money,
    "demand": lambda f: bool(dc.DEMAND.search(f)),
    "demands_payment": demands_payment,
    "owed_reminded": lambda f: debt_lawful.owed_reminded(f, []),
    "report": lambda f: bool(dc.FRAME_REPORT.search(f)),
    "helper": lambda f: bool(dc.HELPER_LENDS.search(f)),
    "not_loan": lambda f: bool(dc.DEBIT_NOT_LOAN.search(f)),
    # spd68: the due-day check's two frames (to_reader=True is the wider reading of each)
    "bill_due": lambda f: bill_due(f, True),
    "asked": lambda f: asked_to_pay(f, True),
}


def _texts() -> list[str]:
    texts = []
    for rule in registry.rules():
        texts += list(rule.must_match) + list(rule.must_not_match)
    files = sorted((ROOT.parent / "shared" / "eval").glob("*.jsonl")) + sorted((ROOT / "tests" / "data" / "ordinary").glob("*.jsonl"))
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and isinstance(json.loads(line).get("text"), str):
                texts.append(json.loads(line)["text"])
    return list(dict.fromkeys(texts))


@pytest.fixture(scope="module")
def folded() -> list[str]:
    base = [parse(t).f for t in _texts()]
    rng = random.Random(32)
    near = []
    for f in rng.sample(base, min(len(base), 3000)):
        if len(f) > 1:
            i = rng.randrange(len(f))
            near += [f[:i] + f[i + 1:], f[:i] + f[i] + f[i:]]
    return list(dict.fromkeys(base + near))


def test_every_check_is_tested():
    assert set(dc._checks().names()) == set(GUARDED)


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_a_text_the_check_rules_out_cannot_match(name, folded):
    checks = dc._checks()
    found = 0
    for f in folded:
        if GUARDED[name](f):
            found += 1
            assert checks.may(checks.met(text_keys(f)), name), (name, f)
    assert found, f"no text in the corpus on which {name} answers True: the test would prove nothing"


def test_gates_come_from_the_patterns():
    """The checks' keys are the patterns' own (any_branch_keys), not a hand list: a new word in a class reaches them."""
    reminding, unpaid, owed_item = debt_lawful.owed_reminded_gates()
    # (gate41: each part reads border29's class and gate41's wordings, one pattern (cls50: lexclass.lex_class, once
    # debt_lawful._either); gate42: and gate42's)
    assert reminding == any_branch_keys(lex_class("border_reminding", "gatefortyone_asking", "gatefortytwo_asking"))
    assert unpaid == any_branch_keys(lex_class("border_unpaid", "gatefortyone_pay_me", "gatefortytwo_unpaid"))
    assert owed_item == any_branch_keys(lex_class("border_owed_item", "gatefortyone_owed_sum", "gatefortytwo_owed_sum"))
    assert any_branch_keys(lex_class("border_reminding")) <= reminding
    checks = dc._checks()
    for key in reminding:  # a text holding one key of each of the three gates passes; without the reminding act, not
        assert checks.may(checks.met({key, next(iter(unpaid)), next(iter(owed_item))}), "owed_reminded")
    assert not checks.may(checks.met({next(iter(unpaid)), next(iter(owed_item))} - reminding), "owed_reminded")


def test_combined_index_answers_as_each_check_alone(folded):
    gates = {"a": (frozenset({"催收", "逾"}),), "b": (frozenset({"你"}), frozenset({"法院", "起诉"})), "c": (None,),
             "d": (None, frozenset({"上门"}))}
    checks = KeyChecks(gates)
    for f in folded[:2000] + ["你被起诉了", "上门", "催收", ""]:
        keys = text_keys(f)
        met = checks.met(keys)
        for name, gs in gates.items():
            assert checks.may(met, name) == all(g is None or not g.isdisjoint(keys) for g in gs), (name, f)


def test_lever_step_without_the_flags_is_the_old_answer(folded):
    checks = dc._checks()
    for f in folded[:3000]:
        met = checks.met(text_keys(f))
        assert lever_step(f) == lever_step(f, checks.may(met, "role_chased"), checks.may(met, "ultimatum")), f


@pytest.mark.parametrize("text, label, debt", [
    ("你上个月预支的备用金还没报销冲账，月底前记得处理一下", "reminder", True),  # owed_reminded's frame (border29)
    ("最后一次通知，今晚十点前不处理，明天直接移交诉讼组", "aggressive", True),  # ultimatum_step's frame (aggr32)
    ("明天下午三点开家长会，请准时参加", "not_collection", False),  # none of the gated frames: all skipped
    ("周末一起去爬山吗？天气不错", "not_collection", False),
], ids=["owed-reminded", "ultimatum", "school", "hiking"])
def test_messages_through_the_checks(text, label, debt):
    """Verdicts and names_debt as on main (2fa1be7/ccdada4) for messages whose frames are now reached through the checks."""
    assert analyze(text).verdict.label == label
    assert dc.names_debt(parse(text)) is debt
