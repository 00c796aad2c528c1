"""Case mode speed: a 10,000-message "SMS Backup & Restore" XML imported and analysed
(target ≤ 10 s), its case page rendered (target ≤ 1 s), and the exports.

    .venv/bin/python benchmarks/bench_cases.py [--n 10000]

Messages are the shared eval messages (dev + normal) cycled with varied senders and
times over 60 days, one in ten sent by the borrower (type 2)."""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import quoteattr

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def sample_texts() -> list[str]:
    texts = []
    for name in ("dev.jsonl", "normal.jsonl"):
        path = EVAL / name
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts or ["【某某金融】您的借款已逾期3天，请尽快还款。", "我们将联系你的家人和单位同事。", "今晚一起吃饭吗？"]


def make_xml(n: int, seed: int = 6) -> bytes:
    rnd = random.Random(seed)
    texts = sample_texts()
    senders = [f"1069{rnd.randrange(10**7, 10**8)}" for _ in range(30)] + [f"1{rnd.choice('3589')}{rnd.randrange(10**8, 10**9)}" for _ in range(20)]
    start_ms = 1_760_000_000_000
    rows = ["<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>", f'<smses count="{n}" backup_set="bench">']
    for i in range(n):
        kind = "2" if i % 10 == 9 else "1"
        date = start_ms + rnd.randrange(60 * 86_400) * 1000
        body = "好的，我会尽快还" if kind == "2" else texts[i % len(texts)]
        rows.append(f'  <sms protocol="0" address={quoteattr(rnd.choice(senders))} date="{date}" type="{kind}" '
                    f'subject="null" body={quoteattr(body)} toa="null" sc_toa="null" service_center="null" '
                    f'read="1" status="-1" locked="0" date_sent="0" readable_date="" contact_name="(Unknown)" />')
    rows.append("</smses>")
    return "\n".join(rows).encode("utf-8")


def timed(label: str, fn, *args, **kwargs):
    t0 = time.perf_counter()
    out = fn(*args, **kwargs)
    dt = time.perf_counter() - t0
    print(f"{label:<44} {dt:8.3f} s")
    return out, dt


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from analyzer import get_analyzer
    from analyzer.case.analysis import analyze_import
    from webapp.cases.export import to_csv, to_html, to_json
    from analyzer.case.importers import read_bytes
    from analyzer.case.redact import redact_case
    from webapp.cases.store import CaseStore

    data = make_xml(args.n)
    print(f"{args.n} messages, XML {len(data) / 1e6:.1f} MB")
    timed("analyzer start-up (once per process)", get_analyzer)
    result, t_parse = timed("parse XML", read_bytes, data, "auto", "backup.xml")
    case, t_an = timed("analyse all messages", analyze_import, result, "bench")
    total = t_parse + t_an
    print(f"{'import + analyse (target ≤ 10 s)':<44} {total:8.3f} s  {'OK' if total <= 10 else 'SLOW'}")

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CUISHOU_CASES_DB"] = str(Path(tmp) / "bench.db")
        from webapp import create_app

        app = create_app({"TESTING": True})
        client = app.test_client()
        token = app.extensions["cases"].drafts.put(case)
        # Case mode is locked: set a passphrase and sign in, as a volunteer would.
        with app.app_context():
            app.extensions["cases"].store().set_passphrase("bench passphrase 2026")
        login = client.get("/cases/login").get_data(as_text=True)
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', login).group(1)
        signed = client.post("/cases/login", data={"csrf_token": csrf, "passphrase": "bench passphrase 2026"})
        assert signed.status_code in (302, 303), signed.status_code
        _, t_page = timed("case page, first render (target ≤ 1 s)", client.get, f"/cases/draft/{token}")
        resp, t_page2 = timed("case page, again", client.get, f"/cases/draft/{token}")
        assert resp.status_code == 200 and "<svg" in resp.text
        html = resp.text
        print(f"{'case page size':<44} {len(html) / 1e3:8.0f} kB")
        redacted, _ = timed("redact", redact_case, case, ["张三"])
        store = CaseStore(os.environ["CUISHOU_CASES_DB"])
        case_id, _ = timed("save to SQLite", store.save, redacted)
        _, t_open = timed("reopen from SQLite", store.open, case_id)
        _, t_saved_page = timed("saved case page (target ≤ 1 s)", client.get, f"/cases/{case_id}")
        out, _ = timed("export HTML", to_html, redacted)
        print(f"{'  HTML report size':<44} {len(out) / 1e6:8.1f} MB")
        timed("export CSV", to_csv, redacted)
        timed("export JSON", to_json, redacted)
        timed("delete + VACUUM", store.delete, case_id)
        store.close()
        worst = max(t_page, t_saved_page)
        print(f"{'case page worst (target ≤ 1 s)':<44} {worst:8.3f} s  {'OK' if worst <= 1 else 'SLOW'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
