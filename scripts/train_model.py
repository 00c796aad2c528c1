"""Build analyzer/data/resemblance.tsv, the threat- and pressure-resemblance heads, from the repo's own files.

    python scripts/train_model.py               # writes the weights file
    python scripts/train_model.py --check       # rebuilds in memory and fails if the file differs
    python scripts/train_model.py --exclusions  # rewrites scripts/data/model_exclude.sha1 (needs ../shared/eval)

Recipe: "run 3" of tests/data/fresh/RUNS_model15.md (config B), tested pre-registered on para15 (same file):
- pool: every labelled row under tests/data except the sealed files (model15_experiment.SEALED), each text once,
  and no text that is in a sealed file, dev.jsonl or normal.jsonl; rule `must_match` / `must_not_match` examples
  at weight 0.5, less any that is part of, or contains, such a text;
- character 1–3-grams of the folded, masked text (analyzer/resemblance.py), min_df 2; logistic heads by plain
  SGD, 10 epochs, L2 1e-4, seed 20261204; each category the same total weight; a file's rows weigh at most 300
  rows' worth; weights |w| >= 5e-5 kept. Only the threat and aggr heads are trained and shipped (scam head off).

dev.jsonl and normal.jsonl live outside the repo (../shared/eval). So that the weights rebuild from a checkout,
the texts they exclude are listed by SHA-1 in scripts/data/model_exclude.sha1 (no text is stored), made by
--exclusions. Deterministic: the same bytes under any PYTHONHASHSEED.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import model15_experiment as exp  # noqa: E402
from analyzer.resemblance import HEADS, THRESHOLD, WEIGHTS_FILE  # noqa: E402

EXCLUDE_FILE = ROOT / "scripts" / "data" / "model_exclude.sha1"
CONFIG = "B"


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def sealed_texts() -> set[str]:
    return {r["text"] for rows in exp.sealed_rows().values() for r in rows}


def excluded() -> set[str]:
    return set(EXCLUDE_FILE.read_text(encoding="utf-8").split()) if EXCLUDE_FILE.exists() else set()


def pool() -> list[dict[str, Any]]:
    """exp.pool() with dev/normal read from the exclusion list instead of ../shared/eval."""
    banned, skip = sealed_texts(), excluded()
    seen: set[str] = set()
    out = []
    for rel in exp.all_files():
        if exp.is_sealed(rel):
            continue
        for r in exp.read(exp.DATA / rel):
            t = r["text"]
            if r.get("category") in exp.LABELS and t not in seen and t not in banned and sha1(t) not in skip:
                seen.add(t)
                out.append({"text": t, "category": r["category"], "file": rel, "sender": r.get("sender_number")})
    return out


def rule_examples() -> list[tuple[str, dict[str, float]]]:
    skip = excluded()
    return [(t, labels) for t, labels in exp.rule_examples(sealed_texts()) if sha1(t) not in skip]


def exclusions() -> list[str]:
    """SHA-1 of the pool texts and rule examples that only dev.jsonl / normal.jsonl exclude."""
    sealed = sealed_texts()
    shared = exp.forbidden_texts() - sealed
    hashes = set()
    for rel in exp.all_files():
        if not exp.is_sealed(rel):
            hashes |= {sha1(r["text"]) for r in exp.read(exp.DATA / rel) if r["text"] in shared}
    full = {t for t, _ in exp.rule_examples(exp.forbidden_texts())}
    hashes |= {sha1(t) for t, _ in exp.rule_examples(sealed) if t not in full}
    return sorted(hashes)


def _escape(gram: str) -> str:
    return gram.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def build() -> str:
    rows = pool()
    examples = rule_examples()
    model = exp.train(rows, examples, exp.CONFIGS[CONFIG], only=HEADS)
    heads = [model["heads"][h] for h in HEADS]
    lines = [f"#recipe\tRUNS_model15.md run 3 (config {CONFIG}: 1-3-grams, file cap 300, L2 1e-4, 10 epochs)",
             f"#pool\t{len(rows)} rows, {len(examples)} rule examples",
             "#thresholds\t" + " ".join(f"{h} {THRESHOLD[h]:.2f}" for h in HEADS)]
    lines += [f"@head\t{h}\t{b!r}" for h, (b, _) in zip(HEADS, heads)]
    for g in sorted(set().union(*(ws for _, ws in heads))):
        lines.append("\t".join([_escape(g)] + [f"{ws.get(g, 0.0):.6g}" for _, ws in heads]))
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="rebuild in memory; exit 1 if the weights file differs")
    ap.add_argument("--exclusions", action="store_true", help="rewrite the dev/normal exclusion list")
    args = ap.parse_args()
    if args.exclusions:
        EXCLUDE_FILE.parent.mkdir(parents=True, exist_ok=True)
        EXCLUDE_FILE.write_text("".join(h + "\n" for h in exclusions()), encoding="utf-8")
        print(f"wrote {EXCLUDE_FILE}")
        return 0
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
