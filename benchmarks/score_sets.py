"""Score labelled sets the way the round pre-registrations judge a branch, printing aggregates only.

    python benchmarks/score_sets.py FILE.jsonl [FILE.jsonl …] [--dump OUT.json] [--per-kind]

Per file and in total: correct verdicts, false alarms (a line whose gold category is neither unlawful_threat nor scam
called one of them), threat and scam recall, lender matches (`analyzer.evaluation.lender_matches`) and finding
micro-F1. Each file's finding counts cover only the kinds its writer used (the union of its lines' flags), so a set
whose writer never labels a kind is not charged with that kind's findings; the counts are summed over the files.

No message text is printed, so sealed sets may be scored without being read. `--dump` writes, per line,
{"file#id": [gold, verdict, sorted kinds, lender_ok]} for comparing two checkouts (compare with `--compare A B`, which
prints counts of changed verdicts by gold and new verdict, again without text).
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analyzer import analyze  # noqa: E402
from analyzer.evaluation import NOT_SCORED, lender_matches, load_jsonl  # noqa: E402
from knowledge import registry  # noqa: E402

ALARMS = ("unlawful_threat", "scam")


def score_file(path: Path, dump: dict) -> dict:
    rows = load_jsonl(path)
    kinds = set(registry.kinds()) - set(NOT_SCORED)
    used = set().union(*(set(r.get("flags") or []) for r in rows)) & kinds if rows else set()
    s = Counter()
    per_kind: dict[str, Counter] = {}
    for row in rows:
        report = analyze(row["text"], sender=row.get("sender_number"))
        gold, got = row.get("category"), report.verdict.label
        s["n"] += 1
        s["correct"] += got == gold
        if gold not in ALARMS:
            s["fa"] += got in ALARMS
        for cat in ALARMS:
            if gold == cat:
                s[cat + "_n"] += 1
                s[cat + "_ok"] += got == cat
        lender_ok = None
        if row.get("lender"):
            lender_ok = lender_matches(row["lender"], report.lender)
            s["lender_n"] += 1
            s["lender_ok"] += lender_ok
        found = {f.kind for f in report.findings} & used
        wanted = set(row.get("flags") or []) & used
        for k in found | wanted:
            c = per_kind.setdefault(k, Counter())
            c["tp" if k in found and k in wanted else "fp" if k in found else "fn"] += 1
        s["tp"] += len(found & wanted)
        s["fp"] += len(found - wanted)
        s["fn"] += len(wanted - found)
        dump[f"{path.name}#{row.get('id')}"] = [gold, got, sorted(found), lender_ok]
    return {"counts": s, "per_kind": per_kind}


def f1(c: Counter) -> float:
    denom = 2 * c["tp"] + c["fp"] + c["fn"]
    return 2 * c["tp"] / denom if denom else 0.0


def line(name: str, c: Counter) -> str:
    return (f"{name:<28} {c['correct']:>5}/{c['n']:<5} FA {c['fa']:>3}  threat {c['unlawful_threat_ok']:>3}/"
            f"{c['unlawful_threat_n']:<3} scam {c['scam_ok']:>3}/{c['scam_n']:<3} lender {c['lender_ok']:>3}/"
            f"{c['lender_n']:<3} F1 {f1(c):.4f} (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})")


def compare(a_path: str, b_path: str) -> None:
    a, b = json.loads(Path(a_path).read_text()), json.loads(Path(b_path).read_text())
    changes = Counter()
    per_file = {}
    for key in sorted(set(a) & set(b)):
        gold, va, vb = a[key][0], a[key][1], b[key][1]
        fname = key.split("#")[0]
        d = per_file.setdefault(fname, Counter())
        d["ok"] += (vb == gold) - (va == gold)
        if gold not in ALARMS:
            d["fa"] += (vb in ALARMS) - (va in ALARMS)
        d["kinds"] += len(set(b[key][2]) ^ set(a[key][2]))
        if va != vb:
            changes[(gold, va, vb)] += 1
    for fname, d in per_file.items():
        if any(d.values()):
            print(f"{fname:<28} ok {d['ok']:+d}  FA {d['fa']:+d}  kind changes {d['kinds']}")
    for (gold, va, vb), n in changes.most_common():
        print(f"  gold {gold:<16} {va:>16} -> {vb:<16} {n}")
    print(f"total ok {sum(d['ok'] for d in per_file.values()):+d}, FA {sum(d['fa'] for d in per_file.values()):+d}")


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if argv else 2
    missing = [a for a in argv if not a.startswith("--") and a.endswith(".jsonl") and not Path(a).is_file()]
    if missing:
        print(f"score_sets: no such file: {missing[0]}", file=sys.stderr)
        return 2
    if argv[:1] == ["--compare"]:
        compare(argv[1], argv[2])
        return 0
    dump_to = None
    per_kind_out = "--per-kind" in argv
    files = [a for a in argv if a != "--per-kind"]
    if "--dump" in files:
        i = files.index("--dump")
        dump_to = files[i + 1]
        del files[i:i + 2]
    total, kinds_total, dump = Counter(), {}, {}
    for name in files:
        result = score_file(Path(name), dump)
        total.update(result["counts"])
        for k, c in result["per_kind"].items():
            kinds_total.setdefault(k, Counter()).update(c)
        print(line(Path(name).name, result["counts"]))
    if len(files) > 1:
        print(line("TOTAL", total))
    if per_kind_out:
        for k, c in sorted(kinds_total.items(), key=lambda kv: -(kv[1]["fp"] + kv[1]["fn"])):
            print(f"  {k:<28} tp {c['tp']:>5} fp {c['fp']:>5} fn {c['fn']:>5}")
    if dump_to:
        Path(dump_to).write_text(json.dumps(dump, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
