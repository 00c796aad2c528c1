"""`cuishou loan-cost`: what a loan really costs, against the legal lines."""
from __future__ import annotations

import argparse
import json
import sys

from analyzer.loan.cost import PERIODS, Payment, Plan, loan_cost
from analyzer.loan.input import normalize_date
from analyzer.loan.lines import LENDER_KINDS, READING_LABELS, pct
from analyzer.report import InputError

EPILOG = """例子：
  cuishou loan-cost --received 10000 --payment 1000 --count 12 --period month
  cuishou loan-cost --received 8000 --principal 10000 --payment 900 --count 12 --json
  cuishou loan-cost --received 700 --principal 1000 --payment 1000 --count 1 --period week
  cuishou loan-cost --received 5000 --contract-date 2025-06-01 --pay 2025-07-01:2700 --pay 2025-08-01:2700
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "loan-cost", help="借款成本核算：真实年利率和法律界线",
        description="按实际到手的钱和还款计划，算出真实利率，并和法律界线（4倍LPR、24%、36%）比较。",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--received", required=True, help="实际到手的金额（元）")
    p.add_argument("--principal", help="合同/借条上写的本金（元）；不填则等于实际到手金额")
    p.add_argument("--payment", help="每期还款金额（元），与 --count 一起用")
    p.add_argument("--count", type=int, help="还款期数")
    p.add_argument("--period", choices=tuple(PERIODS), help="还款周期：day 天、week 周、month 月（默认 month）")
    p.add_argument("--pay", action="append", metavar="[日期:]金额",
                   help="逐笔填写还款，可重复：--pay 2025-07-01:2700 或只写金额（每期一笔）")
    p.add_argument("--contract-date", help="借款日期/合同日期，YYYY-MM-DD（用于查当时的LPR）")
    p.add_argument("--lender-kind", choices=tuple(LENDER_KINDS), help="实际出钱的是谁；不填按“不清楚”处理")
    p.add_argument("--lpr", help="合同成立时的一年期LPR（百分数，如 3.0）；不填则按借款日期查")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=run)


def _payments(args: argparse.Namespace) -> Plan | list[Payment]:
    if args.pay and (args.payment or args.count):
        raise InputError("--pay 和 --payment/--count 只能选一种。")
    if args.pay:
        out = []
        for item in args.pay:
            when, _, amount = item.rpartition(":")
            out.append(Payment(amount=amount, on=normalize_date(when) if when else None))
        return out
    if args.payment is None or args.count is None:
        raise InputError("请填写每期还款金额 --payment 和期数 --count，或者用 --pay 逐笔填写。")
    return Plan(count=args.count, amount=args.payment, period=args.period or "month")


def render(cost_dict: dict) -> str:
    lines = list(cost_dict["explanation"])
    lines.append("")
    lines.append("法律界线：")
    for line in cost_dict["lines"]:
        mark = "适用" if line["applies"] else "不适用"
        state = {True: "超过", False: "未超过", None: "无法判断"}[line["exceeded"]]
        value = "未知" if line["value"] is None else pct(line["value"])
        c = line["citation"]
        lines.append(f"  [{mark}] {line['name']}：{value}，{state}")
        lines.append(f"      {READING_LABELS[line['reading']]}")
        lines.append(f"      依据：{c['law']} {c['article']}  {c['source']}（核对于 {c['reviewed_on']}）")
    if cost_dict["upfront"]:
        c = cost_dict["upfront"]["citation"]
        lines.append(f"  砍头息：{c['law']} {c['article']}  {c['source']}（核对于 {c['reviewed_on']}）")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    try:
        cost = loan_cost(args.received, _payments(args), principal=args.principal,
                         contract_date=args.contract_date, lender_kind=args.lender_kind,
                         period=args.period, lpr_percent=args.lpr)
    except InputError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    data = cost.to_dict()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(render(data))
    return 0
