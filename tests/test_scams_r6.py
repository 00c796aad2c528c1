"""Round-6 scam frames (scams_r6.toml), exercised through the real analyzer on self-written
paraphrases (not the rules' own examples, not the dataset sentences), with lawful look-alikes that
must stay not_collection.

Frames (from the misses of r4_sealed, opened for tuning, and r4_tune): an account, card or pass
claimed suspended / closing / expiring + a verify or login step + a link (also masked "wap。。。" or
defanged "hxxps[:]//x[.]cc"); an unsigned "verify or lose normal use" notice; a child writing to a
parent from a borrowed channel or asking for fees; a changed number or changed account; a prize to
claim by phone; a forward-to-ten chain promising credit; a premium "send X to 106…" charity; a fake
debit with an unofficial callback; an unsigned loan advert stacking promises; a phone-spying advert;
points expiring today; a cancel-this-charge notice; a "report card, click to download"; a traffic
fine with "click"; a self-claimed customs duty notice; a parking / utility / vehicle-tax arrears notice
that sends the reader to a link or asks for the last digits of their number."""
from __future__ import annotations

import pytest

from analyzer import analyze

SCAMS = {
    "card-paused-defanged": ("【某银行】因网银系统升级，您的借记卡已暂停使用，请立刻验证身份恢复 hxxps[:]//abc-bnk[.]top",
                             "scam.r6.suspended_verify_link"),
    "token-expiry-masked": ("尊敬的客户，您的动态令牌明日失效，请尽快登陆手机网站 wap。。。 更新", "scam.r6.suspended_verify_link"),
    "licence-cancel-link": ("您的营业执照需要重新认证，请3日内登录 biz-check.top 办理，超时将注销", "scam.r6.suspended_verify_link"),
    "defanged-only": ("请及时确认您的账户信息 hxxp[:]//c-verify[.]xyz", "scam.r6.defanged_link"),
    "platform-verify": ("因平台系统升级，请务必尽快认证身份，否则将无法正常接单", "scam.r6.verify_or_lose_unsigned"),
    "cert-failed": ("您好，您的证书部署失败，请及时处理", "scam.r6.verify_or_lose_unsigned"),
    "child-borrowed-phone": ("妈，我是小红，用班主任的手机给你发的，学校要交资料费600元", "scam.r6.family_child_message"),
    "child-fees": ("妈，学校要办补习班，报名费3200元，今天要交", "scam.r6.family_child_message"),
    "new-number": ("我的手机号换了，这个是新号，请保存", "scam.r6.number_changed_keep"),
    "account-changed": ("我的收款账户已更换，请把房租转到王某的农行卡", "scam.r6.account_changed_remit"),
    "prize-phone": ("恭喜您在本公司十周年手机号抽奖中获得一等奖，请致电0898-xxxxxxx找李经理", "scam.r6.prize_call_claim"),
    "chain-forward": ("转发给20个好友，你的手机就能加50元话费，亲测有效", "scam.r6.chain_forward_credit"),
    "charity-106": ("爱心公益行动：发送1到1066888每月为灾区捐一元", "scam.r6.premium_sms_charity"),
    "fake-debit": ("您在某商城消费5680元，此款将从您账户扣除，如有疑问请联系020-12345678", "scam.r6.fake_debit_callback"),
    "loan-advert": ("私人借款，无担保，秒批，当天放款", "scam.r6.loan_advert_promises"),
    "spy-advert": ("只要提供号码，即可调取对方的通话记录，私家侦探为您服务", "scam.r6.spy_service_advert"),
    "points-today": ("您的积分12000分将于今天清零，请尽快兑换", "scam.r6.points_expire_today"),
    "cancel-charge": ("您正在办理宽带包年业务共计1200元，如非本人操作，请点击凭证取消", "scam.r6.cancel_unauthorised_charge"),
    "photo-download": ("这是上次聚会照片，点击下载看看", "scam.r6.document_download_lure"),
    "fine-click": ("您的车辆有交通违法记录，点击查看", "scam.r6.traffic_fine_click"),
    "customs-duty": ("海关通知：您的进口快件需补缴关税188元", "scam.r6.customs_duty_notice"),
    "gas-arrears-link": ("您家燃气费逾期未缴，明日停气，请复制链接 gas-bill.top 缴费", "scam.r6.utility_arrears_link"),
    "parking-last-digits": ("您有一笔停车费用未缴清，请输入手机号末四码开启连结缴纳", "scam.r6.utility_arrears_link"),
}

LAWFUL = {
    "bank-paused-official": "【工商银行】您的信用卡已暂停使用，如需恢复请致电95588或到网点办理",
    "code-sms": "【某游戏】验证码:654321，您正在关闭登录保护，请勿告诉他人",
    "coupon-expiry": "【某商城】您的满减券即将失效，点击查看 https://m.jd.com/c",
    "app-verify": "【支付宝】您尚未完成实名认证，请在支付宝App内认证，以免影响正常使用",
    "child-real": "妈，我放学了，今晚在同学家写作业",
    "school-fee": "【某某小学】家长您好，本学期学费请通过学校缴费平台缴纳",
    "shop-number": "【某某家政】客服电话已更换为0571-88880000，敬请惠存",
    "bank-account-change": "【某银行】您的收款账户已成功变更，请登录App查看",
    "prize-credited": "恭喜您在签到活动中获得二等奖：5元话费，已充值到账",
    "carrier-forward": "【温馨提示】移动活动：每转发5个本地移动号码即有机会获得话费，回复z查看活动详情",
    "sp-promo": "编辑a#发送至106900000，可获50元礼券【某商城】",
    "real-debit": "【农业银行】您的信用卡年费将于本月扣除，如有疑问请致电95599",
    "cleaning-debit": "【阿姨帮】您的保洁服务消费50元，我们会在2小时后将款项扣除，如有疑问请拨打客服热线",
    "licensed-loan": "【招商银行】闪电贷无抵押无担保，最快1分钟到账，详询95555",
    "points-official": "【中国移动】您的积分将于今日清零，请登录中国移动App兑换",
    "cert-install": "您正在申请安装数字证书，验证码396413，如非本人操作，请及时修改密码【财付通】",
    "grades-app": "【某中学】期末成绩已发布，请登录家校通App查看成绩单",
    "fine-app": "【交管12123】您有一条交通违法记录，请登录交管12123App查询处理",
    "warning": "谨防诈骗：说您的卡片已暂停使用、让您点链接验证的短信都是假的",
    "customs-post": "【中国邮政】您的进境邮件需缴纳税款，请在中国邮政App内缴纳",
    "power-app": "【国网江苏电力】您户号5566的电费已逾期，请通过网上国网App缴费",
    "child-fee-real": "妈，老师说下周要交200元资料费，我把老师微信推给你",
}

# Lawful look-alikes that these frames must leave alone; other, older rules still call them scam
# (link.unverified_in_debt_notice for an unregistered utility domain, scam.r3s.changed_number_keep for any
# number change), so only the r6 rules are checked here.
R6_QUIET = {
    "power-own-site": "【某某燃气】您的燃气费逾期未缴，请登录 www.xxgas.com.cn 缴费",
    "friend-new-number": "我换号了，新号13800001111，请惠存。李娜",
}


@pytest.mark.parametrize("name", SCAMS)
def test_scheme_is_a_scam_and_points_at_its_words(name):
    text, rule_id = SCAMS[name]
    report = analyze(text).to_dict()
    assert report["verdict"]["label"] == "scam", (name, report["verdict"], report["findings"])
    hits = [f for f in report["findings"] if rule_id in [f["rule_id"], *f["merged_rule_ids"]]]
    assert hits, (name, [f["rule_id"] for f in report["findings"]])
    for f in hits:
        assert f["excerpt"] and f["excerpt"] == text[f["start"]:f["end"]]
        assert f["explanation"]


@pytest.mark.parametrize("name", LAWFUL)
def test_lawful_look_alike_stays_quiet(name):
    report = analyze(LAWFUL[name]).to_dict()
    assert not any(f["rule_id"].startswith("scam.r6.") for f in report["findings"]), (name, report["findings"])
    assert report["verdict"]["label"] != "scam", (name, report["verdict"], report["findings"])


@pytest.mark.parametrize("name", R6_QUIET)
def test_r6_frames_leave_lawful_look_alikes_alone(name):
    report = analyze(R6_QUIET[name]).to_dict()
    assert not any(f["rule_id"].startswith("scam.r6.") for f in report["findings"]), (name, report["findings"])
