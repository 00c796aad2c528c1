"""fa24: more lawful messages that share the words of threats and scams. The frames decide, not the words: when a
step happens (a summons that will be served after the court accepts the case), whose case it is (the lender's own
filing, so withdrawing it is theirs to offer), what a law firm says it will do (apply to the court, not freeze by
itself), whose words they are (a customer's or a friend's, a message described before it is named), why someone
knows where the reader is (to help, to visit, to eat together; praise, not exposure), whose bill it is (a child's
fees are the parent's to pay) and what an authority's notice warns about (如收到自称法院…的短信). Threats and scams
that use the same words stay flagged. Examples are written for the frame, none is from a labelled set."""
from __future__ import annotations

import pytest

from analyzer import analyze

HARMFUL = ("scam", "unlawful_threat")

LAWFUL = {
    # a summons as the next step, not as served
    "summons-future": "您好，您的欠款已逾期60天，我司已向XX区人民法院递交了起诉状，法院受理后会向您送达传票，请留意。",
    "summons-future-trad": "您的信用卡欠款已逾期，本行已向法院提交起訴材料，屆時法院將寄送傳票，請注意查收。",
    # the lender's own filing; contacting it about withdrawal asks for no money
    "own-filing-withdraw": "尊敬的XX用户，鉴于您长期未还款，我司已向您户籍所在地法院递交起诉材料，请尽快联系撤诉事宜。",
    # the stage before a lawsuit; a sanction named as a risk
    "before-process": "您的欠款已进入法律程序前的最后协商期，请珍惜机会。",
    "risk-of-blacklist": "您的借款已逾期，逾期不还将被法院列为失信被执行人的风险，请尽快处理。",
    "risk-of-blacklist-2": "您的借款已逾期，您有被列入失信被执行人名单的风险，请尽快还款。",
    # a law firm applying to the court
    "counsel-applies": "【某某律所】受某平台委托，您的欠款如三日内不处理，本所将起诉并申请法院冻结您的银行卡和支付宝，请尽快还款。",
    "counsel-preservation": "【XX法务中心】您的欠款逾期已久，立案后我方将依法申请财产保全，请于本周五前与贷款机构协商。",
    # reported speech: a customer, a friend; a message or call described
    "customer-said": "店长，今天那个客户说不给他退款就天天来店里闹，还要发到网上曝光我们，怎么处理？",
    "friend-said": "我朋友说你们会爆通讯录，我有点担心，能不能先还一部分？",
    "call-described": "我昨天接到一个自称支付宝客服的电话，说我的校园贷要注销，让我开屏幕共享，还好我没理他。",
    "message-described": "我前两天收到一条说我包裹地址不完整要点链接更新的短信，差点点了，你们注意。",
    # kindly purpose, no money and no menace
    "kind-help-move": "你住哪、在哪上班我都知道了，周末搬家我过来帮忙。",
    "kind-visit-mother": "你妈在县医院住着呢吧，我明天去看看她，需要带点什么？",
    "kind-at-door": "我已经到你楼下了，下来吃火锅！",
    "kind-school": "我们已经到你女儿学校附近了，放学一起去吃饭",
    "praise-photo": "把你的获奖照片挂到学校公告栏了，恭喜！",
    # a child's fees, billed to the parent
    "child-fee": "你好，你家孩子的托管费已经逾期一周了，麻烦尽快交一下，谢谢。",
    # a lender linking its own group's official domain (京东金融 -> jd.com, lenders.json group 京东集团)
    "group-domain": "【京东金融】您的白条已逾期，请登录京东金融App还款，点击 https://u.jd.com/a8Kx2 查看账单。",
    # the reader's own IP address reported as data in a hosting notice
    "ip-as-data": "【某云】尊敬的用户，您的IP：123.59.77.142 存在违规内容，已依主管单位要求封停，请尽快处理违规内容后联系技术支持恢复。",
    # a cancelled flight sending the reader to the support line they know (no number, link or chat account given)
    "flight-no-number": "【XX航空】您的航班因天气原因取消，请拨打客服电话改签或退票。",
    # the writer's own question about how to pay
    "own-question-app": "请问需要下载什么App才能还款吗？",
    "own-question-account": "我能直接转到你个人账户吗？还是必须走App？",
    # an authority warning about impersonation
    "court-warns": "【XX法院】提醒：如收到自称法院要求转账的短信，请拨打12368核实。",
}

HARMFUL_KEPT = {
    "summons-claimed": "你已被起诉，法院将向你送达传票，今天不还明天就来抓你。",
    "process-claimed": "你的案件已进入法律程序，法院执行人员明天上门。",
    "blacklist-claimed": "你已被列入失信名单，坐不了高铁了，还有被拘留的风险。",
    "own-filing-then-pay": "我司已向法院提交起诉材料，请联系张法官撤诉并缴纳保证金5000元。",
    "fake-court-drop-case": "你好，这里是某某市人民法院，你涉嫌贷款诈骗已立案，请拨打15800001111联系张法官撤案。",
    "counsel-pay": "【某某律所】您的欠款如三日内不处理，本所将申请法院冻结您的银行卡，请立即转账至以下账户。",
    "counsel-claims-filed": "【XX法务】你的案件已立案，明天申请强制执行，准备坐牢吧。",
    "friend-of-reader": "你朋友说你在XX公司上班，再不还钱我们明天就去你单位找你领导。",
    "instruction-to-come": "我现在人在外面没办法处理，等一下我朋友的爸爸会跟你说怎么汇钱，他在银行上班，你可以放心。",
    "kind-words-with-debt": "你女儿每天几点放学我们都清楚，欠的钱再不还，改天请她吃饭。",
    "visit-with-menace": "我知道你住哪，明天带点礼物去看看你爸妈，你看着办。",
    "crew-visits-mother-alone": "你妈一个人在家吧，我们的人过去看看她",
    "door-with-debt": "我已经到你楼下了，不还钱今天别想走。",
    "photo-with-debt": "恭喜你，你的照片已经挂到村口了，让大家看看你这个老赖。",
    "group-lookalike": "【京东金融】您的白条已逾期，请点击 https://u.jd-jr.top/a8Kx2 还款。",
    "other-lenders-domain": "【招联金融】您的借款已逾期，请点击 https://u.jd.com/a8Kx2 还款。",
    "ip-to-visit": "您的账户存在异常即将冻结，请访问IP：123.59.77.142 完成认证。",
    "ip-link": "您的借款已逾期，请登录 http://123.59.77.142/pay 还款。",
    "flight-own-number": "【XX航空】您的航班因天气原因取消，请拨打客服电话4008-123-456办理改签及300元补偿。",
    "loan-advert-question": "请问您需要贷款吗？无抵押秒到账，加微信dk888",
    "pay-personal-after-question": "你们能不能宽限几天？我可以帮你协商，请先转500元到我的个人账户。",
    "child-borrower": "您儿子张某在我平台借款已逾期30天，请督促其还款。",
}


@pytest.mark.parametrize("text", LAWFUL.values(), ids=LAWFUL.keys())
def test_lawful_frame_is_not_a_threat_or_scam(text: str) -> None:
    assert analyze(text).verdict.label not in HARMFUL


@pytest.mark.parametrize("text", HARMFUL_KEPT.values(), ids=HARMFUL_KEPT.keys())
def test_same_words_in_a_threat_or_scam_stay_flagged(text: str) -> None:
    assert analyze(text).verdict.label in HARMFUL


def test_counsel_application_stays_pressure() -> None:
    # Not a scam, but a law firm's announced application to freeze is still pressure the reader should see.
    assert analyze(LAWFUL["counsel-applies"]).verdict.label == "aggressive"


def test_child_fee_reader_is_the_payer() -> None:
    report = analyze(LAWFUL["child-fee"])
    assert report.reader is None or report.reader.role != "third_party"


def test_group_domain_is_explained_as_official() -> None:
    report = analyze(LAWFUL["group-domain"])
    assert [link.explanation.startswith("这是本工具核实过的该机构官方域名") for link in report.links] == [True]
