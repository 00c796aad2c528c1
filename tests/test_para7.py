"""Round-7 frames (knowledge/data/rules/zz_frames_r7.toml), run through the real analyzer.

The floors are on the tune half of the self-written paraphrase probes (tests/data/probes/para7_tune.jsonl):
these are tuned figures (the frames were written after reading its misses), so they guard against regression
and say nothing about unseen messages. The frame cases below are further paraphrases that appear in no rule's
own examples, each with lawful look-alikes that share its words."""
from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.evaluation import evaluate, load_jsonl

PROBES = Path(__file__).resolve().parent / "data" / "probes" / "para7_tune.jsonl"


@pytest.fixture(scope="module")
def scores() -> dict:
    return evaluate(load_jsonl(PROBES))


def test_para7_tune_floors(scores):
    # At this change: balanced 0.942, unlawful_threat recall 0.983 (58/59), scam 1.00, aggressive 0.914
    # (before frames_r7: 0.803, 0.69, 0.82, 0.54).
    assert scores["verdict_balanced"] >= 0.92
    assert scores["verdict_recall"]["unlawful_threat"] >= 0.95
    assert scores["verdict_recall"]["scam"] >= 0.95
    assert scores["verdict_recall"]["aggressive"] >= 0.85
    # The not_collection items (police warnings, property bills) must not get worse.
    assert scores["verdict_recall"]["not_collection"] >= 0.9


# (text, rule id that must fire, verdict)
FRAMES = {
    "spread-to-principal": ("钱再不还，这事就捅到你们学校校长那里去，后果自己想", "threat.r7.exposure.spread_to_circle", "unlawful_threat"),
    "call-the-boss": ("下午我就打电话给你们老板说明情况，饭碗保不保得住你自己看", "threat.r7.exposure.spread_to_circle", "unlawful_threat"),
    "letter-to-hr": ("如仍不处理，我方将发函到你公司人事部门协助追讨欠款", "threat.r7.exposure.spread_to_circle", "unlawful_threat"),
    "group-built": ("群已经建好了，把你亲戚都拉进来了，欠钱的事大家一起评评理", "threat.r7.exposure.group_of_your_people", "unlawful_threat"),
    "nobody-escapes": ("你老婆的微信群、你的工作群，一个也跑不掉", "threat.r7.exposure.group_of_your_people", "unlawful_threat"),
    "let-them-see": ("不还钱就让你的同事们都看看你的欠条", "threat.r7.exposure.group_of_your_people", "unlawful_threat"),
    "tonight-at-parents": ("今晚我们就去你爸妈家坐坐，躲得了初一躲不了十五", "threat.r7.doorstep.menacing_visit", "unlawful_threat"),
    "watching-the-kid": ("已经在你家小区了，你儿子正在楼下玩呢", "threat.r7.doorstep.menacing_visit", "unlawful_threat"),
    "waited-nights": ("我们到你公司楼下守了两天了，你总得出门吧", "threat.r7.doorstep.menacing_visit", "unlawful_threat"),
    "banner": ("兄弟们举着横幅到你老家去", "threat.r7.doorstep.banner_at_home", "unlawful_threat"),
    "worse-than-dog": ("借钱不还，你连狗都不如", "threat.r7.insult.worse_than_animal", "unlawful_threat"),
    "listed-suspect": ("你因拖欠网贷不还，现已被登记为在逃人员", "threat.r7.false_criminal.listed_as_suspect", "unlawful_threat"),
    "offer-void": ("您的借款已逾期，今晚12点前不还款，分期方案自动失效", "pressure.r7.deadline_or_offer_lost", "aggressive"),
    "next-stage": ("您的欠款仍未结清，明日起将进入下一处理流程", "pressure.r7.deadline_or_offer_lost", "aggressive"),
    "until-paid": ("您的借款已逾期，我们将每天通过电话跟进，直至欠款还清", "pressure.r7.until_paid", "aggressive"),
    "outsource": ("您的欠款逾期已久，下周将移交外部机构进行催收", "pressure.r7.outsource_to_partner", "aggressive"),
    "verify-refund": ("您的账户需核验，请将余额转到以下账户进行资金核查，核查后全额返还", "scam.r7.transfer_to_verify", "scam"),
    "vip-withdraw": ("借款已经到账，必须购买会员后才能提现", "scam.r7.pay_before_withdraw", "scam"),
    "student-close": ("我是京东客服，您读书时期开通的白条学生版需要关闭，请加微信办理", "scam.r7.student_account_close", "scam"),
    "interest-refund": ("您在我平台的借款多收了服务费，可以退还给您，请下载会议软件配合操作", "scam.r7.refund_with_unofficial_steps", "scam"),
    "workplace-chat": ("不回电话是吧，那我就去你们厂里找你们主任聊聊你的事", "threat.r7.exposure.spread_to_circle", "unlawful_threat"),
    "car-watched": ("你家门口那辆黑色轿车挺新的啊，今晚我们过去看看", "threat.r7.doorstep.menacing_visit", "unlawful_threat"),
    "pig": ("你这种人就是社会的寄生虫，连猪都不如", "threat.r7.insult.worse_than_animal", "unlawful_threat"),
    "instalment-cancelled": ("本周五前未结清，将取消您的分期资格并一次性追偿全部欠款", "pressure.r7.deadline_or_offer_lost", "aggressive"),
    "top-up-to-withdraw": ("贷款已批下来了，但需要充值1000元激活账户才能提现", "scam.r7.pay_before_withdraw", "scam"),
    "code-relay": ("老同学，手机坏了，帮忙收个验证码行吗", "scam.r7.code_relay", "scam"),
}


@pytest.mark.parametrize(("text", "rule_id", "label"), list(FRAMES.values()), ids=list(FRAMES))
def test_r7_frames_hold_on_paraphrases(analyzer, text, rule_id, label):
    report = analyzer.analyze(text).to_dict()
    fired = {r for f in report["findings"] for r in [f["rule_id"], *f["merged_rule_ids"]]}
    assert rule_id in fired, fired
    assert report["verdict"]["label"] == label
    finding = next(f for f in report["findings"] if rule_id in [f["rule_id"], *f["merged_rule_ids"]])
    assert finding["excerpt"] and finding["excerpt"] in text


LOOK_ALIKES = {
    "wedding-photos": "婚礼的照片我发到家族群了，大家都说好看",
    "boss-leave": "你们领导让我转告你，明天的会改到下午，请假的事他同意了",
    "resume": "你的简历我已经发给我们公司人事了",
    "reunion-group": "同学聚会建了个群，把你的同学都拉进来了",
    "good-news": "让大家都看看你的获奖证书，真为你骄傲",
    "weekend-visit": "周末我们去你爸妈家坐坐，带点水果",
    "dinner-tonight": "今晚去你家吃饭，不见不散",
    "lawful-visit": "您的借款已逾期，我司将于明日安排工作人员上门核实情况",
    "no-visit": "我们不会上门打扰您，您的借款已逾期，请尽快还款",
    "courier": "快递今天下午到你家楼下，打个招呼让保安放行",
    "self-deprecating": "加班到半夜，我连狗都不如",
    "news-suspect": "据报道，涉嫌贷款诈骗的李某已被列为犯罪嫌疑人并落网",
    "bank-due-today": "【华夏银行】您的信用卡账单今日为最后还款日，请于今日内还款，以免产生逾期利息和违约金",
    "gym-expiry": "【XX健身】您的私教课还剩5节，有效期至12月31日，逾期作废",
    "waiver-approved": "您提交的逾期费用减免申请已通过，减免金额320元",
    "compliant-outsourcing": "根据合同约定，我司可能委托合作机构进行合规催收，催收人员不会要求您转账至个人账户",
    "bank-refund": "我行多收取的利息将于3个工作日内原路退还至您的还款账户，无需操作",
    "shop-refund": "【拼多多】您申请的退款28.90元已原路退回至您的支付账户，请注意查收",
    "company-verify": "企业认证需向平台对公账户转入随机金额完成验证",
    "campus-card": "毕业生请于离校前到营业厅注销校园卡套餐",
    "car-chat": "你家楼下那辆白色电动车是谁的，今晚我过去看看能不能借用",
    "cancel-instalment": "如需取消分期方案，请在App内操作",
    "self-animal": "今天累得连狗都不如",
    "otp": "【腾讯】验证码483920，用于QQ登录验证，泄露有风险。",
    "otp-warning": "美团客服不会索要验证码，请勿回复本号码",
    "police-warning": "【XX派出所】提醒：催收人员把欠款发到家长群、带横幅上门属于违法行为，请报警",
}


@pytest.mark.parametrize("text", list(LOOK_ALIKES.values()), ids=list(LOOK_ALIKES))
def test_r7_frames_stay_quiet_on_look_alikes(analyzer, text):
    report = analyzer.analyze(text).to_dict()
    fired = [f["rule_id"] for f in report["findings"] if ".r7." in f["rule_id"]]
    assert not fired, fired
    assert report["verdict"]["label"] not in ("unlawful_threat", "scam")


def test_announced_visit_stays_pressure_and_menacing_visit_is_a_threat(analyzer):
    visit = analyzer.analyze("您的借款已逾期，我司将于明天安排上门核实").to_dict()
    assert visit["verdict"]["label"] == "aggressive"
    menace = analyzer.analyze("您的借款已逾期，明天一早就去你家门口等你，别说我们没打招呼").to_dict()
    assert menace["verdict"]["label"] == "unlawful_threat"
    assert "threat.r7.doorstep.menacing_visit" in {r for f in menace["findings"] for r in [f["rule_id"], *f["merged_rule_ids"]]}
