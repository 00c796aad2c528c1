"""`cuishou case …`: import a phone's messages, list/export/delete saved cases, set the
passphrase that protects the case pages."""
from __future__ import annotations

import argparse
import getpass
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from analyzer.case.importers import FORMATS, MAX_UPLOAD_BYTES, ImportFormatError, read_stream

EXPORT_FORMATS = ("html", "csv", "json")


class ProgressLine:
    """One self-overwriting progress line on stderr, at most ten updates a second."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.last = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.last < 0.1:
            return
        self.last = now
        pct = 100 * done // total if total else 100
        self.stream.write(f"\r{stage}：{pct:3d}%（{done}/{total}）")
        if stage == "分析" and done >= total:
            self.stream.write("\n")
        self.stream.flush()


def _store(args: argparse.Namespace) -> Any:
    from webapp.cases.store import CaseStore, default_path

    return CaseStore(default_path(args.db))


def _import(path: str, fmt: str, title: str, progress: ProgressLine | None) -> Any:
    from analyzer.case.analysis import analyze_import

    p = Path(path)
    if p.stat().st_size > MAX_UPLOAD_BYTES:
        raise ImportFormatError(f"文件超过 {MAX_UPLOAD_BYTES // (1024 * 1024)} MB，请分成几个文件导入。")
    with p.open("rb") as stream:  # read as a stream: the file is never held whole as bytes
        result = read_stream(stream, fmt, filename=p.name, total=p.stat().st_size,
                             progress=(lambda d, t: progress("读取", d, t)) if progress else None)
    return analyze_import(result, title=title or p.stem,
                          progress=(lambda d, t: progress("分析", d, t)) if progress else None)


def parse_marks(values: list[str] | None) -> dict[str, str]:
    """`NUMBER=ROLE` pairs (role as code, relative…, or Chinese, 亲友…) as Case.roles."""
    from analyzer.case.roles import ROLE_NAMES, number_key

    by_name = {**{code: code for code in ROLE_NAMES}, **{name: code for code, name in ROLE_NAMES.items()}}
    marks: dict[str, str] = {}
    for value in values or ():
        number, _, role = value.partition("=")
        if not number.strip() or role.strip() not in by_name:
            raise ValueError(f"号码标记写成 号码=身份，身份是 {'、'.join(ROLE_NAMES.values())} 之一：{value}")
        marks[number_key(number.strip())] = by_name[role.strip()]
    return marks


def _print_summary(case: Any, out: TextIO) -> None:
    from analyzer.case.summary import VERDICT_NAMES, summarize

    s = summarize(case.messages, case.roles)
    c = s["counts"]
    out.write(f"格式：{case.source_format}；共 {c['total']} 条（收到 {c['incoming']}，发出 {c['outgoing']}），"
              f"催收相关 {c['collection']} 条，夜间 {c['night']} 条"
              + (f"；疑似诈骗 {c['scam']} 条（不算催收）" if c.get("scam") else "")
              + (f"；法律文书通知 {c['notice']} 条（不算催收）" if c.get("notice") else "") + "。\n")
    out.write("结论：" + "，".join(f"{VERDICT_NAMES.get(k, k)} {v}" for k, v in c["verdicts"].items()) + "\n")
    for g in s["by_lender"][:10]:
        out.write(f"  {g['name']}：{g['count']} 条，最严重：{VERDICT_NAMES.get(g['worst'], g['worst'])}\n")
    if s["escalation"]["first_threat"]:
        ft = s["escalation"]["first_threat"]
        out.write(f"威胁开始于第 {ft['seq']} 条（{ft['received_at'] or '时间未知'}）。\n")
    for issue in case.issues:
        out.write(f"第 {issue.line} 行：{issue.message}\n")


def cmd_import(args: argparse.Namespace) -> int:
    from analyzer.case.redact import redact_case

    try:
        marks = parse_marks(args.mark)
        case = _import(args.file, args.format, args.title or "", None if args.quiet else ProgressLine())
    except (OSError, ValueError) as exc:  # ImportFormatError is a ValueError
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    case = case.with_(roles=marks)
    _print_summary(case, sys.stdout)
    if args.save:
        store = _store(args)
        case_id = store.save(redact_case(case, args.name or ()))
        print(f"已保存（已打码）为个案 {case_id}（代码 {store.open(case_id).code}）：{store.path}")
    else:
        print("未保存。需要保存请加 --save（保存前会打码）。")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from webapp.cases.export import beijing_minute

    rows = _store(args).list()
    if not rows:
        print("还没有保存的个案。")
    for r in rows:
        # stored in UTC; shown in Beijing time like the case pages (polish20: the list printed the UTC string)
        print(f"{r.id}\t{r.code}\t{beijing_minute(r.created_at)}\t{r.message_count} 条\t{r.title}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from webapp.cases.export import EXPORTERS
    from analyzer.case.redact import redact_case
    from webapp.cases.store import CaseNotFoundError

    try:
        marks = parse_marks(args.mark)
        if args.case.isdigit() and not Path(args.case).exists():
            case = _store(args).open(int(args.case))
            if args.name:
                case = redact_case(case, args.name)
        else:
            case = redact_case(_import(args.case, "auto", "", None if args.quiet else ProgressLine()), args.name or ())
        case = case.with_(roles={**case.roles, **marks})
    except CaseNotFoundError:
        print(f"错误：没有编号为 {args.case} 的个案（用 cuishou case list 查看）。", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:  # ImportFormatError is a ValueError
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    render, _ = EXPORTERS[args.format]
    Path(args.out).write_text(render(case), encoding="utf-8")
    print(f"已导出：{args.out}")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from webapp.cases.store import CaseNotFoundError

    try:
        _store(args).delete(args.case)
    except CaseNotFoundError:
        print(f"错误：没有编号为 {args.case} 的个案。", file=sys.stderr)
        return 2
    print(f"个案 {args.case} 已彻底删除。")
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    """Set or reset the passphrase (also the way back from a forgotten one). Read from a
    prompt or stdin, never from the command line, where other users could see it in ps."""
    from webapp.cases.access import set_passphrase

    if args.stdin:
        phrase = sys.stdin.readline().rstrip("\r\n")
    else:
        phrase = getpass.getpass("新口令（至少 8 个字符）：")
        if phrase != getpass.getpass("再输入一次："):
            print("错误：两次输入的口令不一样。", file=sys.stderr)
            return 2
    try:
        set_passphrase(_store(args), phrase)
    except ValueError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    print("口令已设置（只保存了它的哈希值）；所有已登录的浏览器都已退出。")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    case = subparsers.add_parser("case", help="个案模式（志愿者）：批量导入、保存、导出证据")
    sub = case.add_subparsers(dest="case_command", required=True)
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument("--db", help="个案数据库文件（默认取环境变量 CUISHOU_CASES_DB）")

    p = sub.add_parser("import", parents=[db], help="导入短信文件并分析")
    p.add_argument("file")
    p.add_argument("--format", choices=("auto",) + FORMATS, default="auto")
    p.add_argument("--save", action="store_true", help="打码后保存为个案")
    p.add_argument("--title", help="个案标题")
    p.add_argument("--name", action="append", help="借款人姓名（打码用，可重复）")
    p.add_argument("--quiet", action="store_true", help="不显示进度")
    p.add_argument("--mark", action="append", metavar="号码=身份", help="标记号码：亲友、贷款机构、催收方、不相关（可重复）")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("list", parents=[db], help="列出保存的个案：编号、代码、保存时间（北京时间）、条数、标题")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("export", parents=[db], help="导出证据报告")
    p.add_argument("case", help="个案编号，或直接给一个短信文件")
    p.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--name", action="append", help="借款人姓名（打码用，可重复）")
    p.add_argument("--quiet", action="store_true")
    p.add_argument("--mark", action="append", metavar="号码=身份", help="标记号码：亲友、贷款机构、催收方、不相关（可重复）")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("delete", parents=[db], help="彻底删除一个个案")
    p.add_argument("case", type=int)
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("passphrase", parents=[db], help="设置个案页面的访问口令")
    p.add_argument("--stdin", action="store_true", help="从标准输入读取口令")
    p.set_defaults(func=cmd_passphrase)
