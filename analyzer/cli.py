"""`cuishou` console script: analyse a message, evaluate on labelled data, and the
commands other parts of the project register (kb, serve, case, loan-cost)."""
from __future__ import annotations

import argparse
import importlib
import json
import sys
from typing import Callable

from analyzer.report import InputError

# Modules that add their own sub-commands through register(subparsers).
# Imported lazily by name so the analyzer package never imports flask itself.
COMMAND_MODULES = ("knowledge.cli", "analyzer.loan_cli", "analyzer.batch.cli", "webapp.cli", "webapp.cases.cli")

_CATEGORY_MARK = {"scam": "【诈骗迹象】", "unlawful_threat": "【违法威胁】", "pressure": "【施压】", "info": "【提示】"}


def _read_text(arg: str) -> str:
    return sys.stdin.read() if arg == "-" else arg


def _cmd_analyze(args: argparse.Namespace) -> int:
    from analyzer import analyze
    from analyzer.render import render_text

    text = _read_text(args.text)
    try:
        report = analyze(text, sender=args.sender, received_at=args.time)
    except InputError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_text(report))
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from analyzer.evaluation import evaluate, format_scores, load_jsonl

    rows = []
    for path in args.paths:
        rows.extend(load_jsonl(path))
    scores = evaluate(rows)
    if args.json:
        print(json.dumps(scores, ensure_ascii=False, indent=2))
    else:
        print(format_scores(scores))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cuishou", description="催收短信鉴别助手")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("analyze", help="分析一条短信")
    p.add_argument("text", help="短信全文；用 - 从标准输入读取")
    p.add_argument("--sender", help="发信号码")
    p.add_argument("--time", help="收到时间，ISO-8601；不带时区按北京时间")
    p.add_argument("--json", action="store_true", help="输出 JSON 报告")
    p.set_defaults(func=_cmd_analyze)

    p = sub.add_parser("eval", help="在带标签的 JSON Lines 上评估")
    p.add_argument("paths", nargs="+", help="一个或多个 .jsonl 文件")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_eval)

    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name is None or not (name == exc.name or name.startswith(exc.name + ".")):
                raise  # a real import error inside the module, not a part not built yet
            continue
        register: Callable[[argparse._SubParsersAction], None] = module.register
        register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
