"""`cuishou` console script: analyse a message, evaluate on labelled data, serve the web
app, and the commands other parts of the project register (kb, case, loan-cost, batch).

It lives in webapp because it may import everything; the analyzer never imports webapp.
Heavy parts (flask, waitress, jieba) are imported only when their command runs."""
from __future__ import annotations

import argparse
import json
import os
import sys

from analyzer.batch import cli as batch_cli
from analyzer.loan import cli as loan_cli
from analyzer.report import InputError
from knowledge import cli as knowledge_cli
from webapp.cases import cli as cases_cli

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
    from analyzer.evaluation import evaluate, format_misses, format_scores, load_jsonl

    rows = []
    for path in args.paths:
        rows.extend(load_jsonl(path))
    scores = evaluate(rows)
    if args.json:
        print(json.dumps(scores, ensure_ascii=False, indent=2))
    else:
        if args.misses:
            print(format_misses(scores))
            print()
        print(format_scores(scores))
    return 0


def _serve(args: argparse.Namespace) -> int:
    from webapp import prefork

    if args.workers > 1 and prefork.available():
        return _serve_prefork(args)
    if args.workers > 1:
        print("提示：这台机器上不能多进程运行（需要 Linux 或 macOS 和 gunicorn），改为单进程（waitress）。",
              file=sys.stderr)
    from webapp import create_app, serving

    app = create_app({"CASES_ALLOWED_HOSTS": serving.allowed_hosts(args.host, args.allowed_host)})
    options = serving.waitress_options(args.host, args.port, args.threads, proxy=args.proxy,
                                       proxy_headers=args.proxy_headers, url_prefix=args.url_prefix)
    token = serving.setup_token(app)
    if token and args.host in ("127.0.0.1", "localhost", "::1", "0.0.0.0", "::"):
        print(f"个案模式还没有口令。在本机浏览器打开下面的链接设置（只能用一次），或运行 cuishou case passphrase：\n"
              f"  http://127.0.0.1:{args.port}{args.url_prefix or ''}/cases/setup?token={token}", file=sys.stderr)
    base = f"http://{args.host}:{args.port}{args.url_prefix or ''}"
    print(f"催收短信鉴别助手：{base}/  （Ctrl+C 停止）", file=sys.stderr)
    serving.create_server(app, **options).run()
    return 0


def _serve_prefork(args: argparse.Namespace) -> int:
    """N processes (gunicorn): the shared state and the app are built here, once, before the fork."""
    import gc
    import os

    from webapp import create_app, prefork, serving
    from webapp.shared_state import SharedState

    master = os.getpid()
    shared = SharedState()
    try:
        app = create_app({"SHARED_STATE": shared,
                          "CASES_ALLOWED_HOSTS": serving.allowed_hosts(args.host, args.allowed_host)})
        from knowledge.store import segment

        segment("催收短信")  # load jieba's dictionary (~90 MB) here once, so the workers share it
        gc.freeze()  # keep what is built so far out of the cyclic GC: its pages stay shared after fork
        print(f"催收短信鉴别助手：http://{args.host}:{args.port}{args.url_prefix or ''}/  "
              f"（{args.workers} 个进程，每个 {args.threads} 个线程；Ctrl+C 停止）", file=sys.stderr)
        prefork.serve(app, host=args.host, port=args.port, workers=args.workers, threads=args.threads,
                      proxy=args.proxy, url_prefix=args.url_prefix)
    finally:
        if os.getpid() == master:  # a worker leaving through here must not stop the shared state
            shared.shutdown()
    return 0


def _workers(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("必须是正整数")
    return n


def _register_serve(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="启动网页和 API（单进程 waitress；--workers N 时多进程 gunicorn）")
    p.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1，只允许本机访问）")
    p.add_argument("--port", type=int, default=8000, help="端口（默认 8000）")
    p.add_argument("--workers", type=_workers, default=1,
                   help="进程数（默认 1）。大于 1 时在 Linux/macOS 上用 gunicorn 预先 fork 出多个进程，"
                        "分析器和知识库在 fork 之前建好一次")
    p.add_argument("--threads", type=int, default=8, help="每个进程的工作线程数（默认 8）")
    p.add_argument("--proxy", metavar="IP", default=None,
                   help="反向代理的 IP（如 127.0.0.1）：只信任它发来的转发头（见 --proxy-headers）")
    p.add_argument("--proxy-headers", choices=("x-forwarded", "forwarded"), default="x-forwarded",
                   help="信任哪一种转发头：x-forwarded（X-Forwarded-For/Host/Proto/Port，默认）"
                        "或 forwarded（RFC 7239 Forwarded）；另一种被丢弃")
    p.add_argument("--allowed-host", action="append", metavar="NAME", default=[],
                   help="个案页面还接受的主机名（可重复），如反向代理后的域名；"
                        "localhost、127.0.0.1、[::1] 和监听地址总是允许")
    p.add_argument("--url-prefix", default="", help="挂在子路径下时的前缀，例如 /cuishou")
    p.set_defaults(func=_serve)


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
    p.add_argument("--misses", action="store_true",
                   help="先逐条列出判断、放贷方或发现类型与标签不符的短信")
    p.set_defaults(func=_cmd_eval)

    for register in (knowledge_cli.register, loan_cli.register, batch_cli.register, _register_serve,
                     cases_cli.register):
        register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        # The reader went away (cuishou analyze … | head -1): stop quietly, as other command-line tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
