"""Round 20, third attempt at a learned threat / aggressive backstop (brief LEARN20; figures in
tests/data/fresh/RUNS_model20.md).

    python scripts/model20_experiment.py cv                  # grouped CV on the training pool only; picks thresholds
    python scripts/model20_experiment.py dev THREAT AGGR GATE   # full-pool model on dev + normal (not sealed)
    python scripts/model20_experiment.py sealed THREAT AGGR GATE  # ONE sealed evaluation (aggregates only)
    python scripts/model20_experiment.py score THREAT AGGR GATE FILE...  # e.g. a new blind set (para20): aggregates

Reuses scripts/model15_experiment.py (features, SGD, folds, metrics) by import; what changes here:
- the sealed list is the authoritative one of tests/test_reader_agreement.py, plus any file whose name holds
  "sealed", fresh/holdout*, anything under probes/para1[6789]_src, and para20 / lawful20;
- two heads only (threat, aggr); scam stays off;
- the model reads the text the rules read (anti-fraud warnings and the reader's own chat lines blanked);
- the combination gate (see combine20) never lifts an aggressive verdict to a threat (model15b's pinned-test
  failure: the project draws 后果自负 / 上门 as pressure), never a legal notice, never when a threat rule fired.
Prints counts, recalls and balanced accuracy only: never a text, never an id of a sealed row.
"""
from __future__ import annotations

import json
import re
import sys
import time
import types
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import ngram_model  # noqa: E402

# model15_experiment imports the mask from analyzer/resemblance.py, which was reverted from main (model15b);
# the same function lives in scripts/ngram_model.py.
sys.modules.setdefault("analyzer.resemblance", types.SimpleNamespace(mask=ngram_model.mask))
import model15_experiment as m15  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))
from test_reader_agreement import SEALED as SEALED_NAMES  # noqa: E402  (authoritative list, name substrings)

CACHE = ROOT / "build" / "model20"
m15.CACHE = CACHE
CONFIG = dict(m15.CONFIGS["B"])  # model15's config B (1–3-grams, 300 rows/file cap, L2 1e-4), unchanged
HEADS2 = ("threat", "aggr")
OFF = {"scam": 1.01, "threat": 1.01, "aggr": 1.01}
SEALED_EVAL = ("para16_sealed", "para17_sealed", "para18_sealed", "para19_sealed",
               "lawful16_sealed", "lawful17_sealed", "lawful18_sealed", "lawful19_sealed")
_SRC = re.compile(r"probes/para1[6789]_src/")


def is_sealed(rel: str) -> bool:
    name = Path(rel).name
    return (any(s in name for s in SEALED_NAMES) or "sealed" in name or rel.startswith("fresh/holdout")
            or bool(_SRC.match(rel)) or "para20" in rel or "lawful20" in rel)


m15.is_sealed = is_sealed  # pool(), sealed_rows() and forbidden_texts() of model15 now use this list


# ---- aggr gates compared by CV (written before any figure) -----------------------------------------------------
# G0: none. G1: the rules themselves saw a weak pressure cue (a low-severity pressure finding). G2: the message
# states a consequence, a deadline or an escalation (否则 / 再不 / 后果 / 限…前 / 最后 / 立即 …): a formal
# reminder that only asks to repay soon (S096-like: 尊敬的客户…请您尽快偿还欠款) has none.
_CONSEQUENCE = re.compile(
    r"否则|不然|要不然|如不|若不|如果不|如再|若再|再不|再拖|拒不|拒绝还|一意孤行|执迷不悟|后果|代价|责任自负|自行承担|"
    r"最后|最终|限你|限期|限您|今天|今日|今晚|明天|马上|立即|立刻|立马|务必|必须|小时内|天内|点前|之前|以前|"
    r"升级|移交|上报|外访|上门|通知你的|联系你的|通讯录|紧急联系人|家人|单位|公司|起诉|诉讼|法院|律师|仲裁|"
    r"征信|黑名单|失信|曝光|别怪|给脸|不要脸|老赖|装死|躲|逃")
GATES = ("G0", "G1", "G2")


def gate_ok(gate: str, rule: dict[str, Any]) -> bool:
    if gate == "G1":
        return rule["low_pressure"]
    if gate == "G2":
        return rule["consequence"]
    return True


# Amendments before the sealed run, found by wiring the head and running the pinned tests (RUNS_model20.md; the
# wired module is on branch learn20-wired, analyzer/detectors/wording_model.py, where these two live):
# a doorstep visit is lawful pressure by the project's line (td11 D143, 拖到下周我们就上门收): no threat head;
VISIT = re.compile(r"上门|登门|家访|外访|拜访|到府")
# an anti-fraud warning beside the message (and the 。 stops warned.py leaves for its quote) is not scored
# (test_warning_appended). Folded text: fullwidth ，！？； are already , ! ? ;.
WARNING = re.compile(
    r"(?:谨防|警惕|提防|防范|请勿(?:轻易)?(?:相信|轻信|理会)|不要(?:轻易)?相信|切勿|千万(?:别|不要)(?:轻易)?(?:相信|信|理会|上当)|"
    r"请认准|如遇)[^。!?;\n]{0,20}[。!?;\n]{0,40}"
    r"|[^。!?;,\n]{0,10}(?:都|均|一律)(?:是|为|属于?)(?:诈骗|骗子|骗局)[。!?;\n]{0,40}|96110")


def combine20(rule: dict[str, Any], s: dict[str, float] | None, th: dict[str, float], gate: str
              ) -> tuple[str, list[str]]:
    """(verdict, heads that added a finding). Threat head: inside a collection frame (the pipeline's debt words,
    or a collection verdict), only over a reminder or not_collection verdict, never over a checkable court
    notice or a legal notice, never when any threat rule fired (any severity), never when the text names a
    doorstep visit (VISIT). Aggr head: only reminder →
    aggressive, inside the frame, when no pressure/threat rule fired (high/medium), the threat head did not
    fire, and the aggr gate holds."""
    verdict = rule["verdict"]
    if s is None or rule["verifiable"]:
        return verdict, []
    frame = rule["debt"] or verdict in ("reminder", "aggressive", "unlawful_threat", "legal_notice")
    if not frame:
        return verdict, []
    if (verdict in ("reminder", "not_collection") and not rule["threat_any"] and not VISIT.search(rule["mtext"])
            and s["threat"] >= th["threat"]):
        return "unlawful_threat", ["threat"]
    if (verdict == "reminder" and not {"pressure", "unlawful_threat"} & set(rule["cats"]) and gate_ok(gate, rule)
            and s["aggr"] >= th["aggr"]):
        return "aggressive", ["aggr"]
    return verdict, []


def metrics20(rows, rules, scores, th, gate):
    """model15's metrics with combine20 in place of its combine."""
    saved = m15.combine
    m15.combine = lambda rule, s, t: combine20(rule, s, t, gate)
    try:
        return m15.metrics(rows, rules, scores, th)
    finally:
        m15.combine = saved


# ---- rules, scored once per text, with the text they read ------------------------------------------------------

_key = m15._key


def rules_for(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """model15's cache of what the rules say (build/model20/rules_HEAD.json), plus what this gate needs: threat
    findings at any severity, a weak pressure cue, a consequence word, the pipeline's debt frame, the rules' text."""
    path = CACHE / "rules_HEAD.json"
    cache = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    todo = [r for r in rows if _key(r["text"], r.get("sender")) not in cache]
    if todo:
        CACHE.mkdir(parents=True, exist_ok=True)
        from analyzer import analyze  # noqa: PLC0415
        from analyzer.debt_context import names_debt, relayed_debt  # noqa: PLC0415
        from analyzer.detectors import warned  # noqa: PLC0415
        from analyzer.document import parse  # noqa: PLC0415

        try:  # on branch learn20-wired the head is in the pipeline: rules alone keep it out of this cache
            from analyzer.detectors import wording_model  # noqa: PLC0415
            wording_model.asked = lambda *_a, **_k: False
        except ImportError:
            pass
        for r in todo:
            rep = analyze(r["text"], sender=r.get("sender"))
            doc = parse(r["text"], r.get("sender"), None)
            spans = warned.quoted(doc.f, doc.keys)
            own = warned.own_replies(doc)
            if own:
                spans = sorted(spans + own)
            rule_doc = warned.masked(doc, spans) if spans else doc
            is_debt = (names_debt(doc) and (rule_doc is doc or names_debt(rule_doc))) or relayed_debt(doc)
            lc = rep.verdict.legal_check or {}
            cache[_key(r["text"], r.get("sender"))] = {
                "verdict": rep.verdict.label,
                "cats": sorted({f.category for f in rep.findings if f.severity in ("high", "medium")}),
                "threat_any": any(f.category == "unlawful_threat" for f in rep.findings),
                "low_pressure": any(f.category == "pressure" and f.severity == "low" for f in rep.findings),
                "consequence": bool(_CONSEQUENCE.search(rule_doc.f)),
                "verifiable": bool(lc.get("verifiable")), "debt": bool(is_debt), "mtext": rule_doc.f}
        path.write_text(json.dumps(cache, ensure_ascii=False), encoding="utf-8")
    return {_key(r["text"], r.get("sender")): cache[_key(r["text"], r.get("sender"))] for r in rows}


def mtexts(rows, rules) -> list[dict[str, Any]]:
    """Rows whose text is what the rules read (warnings and own chat lines blanked), for training and scoring."""
    return [dict(r, text=rules[_key(r["text"], r.get("sender"))]["mtext"]) for r in rows]


def train2(rows, rules, banned):
    return m15.train(mtexts(rows, rules), m15.rule_examples(banned), CONFIG, only=HEADS2)


def score2(model, rule) -> dict[str, float]:
    s = m15.score(model, WARNING.sub("", rule["mtext"]))  # an added anti-fraud warning is not scored
    return {"scam": 0.0, **s}


# ---- grouped CV --------------------------------------------------------------------------------------------------

def oof_scores(rows, rules) -> dict[int, dict[str, float]]:
    path = CACHE / "oof_B.json"
    if path.exists():
        return {int(k): v for k, v in json.loads(path.read_text()).items()}
    oof: dict[int, dict[str, float]] = {}
    base_banned = m15.forbidden_texts()
    for i, fold_ids in enumerate(m15.folds_of(rows)):
        held = set(fold_ids)
        train_rows = [r for n, r in enumerate(rows) if n not in held]
        banned = base_banned | {rows[n]["text"] for n in fold_ids if not rows[n]["file"].startswith("ordinary")}
        t0 = time.time()
        model = train2(train_rows, rules, banned)
        for n in fold_ids:
            oof[n] = score2(model, rules[_key(rows[n]["text"], rows[n].get("sender"))])
        print(f"  fold {i}: {len(fold_ids)} held out, {time.time() - t0:.0f}s", file=sys.stderr)
    path.write_text(json.dumps(oof))
    return oof


def precision_threshold(rows, oof, head: str) -> float:
    """model15's precision rule on out-of-fold scores alone: the lowest grid value flagging ≤ 0.25 % of the pool's
    not_collection rows and ≤ 3 % of the rows of the classes the head would turn wrong."""
    cat = m15.HEADS[head]
    notc = [oof[n][head] for n, r in enumerate(rows) if r["category"] == "not_collection"]
    other = [oof[n][head] for n, r in enumerate(rows) if r["category"] in m15.WRONG[head]]
    for t in m15.GRID:
        if sum(s >= t for s in notc) <= m15.NOTC_FP * len(notc) and sum(s >= t for s in other) <= m15.OTHER_FP * len(other):
            return t
    del cat
    return 1.01


def fa_ok(sub, osub, rules, so, oso, th, gate, base_fa, obase) -> bool:
    m = metrics20(sub, rules, so, th, gate)
    return (m["fa"] - base_fa <= 0.001 * m["fa_of"]
            and metrics20(osub, rules, oso, th, gate)["fa"] - obase <= 0.0005 * len(osub))


def cv() -> None:
    rows = m15.pool()
    rules = rules_for(rows)
    files = defaultdict(int)
    for r in rows:
        files[r["file"]] += 1
    cats = defaultdict(int)
    for r in rows:
        cats[r["category"]] += 1
    print(f"pool: {len(rows)} rows in {len(files)} files {dict(cats)}; "
          f"rule examples {len(m15.rule_examples(m15.forbidden_texts()))}")
    oof = oof_scores(rows, rules)
    sub, so, osub, oso = m15.split_pool(rows, oof)
    base = metrics20(sub, rules, None, OFF, "G0")
    obase = metrics20(osub, rules, None, OFF, "G0")["fa"]
    print("pool w/o cov14, rules alone  " + m15.fmt(base))
    # threat: model15's precision rule, then raised (if need be) until the combination's out-of-fold false alarms
    # stay within budget (pool +0.1 % of its not_collection/lawful rows, ordinary +0.05 pp)
    t_prec = precision_threshold(rows, oof, "threat")
    t = t_prec
    while t <= 1.0 and not fa_ok(sub, osub, rules, so, oso, dict(OFF, threat=t), "G0", base["fa"], obase):
        t = round(t + 0.01, 2)
    print(f"threat: precision-rule threshold {t_prec}, after the false-alarm budget {t}")
    for tt in sorted({t_prec, t, 0.70, 0.75, 0.80, 0.85, 0.90} - {1.01}):
        m = metrics20(sub, rules, so, dict(OFF, threat=tt), "G0")
        print(f"  threat {tt:.2f}: {m15.fmt(m)}  (bal {m['balanced'] - base['balanced']:+.4f}; ordinary FA "
              f"{metrics20(osub, rules, oso, dict(OFF, threat=tt), 'G0')['fa']}/{len(osub)})")
    th_threat = t
    # aggr: model15's combined objective per gate (threat head at its chosen threshold), best gate then threshold
    results = []
    for gate in GATES:
        best, best_t = metrics20(sub, rules, so, dict(OFF, threat=th_threat), gate)["balanced"] + 0.001, 1.01
        for ta in m15.GRID:
            trial = dict(OFF, threat=th_threat, aggr=ta)
            m = metrics20(sub, rules, so, trial, gate)
            if fa_ok(sub, osub, rules, so, oso, trial, gate, base["fa"], obase) and m["balanced"] >= best:
                best, best_t = m["balanced"], ta
        m = metrics20(sub, rules, so, dict(OFF, threat=th_threat, aggr=best_t), gate)
        results.append((m["balanced"], -GATES.index(gate), gate, best_t))
        print(f"aggr gate {gate}: threshold {best_t}  {m15.fmt(m)}  (bal {m['balanced'] - base['balanced']:+.4f})")
    results.sort(reverse=True)
    print("ranking (balanced, then stricter gate): " + ", ".join(f"{g} {t} {b:.4f}" for b, _, g, t in results))
    for f in ("probes/lawful8_tune.jsonl", "probes/lawful14_open.jsonl", "probes/lawful15_open.jsonl",
              "probes/lawful16_open.jsonl", "probes/lawful18_open.jsonl", "ordinary/ordinary.jsonl"):
        ids = [n for n, r in enumerate(rows) if r["file"] == f]
        b, _, g, ta = results[0]
        th = dict(OFF, threat=th_threat, aggr=ta)
        m0 = metrics20([rows[n] for n in ids], rules, None, th, g)
        m1 = metrics20([rows[n] for n in ids], rules, {i: oof[n] for i, n in enumerate(ids)}, th, g)
        print(f"  OOF {f}: FA {m0['fa']} -> {m1['fa']} of {m1['fa_of']}; bal {m0['balanced']:.3f} -> {m1['balanced']:.3f}")


def _sets(names: tuple[str, ...]) -> dict[str, list[dict[str, Any]]]:
    sets: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rel in m15.all_files():
        stem = Path(rel).stem
        if stem in names:
            sets[stem] += [{"text": r["text"], "category": r["category"], "file": rel,
                            "sender": r.get("sender_number")} for r in m15.read(m15.DATA / rel)]
    for name_ in ("dev", "normal"):
        if name_ in names:
            sets[name_] = [{"text": r["text"], "category": r["category"], "file": f"shared/{name_}",
                            "sender": r.get("sender_number")} for r in m15.read(m15.SHARED / f"{name_}.jsonl")]
    return sets


def evaluate_sets(th: dict[str, float], gate: str, given: dict[str, list[dict[str, Any]]]) -> None:
    """rules alone against rules + model on the given sets (each, then pooled if more than one)."""
    names = tuple(given)
    pooled = {"pooled": names} if len(names) > 1 else {}
    _evaluate(th, gate, names, pooled, dict(given))


def evaluate(th: dict[str, float], gate: str, names: tuple[str, ...], pooled: dict[str, tuple[str, ...]]) -> None:
    _evaluate(th, gate, names, pooled, _sets(names))


def _evaluate(th, gate, names, pooled, sets) -> None:
    rows = m15.pool()
    prules = rules_for(rows)
    t0 = time.time()
    model = train2(rows, prules, m15.forbidden_texts())
    print(f"config B {CONFIG}, heads {HEADS2}, thresholds threat {th['threat']} aggr {th['aggr']} gate {gate}; "
          f"pool {len(rows)} rows; full-pool model trained in {time.time() - t0:.0f}s")
    for tag, parts in pooled.items():
        sets[tag] = [r for p in parts for r in sets[p]]
    everything = [r for k, rs in sets.items() if k not in pooled for r in rs]
    rules = rules_for(everything)
    for tag in list(names) + list(pooled):
        rs = sets[tag]
        sc = {n: score2(model, rules[_key(r["text"], r.get("sender"))]) for n, r in enumerate(rs)}
        m0, m1 = metrics20(rs, rules, None, th, gate), metrics20(rs, rules, sc, th, gate)
        added = defaultdict(int)
        for n, r in enumerate(rs):
            for h in combine20(rules[_key(r["text"], r.get("sender"))], sc[n], th, gate)[1]:
                added[h] += 1
        print(f"{tag:<22} rules alone  {m15.fmt(m0)}")
        print(f"{'':<22} rules+model  {m15.fmt(m1)}  (model findings {dict(added)}; "
              f"balanced {m1['balanced'] - m0['balanced']:+.4f})")


def main() -> int:
    cmd, *args = sys.argv[1:]
    if cmd == "cv":
        cv()
        return 0
    th = dict(OFF, threat=float(args[0]), aggr=float(args[1]))
    gate = args[2]
    if cmd == "dev":
        evaluate(th, gate, ("dev", "normal"), {})
    elif cmd == "score":  # any labelled files, e.g. the integrator's para20 run: pooled and per file, aggregates only
        files = [Path(f).resolve() for f in args[3:]]
        rels = {str(f.relative_to(m15.DATA)) if f.is_relative_to(m15.DATA) else str(f): f for f in files}
        sets = {Path(rel).stem: [{"text": r["text"], "category": r["category"],
                                  "file": rel if rel.startswith("probes/") else f"probes/{Path(rel).name}",
                                  "sender": r.get("sender_number")} for r in m15.read(f)] for rel, f in rels.items()}
        evaluate_sets(th, gate, sets)
    elif cmd == "sealed":
        evaluate(th, gate, SEALED_EVAL + ("dev", "normal"),
                 {"pooled sealed (8 sets)": SEALED_EVAL, "para16-19 sealed": SEALED_EVAL[:4],
                  "lawful16-19 sealed": SEALED_EVAL[4:]})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
