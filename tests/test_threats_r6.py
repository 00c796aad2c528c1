"""Round-6 frames (threats_r6.toml, the conditional-blacklist exception in threats.toml, the collection-step
context in debt_context.about_debt and the e-delivery legal notice in verdict.decide), run through the real
analyzer on self-written paraphrases that are in no rule's own examples. Short collector fragments with no
debt words must still be judged; lawful look-alikes (a friend downstairs, a service visit, a court's own
wording, a conditional lawful step) must stay lawful."""
from __future__ import annotations

import pytest

# (text, rule id that must fire, verdict)
FRAMES = {
    "notice-at-door": ("回头我们就到你家门口贴通告", "threat.r6.post_notice_at_your_place", "unlawful_threat"),
    "photo-at-work": ("你的照片会贴满你们公司楼下", "threat.r6.post_notice_at_your_place", "unlawful_threat"),
    "downstairs-now": ("我们现在就在你们家楼下", "threat.r6.i_am_at_your_door", "unlawful_threat"),
    "at-the-shop": ("我的人已经到你店门口了", "threat.r6.i_am_at_your_door", "unlawful_threat"),
    "get-people": ("你不接电话是吧，我会叫人的", "threat.r6.will_get_people", "unlawful_threat"),
    "brothers-come": ("再装死，我直接喊兄弟去你家", "threat.r6.will_get_people", "unlawful_threat"),
    "no-good-days": ("你要是敢赖，以后别想有好果子吃", "threat.r6.no_good_days", "unlawful_threat"),
    "circle-knows": ("我会让你同学都看清你借钱不还的德行", "threat.r6.let_your_circle_know", "unlawful_threat"),
    "case-approved": ("网贷欠款一案，现已正式立案", "threat.r6.case_filed_done", "unlawful_threat"),
    "conditional-blacklist": ("你今天之内不结清，否则依法起诉后纳入失信名单", "pressure.r6.conditional_blacklist", "aggressive"),
    "own-legal": ("您的账单已经转交委外催收", "pressure.r6.handed_to_own_legal", "aggressive"),
    "legal-joined": ("法务部已正式介入", "pressure.r6.handed_to_own_legal", "aggressive"),
    "visit-starts": ("上门核实即将开始，请留意", "pressure.r6.field_visit_announced", "aggressive"),
    "visit-tomorrow": ("明天将安排上门调查", "pressure.r6.field_visit_announced", "aggressive"),
    # second batch
    "at-the-village": ("我们现在就在你们村口", "threat.r6.i_am_at_your_door", "unlawful_threat"),
    "smash-window": ("我们马上就砸你家窗户", "threat.r6.trouble_at_your_home", "unlawful_threat"),
    "sit-in": ("明天我去你们公司大闹一场", "threat.r6.trouble_at_your_home", "unlawful_threat"),
    "found-address": ("我们已经查到你家庭住址了", "threat.r6.know_where_you_live", "unlawful_threat"),
    "insult-scum": ("你真是个败类", "threat.r6.insult_to_you", "unlawful_threat"),
    "contacts-held": ("你女朋友的手机号我们早就有了", "threat.r6.holds_your_contacts", "unlawful_threat"),
    "called-dad": ("你爸的手机我们刚打通了", "threat.r6.holds_your_contacts", "unlawful_threat"),
    "social-death": ("这次一定让你身败名裂", "threat.r6.expose_you_online", "unlawful_threat"),
    "id-online": ("你的身份证马上就挂到抖音上", "threat.r6.expose_you_online", "unlawful_threat"),
    "jail": ("你就等着进监狱吧", "threat.r6.wait_for_jail", "unlawful_threat"),
    "warrant": ("逮捕令很快就下达", "threat.r6.papers_came_down", "unlawful_threat"),
    "assets-frozen": ("您名下的支付宝已经被冻结", "threat.r6.papers_came_down", "unlawful_threat"),
    "outsourced": ("下周将委托专业催收公司上门", "pressure.r6.outsourced_collection", "aggressive"),
}


@pytest.mark.parametrize(("text", "rule_id", "label"), list(FRAMES.values()), ids=list(FRAMES))
def test_r6_frames_hold_on_paraphrases(analyzer, text, rule_id, label):
    report = analyzer.analyze(text).to_dict()
    fired = {r for f in report["findings"] for r in [f["rule_id"], *f["merged_rule_ids"]]}
    assert rule_id in fired, fired
    assert report["verdict"]["label"] == label
    finding = next(f for f in report["findings"] if rule_id in [f["rule_id"], *f["merged_rule_ids"]])
    assert finding["excerpt"] and finding["excerpt"] in text  # points at the triggering words
    assert finding["explanation"]


LOOK_ALIKES = {
    "friend-downstairs": "我在你楼下了，下来拿一下钥匙",
    "friend-dinner": "我们在你家门口，快出来一起吃饭",
    "courier": "快递员已经在你家楼下，请下楼取件",
    "property-notice": "物业会在你家门口张贴停电通知",
    "spring-couplets": "明天去你家贴春联",
    "help-repair": "我会找人来帮你修水管",
    "ask-around": "别急，我去找人问问",
    "advice": "你不努力以后就不会有好日子过",
    "good-news": "让你家人都知道你考上了，真为你高兴",
    "plaintiff-court": "您提交的网上立案申请已通过审核，请按时缴费",
    "news-legal": "据悉，涉事公司法务部门已介入调查",
    "complaint": "您的投诉已转交法务部门处理，请耐心等待",
    "community-visit": "社区网格员将上门核实独居老人情况",
    "claims-visit": "理赔员明天将上门核实房屋受损情况",
    "police-warning": "【XX派出所】提醒：催收人员上门贴告示、堵门属于违法行为，请报警",
    # second batch
    "friend-which-building": "我到你们小区了，你几号楼？",
    "family-dinner": "我们已经到你老家了，爸妈做了一桌菜",
    "visit-friend": "我知道你住哪，下周去看你",
    "class-photo": "你的照片会发到班级群里，大家都说好看",
    "teasing": "你这个小骗子，说好的请我喝奶茶呢",
    "gift-address": "你家的地址我们已经知道了，礼品明天寄到",
    "called-dad": "你爸的电话我打过了，他说你在加班",
    "phone-sync": "你的通讯录已同步到新手机",
    "teacher-visit": "班主任将进行家访，请家长在家",
    "community-home-visit": "社区将安排家访，了解老人生活情况",
    "property-rule": "名下房产已被查封的，不能办理过户手续",
    "drunk-driving": "你再醉驾迟早被抓",
    "new-year": "明天去你家拜年，顺便喝酒",
    "locksmith": "开锁师傅十分钟后到，会撬开你家的门",
}


@pytest.mark.parametrize("text", list(LOOK_ALIKES.values()), ids=list(LOOK_ALIKES))
def test_r6_frames_stay_quiet_on_look_alikes(analyzer, text):
    report = analyzer.analyze(text).to_dict()
    fired = [f["rule_id"] for f in report["findings"] if ".r6." in f["rule_id"]]
    assert not fired, fired
    assert report["verdict"]["label"] not in ("unlawful_threat", "scam", "aggressive")


def test_conditional_blacklist_is_pressure_but_done_listing_is_a_threat(analyzer):
    conditional = analyzer.analyze("借款已逾期，如不还款将依法起诉并列入失信名单").to_dict()
    assert conditional["verdict"]["label"] == "aggressive"
    assert "fake_legal_process" not in {f["kind"] for f in conditional["findings"]}
    done = analyzer.analyze("借款已逾期，您已被列入失信名单").to_dict()
    assert done["verdict"]["label"] == "unlawful_threat"
    assert "fake_legal_process" in {f["kind"] for f in done["findings"]}


def test_a_plain_visit_is_pressure_and_intimidation_at_the_door_is_a_threat(analyzer):
    visit = analyzer.analyze("近期将上门核实").to_dict()
    assert visit["verdict"]["label"] == "aggressive"
    assert {f["severity"] for f in visit["findings"] if f["kind"] == "doorstep_visit_threat"} == {"medium"}
    door = analyzer.analyze("我们就在你家楼下").to_dict()
    assert door["verdict"]["label"] == "unlawful_threat"


def test_debt_context_never_hides_a_severe_finding(analyzer):
    # The same threat with and without debt words: both unlawful.
    for text in ("明天去你单位门口贴大字报", "欠款不还，明天去你单位门口贴大字报"):
        assert analyzer.analyze(text).to_dict()["verdict"]["label"] == "unlawful_threat", text


def test_court_e_delivery_with_unknown_link_is_an_unsure_legal_notice(analyzer):
    text = "【深圳法院】(2025)粤0304民初6789号案件的裁定书已送达，查看链接：https://ssfw.example-court.com/d/Xk3"
    report = analyzer.analyze(text).to_dict()
    assert report["verdict"]["label"] == "legal_notice"
    assert "12368" in report["verdict"]["summary"]
    assert report["verdict"]["legal_check"]["verifiable"] is False
    # A court-looking SMS that asks for money stays a scam, never a legal notice.
    scam = analyzer.analyze("【深圳法院】(2025)粤0304民初6789号案件，请将执行款转入个人账户6222021234567890123，"
                            "点击 https://ssfw.example-court.com/pay").to_dict()
    assert scam["verdict"]["label"] != "legal_notice"


def test_a_bare_immediately_is_a_reminder_and_a_consequence_makes_it_pressure(analyzer):
    # Labelled data (r3, r4): "请立即还款，以免影响征信" is a reminder; "否则将依法收车" is pressure.
    plain = analyzer.analyze("您的分期已逾期2天，请立刻完成还款，以免影响信用记录").to_dict()
    assert plain["verdict"]["label"] == "reminder"
    assert {f["severity"] for f in plain["findings"] if f["kind"] == "urgency_pressure"} <= {"low"}
    lawful_step = analyzer.analyze("您的车贷已逾期，请立刻还款，要不然将依法收车").to_dict()
    assert lawful_step["verdict"]["label"] == "aggressive"


def test_named_court_and_case_number_with_unknown_link_is_an_unsure_legal_notice(analyzer):
    text = "【送达助手】张三，杭州市西湖区人民法院向您送达（2025）浙0106民初555号案件的传票，查阅链接：https://sd.example-sd.com/k/9Q"
    report = analyzer.analyze(text).to_dict()
    assert report["verdict"]["label"] == "legal_notice"
    assert report["verdict"]["legal_check"]["verifiable"] is False
    # The same shape with a demand for money to a person is no legal notice.
    paid = analyzer.analyze(text + "，并将诉讼费转入个人账户6222021234567890123").to_dict()
    assert paid["verdict"]["label"] != "legal_notice"
