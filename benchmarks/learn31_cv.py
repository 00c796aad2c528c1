"""learn31: out-of-file figures of the learned heads as the pipeline would hear them, before and after the opened
sets (tests/data/probes/OPENED.txt) join the training data. Not a test; thresholds are read off its output only.

    .venv/bin/python benchmarks/learn31_cv.py threat   [--without-opened] [--out OUT.jsonl]
    .venv/bin/python benchmarks/learn31_cv.py pressure [--without-opened] [--negative reminder]

Same data, features, folds and training as scripts/train_ngram.py (group k-fold by file; tests/data/ordinary is a
fold's file like any other, so its hits are a leave-ordinary-out estimate). Each line is scored by the model of the
fold that never saw its file, with the weights as shipped (|w| < KEEP dropped).

- threat:   where the pipeline asks the head (the rules' verdict reminder or not_collection, no threat or scam finding,
            no legal source). Every line there that reaches the lowest threshold is analysed again with its fold's
            model in the analyzer, so the reported-speech and lawful-frame filters apply: "lifted" is a line whose
            verdict became unlawful_threat.
- pressure: aggressive against every other label (or against --negative only), heard where the rules' verdict is
            reminder with no threat or scam finding; a lifted line would become aggressive (not wired: rules' side only).
Groups: all lines; without the generated batteries (cov14*, td*); the opened blind-written sets alone.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

import ngram_head_cv  # noqa: E402
import train_ngram  # noqa: E402

from analyzer import analyze, get_analyzer  # noqa: E402
from analyzer.detectors import learned as learned_detector  # noqa: E402
from analyzer.learned import NgramModel  # noqa: E402

THREAT = "unlawful_threat"


def shipped_model(bias: float, weights: dict[str, float], rows, threshold: float) -> NgramModel:
    kept = {g: round(w, 4) for g, w in sorted(weights.items()) if abs(w) >= train_ngram.KEEP}
    return NgramModel({"header": {"threshold": threshold}, "bias": round(bias, 6), "kinds": list(train_ngram.KINDS),
                       "weights": kept, "kind_of": train_ngram.kind_of(rows, kept)})


def rules_and_main(lines: list[tuple[str, dict]]) -> list[dict]:
    """Per line: whether the pipeline asks the learned head, the rules' verdict without it (`verdict`), and main's
    verdict with the shipped model (`main`)."""
    original = learned_detector.findings
    asked: list[bool] = []

    def silent(doc, model, floor=0.0):  # (learn33: the pipeline passes learn32's floor)
        asked.append(True)
        return []

    out = []
    for _, r in lines:
        asked.clear()
        learned_detector.findings = silent
        try:
            rep = analyze(r["text"], sender=r.get("sender_number"))
        finally:
            learned_detector.findings = original
        main = analyze(r["text"], sender=r.get("sender_number")).verdict.label if asked else rep.verdict.label
        out.append({"asked": bool(asked), "verdict": rep.verdict.label, "main": main, "findings": len(rep.findings)})
    return out


def groups(files: list[str]) -> dict[str, list[bool]]:
    base = [f.rsplit("/", 1)[-1] for f in files]
    return {"all": [True] * len(files),
            "without generated": [not b.startswith(ngram_head_cv.GENERATED) for b in base],
            "opened (blind-written)": [f.startswith("tests/data/probes/") and b in train_ngram.opened_names()
                                       for f, b in zip(files, base)],
            # learn34: the blind-written training sets (unseen by learn33's model) and the sets opened at round 32
            "blind51-53 training": [f.startswith(("tests/data/probes/blind51", "tests/data/probes/blind52",
                                                  "tests/data/probes/blind53")) for f in files],
            "para/lawful25-30": [f.startswith("tests/data/probes/") and b in train_ngram.opened_names()
                                 and 25 <= _set_number(b) <= 30 for f, b in zip(files, base)],
            # learn35: the sets opened at round 33 (unseen by learn34's model), apart from the older opened sets
            "para/lawful31-36": [f.startswith("tests/data/probes/") and b in train_ngram.opened_names()
                                 and 31 <= _set_number(b) <= 36 for f, b in zip(files, base)],
            "opened before round 33": [f.startswith("tests/data/probes/") and b in train_ngram.opened_names()
                                       and _set_number(b) <= 30 for f, b in zip(files, base)],
            "blind54-55 training": [f.startswith(("tests/data/probes/blind54", "tests/data/probes/blind55"))
                                    for f in files]}


def _set_number(base: str) -> int:
    """The number of an opened para/lawful set's file name (para31_sealed.jsonl → 31)."""
    return int(base.split("_")[0].lstrip("parlawfu") or 0)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("head", choices=("threat", "pressure"))
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--without-opened", action="store_true")
    ap.add_argument("--negative", default="", help="comma-separated negative labels (default: every other label)")
    ap.add_argument("--thresholds", default="0.8,0.9,0.95,0.97,0.98,0.985,0.99,0.993,0.995,0.997,0.999")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--slot", choices=("abstained", "aggressive", "both"), default="abstained",
                    help="threat head: heard where the rules abstain (shipped), where they say aggressive (learn32), "
                         "or both from one set of fold models (learn33)")
    args = ap.parse_args()
    if args.slot == "abstained":  # as learn31 measured it: only where the rules abstain
        learned_detector.PRESSED = ()
    opened = not args.without_opened
    ths = [float(x) for x in args.thresholds.split(",")]
    lines = ngram_head_cv.labelled_lines(args.eval, opened)
    rows = train_ngram.read_rows(train_ngram.training_files(args.eval, opened))
    assert [(f, r["category"]) for f, r in lines] == [(r[0], r[2]) for r in rows]
    rules = rules_and_main(lines)
    # (learn33: `main` is main's verdict as shipped, since learn32 heard over aggressive at OVER_PRESSED)
    positive = {THREAT} if args.head == "threat" else {"aggressive"}
    negative = set(args.negative.split(",")) if args.negative else None
    models: list = []
    ngram_head_cv.out_of_file(rows, positive, negative, models)
    fold_of = train_ngram.folds(rows)
    fold_models = [shipped_model(b, w, tr, min(ths)) for b, w, tr in models]
    scores = [fold_models[fold_of[r[0]]].probability(r[1]) for r in rows]
    labels = [r[2] for r in rows]
    files = [r[0] for r in rows]
    if args.head == "threat":
        slot = [s["asked"] and (args.slot != "aggressive" or s["verdict"] == "aggressive") for s in rules]
        analyzer = get_analyzer()
        shipped, heard, floor = analyzer.learned, {}, learned_detector.OVER_PRESSED
        learned_detector.OVER_PRESSED = 0.0  # over aggressive too, each fold model's own threshold decides
        try:
            for i in (i for i, ok in enumerate(slot) if ok and scores[i] >= min(ths)):
                analyzer.learned = fold_models[fold_of[files[i]]]
                heard[i] = analyze(lines[i][1]["text"], sender=lines[i][1].get("sender_number")).verdict.label
        finally:
            analyzer.learned, learned_detector.OVER_PRESSED = shipped, floor
        lifted_at = {i: v == THREAT for i, v in heard.items()}
        new_label = THREAT
    else:
        slot = [s["asked"] and s["verdict"] == "reminder" for s in rules]
        lifted_at = {i: True for i, ok in enumerate(slot) if ok and scores[i] >= min(ths)}
        new_label = "aggressive"
    ordinary = [f.startswith("tests/data/ordinary/") for f in files]
    normal = [f.endswith("/normal.jsonl") for f in files]
    print(f"{args.head} ({args.slot}), opened sets {'in' if opened else 'out'}: {len(rows)} lines in {len(set(files))} files")
    print(f"highest out-of-file score: ordinary {max(s for s, o in zip(scores, ordinary) if o):.4f}, "
          f"normal {max(s for s, o in zip(scores, normal) if o):.4f}")
    slots = {args.slot: slot} if args.slot != "both" else {
        "abstained": [ok and s["verdict"] != "aggressive" for ok, s in zip(slot, rules)],
        "aggressive": [ok and s["verdict"] == "aggressive" for ok, s in zip(slot, rules)]}
    for (name, member), (slot_name, slot) in ((g, sl) for sl in slots.items() for g in groups(files).items()):
        in_slot = [i for i, ok in enumerate(slot) if ok and member[i]]
        gold = sum(labels[i] == new_label for i in in_slot)
        total_gold = sum(labels[i] == new_label for i in range(len(rows)) if member[i])
        rules_right = sum(labels[i] == new_label and rules[i]["verdict"] == new_label
                          for i in range(len(rows)) if member[i])
        main_right = sum(labels[i] == rules[i]["main"] for i in in_slot)
        print(f"\n[{slot_name}: {name}] where the head is heard: {len(in_slot)} lines, {gold} of them {new_label}; "
              f"rules alone: {rules_right}/{total_gold} {new_label} called so; in the slot main (shipped model) is "
              f"right on {main_right}, the rules alone on {sum(labels[i] == rules[i]['verdict'] for i in in_slot)}")
        print("threshold | lifted | right | precision | recall in slot | net vs rules | net vs main | ordinary | "
              "normal | wrong")
        for th in ths:
            lifted = [i for i in in_slot if scores[i] >= th and lifted_at.get(i)]
            ok = sum(labels[i] == new_label for i in lifted)
            net = ok - sum(labels[i] == rules[i]["verdict"] for i in lifted)
            up = set(lifted)
            vs_main = sum((labels[i] == (new_label if i in up else rules[i]["verdict"])) - (labels[i] == rules[i]["main"])
                          for i in in_slot)
            print(f"{th} | {len(lifted)} | {ok} | {ok / len(lifted) if lifted else float('nan'):.3f} | "
                  f"{ok}/{gold} | {net:+d} | {vs_main:+d} | {sum(ordinary[i] for i in lifted)} | "
                  f"{sum(normal[i] for i in lifted)} | {dict(Counter(labels[i] for i in lifted if labels[i] != new_label))}")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for i, (r, s) in enumerate(zip(rows, rules)):
                fh.write(json.dumps({"file": r[0], "id": r[4], "label": r[2], **s, "p": round(scores[i], 4),
                                     "heard": lifted_at.get(i)}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
