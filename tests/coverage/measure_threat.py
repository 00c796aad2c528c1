"""Coverage figures for tests/data/probes/cov14_threat.jsonl (COV14 threat area).

    .venv/bin/python tests/coverage/measure_threat.py [--misses KIND] [--fires]

Per kind: fraction of positives that get that kind; per template (the notes' second field); verdicts;
negatives that get a serious scam/threat finding.
"""
from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from analyzer import get_analyzer  # noqa: E402

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "cov14_threat.jsonl"


def serious_threat(report) -> list[str]:
    return [f.kind for f in report.findings
            if (f.category in ("scam", "unlawful_threat") and f.severity in ("high", "medium"))
            or (f.kind == "doorstep_visit_threat" and f.severity == "high")]


def main() -> None:
    a = get_analyzer()
    path = Path(sys.argv[sys.argv.index("--probes") + 1]) if "--probes" in sys.argv else PROBES
    rows = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    misses_kind = sys.argv[sys.argv.index("--misses") + 1] if "--misses" in sys.argv else None
    by_kind = collections.defaultdict(lambda: [0, 0])
    by_tpl = collections.defaultdict(lambda: [0, 0])
    verdicts = collections.Counter()
    neg = collections.defaultdict(lambda: [0, 0])
    fires = []
    for r in rows:
        rep = a.analyze(r["text"])
        kinds = {f.kind for f in rep.findings}
        if r["flags"]:
            k = r["flags"][0]
            hit = k in kinds
            by_kind[k][0] += hit
            by_kind[k][1] += 1
            tpl = k + "/" + r["notes"].split(" / ")[1]
            by_tpl[tpl][0] += hit
            by_tpl[tpl][1] += 1
            verdicts[(k, rep.verdict.label)] += 1
            if misses_kind and k == misses_kind and not hit:
                print("MISS", r["id"], r["text"], sorted(kinds))
        else:
            tpl = r["notes"].split(" / ")[1]
            st = serious_threat(rep)
            neg[tpl][0] += bool(st)
            neg[tpl][1] += 1
            if st:
                fires.append((r["id"], r["text"], st))
    print("| kind | positives | got kind | coverage |\n|---|---|---|---|")
    for k, (h, n) in sorted(by_kind.items()):
        print(f"| {k} | {n} | {h} | {h / n:.2f} |")
    print("\n| kind/template | n | coverage |\n|---|---|---|")
    for t, (h, n) in sorted(by_tpl.items()):
        print(f"| {t} | {n} | {h / n:.2f} |")
    print("\n| kind | unlawful_threat | aggressive | reminder | scam | not_collection | other |\n|---|---|---|---|---|---|---|")
    for k in sorted(by_kind):
        c = {v: verdicts[(k, v)] for v in ("unlawful_threat", "aggressive", "reminder", "scam", "not_collection")}
        other = by_kind[k][1] - sum(c.values())
        print(f"| {k} | " + " | ".join(str(c[v]) for v in c) + f" | {other} |")
    print("\n| negative template | n | fired scam/threat |\n|---|---|---|")
    for t, (h, n) in sorted(neg.items()):
        print(f"| {t} | {n} | {h} |")
    if "--fires" in sys.argv:
        for f in fires:
            print("FIRE", *f)


if __name__ == "__main__":
    main()
