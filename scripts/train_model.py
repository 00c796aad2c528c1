"""Build build/ngram_weights.tsv, the statistical second opinion, from the repo's own files.

    python scripts/train_model.py            # writes the weights file
    python scripts/train_model.py --check    # rebuilds in memory and fails if the file differs

Not shipped: the model was measured across rounds and did not meet the bar for integration
(tests/data/fresh/RUNS_model.md). This is the training set a shipped model would use.

Training data: every labelled message under tests/data (fresh rounds included) EXCEPT the two sealed
halves r3_sealed.jsonl and r4_sealed.jsonl, which stay honest test sets, plus the ordinary SMS of
tests/data/ordinary, plus the examples every rule in knowledge/data/rules must and must not match
(a phrase a scam rule must match is a scam; one it must not match is no scam), less any example that
is part of a sealed message. ../shared/eval (dev and normal) is never read: normal.jsonl is the false-alarm
check, and a file outside the repo would make the weights impossible to rebuild from a checkout.

Model: one logistic regression per head (scam against the rest, unlawful threat against the rest)
over the presence of 1-3 character n-grams of the folded, masked text (analyzer/ngram_model.py),
trained by plain SGD with L2, a fixed seed and a fixed example order, so the output is byte-identical
on every run. Classes are weighted so that each of the four groups (scam, threat, other collection,
ordinary) counts equally. N-grams seen in fewer than MIN_DF messages are dropped before training;
after it, only the TOP n-grams by largest absolute weight are kept.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from ngram_model import WEIGHTS_FILE, mask, ngrams  # noqa: E402
from analyzer.normalize import fold  # noqa: E402

DATA = ROOT / "tests" / "data"
SEALED = ("r3_sealed.jsonl", "r4_sealed.jsonl")
GROUPS = ("scam", "threat", "collection", "ordinary")
HEADS = ("scam", "threat")
SEED = 20261203
EPOCHS = 12
RATE = 0.1
L2 = 1e-4
MIN_DF = 2
TOP = 30_000
# A rule example is a phrase, not a message: it counts this much against a message's weight of about 1.
RULE_WEIGHT = 0.5


def group_of(category: str) -> str:
    if category == "scam":
        return "scam"
    if category == "unlawful_threat":
        return "threat"
    if category == "not_collection":
        return "ordinary"
    return "collection"  # reminder, aggressive, legal_notice


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def shipped_files() -> list[Path]:
    files = sorted(p for p in DATA.glob("*.jsonl")) + sorted(p for p in (DATA / "fresh").glob("*.jsonl"))
    files = [p for p in files if p.name not in SEALED]
    return files + [DATA / "ordinary" / "ordinary.jsonl"]


def labelled(rows: Iterable[dict[str, Any]]) -> list[tuple[str, str]]:
    """(text, group) for rows with a category, each distinct text once (first label wins)."""
    seen: set[str] = set()
    out = []
    for r in rows:
        if not r.get("category") or r["text"] in seen:
            continue
        seen.add(r["text"])
        out.append((r["text"], group_of(r["category"])))
    return out


def rule_examples(rules: Iterable[tuple[str, str, str]], banned: Iterable[str] = ()) -> list[tuple[str, dict[str, float]]]:
    """Rule examples (category, must_match|must_not_match, text) as per-head labels: an example a scam
    rule must match is a scam and no threat; one it must not match is no scam (its threat label is
    unknown). Pressure examples are neither. Examples that are part of a banned text (a sealed test
    message) are left out, and so are those that contain one."""
    banned = [b for b in banned if b]
    out = []
    seen: set[str] = set()
    for category, which, text in rules:
        if text in seen or any(text in b or b in text for b in banned):
            continue
        seen.add(text)
        if which == "must_match":
            labels = {"scam": 1.0 if category == "scam" else 0.0, "threat": 1.0 if category == "unlawful_threat" else 0.0}
        elif category == "scam":
            labels = {"scam": 0.0}
        elif category == "unlawful_threat":
            labels = {"threat": 0.0}
        else:
            continue
        out.append((text, labels))
    return out


def shipped_rule_examples() -> list[tuple[str, str, str]]:
    """(category, must_match|must_not_match, text) of every threat, scam and pressure rule."""
    from knowledge import registry  # noqa: PLC0415

    kinds = registry.kinds()
    return [(kinds[r.kind]["category"], which, text) for r in registry.rules()
            for which in ("must_match", "must_not_match") for text in getattr(r, which)]


def features(text: str) -> list[str]:
    return sorted(ngrams(mask(fold(text).text)))


def train(examples: list[tuple[str, str]], rules: list[tuple[str, dict[str, float]]] = (), *, epochs: int = EPOCHS,
          rate: float = RATE, l2: float = L2, min_df: int = MIN_DF, top: int = TOP,
          rule_weight: float = RULE_WEIGHT) -> dict[str, Any]:
    """{"heads": {name: (bias, {ngram: weight})}}, deterministic for the same examples in the same order.

    `examples` are labelled messages (text, group); `rules` are rule examples with per-head labels."""
    counts = {g: sum(1 for _, y in examples if y == g) for g in GROUPS}
    present = [g for g in GROUPS if counts[g]]
    # Each group weighs the same in total, so 2,000 ordinary SMS do not drown 90 threats.
    group_weight = {g: len(examples) / (len(present) * counts[g]) for g in present}
    items: list[tuple[str, dict[str, float], float]] = [
        (t, {h: 1.0 if g == h else 0.0 for h in HEADS}, group_weight[g]) for t, g in examples]
    items += [(t, labels, rule_weight) for t, labels in rules]
    feats = [features(t) for t, _, _ in items]
    df: dict[str, int] = {}
    for fs in feats:
        for g in fs:
            df[g] = df.get(g, 0) + 1
    vocab = sorted(g for g, n in df.items() if n >= min_df)
    index = {g: i for i, g in enumerate(vocab)}
    rows = [[index[g] for g in fs if g in index] for fs in feats]
    heads = {}
    for head in HEADS:
        order = [n for n, (_, labels, _) in enumerate(items) if head in labels]
        w = [0.0] * len(vocab)
        b = 0.0
        rng = random.Random(f"{SEED}:{head}")
        step = 0
        for _ in range(epochs):
            rng.shuffle(order)
            for n in order:
                step += 1
                lr = rate / (1 + step / len(order))
                ids = rows[n]
                _, labels, weight = items[n]
                s = b + sum(w[i] for i in ids)
                p = 1.0 / (1.0 + math.exp(-s)) if s > -30 else 0.0
                g = (p - labels[head]) * weight
                if g == 0.0:
                    continue
                b -= lr * g
                for i in ids:
                    w[i] -= lr * (g + l2 * w[i])
        heads[head] = (b, {vocab[i]: x for i, x in enumerate(w) if x != 0.0})
    keep = sorted({g for _, ws in heads.values() for g in ws},
                  key=lambda g: (-max(abs(ws.get(g, 0.0)) for _, ws in heads.values()), g))[:top]
    keep_set = set(keep)
    return {"heads": {h: (b, {g: x for g, x in ws.items() if g in keep_set}) for h, (b, ws) in heads.items()}}


def _escape(gram: str) -> str:
    return gram.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def render(model: dict[str, Any], meta: dict[str, str]) -> str:
    lines = [f"#{k}\t{v}" for k, v in meta.items()]
    heads = list(model["heads"])
    for h in heads:
        lines.append(f"@head\t{h}\t{model['heads'][h][0]:.4f}")
    grams = sorted({g for _, ws in model["heads"].values() for g in ws})
    for g in grams:
        ws = [model["heads"][h][1].get(g) for h in heads]
        cells = ["" if x is None or round(x, 4) == 0 else f"{x:.4f}" for x in ws]
        if any(cells):
            lines.append(_escape(g) + "\t" + "\t".join(cells))
    return "\n".join(lines) + "\n"


def build() -> str:
    files = shipped_files()
    rows = [r for p in files for r in read_jsonl(p)]
    examples = labelled(rows)
    sealed = [r["text"] for name in SEALED for r in read_jsonl(DATA / "fresh" / name)]
    rules = rule_examples(shipped_rule_examples(), sealed)
    model = train(examples, rules)
    meta = {
        "about": "statistical second opinion (not shipped); built by scripts/train_model.py, do not edit",
        "files": ",".join(str(p.relative_to(DATA)) for p in files),
        "examples": f"{len(examples)} messages, {len(rules)} rule examples",
        "params": f"seed={SEED} epochs={EPOCHS} rate={RATE} l2={L2} min_df={MIN_DF} top={TOP}",
    }
    return render(model, meta)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if the shipped file differs from a rebuild")
    args = ap.parse_args()
    text = build()
    if args.check:
        same = WEIGHTS_FILE.exists() and WEIGHTS_FILE.read_text(encoding="utf-8") == text
        print("weights file is up to date" if same else f"{WEIGHTS_FILE} differs from a rebuild")
        return 0 if same else 1
    WEIGHTS_FILE.parent.mkdir(parents=True, exist_ok=True)
    WEIGHTS_FILE.write_text(text, encoding="utf-8")
    print(f"wrote {WEIGHTS_FILE} ({len(text.encode('utf-8')) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
