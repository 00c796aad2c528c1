"""Genuine legal notices and their twins under the paste forms a reader sends them in (legal21).

Each genuine notice of the tuned batteries (tests/data/probes/legal20_design.jsonl, legal21_design.jsonl) is rewritten
in one paste form at a time — a sender/time header, a screenshot's wrapped lines, a lender's reminder pasted before or
after it, a separator between two messages, a masked case serial, a signature moved to the end — and the verdicts are
counted. Each twin (every line not labelled legal_notice) gets the same forms and must not become a legal_notice; each
genuine notice is also pasted beside one scam sentence (a fee to drop the case, a private account, a judge's mobile, an
app, a reply menu, a verification code) and must not stay a legal_notice. Prints aggregates only.

    .venv/bin/python benchmarks/bench_legal_paste_forms.py
"""
from __future__ import annotations

import collections
import json
import re
from pathlib import Path

from analyzer import analyze

ROOT = Path(__file__).resolve().parent.parent
BATTERIES = [ROOT / "tests/data/probes/legal20_design.jsonl", ROOT / "tests/data/probes/legal21_design.jsonl"]


def _wrap(text: str, width: int = 14) -> str:
    text = text.replace("\n", "")
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


FORMS = {
    "as written": lambda t: t,
    "12368 header": lambda t: "12368  2026-03-01 08:46\n" + t,
    "sender header": lambda t: "发件人:10691****328 3月1日 15:53\n" + t,
    "screenshot wrap": lambda t: "10:08 4G 12%\n< 10691****328\n短信/彩信\n今天 上午8:40\n" + _wrap(t),
    "lender before": lambda t: "3月1日 09:12\n【某某消费金融】您的借款已逾期30天，请尽快还款，以免影响征信。\n3月2日 10:01\n" + t,
    "lender after": lambda t: t + "\n3月5日 09:30\n【某某消费金融】您的账单已逾期，请及时登录APP还款。",
    "【下一条】": lambda t: "【某某银行】您的信用卡已逾期，请尽快还款。【下一条】" + t,
    "——次日又收到——": lambda t: "【某某消费金融】您的借款已逾期15天，请今日处理。——次日又收到——" + t,
    "｜第2条｜": lambda t: t + "｜第2条｜如需核实，请拨打12368或到法院诉讼服务中心查询。",
    "follow-up line": lambda t: t + "\n09:01\n请勿轻信任何要求缴费的来电。",
    "masked case serial": lambda t: re.sub(r"(\d{2,})号", lambda m: m.group(1)[:1] + "***号", t),
    "signature at end": lambda t: re.sub(r"^【([^】]{1,30})】(.*)$", r"\2【\1】", t, flags=re.S),
    "forwarded": lambda t: "我姐转发来的截图：" + t,
}
SCAM_SENTENCES = [
    "如需撤诉请加承办法官微信 fg2026 协商减免。", "请扫码缴纳诉讼保证金，二维码见 http://fy-pay.top/q 。",
    "请将执行款转入执行员个人账户6222021234567890123，户名李某。", "如需解除限高请联系执行干警17012345678缴纳解限费。",
    "请下载“法院通”APP完成人脸认证。", "请回复1确认签收，回复2申请延期。", "调解成功需先缴纳调解服务费800元到调解员个人支付宝。",
    "请提供银行卡号和收到的验证码以便核实。",
]
SEPARATORS = ["\n3月2日 10:01\n", "【下一条】", "——次日又收到——", "\n"]


def _lines() -> tuple[list[dict], list[dict]]:
    genuine, twins = [], []
    for path in BATTERIES:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            (genuine if row["category"] == "legal_notice" else twins).append(row)
    return genuine, twins


def main() -> None:
    genuine, twins = _lines()
    print(f"{len(genuine)} genuine notices, {len(twins)} twins")
    for name, form in FORMS.items():
        kept = sum(analyze(form(r["text"]), sender=r.get("sender_number")).verdict.label == "legal_notice" for r in genuine)
        false = sum(analyze(form(r["text"]), sender=r.get("sender_number")).verdict.label == "legal_notice" for r in twins)
        print(f"{name:20s} genuine kept {kept}/{len(genuine)}   twins called legal_notice {false}/{len(twins)}")
    labels: collections.Counter[str] = collections.Counter()
    for row in genuine:
        for sentence in SCAM_SENTENCES:
            for sep in SEPARATORS:
                for text in (row["text"] + sep + sentence, sentence + sep + row["text"]):
                    labels[analyze(text, sender=row.get("sender_number")).verdict.label] += 1
    print("genuine + one scam sentence:", dict(labels.most_common()))


if __name__ == "__main__":
    main()
