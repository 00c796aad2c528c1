"""`cuishou eval`: measure the analyzer on labelled JSON Lines.

Metrics: lender accuracy (on messages whose label names a lender), verdict
accuracy and balanced accuracy (mean per-category recall), per-verdict recall,
a confusion matrix (expected label → analyzer's label), per-kind
precision/recall/F1 and micro-F1 over the issue's finding kinds (each kind
counted once per message; labels outside the list, such as `other`, are
ignored), and the false-alarm rate on not_collection messages.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from analyzer import analyze
from analyzer.report import LenderMatch
from knowledge import registry

# Finding kinds outside the list, which the labels never use: scoring them would count every
# such finding as wrong. fraud_lure (a prize, job, loan or investment lure that impersonates nobody)
# is given to scams whose labels carry no flag because no listed kind fits.
NOT_SCORED = ("false_consequence", "signature_mismatch", "fraud_lure")

LABELS = ("reminder", "aggressive", "unlawful_threat", "legal_notice", "scam", "not_collection")


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not valid JSON ({exc})") from None
    return rows


def lender_matches(label: str, lender: LenderMatch | None) -> bool:
    """A label such as 微粒贷（微众银行） matches the lender's name, an alias or a product.

    Names and aliases match when one contains the other (工商银行 / 中国工商银行, 招商银行信用卡 / 招商银行). A product
    word is weaker: 金条 is 京东金融's product, but the label 水莲金条 names another brand whose product is also
    called 金条. A product matches only the label itself, a label that starts with it (金条白条), or a label that
    also carries one of the lender's names.
    """
    if lender is None:
        return False
    simplified = registry.traditional_map()

    def fold(text: str) -> str:
        # Script does not matter: a label 滙豐銀行 names the same bank as 汇丰银行.
        return "".join(simplified.get(c, c) for c in text.strip().lower())

    parts = [fold(p) for p in re.split(r"[（）()/、]", label) if p.strip()]
    names = [lender.name, *lender.aliases]
    if lender.id:
        names += list(registry.lenders_by_id()[lender.id].former_names)
    names = [fold(n) for n in names]
    products = [fold(p) for p in lender.products]

    def contains(a: str, b: str) -> bool:
        return len(a) >= 2 and len(b) >= 2 and (a in b or b in a)

    for part in parts:
        if any(part == n or contains(part, n) for n in names):
            return True
        for product in products:
            if part == product or (len(product) >= 2 and part.startswith(product)) or (
                    len(part) >= 2 and part in product):
                return True
            if len(product) >= 2 and product in part and any(len(n) >= 2 and n in part for n in names):
                return True
    return False


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def evaluate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    kinds = [k for k in registry.kinds() if k not in NOT_SCORED]
    counts = {k: [0, 0, 0] for k in kinds}
    lender_total = lender_ok = 0
    verdict_ok = 0
    per_label = {label: [0, 0] for label in LABELS}
    confusion = {label: dict.fromkeys(LABELS, 0) for label in LABELS}
    normal_total = false_alarms = 0
    errors = []
    misses = []
    for row in rows:
        report = analyze(row["text"], sender=row.get("sender_number"))
        if row.get("lender"):
            lender_total += 1
            if lender_matches(row["lender"], report.lender):
                lender_ok += 1
        expected = row.get("category")
        got = report.verdict.label
        if expected in per_label:
            per_label[expected][1] += 1
            confusion[expected][got] += 1
            if got == expected:
                per_label[expected][0] += 1
                verdict_ok += 1
            else:
                errors.append({"id": row.get("id"), "expected": expected, "got": got})
        found = {f.kind for f in report.findings} & set(kinds)
        wanted = set(row.get("flags") or []) & set(kinds)
        lender_right = not row.get("lender") or lender_matches(row["lender"], report.lender)
        if got != expected or not lender_right or found != wanted:
            misses.append({
                "id": row.get("id"), "expected": expected, "got": got,
                "lender_expected": row.get("lender") if not lender_right else None,
                "lender_got": (report.lender.name if report.lender else None) if not lender_right else None,
                "missing": sorted(wanted - found), "extra": sorted(found - wanted),
                "text": row["text"],
            })
        for k in kinds:
            if k in found and k in wanted:
                counts[k][0] += 1
            elif k in found:
                counts[k][1] += 1
            elif k in wanted:
                counts[k][2] += 1
        if expected == "not_collection":
            normal_total += 1
            if got in ("scam", "unlawful_threat") or any(
                    f.category in ("scam", "unlawful_threat") for f in report.findings):
                false_alarms += 1
    recalls = [ok / total for ok, total in per_label.values() if total]
    tp = sum(c[0] for c in counts.values())
    fp = sum(c[1] for c in counts.values())
    fn = sum(c[2] for c in counts.values())
    labelled = sum(total for _, total in per_label.values())
    return {
        "n": len(rows),
        "lender_accuracy": round(lender_ok / lender_total, 3) if lender_total else None,
        "lender_n": lender_total,
        "verdict_accuracy": round(verdict_ok / labelled, 3) if labelled else None,
        "verdict_balanced": round(sum(recalls) / len(recalls), 3) if recalls else None,
        "verdict_recall": {k: round(ok / total, 3) for k, (ok, total) in per_label.items() if total},
        "confusion": {k: row for k, row in confusion.items() if per_label[k][1]},
        "finding_micro_f1": _prf(tp, fp, fn)["f1"],
        "per_kind": {k: _prf(*c) for k, c in counts.items() if any(c)},
        "false_alarm_rate": round(false_alarms / normal_total, 3) if normal_total else None,
        "verdict_errors": errors,
        "misses": misses,
    }


def format_misses(s: dict[str, Any], width: int = 120) -> str:
    """One block per message whose verdict, lender or finding kinds differ from its label."""
    lines = []
    for m in s["misses"]:
        parts = []
        if m["got"] != m["expected"]:
            parts.append(f"verdict {m['expected']} → {m['got']}")
        if m["lender_expected"]:
            parts.append(f"lender {m['lender_expected']} → {m['lender_got']}")
        if m["missing"]:
            parts.append("missing " + ",".join(m["missing"]))
        if m["extra"]:
            parts.append("extra " + ",".join(m["extra"]))
        text = m["text"].replace("\n", " ")
        lines.append(f"{m['id']}: " + " | ".join(parts))
        lines.append("    " + (text if len(text) <= width else text[:width] + "…"))
    lines.append(f"{len(s['misses'])} of {s['n']} messages differ from their labels")
    return "\n".join(lines)


def format_scores(s: dict[str, Any]) -> str:
    lines = [f"messages: {s['n']}"]
    for k, c in s["per_kind"].items():
        lines.append(f"  {k:<26} P {c['precision']:.2f}  R {c['recall']:.2f}  F1 {c['f1']:.2f}  (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})")
    lines.append("verdict recall: " + ", ".join(f"{k} {v:.2f}" for k, v in s["verdict_recall"].items()))
    short = {"reminder": "remind", "aggressive": "aggr", "unlawful_threat": "threat", "legal_notice": "legal",
             "scam": "scam", "not_collection": "not_coll"}
    lines.append("confusion (rows: expected, columns: analyzer):")
    lines.append(" " * 17 + "".join(f"{short[c]:>9}" for c in LABELS))
    for k, row in s["confusion"].items():
        lines.append(f"  {k:<15}" + "".join(f"{row[c]:>9}" for c in LABELS))
    lines.append(f"lender accuracy:      {s['lender_accuracy']} (on {s['lender_n']} messages naming a lender)")
    lines.append(f"verdict accuracy:     {s['verdict_accuracy']}")
    lines.append(f"verdict balanced:     {s['verdict_balanced']}")
    lines.append(f"finding micro-F1:     {s['finding_micro_f1']}")
    lines.append(f"false-alarm rate:     {s['false_alarm_rate']}")
    return "\n".join(lines)
