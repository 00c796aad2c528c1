"""The threat-scheme frames (knowledge/data/rules/threats_scheme.toml) on paraphrases written for
them, not copied from any evaluation set: each unlawful threat below must be caught by the scheme
frames alone (run without the other rules, so an older rule with the same span cannot hide them),
and none of the lawful pressure or ordinary messages may fire them."""
from __future__ import annotations

import pytest

from analyzer import rules as engine
from analyzer.document import parse
from analyzer.addressed import ADDRESSED
from analyzer.debt_context import about_debt
from analyzer.rule_contexts import INSTITUTION

PREFIX = "threat.scheme."

UNLAWFUL = [
    "你欠的钱再不还，我们就把催款函寄到你爸妈家里",
    "逾期三天了还装死？明天开始挨个给你通讯录里的人打电话",
    "我们已经联系了你们公司人事部，说明了你的欠款情况",
    "你的欠款我们会告诉你们村的村长，让全村都知道",
    "您的欠款已逾期，我司将委托第三方对您的亲友进行走访",
    "给你最后一天时间，不还钱就把你欠钱的事发到你们家族群",
    "欠钱不还的事我们会做成海报贴满你们小区",
    "你借钱不还，我们会在你朋友圈所有好友那里曝光你",
    "不还钱就把你的裸照发给你所有联系人",
    "再拖着不还，你的身份证正反面明天就会出现在网上",
    "老赖，欠钱不还，你就是个废物",
    "你这种欠钱不还的人渣，早晚遭报应",
    "欠债还钱天经地义，你全家都不得好死",
    "再不还钱，小心你家的玻璃",
    "你儿子在哪个幼儿园我们一清二楚，自己掂量着还钱",
    "你恶意拖欠贷款，已涉嫌信用卡诈骗，公安马上会对你进行拘捕",
    "你的欠款已移交经侦大队，等着被传唤吧",
    "您的借款已逾期，法院已对您发出拘传令，请立即还款",
    "你的欠款案件法院已经判了，执行局明天上门查封你的房子",
    "您已被法院列为失信被执行人，高铁飞机都坐不了，请立即还款",
    "逾期不还，我们明天带十几个人去你家门口等你",
    "再不还，我们的人就天天守在你单位门口",
    "钱不还清，兄弟们就在你家住下了",
    "再不还款，我们将向你所在的居委会反映你的情况",
    "你欠钱的事，你老师和同学很快都会知道",
    "你已经被列为恶意逃废债人员，将被移送公安机关处理",
    "欠款不还，就把你的借条挂到抖音上让大家评评理",
    "兄弟，再躲着不接电话，你们公司前台明天会收到你的欠款材料",
    "已安排同事联系你的大学辅导员，说明你拖欠借款的情况",
    "今天不结清，下午就给你所在的社区网格员打电话",
    "逾期不还的话，你的房东和邻居都会被告知",
    "我们会把你的欠款告诉你女朋友，看她还跟不跟你",
    "再不回电话，明天就去你孩子学校找班主任聊聊你欠钱的事",
    "你的欠款通知书已经寄到你单位人事科",
    "这笔欠款不还，你老家村口明天就贴上你的照片",
    "你欠钱不还的光荣事迹，我们会在你们村的微信群里好好宣传一下",
    "不还钱就把你做成表情包，发遍全网",
    "欠款今天不还，你的个人信息和欠款明细将推送给你全部通讯录好友",
    "你这个骗吃骗喝的，借钱的时候怎么不说没钱",
    "借钱不还的狗东西，你爹妈怎么生出你这种玩意",
    "你还算个男人吗，欠钱不还的怂包",
    "今天不还钱，今晚让你家的窗户全碎",
    "再拖下去，你出门最好看着点身后，欠的钱自己掂量",
    "你的欠款已经被我们报到刑侦大队了，等着警察上门吧",
    "你已涉嫌恶意逃废债，公安系统已将你列为重点人员，欠款尽快处理",
    "贷款逾期不还属于诈骗行为，要判刑的，你自己考虑",
    "你已经上了公安的黑名单，坐不了高铁，欠款马上还",
    "你名下的房产已被我司冻结，欠款逾期不还将依法拍卖",
    "你的工资卡已经被执行局扣了，欠款赶快还",
    "我们的外访团队十几个人今晚就到你家楼下，欠款准备好",
    "不还钱我们就天天坐在你公司门口等你",
    "你妈的电话我们也有，你不接我们就天天找她聊你欠款的事",
    "再不还款，你领导桌上明天会多一份你的欠款说明",
    "我们已对您的通讯录联系人发送了逾期提醒短信",
    "您的逾期情况将同步至您所在单位的人力资源部门",
    "不还钱的话，你的照片会贴在你们村每一根电线杆上",
    "再不处理欠款，我们就把你的聊天记录截图公开",
    "你欠钱不还的视频我们已经剪好了，今晚就发快手",
    "你全家都是骗子，欠钱不还的东西",
    "欠债不还的废物，还有脸拉黑我",
    "今晚十二点前不还，你的车别想开了，轮胎我们帮你处理",
    "你不还钱，你爹妈出门都得小心",
    "你已被认定为恶意欠款人员，相关材料已移送当地派出所",
    "欠款再不处理，你将面临三年以上有期徒刑",
    "您的欠款已由法院判决，现已进入强制执行，执行人员将于明日上门",
    "今晚我们十几个兄弟就睡你家门口，不还钱谁也别想安生",
    "我们的人已经到你公司楼下，欠款不处理今天就不走了",
    "通知：张某某系你公司员工，其拖欠我司借款不还，请贵单位督促其还款",
    "逾期第五天，今天开始你的亲友会陆续接到我们的催收电话",
    "我们已经把你的情况反映给你公司老板了，欠款自己看着办",
    "不还钱就让你们单位全体同事都收到你的欠款通知",
    "你的欠款信息已经打印出来，准备在你们小区公告栏张贴",
    "欠钱不还还玩失踪，我们会把你的头像发到本地各个群里找你",
    "你的借款合同和身份证复印件，明天会出现在你公司每个人的手机上",
    "欠款三天内不结清，你家那辆白色的车我们保证让它变废铁",
    "你这种老赖活该被人唾弃，欠的钱赶紧还",
    "你借钱不还，简直就是个无耻的骗子",
    "你孩子在XX小学三年级二班对吧，欠款的事你自己掂量",
    "你的逾期行为已被定性为恶意骗贷，公安机关已介入",
    "你欠款不还的行为已经触犯刑法，等着被抓吧",
    "您的欠款已被法院强制执行，您名下账户已被依法冻结，请立即还款解冻",
    "法院已经对你发出了逮捕令，欠款今天必须还清",
    "欠款今天不到账，我们明天一早就带人去你家门口拉横幅",
    "我们的人今晚会在你家楼下守着，欠款什么时候还什么时候走",
]

# Unlawful threats another rule already reports once (an explicit harm word, 请你转告): the scheme
# frames stay silent so the page does not show the same threat twice; the verdict must still say so.
ALREADY_REPORTED = [
    "欠我们的钱不还？今晚去你家泼油漆",
    "今天不还，明天就让人去打断你的腿",
    "你的行为已构成诈骗罪，警方已经立案",
    "您好，张某某在我平台的借款已逾期，他留的紧急联系人是您，请您转告他尽快还款",
    "欠钱不还，找几个兄弟收拾你",
    "法院的拘留决定书已经下来了，欠款今天不还明天就来抓人",
    "李某某的家属您好，他在我司的欠款已逾期，请您督促他尽快还款",
    "下周我们的人会去你老家，找你们村干部聊聊",
    "你的微信、支付宝已经被我们申请冻结了，欠款马上处理",
    "你再装死，我就把你借钱的事告诉你丈母娘",
]

# Lawful pressure (起诉、征信、委外、上门核实、支付令), court and police notices, anti-fraud warnings,
# news about convicted collectors, and everyday messages.
QUIET = [
    "您的借款已逾期，如不还款我们将依法起诉",
    "您的借款已逾期30天，我司将安排工作人员上门核实情况",
    "逾期不还将上报征信，影响您的个人信用",
    "您已严重逾期，我司已委托律师事务所处理，请尽快还款",
    "如持续不还款，我司将向人民法院提起诉讼并申请财产保全",
    "您的借款已逾期，再不处理将产生更多罚息和违约金，后果自负",
    "我司不会联系您的家人和单位，请放心，您的借款已逾期请尽快还款",
    "【某某人民法院】（2026）京0105民初1234号案件已立案，请登录人民法院在线服务查看，咨询12368",
    "公安机关提醒：凡是自称催收要抓你坐牢的都是诈骗，请勿相信",
    "警方提示：近期有不法分子冒充法院称您已被起诉，要求转账撤案，请勿相信",
    "【某银行】您尾号1234信用卡本期账单已出，最低还款额500元，请按时还款",
    "反诈中心提醒：不要向他人透露验证码，谨防诈骗",
    "请您转告家人，近期冒充公检法诈骗高发，谨防上当",
    "您的快递已送达驿站，请凭取件码取件",
    "您好，您的家人已为您办理了话费充值",
    "【某小区物业】本周六将在小区门口张贴停水通知，请各位业主留意",
    "区人民法院今日公开宣判一起非法催收案件，被告人因寻衅滋事罪获刑",
    "公安机关依法打击暴力催收，如遇上门骚扰、爆通讯录请拨打110",
    "您推荐的好友已成功注册，您获得10元奖励",
    "【某网贷】您本期账单已还清，感谢您的支持",
    "温馨提示：您的车辆保险即将到期，出门在外小心驾驶，以免发生意外",
    "邻居们注意，明天小区将拍卖一批旧家具，欢迎来看",
    "警情通报：我局对一起暴力催收案件立案侦查，犯罪嫌疑人已被刑事拘留",
    "您的欠款已逾期90天，我司保留向法院提起诉讼的权利",
    "您的账户已逾期，逾期记录已报送中国人民银行征信中心",
    "如您继续逾期，我司将委托第三方催收机构与您联系",
    "您的借款已逾期，最后还款期限为本周五，逾期后将按合同约定收取违约金",
    "您的欠款已逾期，我司已向法院申请支付令，请注意查收法院文书",
    "您好，您的逾期欠款已转入法务部门处理，请尽快联系我们协商还款方案",
    "【XX县公安局】提醒您：接到自称公检法要求转账的电话一律是诈骗",
    "【XX法院】关于张某与李某民间借贷纠纷一案，本院已依法作出判决，请登录人民法院在线服务查看",
    "【XX人民法院】您有一份执行通知书，请通过12368或官方平台查询，勿信其他渠道",
    "【XX银行】尊敬的客户，您尾号8888的信用卡已逾期，请及时还款，客服电话95588",
    "某市开展打击非法催收专项行动，已抓获犯罪嫌疑人12名",
    "亲，您的包裹已签收，如有问题请联系客服",
    "妈，我今天加班，晚点回家，你们先吃饭",
    "各位家长：本周五学校开家长会，请准时参加",
    "【XX社区】近期小区发生多起盗窃案件，请居民锁好门窗，注意家人安全",
    "【XX物业】本小区将于明日张贴停电通知，请业主提前做好准备",
    "小王，你欠我的那顿饭什么时候还啊哈哈",
    "你这个小坏蛋，又偷吃我的零食",
    "【XX反诈中心】不法分子冒充网贷平台客服，称您的贷款逾期将影响征信、要上门催收，请勿相信，拨打96110咨询",
    "公安提醒：暴力催收、泼油漆、堵门、爆通讯录均属违法，遇到请立即报警",
    "【XX律师事务所】受XX银行委托，就您的信用卡欠款事宜，请于7日内联系本所协商，电话010-12345678",
    "您的车辆已办理ETC，扣款成功",
    "【XX法院】您的案件（2025）粤0304民初9999号将于6月1日开庭，请准时到庭",
    "朋友们，我的新店开张了，欢迎大家来捧场",
    "【XX市中级人民法院】本院将在官网、微博曝光一批拒不还款的老赖名单，请广大市民监督",
    "某催收公司员工因爆借款人通讯录、在其老家张贴照片，被法院以寻衅滋事罪判处有期徒刑一年",
    "【XX物业】请欠缴物业费的业主尽快缴纳，谢谢配合",
    "【XX学校】您孩子的学费尚未缴纳，请家长尽快缴费",
    "【XX银行】如您无法按时还款，请及时联系我行协商，我行不会向您的家人透露任何信息",
    "记者调查：网贷催收员冒充警察，威胁借款人说已被立案、要抓人坐牢",
    "【XX法院】执行局依法对被执行人李某名下房产进行查封，特此公告",
    "《民法典》规定，债务人不履行债务的，债权人可以依法向人民法院起诉",
    "【XX公安】提醒：催收人员上门泼油漆、砸门属于违法行为，请立即拨打110",
    "老婆，明天你爸妈过来，我去车站接他们",
    "老公，儿子学校明天开家长会，你记得去，我联系了班主任",
    "张哥，上次借你的钱我下周还你，不好意思啊",
    "你这个傻子，生日快乐！",
    "兄弟们，今晚在我家吃火锅，不醉不归",
    "【XX快递】您的包裹已到，快递员将上门派送，请保持家中有人",
    "【XX燃气】工作人员将于明日上门安全检查，请家中留人",
    "【XX金融】您的借款已结清，感谢使用，我们不会再联系您",
    "【XX银行】您的信用卡已逾期，我行已按规定将逾期信息报送征信系统，如有异议请致电95555",
    "【XX法院】您的诉讼费尚未缴纳，请于7日内缴纳，逾期按撤诉处理，详询12368",
    "【XX反诈】有人冒充催收称要联系你的家人、曝光你的照片，要求你转账到个人账户，这是诈骗",
    "您的欠款已逾期，我司将依法维护自身权益，包括但不限于提起诉讼",
    "尊敬的客户，您的贷款逾期已超过90天，已按照合同约定转入催收阶段",
    "如您仍不还款，我司将向您户籍地法院提起诉讼",
    "您的欠款已委托XX律师事务所处理，律师将与您联系",
    "请于今日18点前还款，否则我司将安排外访人员上门与您面谈",
    "【XX法院】您好，您被申请执行一案已立案，案号（2025）京0101执1234号，详询12368",
    "你这个月的工资我帮你存好了，放心",
    "【XX派出所】请您于明日到所里领取身份证",
    "妈，我给你寄了点东西，注意查收",
    "爸，车我帮你开去修了，轮胎要换",
    "小区通知：本周将对欠缴物业费业主进行电话提醒",
    "警方提醒：接到自称网贷平台称要联系你家人、同事的电话，请勿转账，谨防诈骗",
    "【XX银行】我行已收到您的还款，感谢您的支持",
    "您的借款已逾期15天，若仍未还款，我司将通过法律途径追偿",
    "尊敬的客户，因您长期逾期，我司已将您的债权转让给第三方资产管理公司",
    "您的信用卡已逾期，我行将按照规定上报人民银行征信系统",
    "您好，我司外访人员将于本周到访您的住址，与您当面协商还款事宜",
    "【XX中院】关于开展打击拒执犯罪专项行动的通告：对有能力履行而拒不履行的被执行人依法追究刑事责任",
    "【XX公安】近期冒充网贷催收诈骗高发，对方称将曝光你的信息、通知你的家人，均为诈骗",
    "宝贝，你的照片我发到家族群里了，大家都说好看",
    "老师好，我家孩子明天请假一天，麻烦您了",
    "【XX银行】您的贷款将于3日后到期，请确保还款账户余额充足",
    "兄弟，上次借你的500块我转你了，查收一下",
    "【XX小区】业主群通知：本周六全体业主大会，请准时参加",
    "【XX法院】您有一份诉讼文书已送达，请登录人民法院在线服务平台查收，案号（2026）沪0115民初888号",
]


@pytest.fixture(scope="module")
def scheme(analyzer):
    rules = engine.RuleSet(tuple(r for r in analyzer.rules if r.record.id.startswith(PREFIX)))
    assert len(rules) >= 15

    def fired(text: str) -> list[str]:
        doc = parse(text, None, None)
        is_debt = about_debt(doc)
        contexts = {
            "@debt": lambda _d: is_debt,
            "@addressed": lambda d: is_debt or bool(ADDRESSED.search(d.f)),
            "@institution": lambda d: bool(INSTITUTION.search(d.f)),
            "@callback_unofficial": lambda _d: False,
            "@sender_personal": lambda _d: False,
        }
        return [f.rule_id for f in engine.run(doc, rules, contexts, analyzer.category_of, analyzer.modality)]

    return fired


@pytest.mark.parametrize("text", UNLAWFUL)
def test_scheme_frames_catch_unlawful_threat(scheme, analyzer, text):
    assert scheme(text), text
    assert analyzer.analyze(text).verdict.label == "unlawful_threat"


# Written to a relative, colleague or employer of the debtor: the scheme's reader_is_not_borrower frames are reader
# frames now (knowledge/data/rules/reader.toml), so the reader decision, not a threat.scheme rule, says so.
TO_THIRD_PARTY = [
    "你好，请问你是李某的姐姐吗？他欠我们的钱一直不还，麻烦你让他回个电话",
    "贵公司员工王某欠款拒不归还，请贵公司协助督促",
    "你好，你是陈某的同事吧？他在我们这借的钱逾期半年了，你帮忙转告一下",
    "你认识刘某某吗？他拖欠我平台借款不还，麻烦让他联系我们",
    "您的员工张某在我司借款逾期，请贵公司配合督促其还款",
    "请问是王某的妈妈吗？您儿子在我们平台欠款逾期，一直联系不上他本人",
    "张某某的老婆你好，你老公欠我们三万块钱不还，你看着办吧",
]


@pytest.mark.parametrize("text", TO_THIRD_PARTY)
def test_message_to_a_third_party_is_the_readers_decision(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "unlawful_threat"
    assert report.reader.role == "third_party" and report.reader.relation != "guarantor", report.reader
    assert "threat.third_party_contact.message_to_third_party" in {r for f in report.findings for r in f.rule_ids}


@pytest.mark.parametrize("text", ALREADY_REPORTED)
def test_threats_reported_once_by_another_rule(analyzer, text):
    assert analyzer.analyze(text).verdict.label == "unlawful_threat"


@pytest.mark.parametrize("text", QUIET)
def test_scheme_frames_stay_quiet_on_lawful_and_ordinary(scheme, text):
    assert scheme(text) == [], text


def test_lawful_future_step_is_pressure_not_threat(analyzer):
    report = analyzer.analyze("您的借款已逾期，如不还款我们将依法起诉")
    assert not [f for f in report.findings if f.rule_id.startswith(PREFIX)]
    assert report.verdict.label == "aggressive"


def test_negation_only_before_the_verb(scheme):
    # "拒绝还款" earlier in the clause does not cancel the threat that follows it; "不会联系" does.
    assert scheme("若您继续拒绝还款，我们将通知您的直系亲属")
    assert scheme("您一直没有还款，我们将通知您的家属")
    assert not scheme("我司不会通知您的家属，您的借款已逾期，请尽快还款")


# A visit to the borrower's home, 户籍地, 老家 or workplace, with nothing else, is lawful pressure: aggressive,
# with a doorstep finding (as dev S123, S077, F051, C028). It is unlawful only with intimidation, exposure,
# contact with third parties about the debt, or a fake legal step.
PLAIN_VISITS = [
    "您的借款已逾期，已安排工作人员走访户籍地。",
    "您的借款已严重逾期，我司将上门核实情况。",
    "您的欠款已逾期90天，我们将派人到你单位走访核实。",
    "你的网贷已逾期，近期将安排外访人员前往您老家走访核实。",
    "您的信用卡已逾期，催收人员将于本周到您工作单位核实您的还款能力。",
    "您的借款逾期未还，我司已委派专员赶往你户籍所在地上门核实。",
]
VISIT_AND_MORE = [
    "您已逾期，我们将联系你们村委会告知你的欠款情况。",
    "你的欠款已逾期，已安排工作人员去你老家走访，并通知村委。",
    "你的欠款已逾期，明天我们的人去你老家，让全村人都知道你欠钱不还。",
    "您的借款已逾期，我们将派人到你单位找你领导说明你的欠款情况。",
    "您的欠款逾期未还，我们将到你老家村里打听你的情况。",
]


@pytest.mark.parametrize("text", PLAIN_VISITS)
def test_plain_visit_is_aggressive_with_a_doorstep_finding(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "aggressive", [(f.rule_id, f.kind, f.severity) for f in report.findings]
    assert "doorstep_visit_threat" in {f.kind for f in report.findings}
    assert "third_party_contact" not in {f.kind for f in report.findings}


@pytest.mark.parametrize("text", VISIT_AND_MORE)
def test_visit_that_reaches_others_or_exposes_stays_unlawful(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "unlawful_threat", [(f.rule_id, f.kind, f.severity) for f in report.findings]
