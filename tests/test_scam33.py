"""scam33: scams built around the reader's debt or credit that the analyzer called not_collection or reminder
(knowledge/data/rules/zz_scam33.toml, and the widened scam.frames.police_case_callback), checked through real
analyzer calls beside quiet twins (a lender's or court's "we never charge this", a friend asking back a loan, an
anti-fraud warning quoting the scam), and the helper's own battery (tests/data/probes/scam33_own.jsonl)."""
import json
from pathlib import Path

import pytest

from analyzer import analyze

SCAMS = {
    # a fee whose name is the outcome bought: 消除费, 修复费, 注销费, 撤诉费, 清退金
    "outcome-fee": "网贷清算组通知：交清退金600元即可注销全部欠款",
    "withdraw-fee": "撤诉费两千五，今晚交，明天律师就去法院撤",
    # paying to have a credit record deleted or "washed"
    "record-wiped": "逾期记录可以删，内部渠道，一条八百，加v详聊",
    # relief money into the writer's own card or a "bridge" account
    "own-card": "减免专员：特批你只还三成，今天转到我银行卡，剩下的全免",
    "bridge-account": "您的贷款可以转低息，先把原贷款的钱打到我们过桥账户，审核后放款",
    # "the state says debts are void", apply through a group or an entry
    "policy-void": "国家新政策落地了，网贷逾期的一律全免，名额有限，进群登记",
    # a link on a throwaway top-level domain
    "throwaway-link": "【某某银行】您的账户已被冻结，请点击 bank-jd.top 解冻",
    # the credit bureau's name, a problem with your file, call us
    "bureau-callback": "【人民银行】您的征信出现严重问题，即将被列入黑名单，请致电0**-7777****处理",
    # a friend of your relative: the relative is in trouble, pay me
    "relatives-messenger": "我是你弟的同学，你弟在外面打架被扣了，急需两万赔偿，你先转给我",
    # closing a credit service or else your credit suffers, with an agent guiding you
    "close-service": "您好这边是客服，您开通的白条学生特权按监管要求需要关闭，不关会上报征信，我这边帮您操作",
    # the police-case frame also reads 阁下 and 按1转接
    "police-case": "【出入境】阁下涉及一宗洗黑钱案件，请按1转接办案警官",
}
GENUINE = {
    "lender-never-charges": "【XX消费金融】我司从不收取“逾期消除费”“注销费”，请勿向任何个人账户转账。",
    "court-refund": "本院提醒：撤诉后诉讼费减半收取，退费原路退回，无需缴纳任何撤案费",
    "record-kept-five-years": "不良记录自结清之日起保存5年，到期后自动删除，任何机构都不能花钱删除。",
    "hearsay-question": "征信修复靠谱不？网上说可以删除逾期记录，收费两千，有人办过没",
    "friend-loan": "你借我的那5000块，这个月底方便的话转我卡上就行，不急",
    "bank-own-card": "【XX银行】您的贷款本期应还1,200元，请存入您尾号5521的还款卡，我行不会要求您转入个人账户",
    "app-menu": "【XX分期】您已逾期1天，应还856元，可在菜单栏“我的账户”中查看还款明细或申请延期",
    "rumour-denied": "辟谣：“国家新政网贷全免”是谣言，请按合同还款",
    "policy-news": "国家出台新政策，严禁暴力催收，请理性借贷",
    "own-website": "我的网站 mytech.top 上有教程，欢迎访问",
    "warning-quotes-link": "提醒：收到 jd-bt.vip 这类链接的都是钓鱼网站，不要点击。",
    "bureau-receipt": "【人民银行征信中心】如您对信用报告有异议，可拨打400-810-8866咨询",
    "friend-of-dad": "我是你爸的朋友老王，他手机没电了让我告诉你晚上不回家吃饭",
    "teacher-fee-platform": "我是你儿子的老师，学校资料费请通过学校缴费平台缴纳",
    "close-in-app": "【美团】您已成功开通美团月付，如需关闭可在App设置中自行操作",
    "operator-suspension": "【XX通信】您的号码涉嫌违法违规使用已被暂停服务，请本人携带身份证到营业厅办理复通",
}


@pytest.mark.parametrize("text", SCAMS.values(), ids=SCAMS.keys())
def test_debt_and_credit_scams_are_scam(text):
    assert analyze(text).verdict.label == "scam"


@pytest.mark.parametrize("text", GENUINE.values(), ids=GENUINE.keys())
def test_quiet_twins_raise_no_alarm(text):
    report = analyze(text)
    assert report.verdict.label not in ("scam", "unlawful_threat")
    assert not [f.rule_id for f in report.findings if f.rule_id.startswith("scam.s33.")]


def test_own_battery():
    path = Path(__file__).parent / "data" / "probes" / "scam33_own.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    scams = [r for r in rows if r["category"] == "scam"]
    others = [r for r in rows if r["category"] != "scam"]
    caught = sum(analyze(r["text"]).verdict.label == "scam" for r in scams)
    kept = sum(analyze(r["text"]).verdict.label not in ("scam", "unlawful_threat") for r in others)
    assert len(scams) == 51 and caught >= 50  # 25/51 on main before scam33
    assert kept == len(others) == 38  # 38/38 on main
