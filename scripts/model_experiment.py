"""Does the n-gram second opinion generalise across sources? Leave-round-out and leave-source-out runs.

    python scripts/model_experiment.py                 # all runs, figures to stdout
    python scripts/model_experiment.py --rules-at a470f0c=/tmp/cs_rules_a470f0c --rules-at 913545d=/tmp/cs_rules_913545d

Rules are scored once per rule snapshot (HEAD, and optionally an older checkout given as NAME=DIR, e.g. the
commit each round was first scored at) and cached; the model is combined with them afterwards exactly as the
pipeline hook does: a model finding is added only when the rules found none of that category, and a scam
finding makes the verdict scam (scam comes first in analyzer/verdict.py), a threat finding makes it
unlawful_threat unless it is already scam.

Thresholds are chosen on the training pool only: out-of-fold scores from a 5-fold cross-validation grouped
by source (domain or repository) of the training pool, never the test round. See tests/data/fresh/RUNS_model.md.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
DATA = ROOT / "tests" / "data"
CACHE = ROOT / "build" / "model_experiment"
LABELS = ("reminder", "aggressive", "unlawful_threat", "legal_notice", "scam", "not_collection")


def datasets() -> dict[str, Path]:
    out = {"dev": SHARED / "dev.jsonl", "normal": SHARED / "normal.jsonl"}
    for p in sorted(DATA.glob("*.jsonl")) + sorted((DATA / "fresh").glob("*.jsonl")):
        out[p.stem] = p
    out["ordinary"] = DATA / "ordinary" / "ordinary.jsonl"
    return out


def load_all() -> list[dict[str, Any]]:
    rows = []
    for tag, path in datasets().items():
        with open(path, encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if line.strip():
                    r = json.loads(line)
                    if r.get("category"):
                        r["_set"], r["_key"] = tag, f"{tag}:{i}"
                        rows.append(r)
    return rows


def source_group(r: dict[str, Any]) -> str:
    src = (r.get("source_url") or r.get("source") or "").strip()
    m = re.search(r"github(?:\.com)?[:/ ]+([\w.-]+/[\w.-]+)", src)
    if m:
        return "gh:" + m.group(1).lower()
    m = re.search(r"code index, id (\d+)", src)
    if m:
        return "code:" + m.group(1)
    m = re.search(r"https?://([^/\s]+)", src)
    if m:
        host = m.group(1).lower().removeprefix("www.").removeprefix("m.")
        return "web:" + ".".join(host.split(".")[-2:])
    return f"{r['_set']}:nosource"


# ---- rules, scored once per snapshot -------------------------------------------------------------------------

def _dump_rules(out: str) -> None:
    """Runs inside the snapshot's interpreter path: analyze every row, keep what the combination needs."""
    from analyzer import analyze  # noqa: PLC0415 - the snapshot's analyzer, chosen by PYTHONPATH

    res = {}
    for r in load_all():
        rep = analyze(r["text"], sender=r.get("sender_number"))
        cats = {f.category for f in rep.findings}
        res[r["_key"]] = {"verdict": rep.verdict.label, "scam": "scam" in cats, "threat": "unlawful_threat" in cats,
                          "text": hashlib.sha1(r["text"].encode()).hexdigest()[:10]}
    from knowledge import registry  # noqa: PLC0415

    kinds = registry.kinds()
    examples = [(kinds[r.kind]["category"], which, text) for r in registry.rules()
                for which in ("must_match", "must_not_match") for text in getattr(r, which)]
    Path(out).write_text(json.dumps({"results": res, "examples": examples}, ensure_ascii=False), encoding="utf-8")


def rules_results(name: str, directory: Path | None) -> dict[str, dict[str, Any]]:
    CACHE.mkdir(parents=True, exist_ok=True)
    out = CACHE / f"rules_{name}.json"
    if not out.exists():
        env = dict(os.environ)
        if directory is not None:
            env["PYTHONPATH"] = str(directory)
        subprocess.run([sys.executable, __file__, "--dump-rules", str(out)], check=True, env=env,
                       cwd=str(directory or ROOT))
    data = json.loads(out.read_text(encoding="utf-8"))
    EXAMPLES[name] = [tuple(e) for e in data["examples"]]
    return data["results"]


EXAMPLES: dict[str, list[tuple[str, str, str]]] = {}
USE_RULE_EXAMPLES = True


# ---- model ----------------------------------------------------------------------------------------------------

def _trainer():
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_model  # noqa: PLC0415

    return train_model


def fit(train_rows: list[dict[str, Any]], examples: str | None = None, banned: tuple[str, ...] = (),
        **kw: Any) -> dict[str, Any]:
    """Train on the rows, plus the rule examples of snapshot `examples` minus any part of a banned text."""
    tm = _trainer()
    rules = tm.rule_examples(EXAMPLES[examples], banned) if examples and USE_RULE_EXAMPLES else []
    return tm.train(tm.labelled(train_rows), rules, **kw)


def score(model: dict[str, Any], rows: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    import math  # noqa: PLC0415

    tm = _trainer()
    out = {}
    for r in rows:
        grams = set(tm.features(r["text"]))
        s = {}
        for h, (b, ws) in model["heads"].items():
            z = b + sum(ws.get(g, 0.0) for g in grams)
            s[h] = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
        out[r["_key"]] = s
    return out


def group_folds(rows: list[dict[str, Any]], k: int = 5) -> list[list[dict[str, Any]]]:
    """k folds of whole source groups, largest groups first into the smallest fold (deterministic)."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[source_group(r)].append(r)
    folds: list[list[dict[str, Any]]] = [[] for _ in range(k)]
    for g in sorted(groups, key=lambda g: (-len(groups[g]), g)):
        min(folds, key=len).extend(groups[g])
    return folds


def out_of_fold(rows: list[dict[str, Any]], examples: str | None = None, banned: tuple[str, ...] = (), **kw: Any) -> dict[str, dict[str, float]]:
    oof: dict[str, dict[str, float]] = {}
    folds = group_folds([r for r in rows if r["_set"] != "ordinary"])
    # ordinary.jsonl has few sources; spread it by position so every fold holds some ordinary SMS.
    ordinary = [r for r in rows if r["_set"] == "ordinary"]
    for i, r in enumerate(ordinary):
        folds[i % len(folds)].append(r)
    for i, fold in enumerate(folds):
        train = [r for j, f in enumerate(folds) if j != i for r in f]
        oof.update(score(fit(train, examples, banned + tuple(r["text"] for r in fold if r["_set"] != "ordinary"), **kw), fold))
    return oof


# Threshold rule, fixed before any test round was scored: the lowest threshold (on a 0.05 grid) at which the
# out-of-fold scores of the training pool flag at most ORDINARY_FP of its ordinary messages and at most
# OTHER_FP of its collection messages (other than the head's own class).
ORDINARY_FP = 0.0025
OTHER_FP = 0.03
GRID = [round(0.5 + 0.025 * i, 3) for i in range(20)]


def choose_threshold(rows: list[dict[str, Any]], oof: dict[str, dict[str, float]], head: str) -> float:
    own = "scam" if head == "scam" else "unlawful_threat"
    ordinary = [oof[r["_key"]][head] for r in rows if r["category"] == "not_collection"]
    other = [oof[r["_key"]][head] for r in rows if r["category"] not in ("not_collection", own)]
    for t in GRID:
        if (sum(s >= t for s in ordinary) <= ORDINARY_FP * len(ordinary)
                and sum(s >= t for s in other) <= OTHER_FP * len(other)):
            return t
    return 1.01


# ---- combination and metrics ----------------------------------------------------------------------------------

def combine(rule: dict[str, Any], s: dict[str, float] | None, th: dict[str, float], threat_mode: str) -> tuple[str, bool]:
    """(verdict, model added a finding of category scam or unlawful_threat)."""
    verdict = rule["verdict"]
    added = False
    if s is None:
        return verdict, added
    if not rule["scam"] and s["scam"] >= th["scam"]:
        verdict, added = "scam", True
    if threat_mode != "off" and not rule["threat"] and s["threat"] >= th["threat"] and verdict != "scam":
        if threat_mode == "verdict":  # a finding of category unlawful_threat: the verdict follows it
            verdict, added = "unlawful_threat", True
        # "hint": a low-severity pressure finding, verdict unchanged, not a false alarm
    return verdict, added


def metrics(rows: list[dict[str, Any]], rules: dict[str, Any], scores: dict[str, dict[str, float]] | None,
            th: dict[str, float], threat_mode: str = "off") -> dict[str, Any]:
    per = {k: [0, 0] for k in LABELS}
    fa = normal = 0
    for r in rows:
        rule = rules[r["_key"]]
        verdict, added = combine(rule, scores.get(r["_key"]) if scores else None, th, threat_mode)
        per[r["category"]][1] += 1
        per[r["category"]][0] += verdict == r["category"]
        if r["category"] == "not_collection":
            normal += 1
            fa += verdict in ("scam", "unlawful_threat") or rule["scam"] or rule["threat"] or added
    recall = {k: ok / n for k, (ok, n) in per.items() if n}
    return {"n": len(rows), "balanced": sum(recall.values()) / len(recall), "recall": recall,
            "accuracy": sum(ok for ok, _ in per.values()) / len(rows), "fa": fa, "normal": normal}


def fmt(m: dict[str, Any]) -> str:
    short = {"reminder": "rem", "aggressive": "aggr", "unlawful_threat": "threat", "legal_notice": "legal",
             "scam": "scam", "not_collection": "notc"}
    rec = " ".join(f"{short[k]} {v:.2f}" for k, v in m["recall"].items())
    return f"bal {m['balanced']:.3f} acc {m['accuracy']:.3f} | {rec} | FA {m['fa']}/{m['normal']}"


def fit_with_thresholds(train: list[dict[str, Any]], examples: str | None = None, banned: tuple[str, ...] = (),
                        **kw: Any) -> tuple[dict[str, Any], dict[str, float]]:
    oof = out_of_fold(train, examples, banned, **kw)
    th = {h: choose_threshold(train, oof, h) for h in ("scam", "threat")}
    return fit(train, examples, banned, **kw), th


def texts(rows: list[dict[str, Any]]) -> tuple[str, ...]:
    return tuple(r["text"] for r in rows)


def without_texts(rows: list[dict[str, Any]], test: list[dict[str, Any]]) -> list[dict[str, Any]]:
    texts = {r["text"] for r in test}
    return [r for r in rows if r["text"] not in texts]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump-rules")
    ap.add_argument("--rules-at", action="append", default=[], help="NAME=DIR of an older checkout")
    ap.add_argument("--skip", default="", help="comma list of runs to skip: r4,r3,lso,fa")
    ap.add_argument("--no-rule-examples", action="store_true", help="train on labelled messages only")
    args = ap.parse_args()
    global USE_RULE_EXAMPLES
    USE_RULE_EXAMPLES = not args.no_rule_examples
    if args.dump_rules:
        _dump_rules(args.dump_rules)
        return 0
    rows = load_all()
    snapshots = {"HEAD": rules_results("HEAD", None)}
    for spec in args.rules_at:
        name, _, d = spec.partition("=")
        snapshots[name] = rules_results(name, Path(d))
    skip = set(args.skip.split(","))
    modes = ("off", "hint", "verdict")

    def report(title: str, test_sets: list[list[dict[str, Any]]], names: list[str], model, th, snaps) -> None:
        print(f"\n### {title}: thresholds scam {th['scam']}, threat {th['threat']}")
        for sname in snaps:
            for rows_t, tname in zip(test_sets, names):
                sc = score(model, rows_t)
                print(f"{tname:<22} rules@{sname:<8} alone      {fmt(metrics(rows_t, snapshots[sname], None, th))}")
                for mode in modes:
                    print(f"{'':<22} rules@{sname:<8} +model/{mode:<7} {fmt(metrics(rows_t, snapshots[sname], sc, th, mode))}")

    if "r4" not in skip:
        test = [r for r in rows if r["_set"] in ("r4_tune", "r4_sealed")]
        train = without_texts([r for r in rows if not r["_set"].startswith("r4_") and r["_set"] != "normal"], test)
        model, th = fit_with_thresholds(train, "a470f0c" if "a470f0c" in snapshots else "HEAD", texts(test))
        report("(a) leave round 4 out", [test, [r for r in test if r["_set"] == "r4_sealed"],
                                         [r for r in test if r["_set"] == "r4_tune"]],
               ["r4 (177)", "r4_sealed", "r4_tune"], model, th, [s for s in snapshots if s in ("HEAD", "a470f0c")])
    if "r3" not in skip:
        test = [r for r in rows if r["_set"] in ("r3_tune", "r3_sealed")]
        r4 = [r for r in rows if r["_set"].startswith("r4_")]
        train = without_texts([r for r in rows if not r["_set"].startswith(("r3_", "r4_")) and r["_set"] != "normal"], test)
        model, th = fit_with_thresholds(train, "913545d" if "913545d" in snapshots else "HEAD", texts(test + r4))
        report("(b) leave rounds 3 and 4 out, test round 3", [test, [r for r in test if r["_set"] == "r3_sealed"],
                                                               [r for r in test if r["_set"] == "r3_tune"]],
               ["r3 (183)", "r3_sealed", "r3_tune"], model, th, [s for s in snapshots if s in ("HEAD", "913545d")])
    if "fa" not in skip:
        pool = [r for r in rows if r["_set"] not in ("dev", "normal", "r3_sealed", "r4_sealed")]
        sealed = texts([r for r in rows if r["_set"] in ("normal", "r3_sealed", "r4_sealed")])
        ordinary = [r for r in rows if r["_set"] == "ordinary"]
        flagged = {"scam": 0, "threat": 0}
        ths = []
        for k in range(5):
            held = [r for i, r in enumerate(ordinary) if i % 5 == k]
            model, th = fit_with_thresholds(without_texts(pool, held), "HEAD", sealed)
            ths.append(th)
            m = metrics(held, snapshots["HEAD"], score(model, held), th, "verdict")
            sc = score(model, held)
            for h in flagged:
                flagged[h] += sum(1 for r in held if sc[r["_key"]][h] >= th[h] and not snapshots["HEAD"][r["_key"]][h])
            print(f"ordinary fold {k}: thresholds {th} rules+model(threat=verdict) {fmt(m)}")
        print(f"ordinary 5-fold: model-only findings scam {flagged['scam']}, threat {flagged['threat']} of {len(ordinary)}")
        model, th = fit_with_thresholds(pool, "HEAD", sealed)
        normal = [r for r in rows if r["_set"] == "normal"]
        dev = [r for r in rows if r["_set"] == "dev"]
        print(f"shipped-pool thresholds {th}")
        for name, rs in (("normal (100, never trained on)", normal), ("dev (102, not in the shipped pool)", dev)):
            sc = score(model, rs)
            print(f"{name}: rules alone {fmt(metrics(rs, snapshots['HEAD'], None, th))}")
            for mode in modes:
                print(f"{'':<20} +model/{mode:<7} {fmt(metrics(rs, snapshots['HEAD'], sc, th, mode))}")
    if "lso" not in skip:
        pool = [r for r in rows if r["_set"] not in ("normal", "ordinary")]
        ordinary = [r for r in rows if r["_set"] == "ordinary"]
        folds = group_folds(pool)
        merged: dict[str, dict[str, float]] = {}
        per_fold_th = []
        for i, fold in enumerate(folds):
            train = [r for j, f in enumerate(folds) if j != i for r in f] + ordinary
            model, th = fit_with_thresholds(without_texts(train, fold), "HEAD", texts(fold))
            per_fold_th.append(th)
            sc = score(model, fold)
            for k, v in sc.items():  # apply each fold's own thresholds by rescaling to a common 0.5 cut
                merged[k] = {h: 0.5 + (v[h] - th[h]) / 4 for h in v}
        common = {"scam": 0.5, "threat": 0.5}
        print(f"\n### (c) leave-source-out, 5 group folds over the pooled labelled data; thresholds per fold {per_fold_th}")
        for mode in modes:
            print(f"pooled ({len(pool)}) rules@HEAD +model/{mode:<7} {fmt(metrics(pool, snapshots['HEAD'], merged, common, mode))}")
        print(f"pooled ({len(pool)}) rules@HEAD alone         {fmt(metrics(pool, snapshots['HEAD'], None, common))}")
        model_only = {k: {"verdict": "reminder", "scam": False, "threat": False} for k in snapshots["HEAD"]}
        print(f"pooled model alone (no rules; non-flagged → reminder) {fmt(metrics(pool, model_only, merged, common, 'verdict'))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
