"""Invariance harness of PREREG_round25 rule 4 (not a test): does the verdict depend on how a message is pasted?

    .venv/bin/python benchmarks/paste_invariance.py [--show FORM]

Every opened labelled message (../shared/eval/*.jsonl, tests/data/fresh and tests/data/probes files whose names do
not contain "sealed", nothing under a probes/*_src folder) is analysed plain and then wrapped in each form of FORMS
below: a friend's forward, the reader's question or fear, a chat log with speakers' names and times, a call
transcript with speaker labels, screenshot (OCR) debris, several messages at once. The script prints, per form and in
total, how many verdicts change from the plain message's verdict ("flip"), how many harmful verdicts (scam,
unlawful_threat) are lost ("miss") or appear ("alarm"), and, for the 2,087 real ordinary SMS of tests/data/ordinary
wrapped in every form, how many become scam or unlawful_threat ("ordinary alarms").

The form list is fixed: it was written by the paste24 branch in round 24 and frozen into this file by
PREREG_round25's addendum before any round-25 branch existed. A branch passes rule 4 when the total flip count falls by
at least half against main, the ordinary alarms stay 0 (or fall), and rules 1-2 hold on the sealed sets.
Sealed files are never opened (their names are filtered before any open()).
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analyzer import analyze  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_noise import _wrap  # noqa: E402  (the screenshot line breaks bench_noise wraps with)

HARM = ("scam", "unlawful_threat")


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。！？!?；])", text) if s.strip()]


def _call_split(text: str) -> str:
    parts = _sentences(text)
    out = []
    for i, s in enumerate(parts):
        out.append("对方：" + s)
        if i < len(parts) - 1:
            out.append("我：嗯")
    return "\n".join(out)


FORMS = {
    "call_reply": lambda t: "对方：" + t + "\n我：我现在没钱，能不能宽限几天",
    "call_split": _call_split,
    "chat_names": lambda t: "催收员小刘 14:32\n" + t + "\n我 14:33\n我现在真的没钱",
    "chat_names2": lambda t: "小刘 14:32\n" + t + "\n我 14:33\n我现在真的没钱\n小刘 14:35\n那你自己看着办",
    "label_cs": lambda t: "催收：" + t,
    "label_kf": lambda t: "客服：" + t + "\n我：知道了",
    "label_name": lambda t: "李经理：" + t + "\n我：我没钱",
    "fwd_before": lambda t: "你看看这个，是不是骗子\n" + t,
    "fwd_after": lambda t: t + "\n你帮我看看，是不是骗子啊",
    "fwd_friend": lambda t: "我朋友收到的，大家看看正常吗？\n" + t,
    "fear_tail": lambda t: t + "\n他们要杀我吗？我好害怕",
    "nomoney": lambda t: t + "\n我没钱",
    "nomoney2": lambda t: t + "\n我没钱，他们会不会来我家啊",
    "ask_same_line": lambda t: "这是真的吗？" + t,
    "ocr_debris": lambda t: "14:32 4G 87%\n< 10691234567\n短信/彩信\n" + t + "\n[图片]",
    "ocr_wrap20": lambda t: "14:32 4G 87%\n" + _wrap(26)(t),
    "several_first": lambda t: "12-03 10:05\n您的账单已逾期，请尽快还款。\n12-03 16:40\n" + t,
    "several_after": lambda t: t + "\n12-04 09:10\n请尽快处理。",
    "several_nostamp": lambda t: "您好，您的账单已逾期，请尽快还款。\n\n" + t,
}


# Sealed by list, not by name (tests/test_reader_agreement.py SEALED; scripts/train_ngram.py SCORED_ONCE). Until
# round 26 this harness read them (a gate26 helper noticed): its earlier totals include their ~130 lines.
SCORED_ONCE = ("r5_col", "r6_col", "r11_col")


def _sealed(p: Path) -> bool:
    return "sealed" in p.name or p.name.startswith(SCORED_ONCE) or "_src" in str(p.parent)


def _opened_files() -> list[Path]:
    files = sorted((ROOT.parent / "shared" / "eval").glob("*.jsonl"))
    for sub in ("fresh", "probes"):
        files += sorted((ROOT / "tests" / "data" / sub).glob("*.jsonl"))
    return [p for p in files if not _sealed(p)]


def _read(paths: list[Path]) -> list[dict]:
    rows = []
    for p in paths:
        assert not _sealed(p), p
        rows += [json.loads(line) for line in p.open(encoding="utf-8") if line.strip()]
    return [r for r in rows if isinstance(r.get("text"), str) and r["text"].strip()]


def main(argv: list[str]) -> int:
    show = argv[argv.index("--show") + 1] if "--show" in argv else None
    rows = _read(_opened_files())
    plain = [analyze(r["text"]).verdict.label for r in rows]
    print(f"{len(rows)} opened messages; plain verdict right {sum(p == r.get('category') for p, r in zip(plain, rows))}")
    total = Counter()
    for name, form in FORMS.items():
        c = Counter()
        for r, before in zip(rows, plain):
            if name.startswith("several") and r.get("category") == "not_collection":
                continue
            after = analyze(form(r["text"])).verdict.label
            c["n"] += 1
            c["right"] += after == r.get("category")
            if after != before:
                c["flip"] += 1
                c["miss"] += before in HARM and after not in HARM
                c["alarm"] += before not in HARM and after in HARM
                if show == name:
                    print(f"  {r.get('id')} {before}->{after} gold={r.get('category')}")
        total.update(c)
        print(f"{name:<16} n={c['n']} flip={c['flip']} miss={c['miss']} alarm={c['alarm']} right={c['right']}")
    ordinary = _read(sorted((ROOT / "tests" / "data" / "ordinary").glob("*.jsonl")))
    ord_alarm = 0
    for r in ordinary:
        for form in FORMS.values():
            ord_alarm += analyze(form(r["text"])).verdict.label in HARM
    print(f"TOTAL flip={total['flip']} miss={total['miss']} alarm={total['alarm']} right={total['right']} of {total['n']}; "
          f"ordinary alarms {ord_alarm} of {len(ordinary) * len(FORMS)} wrapped ordinary SMS")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
