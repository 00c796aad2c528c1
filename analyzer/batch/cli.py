"""`cuishou batch`: analyse a file of messages (JSON Lines, CSV or SMS Backup & Restore XML).

Registered by the `cuishou` entry point through `register(subparsers)`.
"""
from __future__ import annotations

import argparse
import os
import sys

from analyzer.batch.output import OUTPUT_FORMATS
from analyzer.batch.readers import FORMATS


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("必须是正整数")
    return n


def _private(address: str) -> bool:
    """True for an encrypted (tls://) or in-machine scheduler address."""
    from urllib.parse import urlsplit

    if address.startswith(("tls://", "inproc://")):
        return True
    host = urlsplit(address if "://" in address else f"tcp://{address}").hostname or ""
    return host in ("localhost", "127.0.0.1", "::1") or host.startswith("127.")


def _cmd_batch(args: argparse.Namespace) -> int:
    from analyzer.batch.records import BatchInputError
    from analyzer.case.importers import ImportFormatError

    try:
        if args.dask_scheduler:
            from analyzer.batch.distributed import analyze_partitioned, connect

            if args.output == "-":
                print("错误：用 --dask-scheduler 时必须用 -o 指定输出目录（本地路径或 fsspec 地址）。", file=sys.stderr)
                return 2
            if not _private(args.dask_scheduler):
                print("警告：调度器地址不是 tls://，短信原文会以明文经网络发给集群的 worker。", file=sys.stderr)
            with connect(args.dask_scheduler) as client:
                tally = analyze_partitioned(args.input, args.output, input_format=args.input_format,
                                            fmt=args.format, include_text=not args.no_text, client=client)
        else:
            from analyzer.batch.files import analyze_file

            tally = analyze_file(args.input, args.output, input_format=args.input_format, fmt=args.format,
                                 include_text=not args.no_text, workers=args.workers,
                                 progress=False if args.quiet else None)
    except (BatchInputError, ImportFormatError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"错误：找不到文件 {exc.filename}", file=sys.stderr)
        return 2
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] in ("dask", "distributed", "fsspec"):
            print("错误：集群模式需要安装 dask 扩展：pip install 'cuishou-checker[dask]'", file=sys.stderr)
            return 2
        raise
    if not args.quiet:
        detail = "，".join(f"{code} {n}" for code, n in sorted(tally.by_code.items()))
        print(f"完成：{tally.messages} 条，其中 {tally.errors} 条出错{f'（{detail}）' if detail else ''}。",
              file=sys.stderr)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("batch", help="批量分析一个文件里的短信（JSON Lines、CSV、SMS Backup & Restore XML 或粘贴的文本）")
    p.add_argument("input", help="输入文件；- 表示标准输入。用 --dask-scheduler 时可以是 fsspec 地址或通配符")
    p.add_argument("-o", "--output", default="-",
                   help="输出文件（默认标准输出）；用 --dask-scheduler 时是输出目录，每个分区一个文件")
    p.add_argument("--format", choices=OUTPUT_FORMATS, default="jsonl", help="输出格式（默认 jsonl）")
    p.add_argument("--input-format", choices=("auto",) + FORMATS, default="auto",
                   help="输入格式（默认按扩展名或开头内容判断）")
    p.add_argument("--workers", type=_positive, default=None,
                   help=f"并行进程数（默认为 CPU 核数，本机 {os.cpu_count()}）")
    p.add_argument("--no-text", action="store_true", help="输出里不含短信原文和摘录（便于分享结果）")
    p.add_argument("--dask-scheduler", metavar="ADDRESS", default=None,
                   help="在 Dask 集群上运行，例如 tcp://10.0.0.5:8786 或 tls://…（需要 .[dask] 扩展）")
    p.add_argument("-q", "--quiet", action="store_true", help="不显示进度条和结束统计")
    p.set_defaults(func=_cmd_batch)
