"""Build analyzer/data/wording_model.tsv, the weights of the learned threat backstop
(analyzer/detectors/wording_model.py), with the recipe pre-registered and tested in tests/data/fresh/RUNS_model20.md.

    python scripts/train_model20.py            # (re)write the weights file
    python scripts/train_model20.py --check    # rebuild in memory, compare bytes with the file
    python scripts/train_model20.py --write-exclude   # refresh scripts/data/model20_exclude.sha1 (needs dev/normal)

Same inputs and seed -> the same file, byte for byte. The inputs are the repository's labelled rows outside the
sealed files (scripts/model20_experiment.is_sealed) and the rules' examples; dev.jsonl and normal.jsonl live outside
the repository, so the pool rows and rule examples they exclude are listed by SHA-1 in
scripts/data/model20_exclude.sha1. The inputs also depend on the analyzer (the model reads the text the rules read:
anti-fraud warnings and the reader's own chat lines blanked), so a change to the rules' examples, the data or
analyzer/normalize.py can make --check fail: rerun this script and commit the file. Prints counts only.
"""
from __future__ import annotations

import hashlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import model20_experiment as e  # noqa: E402

m15 = e.m15
OUT = ROOT / "analyzer" / "data" / "wording_model.tsv"
EXCLUDE = ROOT / "scripts" / "data" / "model20_exclude.sha1"
THRESHOLD = 0.80  # RUNS_model20.md, threat head (precision rule); the aggr head stays off
RECIPE = "model20 config B: char 1-3-grams of mask(fold(rule text)), min_df 2, SGD 10 epochs, L2 1e-4, cap 300, seed 20261204"


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def sealed_texts() -> set[str]:
    return {r["text"] for rows in m15.sealed_rows().values() for r in rows}


def shared_texts() -> set[str] | None:
    if not all((m15.SHARED / f"{n}.jsonl").exists() for n in ("dev", "normal")):
        return None
    return {r["text"] for n in ("dev", "normal") for r in m15.read(m15.SHARED / f"{n}.jsonl")}


def _pool(banned: set[str], exclude: set[str]) -> list[dict]:
    seen: set[str] = set()
    out = []
    for rel in m15.all_files():
        if e.is_sealed(rel):
            continue
        for r in m15.read(m15.DATA / rel):
            t = r["text"]
            if r.get("category") in m15.LABELS and t not in seen and t not in banned and _sha1(t) not in exclude:
                seen.add(t)
                out.append({"text": t, "category": r["category"], "file": rel, "sender": r.get("sender_number")})
    return out


def inputs(exclude: set[str]) -> tuple[list[dict], list]:
    sealed = sealed_texts()
    rows = _pool(sealed, exclude)
    examples = [(t, lab) for t, lab in m15.rule_examples(sealed) if _sha1(t) not in exclude]
    return rows, examples


def write_exclude() -> None:
    shared = shared_texts()
    if shared is None:
        raise SystemExit("dev.jsonl / normal.jsonl not found next to the repository")
    sealed = sealed_texts()
    with_shared = {r["text"] for r in _pool(sealed | shared, set())}
    without = _pool(sealed, set())
    ex_with = {t for t, _ in m15.rule_examples(sealed | shared)}
    ex_without = {t for t, _ in m15.rule_examples(sealed)}
    gone = sorted({_sha1(r["text"]) for r in without if r["text"] not in with_shared}
                  | {_sha1(t) for t in ex_without - ex_with})
    EXCLUDE.parent.mkdir(parents=True, exist_ok=True)
    EXCLUDE.write_text("".join(h + "\n" for h in gone), encoding="ascii")
    print(f"{len(gone)} texts excluded because of dev/normal")


def _rule_text(row: dict) -> str:
    from analyzer.detectors import warned  # noqa: PLC0415
    from analyzer.document import parse  # noqa: PLC0415

    doc = parse(row["text"], row.get("sender"), None)
    spans = warned.quoted(doc.f, doc.keys)
    own = warned.own_replies(doc)
    if own:
        spans = sorted(spans + own)
    return (warned.masked(doc, spans) if spans else doc).f


def build() -> str:
    exclude = set(EXCLUDE.read_text(encoding="ascii").split()) if EXCLUDE.exists() else set()
    rows, examples = inputs(exclude)
    rows = [dict(r, text=_rule_text(r)) for r in rows]
    model = m15.train(rows, examples, e.CONFIG, only=("threat",))
    bias, weights = model["heads"]["threat"]
    digest = hashlib.sha1()
    for r in rows:
        digest.update(f"{r['category']}\t{r['file']}\t{r['text']}\n".encode())
    for t, lab in examples:
        digest.update(f"{sorted(lab.items())}\t{t}\n".encode())
    files = len({r["file"] for r in rows})
    lines = [f"#recipe\t{RECIPE}", f"#threshold\t{THRESHOLD:.2f}",
             f"#pool\t{len(rows)} rows in {files} files, {len(examples)} rule examples",
             f"#inputs_sha1\t{digest.hexdigest()}", f"@head\tthreat\t{bias:.6g}"]
    for g in sorted(weights):
        w = weights[g]
        lines.append(f"{g.replace(chr(92), chr(92) * 2)}\t{w:.6g}")
    return "\n".join(lines) + "\n"


def main() -> int:
    args = sys.argv[1:]
    if "--write-exclude" in args:
        write_exclude()
        return 0
    t0 = time.time()
    text = build()
    if "--check" in args:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT.name} differs from a rebuild: run python scripts/train_model20.py")
        return 0 if same else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {text.count(chr(10)) - 5} n-grams in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
