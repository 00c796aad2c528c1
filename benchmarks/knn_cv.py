"""Out-of-file figures for a nearest-neighbour second opinion (knn26). Not a test; writes nothing unless --out.

    .venv/bin/python benchmarks/knn_cv.py [--rules-cache /tmp/knn26_rules.json] [--out /tmp/knn26_cv.jsonl]
    .venv/bin/python benchmarks/knn_cv.py --query tests/data/probes/knn26_own.jsonl   (one file against the others)
    .venv/bin/python benchmarks/knn_cv.py --combine /tmp/knn26_cv.jsonl /tmp/ngram_cv.jsonl
        (the neighbour as a corroboration of the learned head below its threshold; the second file is written by
        `benchmarks/ngram_head_cv.py threat --out`, both over the same lines in the same order)

The candidate: the labelled line most similar to a message (TF-IDF cosine over the character 2-4-grams of the text the
rules and the learned head read: analyzer/normalize.fold, then analyzer/learned.shape — digits 0, Latin letters a,
first 600 characters; an n-gram after a denial in its clause is a separate feature, as in learned.ngrams) says what
the message is. Data: exactly the files the threat head's trainer may read (scripts/train_ngram.training_files and its
usable() gate: never a sealed file, nothing under probes/*_src/, not r5_col/r6_col/r11_col).

Cross-validation is leave-one-file-out: a line's neighbours never come from its own file (one file = one writer's
battery or one collection; tests/data/ordinary is one file, so its figures are a leave-ordinary-out estimate). IDF is
counted over all opened lines (no labels; the shipped index would count it the same way).

For each verdict class X the table gives, per similarity threshold t, the lines where "the nearest neighbour (from
another file) is labelled X with cosine >= t" and the rules' verdict is not X, and how many of them are gold X:
- `abstain`: where the pipeline asks the learned head (the rules say reminder or not_collection, no threat or scam
  finding, no legal source) and the learned head did not lift the line — the only place a second opinion would speak;
- `disagree`: every line whose rules' verdict differs from the neighbour's label (for scale; not a place to speak).
Variants: `1nn` (the nearest neighbour alone), `3nn` (the three nearest all labelled X, the third >= t), `vote5` (X
holds >= 80% of the similarity mass of the five nearest, the nearest >= t) and `nodup` (1nn, but neighbours with the
very same shaped text as the line are skipped: a copy of a line in another file is not evidence that the method
generalises to a stranger's wording). Candidates are found through the n-grams in at most 5% of lines; their cosine
is then computed over all n-grams.
"""
from __future__ import annotations

import argparse
import hashlib
import heapq
import json
import math
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

import train_ngram  # noqa: E402

from analyzer import analyze  # noqa: E402
from analyzer.detectors import learned as learned_detector  # noqa: E402
from analyzer.learned import _DENIED, _denied_stretches  # noqa: E402

CLASSES = ("unlawful_threat", "scam", "legal_notice", "aggressive", "reminder", "not_collection")
ORDERS = (2, 3, 4)
THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
TOP = 6
DF_CAP = 0.05  # n-grams in more than 5% of lines only find no candidates (speed); the cosine itself is exact


def grams(text: str) -> set[str]:
    """The 2-4-grams of shaped text; after a denial in its clause marked with ~ (as analyzer/learned.ngrams)."""
    pieces = [(text, "")]
    denied = _DENIED.search(text)
    if denied:
        pieces, pos = [], 0
        for a, b in _denied_stretches(text, denied.start()):
            if a < pos:
                continue
            pieces += [(text[pos:a], ""), (text[a:b], "~")]
            pos = b
        pieces.append((text[pos:], ""))
    return {mark + piece[i:i + k] for piece, mark in pieces for k in ORDERS for i in range(len(piece) - k + 1)}


def rules_side(rows_raw: list[dict], cache: Path | None) -> list[dict]:
    key = hashlib.sha256("\0".join(r["text"] for r in rows_raw).encode()).hexdigest()
    if cache and cache.exists():
        data = json.loads(cache.read_text())
        if data.get("key") == key:
            return data["rules"]
    asked: list[bool] = []
    original = learned_detector.findings

    def spy(doc, model, floor=0.0):  # (learn33: the pipeline passes learn32's floor)
        asked.append(True)
        return original(doc, model, floor)

    learned_detector.findings = spy
    out = []
    try:
        for r in rows_raw:
            asked.clear()
            rep = analyze(r["text"], sender=r.get("sender_number"))
            lifted = any(f.rule_id == learned_detector.RULE_ID for f in rep.findings)
            out.append({"asked": bool(asked), "verdict": rep.verdict.label, "learned": lifted})
    finally:
        learned_detector.findings = original
    if cache:
        cache.write_text(json.dumps({"key": key, "rules": out}))
    return out


def neighbours(texts: list[str], files: list[str]) -> list[list[tuple[float, int]]]:
    """For each line, its TOP most similar lines from other files (cosine, index), most similar first."""
    feats = [grams(t) for t in texts]
    df = Counter(g for f in feats for g in f)
    n = len(texts)
    idf = {g: math.log(n / c) for g, c in df.items()}
    norm = [math.sqrt(sum(idf[g] ** 2 for g in f)) or 1.0 for f in feats]
    cap = max(DF_CAP * n, 50)  # (a small corpus, as in the tests: every shared n-gram finds candidates)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        for g in f:
            if 2 <= df[g] <= cap:
                postings[g].append(i)
    out = []
    t0 = time.time()
    for i, f in enumerate(feats):
        acc: dict[int, float] = defaultdict(float)
        own = files[i]
        for g in f:
            p = postings.get(g)
            if p:
                w = idf[g] ** 2
                for j in p:
                    acc[j] += w
        cand = heapq.nlargest(TOP + 40, ((s / norm[j], j) for j, s in acc.items() if files[j] != own))
        exact = [(sum(idf[g] ** 2 for g in f & feats[j]) / (norm[i] * norm[j]), j) for _, j in cand]
        out.append(sorted(exact, reverse=True))
        if i % 2000 == 0:
            print(f"  {i}/{n} {time.time() - t0:.0f}s", file=sys.stderr)
    return out


def combine(knn_out: Path, ngram_out: Path) -> int:
    """Where the pipeline asks the learned head, its out-of-file probability p alone against p AND the neighbours
    agreeing that the line is a threat (1-NN threat with cosine >= 0.15 or 0.25; the 3 nearest all threats, >= 0.15)."""
    a = [json.loads(x) for x in knn_out.read_text(encoding="utf-8").splitlines()]
    b = [json.loads(x) for x in ngram_out.read_text(encoding="utf-8").splitlines()]
    assert len(a) == len(b) and all((x["file"], x["id"]) == (y["file"], y["id"]) for x, y in zip(a, b))
    threat = "unlawful_threat"
    slot = [i for i, y in enumerate(b) if y["asked"]]

    def agrees(x: dict, t: float, k: int) -> bool:
        top = x["nn"][:k]
        return len(top) == k and all(n[3] == threat for n in top) and top[-1][0] >= t

    def cell(sel: list[int]) -> str:
        ok = sum(b[i]["label"] == threat for i in sel)
        return f"{ok}/{len(sel)} = {ok / len(sel):.3f}" if sel else "0"

    print(f"where the rules abstain: {len(slot)} lines, {sum(b[i]['label'] == threat for i in slot)} threats")
    print("| learned p >= | p alone | + 1-NN threat, cos >= 0.15 | + 1-NN threat, >= 0.25 | + 3 nearest threats, "
          ">= 0.15 | p >= 0.995, or p >= this and 1-NN threat >= 0.15 |")
    print("|---|---|---|---|---|---|")
    for th in (0.8, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995):
        sel = [i for i in slot if b[i]["p"] >= th]
        union = [i for i in sel if b[i]["p"] >= 0.995 or agrees(a[i], 0.15, 1)]
        agreeing = [cell([i for i in sel if agrees(a[i], t, k)]) for t, k in ((0.15, 1), (0.25, 1), (0.15, 3))]
        print(f"| {th} | {cell(sel)} | " + " | ".join(agreeing) + f" | {cell(union)} |")
    return 0


def query(path: Path, files_in: list[Path]) -> int:
    """Each line of `path` with the rules' verdict, the shipped learned head's probability and its three nearest
    lines from the other usable files (the same neighbours the cross-validation gives it)."""
    from analyzer.learned import load, shape
    from analyzer.normalize import fold
    assert train_ngram.usable(path), path
    name = train_ngram.relname(path)
    files = [p for p in files_in if train_ngram.relname(p) != name] + [path]
    rows = train_ngram.read_rows(files)
    near = neighbours([r[1] for r in rows], [r[0] for r in rows])
    model = load()
    raw = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    mine = [i for i, r in enumerate(rows) if r[0] == name]
    tally: Counter = Counter()
    for i, r in zip(mine, raw):
        verdict = analyze(r["text"], sender=r.get("sender_number")).verdict.label
        p = model.probability(shape(fold(r["text"]).text))
        top = [(round(s, 3), rows[j][4], rows[j][2]) for s, j in near[i][:3]]
        tally["rules exact"] += verdict == r["category"]
        tally["1-NN label exact"] += bool(top) and top[0][2] == r["category"]
        print(f"{r['id']} gold={r['category']} rules={verdict} learned_p={p:.3f} nn={top}")
    print(dict(tally), f"of {len(mine)}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--rules-cache", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--query", type=Path, help="print, per line of this usable file, its neighbours in the others")
    ap.add_argument("--combine", type=Path, nargs=2, metavar=("KNN_OUT", "NGRAM_OUT"))
    args = ap.parse_args()
    if args.combine:
        return combine(*args.combine)
    files_in = train_ngram.training_files(args.eval)
    if args.query:
        return query(args.query, files_in)
    raw, names = [], []
    for path in files_in:
        assert train_ngram.usable(path), path
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                if isinstance(r.get("text"), str) and r.get("category"):
                    raw.append(r)
                    names.append(train_ngram.relname(path))
    rows = train_ngram.read_rows(files_in)
    assert [r[0] for r in rows] == names
    texts = [r[1] for r in rows]
    labels = [r[2] for r in rows]
    print(f"{len(rows)} lines in {len(set(names))} files; labels {dict(Counter(labels))}", file=sys.stderr)
    rules = rules_side(raw, args.rules_cache)
    near = neighbours(texts, names)

    def opinion(i: int, variant: str) -> tuple[str | None, float]:
        cand = [(s, j) for s, j in near[i] if variant != "nodup" or texts[j] != texts[i]]
        if not cand:
            return None, 0.0
        if variant == "vote5":  # the similarity-weighted vote of the five nearest: a class holding >= 80% of it
            top = cand[:5]
            mass: Counter = Counter()
            for s, j in top:
                mass[labels[j]] += s
            x, m = mass.most_common(1)[0]
            return (x, top[0][0]) if m >= 0.8 * sum(mass.values()) else (None, 0.0)
        if variant == "3nn":
            top = cand[:3]
            if len(top) < 3 or len({labels[j] for _, j in top}) != 1:
                return None, 0.0
            return labels[top[0][1]], top[-1][0]
        return labels[cand[0][1]], cand[0][0]

    abstain = [r["asked"] and not r["learned"] for r in rules]
    ordinary = {i for i, f in enumerate(names) if f.startswith("tests/data/ordinary/")}
    normal = {i for i, f in enumerate(names) if f.endswith("/normal.jsonl")}
    slot_labels = Counter(labels[i] for i in range(len(rows)) if abstain[i])
    print(f"\n{len(rows)} lines; abstain slot {sum(abstain)} lines: {dict(slot_labels)}")
    print(f"rules' verdict on all lines vs gold: exact {sum(r['verdict'] == l for r, l in zip(rules, labels))}")
    results = {}
    for variant in ("1nn", "nodup", "3nn", "vote5"):
        ops = [opinion(i, variant) for i in range(len(rows))]
        results[variant] = ops
        for slot in ("abstain", "disagree") if variant == "1nn" else ("abstain",):
            print(f"\n### {variant}, {slot}: precision (lifted/right) per threshold; ord = hits on "
                  "tests/data/ordinary, nrm = on normal.jsonl (lines whose gold is not X)")
            print("| class | in slot, gold X | " + " | ".join(f"t={t}" for t in THRESHOLDS) + " |")
            print("|---|---|" + "---|" * len(THRESHOLDS))
            for x in CLASSES:
                pool = [i for i in range(len(rows)) if rules[i]["verdict"] != x and (slot != "abstain" or abstain[i])]
                cells = []
                for t in THRESHOLDS:
                    lifted = [i for i in pool if ops[i][0] == x and ops[i][1] >= t]
                    ok = sum(labels[i] == x for i in lifted)
                    o = sum(i in ordinary and labels[i] != x for i in lifted)
                    nm = sum(i in normal and labels[i] != x for i in lifted)
                    prec = f"{ok / len(lifted):.2f}" if lifted else "–"
                    cells.append(f"{prec} ({ok}/{len(lifted)}; ord {o}, nrm {nm})")
                print(f"| {x} | {len(pool)}, {sum(labels[i] == x for i in pool)} | " + " | ".join(cells) + " |")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for i, r in enumerate(rows):
                fh.write(json.dumps({"file": r[0], "id": r[4], "label": r[2], **rules[i],
                                     "nn": [[round(s, 3), names[j], rows[j][4], labels[j]] for s, j in near[i][:3]],
                                     "nodup": results["nodup"][i]}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
