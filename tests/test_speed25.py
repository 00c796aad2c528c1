"""speed25: behaviour-neutral speed-ups; each check compares the faster path with the one it replaces."""
from __future__ import annotations

import json
import random
from pathlib import Path

from analyzer import debt_lawful, get_analyzer
from analyzer import debt_context as D
from analyzer.debt_border import due_day_owed
from analyzer.debt_deadline import demand_gate_keys, demands_payment
from analyzer.debt_timelimit import deadline_only
from analyzer.debt_owed import owed_step, owed_step_keys
from analyzer.detectors import facts, reader, warned
from analyzer.document import parse
from analyzer.prefilter import GateIndex, text_keys

ROOT = Path(__file__).resolve().parent
ORDINARY = sorted((ROOT / "data" / "ordinary").glob("*.jsonl"))
EVAL = ROOT.parent.parent / "shared" / "eval"


def _texts() -> list[str]:
    out = []
    for path in ORDINARY + sorted(EVAL.glob("*.jsonl")):  # (opened files only: ordinary SMS and the dev eval files)
        out += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    from knowledge import registry
    out += [ex for rule in registry.rules() for ex in rule.must_match + rule.must_not_match]
    return out + ["您好，您在XX平台的借款已逾期3天，请于今日18点前还款1200元，否则将上报征信。",
                  "谨防冒充催收的诈骗，任何要求转账到个人账户的都是诈骗。", "你好", "", "你妈的再不还钱就去你单位闹",
                  "您的借款已放款成功，请按时还款", "你借我的那五千块记得还我", "催收电话又打来了，说要上门"]


def _names_debt_before_roles(doc) -> bool:
    """debt_context.names_debt as it read before speed25 (NOT_DEBT, COLLECTION_STEP, owed_step, PRIVATE_DEBT, DEMAND
    and demands_payment searched in every message)."""
    keys = doc.keys
    if not D._AD_KEYS.isdisjoint(keys) and D.COLLECTION_AD.search(doc.f) and not D.READER_DEBT.search(doc.f):
        return False
    if ("聘" in doc.f or "招募" in doc.f) and D.HIRING.search(doc.f) and not D.READER_DEBT.search(doc.f):
        return False
    stripped = D.NOT_DEBT.sub("", doc.f)
    signed = debt_lawful.signers([s.text for s in doc.signatures])
    if debt_lawful.talks_of_collectors(signed):
        stripped = debt_lawful.blank(stripped, debt_lawful.collector_told(stripped))
    if ((D.COLLECTION_STEP.search(stripped) or D.lever_step(stripped) or owed_step(stripped))
            and not D.COLLECTION_STEP_NOT.search(doc.f)):
        return not D._settled(doc, stripped) and not D._ordinary(doc) and D._outside_warnings(doc)
    if D.handled_case(stripped, doc.f):  # gate25 (merged before speed25)
        return not D._settled(doc, stripped) and not D._ordinary(doc) and D._outside_warnings(doc)
    unchanged = stripped == doc.f
    if ((not unchanged or not D._ENFORCED_KEYS.isdisjoint(keys)) and D.ENFORCED_ON_READER.search(stripped)
            and not D.ENFORCED_NOT.search(doc.f)):
        return not D._settled(doc, stripped) and not D._ordinary(doc) and D._outside_warnings(doc)
    if ((not unchanged or not D._DEBIT_KEYS.isdisjoint(keys)) and D.DEBIT_FAILED.search(stripped)
            and not D.DEBIT_NOT_LOAN.search(doc.f) and (signed or D.addressed(doc.f))):
        return not D._settled(doc, stripped) and not D._ordinary(doc) and D._outside_warnings(doc)
    private = D.PRIVATE_DEBT.search(stripped) and not D.DEBT_REPORT.search(doc.f) and not D.GIFT.search(doc.f)
    if not private and D.stalled_money(doc.f) and not D.DEBT_REPORT.search(doc.f) and not D.GIFT.search(doc.f):
        private = True  # gate26 (after speed25)
    demand = D.DEMAND.search(stripped) and (signed or D.ADDRESSED.search(doc.f) or D.STRONG_DEBT.search(stripped)
                                            or D._REMINDED.search(stripped))
    if demand and not signed and D.writers_own(stripped, [m.start() for m in D.DEMAND.finditer(stripped)]):
        demand = None
    if (demand and not private and not D.READER_DEBT.search(doc.f)
            and debt_lawful.debt_topic_only([m.group() for m in D.DEMAND.finditer(stripped)])
            and debt_lawful.debt_talked_of(doc.f, signed)):
        demand = None  # border29 (merged after speed25): debt as the topic of a law, news or warning text
    if not demand and not private and demands_payment(stripped):
        demand = True
    if (not demand and not private and debt_lawful.owed_reminded(doc.f, signed)
            and not debt_lawful.bill_of_its_own(doc.f, D.utility_bill())  # (gate41)
            and not D.writers_own(doc.f, debt_lawful.unpaid_starts(doc.f))):
        demand = True  # border29 (merged after speed25): a person reminds the reader of a sum still owed them
    if demand and "逾期" in stripped and deadline_only(stripped) and deadline_only(doc.f):
        demand = None  # notrem26 (merged after speed25)
    if (demand and D.utility_bill().search(doc.f) and not D.loan_named().search(doc.f)
            and not D.PRIVATE_CREDITOR.search(doc.f)
            and all(D._BILL_TERMS.match(stripped, m.start()) for m in D.DEMAND.finditer(stripped))):
        demand = None
    owed = not demand and not private and not (not D._REPORT_KEYS.isdisjoint(keys) and D.FRAME_REPORT.search(doc.f)) \
        and not (not D._HELPER_KEYS.isdisjoint(keys) and D.HELPER_LENDS.search(doc.f)) and not (
            not D._NOT_LOAN_KEYS.isdisjoint(keys) and D.DEBIT_NOT_LOAN.search(doc.f) and not D.LOAN_NAMED.search(doc.f)
            and not D.CREDIT_BOUGHT.search(doc.f)) and D.loan_owed(doc.f, bool(signed) or D.addressed(doc.f), keys)
    if (not (private or demand or owed) and ("扣" in doc.f or "结息" in doc.f or "到期" in doc.f)
            and debt_lawful.debit_due(doc.f) and (signed or D.addressed(doc.f))
            and (D.loan_named().search(doc.f) or debt_lawful.loan_product(doc.f))):
        owed = True  # gate29 (merged after speed25)
    if not (private or demand or owed) and due_day_owed(doc.f, bool(signed) or D.addressed(doc.f) or "你" in doc.f
                                                         or "您" in doc.f):
        owed = True  # gate37, gate43, rnc52 (fee bills), rnc53 (money asked back): merged after speed25
    if not (private or demand or owed):
        return False
    if D._settled(doc, stripped) or ((D.SENDER_REPAYS.search(doc.f) or D.OTHERS_DEBT.search(doc.f))  # (gate26)
                                     and not D.READER_DEBT.search(doc.f)
                                     and not D.ASKED_BACK.search(doc.f)) or D._ordinary(doc):
        return False
    return bool(D.READER_DEBT.search(doc.f)) or D._outside_warnings(doc)


def _names_debt_as_before(doc) -> bool:
    """...and notrem26's claimant side (merged after speed25), read after the rest."""
    return _names_debt_before_roles(doc) and not D.claimant_side(doc.f)


def test_new_gates_exist_and_hold_no_filler():
    # A blanked document (Document.blanked, warned.masked) keeps its source's keys: a gate key holding the filler (。)
    # or debt_lawful.blank's space could be missing from them though the blanked text has it.
    gates = [D._NOT_DEBT_KEYS, D._STEP_KEYS, D._PRIVATE_KEYS, D._DEMAND_KEYS, owed_step_keys(), *demand_gate_keys()]
    assert None not in gates  # (None would only make a gate let every text through: slower, same answer)
    assert not any("。" in key or " " in key for gate in gates for key in gate)


def test_names_debt_answers_as_before():
    told = 0
    texts = _texts()
    for text in texts:
        doc = parse(text, None, None)
        answer = D.names_debt(doc)
        told += answer
        assert answer == _names_debt_as_before(doc), text
        # ...and on the text with its warnings quoted masked, as the pipeline asks of rule_doc
        spans = warned.quoted(doc.f, doc.keys, None)
        if spans:
            masked = warned.masked(doc, spans)
            assert D.names_debt(masked) == _names_debt_as_before(masked), text
    assert told > 500  # the texts hold debt messages too, not only ordinary ones


def _candidates_by_lowest_bit(index: GateIndex, keys: set[str]) -> list[int]:
    """GateIndex.candidates as it read before speed25 (bits taken lowest first)."""
    found = index.mask(keys)
    out = []
    while found:
        low = found & -found
        out.append(index._order[low.bit_length() - 1])  # noqa: SLF001
        found ^= low
    return sorted(out)


def test_gate_index_candidates_as_before():
    analyzer = get_analyzer()
    indexes = [analyzer.joint.index, analyzer.rules.index, warned._FRAME_INDEX, facts._INDEX, reader.frame_index()]  # noqa: SLF001
    keysets = [text_keys(t) for t in _texts()[::7]]
    every = sorted(analyzer.joint.index.keyset)
    rnd = random.Random(25)
    keysets += [set(rnd.sample(every, rnd.randint(0, 600))) for _ in range(300)]
    for keys in keysets:
        for index in indexes:
            assert index.candidates(keys) == _candidates_by_lowest_bit(index, keys)


def test_loan_owed_and_relay_gates_only_set_aside_what_cannot_match():
    from analyzer.debt_frame import _collector_role_keys, collector_role, may_relay, relayed_callback
    from analyzer.debt_indirect import indirect_keys, indirect_owed
    gates = [_collector_role_keys(), indirect_keys()]
    assert None not in gates and not any("。" in key or " " in key for gate in gates for key in gate)
    set_aside = [0, 0, 0]
    for text in _texts():
        doc = parse(text, None, None)
        for f, keys in [(doc.f, doc.keys), (doc.f, text_keys(doc.f))]:
            if not may_relay(keys):
                set_aside[0] += 1
                assert not relayed_callback(f), text
            if gates[0].isdisjoint(keys):
                set_aside[1] += 1
                assert not collector_role().search(f), text
            if gates[1].isdisjoint(keys):
                set_aside[2] += 1
                assert not indirect_owed(f, True) and not indirect_owed(f, False), text
    assert min(set_aside) > 1000
