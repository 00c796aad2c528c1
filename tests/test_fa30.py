"""Round 30 (brief FA30): false alarms whose act is lawful or not aimed at the reader. The frames: an exception read on the
text as written, not only on the copy whose warning quote is blanked; 转/汇 as payment only when not part of another word
(周转款, 中转, 汇总); a family errand, a favour asked, village paperwork or a treat brought, in a message with no money or
menace; a court's own staff serving papers in person; a legal word as a topic taught or asked about; the reader as the
one who reported, a lawyer's client or a co-plaintiff; an authority's public appeal addressed to no one reader; 开庭时 and
传票寄得到 as future or potential. The texts below are our own wordings (other senders and word orders than the rule
examples and the battery); each real scam or threat with the same words keeps its verdict. The own battery
tests/data/probes/fa30_own.jsonl is scored at the end."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer import analyze

PROBES = Path(__file__).parent / "data" / "probes"
HARM = ("scam", "unlawful_threat")


@pytest.mark.parametrize("text", [
    # the warning mask no longer hides the exception
    "【XX公安分局】提醒：近期冒充银行“停息挂账”诈骗高发，办理业务请认准官方App。",
    "【XX律所】您的债务优化咨询已登记，律师明天回电，本所首次咨询不收取任何前期费用。",
    # word inside a longer word
    "刘哥，那笔周转款的利息这个月还没结，你看哪天方便。",
    # family, friends, a favour, paperwork, a treat
    "我给你妈打电话了，让她劝你过年早点回家团圆。",
    "你表哥在区医院上班吧？我爸下周复查，能不能帮忙挂个号。",
    "明天我去你家，你等着瞧我给你带什么好吃的！",
    "李婶，社区明天办低保手续，网格员会找你儿子核对信息，记得带户口本。",
    # a court's own staff serving papers in person
    "王某您好，我们是XX县人民法院工作人员，今天上午到您住所直接送达应诉通知书和传票，请配合签收。",
    # a topic taught or asked; the reader as party
    "【XX律协】周六公益讲座：民间借贷纠纷中的财产保全与强制执行，欢迎报名。",
    "【XX派出所】您报的案件已受理立案，请保持电话畅通。",
    "【XX律师事务所】您委托我所代理的合同纠纷案件已立案，请周三来所补签材料。",
    "媳妇，咱们告开发商那个官司下周开庭，你记得请假。",
    # an authority's public appeal
    "【XX县公安局】寻人启事：赵某某，男，9岁，12月1日在城南公园走失，如有线索请拨打110。",
    # future / potential court steps
    "你的借款逾期很久了，公司准备起诉，开庭时请本人到场。",
], ids=lambda t: t[:14])
def test_ordinary_or_lawful_is_not_called_scam_or_threat(text):
    report = analyze(text)
    assert report.verdict.label not in HARM, (report.verdict.label, [f.rule_id for f in report.findings])


@pytest.mark.parametrize(("text", "label"), [
    ("再不还钱我就给你妈打电话，让你全家都知道你欠了多少网贷。", "unlawful_threat"),
    ("你表哥在区医院上班吧？欠的钱今天不还，我们去医院找他。", "unlawful_threat"),
    ("欠钱不还还拉黑我？你等着瞧，明天我带人去你家。", "unlawful_threat"),
    ("你不接电话是吧，周末我去你家，等着瞧我给你带什么惊喜", "unlawful_threat"),
    ("法院工作人员今天下午到你家送达传票，不签收就直接把你带走。", "unlawful_threat"),
    ("我们是XX区人民法院工作人员，今天上门送达传票，请先缴纳诉讼费500元到以下账户。", "scam"),
    ("律师解答：你拖欠网贷已涉嫌诈骗，三日内不还将移交公安。", "unlawful_threat"),
    ("【XX公安局】您好，您涉嫌的案件已立案，请将资金转入安全账户配合调查。", "scam"),
    ("【XX市公安局】寻人启事：如有线索请联系专案民警微信，并先交500元保证金。", "scam"),
    ("你的案子已立案，开庭时请本人到场", "unlawful_threat"),
    ("专业团队帮您停息挂账、债务重组，前期咨询免费，成功后按欠款10%收取服务费，加微信详谈。", "scam"),
    ("您的贷款额度已下发，请先转款2000元保证金到指定账户，验证还款能力后即可放款。", "scam"),
], ids=lambda t: t[:14] if isinstance(t, str) else t)
def test_real_scam_or_threat_keeps_its_verdict(text, label):
    assert analyze(text).verdict.label == label


def test_own_battery():
    rows = [json.loads(l) for l in (PROBES / "fa30_own.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    real = [r for r in rows if r["category"] in HARM]
    ordinary = [r for r in rows if r["category"] not in HARM]
    # first run on main fb13236: 31/40 ordinary not called scam/threat, 18/20 real kept (two 转款 fee-before-payout
    # scams missed on main and still missed); after: 38/40 (left: 周转款 paid to the reader's company account, and a
    # partner's "明天我去你公司楼下等你" heard by the learned head)
    assert sum(analyze(r["text"]).verdict.label == r["category"] for r in real) >= 18
    assert sum(analyze(r["text"]).verdict.label not in HARM for r in ordinary) >= 38
