"""relay72: compares two dumps of benchmarks/relay72_dump.py (or dump_reports.py) case by case, ignoring exactly the
fields a guidance branch may change — `reader`, `guidance`, `actions`, `replies` and `verdict.summary` (the sentence
the reader is told) — and prints how many cases differ anywhere else (must be 0: verdict label, risk and legal check,
findings with their spans, lender, sender, numbers, links, facts, loan check), then how many differ in each ignored
field and how the reader's role changed. No message text is printed.

    python benchmarks/relay72_compare.py BEFORE.jsonl AFTER.jsonl
"""
from __future__ import annotations

import json
import sys
from collections import Counter

IGNORED = ("reader", "guidance", "actions", "replies")


def _rest(report: dict) -> dict:
    out = {k: v for k, v in report.items() if k not in IGNORED}
    if isinstance(out.get("verdict"), dict):
        out["verdict"] = {k: v for k, v in out["verdict"].items() if k != "summary"}
    return out


def main(before_path: str, after_path: str) -> int:
    with open(before_path, encoding="utf-8") as b, open(after_path, encoding="utf-8") as a:
        before = [json.loads(line) for line in b]
        after = [json.loads(line) for line in a]
    if [x["case"] for x in before] != [x["case"] for x in after]:
        print("the two dumps do not list the same cases")
        return 2
    elsewhere, fields, roles = [], Counter(), Counter()
    for x, y in zip(before, after):
        rx, ry = x["report"], y["report"]
        if _rest(rx) != _rest(ry):
            elsewhere.append(x["case"])
        for key in IGNORED:
            fields[key] += rx.get(key) != ry.get(key)
        fields["verdict.summary"] += (rx.get("verdict") or {}).get("summary") != (ry.get("verdict") or {}).get("summary")
        r0, r1 = rx.get("reader") or {}, ry.get("reader") or {}
        if r0 != r1:
            roles[f"{r0.get('role')}/{r0.get('relation')} -> {r1.get('role')}/{r1.get('relation')}"] += 1
    print(f"{len(before)} cases; differing outside reader/guidance/actions/replies/verdict.summary: {len(elsewhere)}")
    for case in elsewhere[:20]:
        print("  ", case)
    for key, n in fields.items():
        print(f"  {key:16} differs in {n}")
    for change, n in roles.most_common():
        print(f"  reader {change}: {n}")
    return 1 if elsewhere else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
