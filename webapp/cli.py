"""`cuishou serve`: the web app and API behind waitress, a production WSGI server.

Registered by analyzer.cli through `register(subparsers)`; flask and waitress are
imported only when the command runs, so `cuishou analyze` stays light. Other web
sub-commands (e.g. `cuishou case`) live in their own modules listed in
analyzer.cli.COMMAND_MODULES.
"""
from __future__ import annotations

import argparse
import sys

# Waitress cuts off anything larger without an answer, so its limit sits above the
# largest upload the app accepts (a 50 MB case import); the app's own per-route limits
# (2 MB JSON, 5 MB screenshot, 50 MB import) answer with a proper 413 below it.
MAX_REQUEST_BODY = 64 * 1024 * 1024


def _serve(args: argparse.Namespace) -> int:
    import waitress

    from webapp import create_app

    app = create_app()
    options: dict[str, object] = {
        "host": args.host,
        "port": args.port,
        "threads": args.threads,
        "max_request_body_size": MAX_REQUEST_BODY,
        # Keep request bodies in memory: by default waitress spools anything over 512 KB
        # to a temporary file, and uploads (screenshots, case imports) must not touch disk.
        "inbuf_overflow": MAX_REQUEST_BODY,
        "ident": "cuishou",
        # Waitress writes no access log of its own; nothing here logs request bodies.
    }
    if args.proxy:
        # Trust X-Forwarded-* only from the reverse proxy, so links and redirects use https.
        options.update(
            trusted_proxy=args.proxy,
            trusted_proxy_headers={"x-forwarded-proto", "x-forwarded-host", "x-forwarded-for"},
            clear_untrusted_proxy_headers=True,
        )
    if args.url_prefix:
        options["url_prefix"] = args.url_prefix
    print(f"催收短信鉴别助手：http://{args.host}:{args.port}{args.url_prefix or ''}/  （Ctrl+C 停止）",
          file=sys.stderr)
    waitress.serve(app, **options)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("serve", help="启动网页和 API（waitress）")
    p.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1，只允许本机访问）")
    p.add_argument("--port", type=int, default=8000, help="端口（默认 8000）")
    p.add_argument("--threads", type=int, default=8, help="工作线程数（默认 8）")
    p.add_argument("--proxy", metavar="IP", default=None,
                   help="反向代理的 IP（如 127.0.0.1）：信任它发来的 X-Forwarded-Proto/Host/For")
    p.add_argument("--url-prefix", default="", help="挂在子路径下时的前缀，例如 /cuishou")
    p.set_defaults(func=_serve)
