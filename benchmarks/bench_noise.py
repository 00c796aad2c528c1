"""Noise robustness: how often a form real users paste in changes the verdict of a labelled message. Not a test.

    .venv/bin/python benchmarks/bench_noise.py [--show FORM] [FILE.jsonl ...]

Each opened labelled message (default: /work/shared/eval/dev.jsonl and tests/data/fresh/*.jsonl, never a file whose
name holds "sealed") is analysed clean, then once per noise form: the user's own words around it, a screenshot's
status bar or OCR line breaks, a forwarded chat header, a time stamp, typos and homophones, pinyin initials, pinyin
for one character, separators or emoji between the characters of a word, full-width forms, Traditional characters
(OpenCC, when installed: an independent converter, not the inverse of knowledge/data/traditional.txt). A form that
does not change a message's text is not counted for it. A flip is a verdict that differs from the clean one;
"miss" is a harmful clean verdict (scam, unlawful_threat) turned harmless, "alarm" the reverse.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analyzer import analyze  # noqa: E402

HARMFUL = ("scam", "unlawful_threat")
DEFAULT_FILES = [Path("/work/shared/eval/dev.jsonl"),
                 *sorted(p for p in (ROOT / "tests/data/fresh").glob("*.jsonl") if "sealed" not in p.name)]


def _each(table: dict[str, str]) -> Callable[[str], str]:
    pattern = re.compile("|".join(map(re.escape, sorted(table, key=len, reverse=True))))
    return lambda text: pattern.sub(lambda m: table[m.group(0)], text)


def _split(words: list[str], sep: str) -> Callable[[str], str]:
    return _each({w: sep.join(w) for w in words})


_KEYWORDS = ["逾期", "催收", "还款", "欠款", "起诉", "法院", "通讯录", "曝光", "上门", "家人", "征信", "律师函", "传票",
             "拘留", "坐牢", "警察", "公安", "冻结", "网贷", "贷款", "借款", "单位", "同事", "验证码", "转账", "老赖"]
_TYPOS = {"逾期": "愈期", "催收": "摧收", "还款": "环款", "起诉": "起述", "曝光": "爆光", "通讯录": "通迅录", "欠款": "欠歀",
          "律师函": "律师涵", "征信": "争信", "老赖": "老癞", "拘留": "拘流", "冻结": "冻洁", "传票": "传漂"}
_INITIALS = {"逾期": "yq", "催收": "cs", "还款": "hk", "征信": "zx", "通讯录": "txl", "网贷": "网dai", "起诉": "qs",
             "上门": "sm"}
_LETTERS = {"法院": "fa院", "警察": "jing察", "通讯录": "tong讯录", "起诉": "起su", "上门": "shang门", "曝光": "bao光",
            "律师": "lv师", "派出所": "pai出所", "公安": "gong安", "家人": "jia人", "坐牢": "zuo牢", "拘留": "ju留",
            "逾期": "yu期", "催收": "cui收", "征信": "zheng信", "冻结": "dong结", "验证码": "yan证码", "单位": "dan位"}


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in text)


def _wrap(width: int) -> Callable[[str], str]:
    # A screenshot read by OCR breaks lines where the screen does, inside words, numbers and links: at a fixed display
    # width, a Chinese character or full-width form taking two columns, anything else one.
    def wrap(text: str) -> str:
        lines, line, used = [], [], 0
        for ch in text:
            cost = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
            if ch == "\n" or used + cost > width:
                lines.append("".join(line))
                line, used = [], 0
                if ch == "\n":
                    continue
            line.append(ch)
            used += cost
        return "\n".join(lines + ["".join(line)])
    return wrap


def _opencc(config: str) -> Callable[[str], str] | None:
    try:
        import opencc  # noqa: PLC0415 - optional, for this benchmark only
    except ImportError:
        return None
    converter = opencc.OpenCC(config)
    return converter.convert


FORMS: dict[str, Callable[[str], str] | None] = {
    "ask_before": lambda t: "刚收到这个，是真的吗：" + t,
    "ask_mom": lambda t: "他们发给我妈的：\n" + t,
    "ask_after": lambda t: t + "\n这是真的吗？我该怎么办",
    "status_bar": lambda t: "中国移动 4G 10:32\n" + t,
    "sms_app": lambda t: "短信/彩信 今天 09:15\n" + t,
    "chat_header": lambda t: "【某某分期-李专员】\n" + t,
    "time_stamp": lambda t: "12月3日 10:32\n" + t,
    "two_messages": lambda t: "10:32\n" + t + "\n10:47\n" + t,
    "ocr_wrap": _wrap(32),
    "ocr_all": lambda t: "中国移动 4G 10:32\n短信/彩信 今天 09:15\n" + _wrap(32)(t),
    "typo": _each(_TYPOS),
    "initials": _each(_INITIALS),
    "pinyin_char": _each(_LETTERS),
    "space": _split(_KEYWORDS, " "),
    "star": _split(_KEYWORDS, "*"),
    "hyphen": _split(_KEYWORDS, "-"),
    "emoji": _split(_KEYWORDS, "😊"),
    "fullwidth": _fullwidth,
    "traditional": _opencc("s2t"),
    "taiwan": _opencc("s2twp"),
}


def load(paths: list[Path]) -> list[dict]:
    rows = []
    for path in paths:
        if "sealed" in path.name or "_src" in str(path):
            raise SystemExit(f"{path}: sealed data is never read")
        rows += [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return [r for r in rows if "text" in r]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--show", help="print the messages this form flips")
    args = parser.parse_args()
    rows = load(args.files or DEFAULT_FILES)
    clean = [analyze(r["text"], sender=r.get("sender_number")).verdict.label for r in rows]
    gold_right = sum(c == r.get("category") for c, r in zip(clean, rows))
    print(f"{len(rows)} messages; clean verdict = gold label on {gold_right}")
    print(f"{'form':<14}{'applied':>8}{'flips':>7}{'miss':>6}{'alarm':>7}{'right':>7}{'clean right':>12}")
    totals: Counter[str] = Counter()
    for name, form in FORMS.items():
        if form is None:
            print(f"{name:<14} (opencc not installed)")
            continue
        counts: Counter[str] = Counter()
        for row, before in zip(rows, clean):
            noisy = form(row["text"])
            if noisy == row["text"]:
                continue
            after = analyze(noisy, sender=row.get("sender_number")).verdict.label
            counts["applied"] += 1
            counts["clean right"] += before == row.get("category")
            counts["right"] += after == row.get("category")
            if after != before:
                counts["flips"] += 1
                counts["miss"] += before in HARMFUL and after not in HARMFUL
                counts["alarm"] += before not in HARMFUL and after in HARMFUL
                if args.show == name:
                    print(f"  {row.get('id')} {before}->{after} gold={row.get('category')}: {noisy[:160]!r}")
        totals.update(counts)
        print(f"{name:<14}{counts['applied']:>8}{counts['flips']:>7}{counts['miss']:>6}{counts['alarm']:>7}"
              f"{counts['right']:>7}{counts['clean right']:>12}")
    print(f"{'TOTAL':<14}{totals['applied']:>8}{totals['flips']:>7}{totals['miss']:>6}{totals['alarm']:>7}"
          f"{totals['right']:>7}{totals['clean right']:>12}")


if __name__ == "__main__":
    main()
