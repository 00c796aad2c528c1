"""Dodge invariance: do verdicts survive the ways senders write key words to get past a keyword filter? (not a test)

    .venv/bin/python benchmarks/dodge_invariance.py [--limit N] [--json OUT.json]

    .venv/bin/python benchmarks/dodge_invariance.py --gold FILE... # these gold files instead
    .venv/bin/python benchmarks/dodge_invariance.py --legacy-files  # the file set of runs before round 51

Takes the gold lines of the opened sets (tests/data/probes/OPENED.txt), the blind training files
(tests/data/probes/blind*_train.jsonl) and ../shared/eval, and the ordinary SMS (tests/data/ordinary); `--gold` names
other gold files (a sealed-named file only if OPENED.txt lists it, never tests/data/fresh/r7*). Until round 51 the
default was every non-sealed jsonl in tests/data/fresh and tests/data/probes plus ../shared/eval; that set, which
includes tests/data/fresh/r7_tune.jsonl and design files, is still there as `--legacy-files` so that figures recorded
before round 51 (dodge_invariance_*.txt) can be compared. It applies each dodge below to the key words of a line
(KEYWORDS) and analyses the dodged line. A dodge that leaves a line unchanged (no key word in it) is not counted.
Per dodge it prints: lines dodged, verdict flips (dodged verdict != verdict of the line as written), of those the
flips from right to wrong and from wrong to right, and on the ordinary SMS the alarms gained (a line not called
scam/unlawful_threat as written, called so once dodged).

The dodges are FROZEN (evade29, round 29): change a dodge and the figures of earlier runs no longer compare. Add a
new one under a new name instead. The sealed files are never read (SEALED_PARTS, as tests/test_reader_agreement.py).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEALED_PARTS = ("sealed", "/r5_col", "/r6_col", "/r11_col", "_src/")
HARM = ("scam", "unlawful_threat")

# The key words a filter looks for, longest first (a dodge rewrites the longest one found at a place).
KEYWORDS = ["紧急联系人", "律师函", "通讯录", "派出所", "联系人", "逾期", "催收", "还款", "欠款", "法院", "起诉", "征信",
            "上门", "曝光", "家人", "老赖", "坐牢", "拘留", "立案", "传票", "公安", "诈骗", "网贷", "贷款", "冻结",
            "微信", "验证码", "执行", "还钱"]

# Traditional forms of the key words (those that differ).
TRADITIONAL = {"律师函": "律師函", "通讯录": "通訊錄", "联系人": "聯繫人", "紧急联系人": "緊急聯繫人", "还款": "還款",
               "起诉": "起訴", "征信": "徵信", "上门": "上門", "家人": "家人", "老赖": "老賴", "传票": "傳票",
               "诈骗": "詐騙", "网贷": "網貸", "贷款": "貸款", "冻结": "凍結", "验证码": "驗證碼", "执行": "執行",
               "还钱": "還錢", "催收": "催收", "逾期": "逾期"}

# Pinyin initials senders write for a listed set of key words (only these; the others are left as written).
INITIALS = {"逾期": "yq", "催收": "cs", "还款": "hk", "法院": "fy", "征信": "zx", "起诉": "qs", "通讯录": "txl",
            "上门": "sm", "微信": "vx", "网贷": "wd", "曝光": "bg", "家人": "jr", "欠款": "qk", "老赖": "ll"}

# Homophones and look-alikes observed in collection and scam messages (one form per key word, fixed).
HOMOPHONES = {"逾期": "逾q", "还款": "还欵", "微信": "薇信", "法院": "法阮", "起诉": "起述", "催收": "摧收",
              "上门": "上🚪", "通讯录": "通迅录", "征信": "征xin", "曝光": "暴光", "老赖": "老癞", "坐牢": "坐lao",
              "欠款": "欠欵", "家人": "家ren", "贷款": "贷欵", "网贷": "网d", "传票": "传piao", "拘留": "拘liu",
              "立案": "立an", "公安": "公an", "派出所": "派出suo", "诈骗": "诈pian", "律师函": "律师han",
              "冻结": "冻jie", "执行": "执xing", "还钱": "还💰", "联系人": "联系ren", "紧急联系人": "紧急联系ren",
              "验证码": "验证ma"}

_FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"}
_DAXIE = dict(zip("0123456789", "零壹贰叁肆伍陆柒捌玖"))


def _each_keyword(text: str, rewrite) -> str:
    out, i = [], 0
    while i < len(text):
        for w in KEYWORDS:
            if text.startswith(w, i):
                new = rewrite(w)
                out.append(w if new is None else new)
                i += len(w)
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _between(sep: str):
    return lambda w: sep.join(w)


def _mask_insert(w: str) -> str:
    return w[0] + "**" + w[1:] if len(w) == 2 else w[0] + "x" + w[1:]


def _mask_replace(w: str) -> str:
    return w[:-1] + "*"


def _daxie(n: int) -> str:
    """5000 -> 伍仟, 10500 -> 壹万零伍佰 (amounts under 10^8, as written on a cheque)."""
    if n == 0:
        return "零"
    if n >= 10_000:
        high, low = divmod(n, 10_000)
        return _daxie(high) + "万" + (("零" if low < 1000 else "") + _daxie(low) if low else "")
    out, zero = [], False
    for unit, digit in zip(("仟", "佰", "拾", ""), f"{n:04d}"):
        if digit == "0":
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(_DAXIE[digit] + unit)
    return "".join(out)


def _amounts_daxie(text: str) -> str:
    import re
    return re.sub(r"(?<![0-9.])[0-9]{1,8}(?=元|块)", lambda m: _daxie(int(m.group(0))), text)


DODGES = {
    "dot": lambda t: _each_keyword(t, _between(".")),
    "slash": lambda t: _each_keyword(t, _between("/")),
    "space": lambda t: _each_keyword(t, _between(" ")),
    "emoji": lambda t: _each_keyword(t, _between("🌸")),
    "fullwidth": lambda t: "".join(_FULLWIDTH.get(c, c) for c in t),
    "traditional": lambda t: _each_keyword(t, TRADITIONAL.get),
    "initials": lambda t: _each_keyword(t, INITIALS.get),
    "homophone": lambda t: _each_keyword(t, HOMOPHONES.get),
    "mask_insert": lambda t: _each_keyword(t, _mask_insert),
    "mask_replace": lambda t: _each_keyword(t, _mask_replace),
    "daxie": _amounts_daxie,
}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def legacy_files() -> list[Path]:
    """The gold files of runs before round 51: every non-sealed jsonl in fresh and probes, and ../shared/eval."""
    gold = sorted((ROOT / "tests/data/fresh").glob("*.jsonl")) + sorted((ROOT / "tests/data/probes").glob("*.jsonl")) + \
        sorted((ROOT.parent / "shared" / "eval").glob("*.jsonl"))
    return [p for p in gold if not any(s in str(p) for s in SEALED_PARTS)]


def allowed(path: Path) -> bool:
    """A gold file a branch may read: an opened set, or a non-sealed file outside tests/data/fresh/r7*."""
    from scripts.train_ngram import is_opened
    if path.parent.name == "fresh" and path.name.startswith("r7"):
        return False
    return is_opened(path) or not any(s in str(path) for s in SEALED_PARTS)


def opened_files() -> tuple[list[Path], list[Path]]:
    """(gold files, ordinary files): the opened sets, the blind training files and ../shared/eval."""
    from scripts.train_ngram import opened_names
    probes = ROOT / "tests/data/probes"
    gold = [probes / n for n in sorted(opened_names())] + sorted(probes.glob("blind*_train.jsonl")) + \
        sorted((ROOT.parent / "shared" / "eval").glob("*.jsonl"))
    ordinary = sorted((ROOT / "tests/data/ordinary").glob("*.jsonl"))
    return [p for p in gold if p.exists() and allowed(p)], ordinary


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0, help="at most N gold lines (every k-th line; 0: all)")
    ap.add_argument("--json", help="write per-dodge figures and per-line flips here")
    ap.add_argument("--only", help="comma-separated dodge names (default: all)")
    ap.add_argument("--exclude", default="", help="comma-separated parts of file names to leave out (to compare with a run "
                    "made before a file was added)")
    ap.add_argument("--gold", nargs="+", type=Path, help="these gold files instead of the default set")
    ap.add_argument("--legacy-files", action="store_true", help="the default gold files of runs before round 51")
    args = ap.parse_args()
    from analyzer import analyze

    gold_files, ordinary_files = opened_files()
    if args.legacy_files:
        gold_files = legacy_files()
    if args.gold:
        refused = [str(p) for p in args.gold if not allowed(p.resolve())]
        if refused:
            sys.exit("not read (sealed, not on OPENED.txt, or tests/data/fresh/r7*): " + ", ".join(refused))
        gold_files = list(args.gold)
    skip = [x for x in args.exclude.split(",") if x]
    gold_files = [p for p in gold_files if not any(x in p.name for x in skip)]
    gold = [(p.name, r) for p in gold_files for r in _rows(p) if r.get("text") and r.get("category")]
    if args.limit and len(gold) > args.limit:
        step = len(gold) / args.limit
        gold = [gold[int(i * step)] for i in range(args.limit)]
    ordinary = [(p.name, r) for p in ordinary_files for r in _rows(p) if r.get("text")]
    t0 = time.perf_counter()
    base = {}
    for kind, lines in (("gold", gold), ("ordinary", ordinary)):
        for i, (_name, r) in enumerate(lines):
            base[kind, i] = analyze(r["text"]).verdict.label
    figures: dict[str, dict] = {}
    moved: list[dict] = []
    for dname, dodge in DODGES.items():
        if args.only and dname not in args.only.split(","):
            continue
        c: Counter = Counter()
        for kind, lines in (("gold", gold), ("ordinary", ordinary)):
            for i, (name, r) in enumerate(lines):
                text = r["text"]
                new = dodge(text)
                if new == text:
                    continue
                was = base[kind, i]
                got = analyze(new).verdict.label
                c[kind + "_dodged"] += 1
                if got == was:
                    continue
                c[kind + "_flips"] += 1
                if kind == "gold":
                    gold_label = r["category"]
                    c["right_to_wrong"] += was == gold_label
                    c["wrong_to_right"] += got == gold_label
                    c["fa_gained"] += was not in HARM and got in HARM and gold_label not in HARM
                else:
                    c["ordinary_alarms_gained"] += was not in HARM and got in HARM
                moved.append({"dodge": dname, "file": name, "id": r.get("id", i), "gold": r.get("category"),
                              "was": was, "got": got, "text": text, "dodged": new})
        figures[dname] = dict(c)
    took = time.perf_counter() - t0
    print(f"gold lines {len(gold)} from {len(gold_files)} files, ordinary {len(ordinary)}; {took:.0f}s")
    head = f"{'dodge':13} {'gold_dodged':>11} {'flips':>6} {'right>wrong':>11} {'wrong>right':>11} {'FA+':>4} " \
           f"{'ord_dodged':>10} {'ord_flips':>9} {'ord_alarm+':>10}"
    print(head)
    total = Counter()
    for dname, c in figures.items():
        total.update(c)
        print(f"{dname:13} {c.get('gold_dodged', 0):>11} {c.get('gold_flips', 0):>6} {c.get('right_to_wrong', 0):>11} "
              f"{c.get('wrong_to_right', 0):>11} {c.get('fa_gained', 0):>4} {c.get('ordinary_dodged', 0):>10} "
              f"{c.get('ordinary_flips', 0):>9} {c.get('ordinary_alarms_gained', 0):>10}")
    print(f"{'TOTAL':13} {total['gold_dodged']:>11} {total['gold_flips']:>6} {total['right_to_wrong']:>11} "
          f"{total['wrong_to_right']:>11} {total['fa_gained']:>4} {total['ordinary_dodged']:>10} "
          f"{total['ordinary_flips']:>9} {total['ordinary_alarms_gained']:>10}")
    if args.json:
        Path(args.json).write_text(json.dumps({"figures": figures, "moved": moved}, ensure_ascii=False, indent=1),
                                   encoding="utf-8")


if __name__ == "__main__":
    main()
