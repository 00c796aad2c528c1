"""fa18: harmless messages that name collection acts, run through the real analyzer in both directions.

Frames (written as classes, with wordings of our own, not the probe misses they came from):
1. News or a clip shown to the reader (你看这个新闻…, 【XX晚报】记者获悉…, 说有人被…) and residents' reports (业主反映有人…):
   the acts are reported, the 你 of 你看 is the one shown the item (analyzer/detectors/reported.py).
2. The writer's own account before a question to a lawyer or a friend (我…银行说要起诉我，会不会被抓？):
   analyzer/detectors/warned.py blanks it like other quoted words.
3. The sender declining a scam service (我们不代办"停催"): what follows is what an impostor sells.
4. A law firm's notice of a case by its number, or a court's bare service notice, that asks nothing
   (analyzer/detectors/legal.py: firm_case, service_only): a legal notice to verify, not a fake process.
5. A parent told of their child's student loan (生源地助学贷款: the parent is a co-borrower).
6. The writer who owes the reader and comes to pay back (欠你的钱我明天去你单位找你还上) is no doorstep visit.
7. A joke covers pressure as it covers threats (…再不还我就天天打电话轰炸你了,开玩笑的), and an exposé of a kind of
   business (一些…机构声称…，实则…失联) quotes what such businesses claim; a police or regulator's report of a case
   (破获…嫌疑人曾…; 通报：某机构…被罚款) is news.
The same frames said by a collector to the reader still alarm.
"""
from __future__ import annotations

import pytest

SERIOUS = ("scam", "unlawful_threat")

QUIET = {
    "news-daily": "【XX日报】据报道,某地一催收公司员工多次给借款人亲友打电话辱骂,扬言要上门泼油漆,目前已被警方刑事拘留。",
    "news-pointer-mum": "妈你看这条新闻,有个催收员把借款人的照片P成遗照发到他同事群里,被判了三年。",
    "news-clip": "[微信] 你刷到那个视频没,说有人被网贷催收爆了通讯录,连他领导都收到了短信",
    "news-quoted-you": "【XX新闻】记者获悉,某催收团伙通过\"轰炸你全家\"的方式向借款人施压,在借款人单位门口张贴大字报,该团伙已被警方打掉。",
    "news-report": "你看这个报道,有人借了网贷被催收打电话到单位,领导都知道了,太吓人了",
    "residents": "【XX小区物业】近期有业主反映有人在楼道张贴催债信息,物业已清理,请各位业主发现类似情况及时告知物业。",
    "school-warning": "【XX学院】各位同学,近期有校外人员冒充网贷平台以\"逾期将通知学校和家长\"为由诈骗,请勿轻信。",
    "hr-notice": "【人事部】各位同事,公司工会与XX银行合作推出员工消费贷,利率优惠,有意者自愿报名,公司不收集个人征信信息。",
    "ask-lawyer": "律师你好,我信用卡逾期半年了,银行说要起诉我,会不会被抓?需要准备什么?",
    "ask-friend": "您好,我在网贷平台借了两万逾期了,对方说下周就起诉,我会不会坐牢啊",
    "decline-service": "【XX律师事务所】本所提供网贷纠纷法律咨询,不承接任何\"停催\"\"征信修复\"业务,不收取前期费用。",
    "decline-plain": "我们不做代理投诉、不做停催,只提供免费的法律咨询。",
    "help-if-sued": "【XX法律援助中心】如果你因为欠款被网贷平台起诉,可以到我们中心申请法律援助。",
    "student-loan": "家长您好,您孩子的助学贷款已逾期两个月,请督促其尽快还款,以免影响征信。",
    "regulator-report": "【XX银保监局】通报:某消费金融公司委托的催收机构多次给借款人同事发送催收短信,被罚款80万元。",
    "police-case": "市公安局破获一起软暴力催收案,嫌疑人曾在借款人家门口喷漆、拉横幅,现已被刑事拘留。",
    "repay-visit": "借你的两千块我周末到你家还给你,顺便一起吃个饭",
    "owe-visit": "上次欠你的饭钱我下班去你公司找你当面还",
    "rumour-denied": "【XX公安】辟谣：朋友圈流传的“网贷逾期三个月就要坐牢”纯属谣言。",
    "jest-pressure": "老同学,借你的书再不还我就天天打电话轰炸你了,开玩笑的",
    "expose": "据央视报道,不少所谓的征信修复公司宣称可以洗白逾期记录,实际上是收取服务费后拉黑客户。",
}

LEGAL = {
    "firm-case": "【XX律师事务所】受XX消费金融有限公司委托,就其诉您借款合同纠纷一案(案号(2025)沪0115民初45678号),"
                 "本所律师将出席庭审,如有和解意向可致电本所。",
    "firm-case-mediation": "【XX律师事务所】XX银行诉您信用卡纠纷一案已由法院受理,案号(2025)苏0506民初7788号,"
                           "本所系原告委托代理人,如需调解请于开庭前与本所联系。",
    "court-bare": "【法院】传票已送达,请按时出庭应诉。",
}

LOUD = {
    "news-then-you": ("你看看新闻,不还钱的都被爆通讯录了,下一个就是你", "unlawful_threat"),
    "news-seen-then-act": ("新闻你也看了吧,再不还钱我们明天就把你的欠款发到你单位群里", "unlawful_threat"),
    "ask-the-reader": ("我问你,再不还钱我们就去你单位找你领导,你该怎么办?", "unlawful_threat"),
    "colleagues-told": ("各位同事,你们公司的张三在我平台欠款逾期不还,请转告他尽快还款", "unlawful_threat"),
    "firm-case-threat": ("【XX律师事务所】你的案件已立案,案号(2025)京0105民初12345号,明天上午警方将上门带走你并通知你单位",
                         SERIOUS),
    "court-pay": ("【法院】你已被起诉,案号(2025)京0105民初12345号,请立即转账至以下账户撤诉,否则强制执行", "scam"),
    "court-call": ("【法院】传票已送达,请速联系王法官13812345678处理", SERIOUS),
    "expose-then-offer": ("有些机构实则收费后失联,我们专业办理停息挂账、债务优化,加微信abc123", "scam"),
    "jest-taken-back": ("欠我的钱再不还,我就去你单位闹,我是认真的,不是开玩笑", "unlawful_threat"),
    "collector-visit": ("你欠我们的钱明天去你单位找你还", "aggressive"),
    "repay-then-threat": ("欠你的钱我一定还,但你再催我就去你单位闹", "unlawful_threat"),
    "rumour-affirmed": ("你再不还，“逾期不还将被拘留”可不是谣言，明天就抓你", "unlawful_threat"),
    "student-loan-reach": ("您孩子的助学贷款逾期了,再不还我们就去找你单位领导和你家亲戚", "unlawful_threat"),
}


@pytest.mark.parametrize("text", list(QUIET.values()), ids=list(QUIET))
def test_harmless_frame_is_no_scam_or_threat(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label not in SERIOUS + ("aggressive",)
    assert not [f.rule_id for f in report.findings if f.category in SERIOUS and f.severity != "low"]


@pytest.mark.parametrize("text", list(LEGAL.values()), ids=list(LEGAL))
def test_informing_legal_notice_is_a_legal_notice(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "legal_notice"
    assert not [f for f in report.findings if f.kind in ("fake_legal_process", "impersonation")]


@pytest.mark.parametrize(("text", "label"), list(LOUD.values()), ids=list(LOUD))
def test_same_words_from_a_collector_still_alarm(analyzer, text, label):
    got = analyzer.analyze(text).verdict.label
    assert got in ((label,) if isinstance(label, str) else label)
