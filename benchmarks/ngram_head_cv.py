"""Out-of-file figures for a candidate n-gram head heard only where the rules abstain (learn23s, learn23g). Not a test.

    .venv/bin/python benchmarks/ngram_head_cv.py scam        [--thresholds 0.99,0.995,0.999]
    .venv/bin/python benchmarks/ngram_head_cv.py collection  [--thresholds ...]

Same data, features, training and folds as the shipped threat head (scripts/train_ngram.py: `usable()` files, file cap,
group k-fold by file, the ordinary SMS a fold of their own = a leave-ordinary-out estimate); only the class differs:

- scam:       scam against every other label; heard where the learned threat head is asked (the rules' verdict is
              reminder or not_collection, no threat or scam finding, no legal source) and did not lift the message.
              A lifted line is right when its gold label is scam.
- collection: reminder or aggressive against not_collection (other labels are not learned from); heard where the rules
              say not_collection with no finding. A lifted line is right when its gold label is reminder or aggressive
              (`exact`: reminder, the verdict it would be moved to). Also printed: the other way round, a low score
              where the rules say reminder with no finding, as a move to not_collection.

Every line is scored by a model that never saw its file. The rules' side is the analyzer as it is in this checkout;
where it asks the threat head is read by wrapping analyzer.detectors.learned.findings (the pipeline calls it only there).
Prints, per threshold: lines lifted where the rules abstain, precision, hits on tests/data/ordinary and
../shared/eval/normal.jsonl. Writes nothing unless --out is given (one JSON line per scored line, without its text).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

import train_ngram  # noqa: E402

from analyzer import analyze  # noqa: E402
from analyzer.detectors import learned as learned_detector  # noqa: E402

# Per head: the labels learned as positive, as negative (None: all others), and the labels that count as right.
HEADS = {
    "threat": ({"unlawful_threat"}, None, {"unlawful_threat"}),  # the shipped head itself (learn24)
    "scam": ({"scam"}, None, {"scam"}),
    "collection": ({"reminder", "aggressive"}, {"not_collection"}, {"reminder", "aggressive"}),
}
GENERATED = ("cov14", "td")  # the generated batteries, as in the threat model's README


def labelled_lines(eval_dir: Path, opened: bool = True) -> list[tuple[str, dict]]:
    """(file, json line) in read_rows' order."""
    out = []
    for path in train_ngram.training_files(eval_dir, opened):
        assert train_ngram.usable(path), path
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                if isinstance(r.get("text"), str) and r.get("category"):
                    out.append((train_ngram.relname(path), r))
    return out


def rules_side(lines: list[tuple[str, dict]]) -> list[dict]:
    asked: list[bool] = []
    original = learned_detector.findings

    def spy(doc, model, floor=0.0):  # (learn33: the pipeline passes learn32's floor)
        asked.append(True)
        return original(doc, model, floor)

    learned_detector.findings = spy
    try:
        out = []
        for _, r in lines:
            asked.clear()
            rep = analyze(r["text"], sender=r.get("sender_number"))
            out.append({"asked": bool(asked), "verdict": rep.verdict.label, "findings": len(rep.findings)})
        return out
    finally:
        learned_detector.findings = original


def out_of_file(rows, positive: set[str], negative: set[str] | None, models: list | None = None) -> list[float]:
    """P(positive) of every row from a model trained on the other folds (train_ngram trains THREAT against the rest:
    the head's positives are renamed to it, lines of neither class are left out of training). `models`, if given,
    receives each fold's (bias, weights, training rows)."""
    def learnable(r):
        return r[2] in positive or negative is None or r[2] in negative
    renamed = [(f, t, train_ngram.THREAT if lab in positive else "other", fl, i) for f, t, lab, fl, i in rows]
    fold_of = train_ngram.folds(rows)
    scores = [0.0] * len(rows)
    for k in range(train_ngram.FOLDS):
        train_rows = [x for x, r in zip(renamed, rows) if fold_of[r[0]] != k and learnable(r)]
        bias, weights = train_ngram.train(train_rows)
        if models is not None:
            models.append((bias, weights, train_rows))
        for i, r in enumerate(rows):
            if fold_of[r[0]] == k:
                scores[i] = train_ngram.probability(bias, weights, r[1])
        print(f"fold {k}: {len(train_rows)} training lines", file=sys.stderr)
    return scores


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("head", choices=sorted(HEADS))
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--thresholds", default="0.5,0.8,0.9,0.95,0.98,0.99,0.995,0.999")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    positive, negative, right = HEADS[args.head]
    lines = labelled_lines(args.eval)
    rows = train_ngram.read_rows(train_ngram.training_files(args.eval))
    assert [(f, r["category"]) for f, r in lines] == [(r[0], r[2]) for r in rows]
    rules = rules_side(lines)
    scores = out_of_file(rows, positive, negative)
    if args.head == "threat":  # where the pipeline asks the head (its verdict then may be the head's own)
        slot = [s["asked"] for s in rules]
    elif args.head == "scam":
        slot = [s["asked"] and s["verdict"] in learned_detector.ABSTAINED for s in rules]
    else:
        slot = [s["verdict"] == "not_collection" and not s["findings"] for s in rules]
    labels = [r[2] for r in rows]
    files = [r[0] for r in rows]
    in_slot = [i for i, ok in enumerate(slot) if ok]
    print(f"{args.head}: {len(rows)} lines; where the rules abstain: {len(in_slot)}, of them right if lifted: "
          f"{sum(labels[i] in right for i in in_slot)} ({dict(Counter(labels[i] for i in in_slot))})")
    ordinary = [i for i, f in enumerate(files) if f.startswith("tests/data/ordinary/")]
    normal = [i for i, f in enumerate(files) if f.endswith("/normal.jsonl")]
    print(f"highest out-of-file score: ordinary {max(scores[i] for i in ordinary):.4f}, "
          f"normal {max(scores[i] for i in normal):.4f}")
    print("threshold | lifted | right | precision | exact | without generated: lifted, precision | "
          "ordinary hits | normal hits | wrong labels")
    for th in (float(x) for x in args.thresholds.split(",")):
        lifted = [i for i in in_slot if scores[i] >= th]
        ok = sum(labels[i] in right for i in lifted)
        exact = sum(labels[i] == "reminder" for i in lifted) if args.head == "collection" else ok
        plain = [i for i in lifted if not files[i].rsplit("/", 1)[-1].startswith(GENERATED)]
        ok_plain = sum(labels[i] in right for i in plain)
        print(f"{th} | {len(lifted)} | {ok} | {ok / len(lifted) if lifted else float('nan'):.3f} | {exact} | "
              f"{len(plain)}, {ok_plain / len(plain) if plain else float('nan'):.3f} | "
              f"{sum(scores[i] >= th for i in ordinary)} | {sum(scores[i] >= th for i in normal)} | "
              f"{dict(Counter(labels[i] for i in lifted if labels[i] not in right))}")
    if args.head == "collection":  # the other way: where the rules say reminder with no finding, a low score
        back = [i for i, s in enumerate(rules) if s["verdict"] == "reminder" and not s["findings"]]
        print(f"reverse: rules say reminder with no finding: {len(back)} lines, "
              f"{sum(labels[i] == 'not_collection' for i in back)} gold not_collection")
        print("score at most | moved to not_collection | gold not_collection | precision | gold reminder/aggressive "
              "moved | ordinary moved")
        for th in (0.1, 0.05, 0.02, 0.01):
            moved = [i for i in back if scores[i] <= th]
            ok = sum(labels[i] == "not_collection" for i in moved)
            print(f"{th} | {len(moved)} | {ok} | {ok / len(moved) if moved else float('nan'):.3f} | "
                  f"{sum(labels[i] in right for i in moved)} | {sum(i in set(ordinary) for i in moved)}")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for r, s, p in zip(rows, rules, scores):
                fh.write(json.dumps({"file": r[0], "id": r[4], "label": r[2], **s, "p": round(p, 4)},
                                    ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
