"""Scam scheme frames (knowledge/data/rules/scams_scheme.toml): a pretext plus a request through a channel the
real institution would not use. Paraphrases written for these tests (not copied from any data set) must come back
as scams and fire a scheme frame; lawful look-alikes (official numbers, own App, anti-fraud warnings) and the
ordinary corpora must not fire any scheme frame."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import analyzer.pipeline as pipeline

SCAMS = [
    '您好，我是拼多多售后，您买的儿童玩具检测出有害物质，平台给您三倍赔偿，请添加理赔专员微信hx2288办理',
    '【美团】您的外卖订单因骑手操作失误被重复扣款，退款请联系客服专线0591-83312456',
    '尊敬的客户，您名下的京东金条账户因学生身份未清除，不处理将上报征信，请联系专员13577889900',
    '您的抖音月付被误开通，每月将收取服务费688元，如需关闭请加客服QQ 2233445',
    '恭喜您！您的手机号在年终回馈活动中获得三等奖，奖金36000元，领奖前需先缴纳公证费800元',
    '您的网贷申请已审批，额度8万，但银行卡号填写有误导致资金冻结，需缴纳20%解冻金方可提现',
    '您的信用卡可提额至10万元，请将卡号、有效期及卡背后三位发给专员办理',
    '为保障您的资金安全，请将名下存款转到国家金融监管账户，核查后原路退回',
    '我是市公安局刑警大队王警官，你的银行卡涉嫌参与洗钱，需缴纳保证金10万元办理取保',
    '您的医保电子凭证未激活，将影响报销，请点击 yb-jh.top 尽快认证',
    '【中国电信】尊敬的用户，您的手机号实名信息未认证，24小时后停机，请登录 dx-rz.cc 完成认证',
    '亲，您的闲鱼账户因违规交易已被冻结，解冻请下载指定App进行保证金认证',
    '您申请的装修补贴已审核通过，请致电0731-84561234领取3000元',
    '您的包裹在运输过程中破损，快递公司将赔付您200元，请加理赔员V：kd0099',
    '招聘兼职打字员，手机就能做，日结200元，加QQ群445566报名',
    '专业处理网贷逾期，可删除征信不良记录，联系微信zx8899',
    '尊敬的用户，您的支付宝百万保障即将到期，到期后每月扣费500元，取消请拨打020-87654321',
    '您好，我是中国人民银行工作人员，您的征信有问题需要处理，请下载云视讯软件配合',
    '你的快递含有违禁品已被海关扣留，详情按9转人工',
    '您的社保卡资格认证未完成，暂停发放待遇，请前往 sb-rz.com 认证',
    '【微粒贷】您的借款已审批通过，请点击 wld-xk.cn 下载App领取',
    '老婆，我手机坏了用同事的发你，急需3000块交押金，你转到这个卡号6228xxxx',
    '您好，您的车辆有违章未处理，将被扣分罚款，请点击 jt-cx.top 查询处理',
    '您好，我们是某某理财平台，您的投资收益已到账，提现需先缴纳10%个人所得税',
    '您购买的航班因天气原因已取消，改签补偿请联系13012345678',
    '您在我司的保单出现重复扣费，可为您办理退保退费，请拨打客服0755-26543210由专人对接',
    '【交管】您名下机动车有3条违法记录待处理，请于3日内登录 122-cx.vip 缴纳罚款，逾期将吊销驾驶证',
    '亲爱的用户，您的淘宝店铺保证金未缴纳，店铺将被关闭，请联系小二微信tb0088处理',
    '您的银行卡在异地被盗刷5000元，如非本人操作请立即回拨021-51234567冻结',
    '国家助学金第二批名单已公布，您的孩子在名单内，请家长加班主任QQ 667788领取',
    '尊敬的会员，您的京东账户开通了金条商户功能，每月收取880元费用，关闭请速拨13711223344',
    '您好，您的网贷账号异常，需要把额度全部提出来转入指定账户进行清空，否则影响征信',
    '【温馨提示】您的话费积分1.2万分将于本月失效，可兑换现金礼包，速登 jf10086.ink 兑换',
    '你好，你在网上发布的商品已被买家下单，但你的账户未缴纳消保金，买家无法付款，请扫码开通',
    '你好，我是某某直播的客服，你误点了VIP年费会员，每年扣费2400，需要你配合在支付宝里取消',
    '您申请的20万额度已通过，由于您的流水不足，需要先存入2万验证还款能力，验证后全额退还',
    '您的护照被人冒用办理了银行卡，涉嫌跨境洗钱，请联系北京市公安局王警官010-66554433',
    '恭喜你获得我店周年庆抽奖一等奖苹果手机一部，只需支付邮费39元即可领取，加店长微信',
    '请将您收到的6位数字发给我，我帮您把退款操作完成',
    '车主您好，您的年检即将过期，车辆将上黑名单，点击 nj-12123.cc 在线办理',
]

LAWFUL = [
    '【招商银行】您尾号1234的信用卡本期账单已出，应还2300元，请于15日前还款，详询95555',
    '【中国移动】您的积分将于年底清零，可登录中国移动App兑换话费，回TD退订',
    '【京东】您的退款已原路退回，预计1-3个工作日到账，可在App内查看',
    '【顺丰速运】您的快件因地址不详无法派送，快递员稍后会与您电话联系',
    '【XX人社】您的养老金资格认证即将到期，请通过掌上12333完成认证',
    '【平安银行】您的信用卡年费已免除，如有疑问请致电95511',
    '【支付宝】验证码 482913，您正在进行身份验证，切勿告知他人',
    '【美团】您的订单已退款15元，将原路退回',
    '【腾讯会议】李四邀请您参加腾讯会议，会议将于14:00开始',
    '【XX法院】您有一份法律文书已送达，请登录人民法院在线服务或拨打12368核实',
    '国家反诈中心提醒：凡是让你转账到安全账户的都是诈骗',
    '【国家税务总局】个税汇算退税请通过个人所得税App办理，谨防假冒退税短信',
    '【XX消费金融】您的借款已到账，平台不会收取任何放款前费用，谨防诈骗',
    '【中国联通】您的宽带将于本月底到期，续费请登录联通App或拨打10010',
    '【XX保险】您的理赔款1200元已打入尾号5678的银行卡，请注意查收',
    '【XX银行】您的信用额度已提升至5万，可登录手机银行App查看 回T退订',
    '我们公司招聘普工，月薪5000，包吃住，地址XX工业园，欢迎来面试',
    '【菜鸟驿站】您的包裹已到驿站，取件码3-2-1001，请尽快取件',
    '亲，您的订单已发货，物流单号SF123，关注店铺公众号了解更多优惠',
    '【ETC】您的ETC通行费账单已生成，本月通行费36元，将从绑定银行卡扣除',
    '【中国人寿】您的保单已于今日生效，如需查询请拨打95519或登录中国人寿寿险App',
    '【交管12123】您有一条违法记录，请登录交管12123App处理',
    '【淘宝】您的店铺保证金已缴纳成功，可在千牛App查看',
    '【工商银行】您尾号1234的卡于异地消费5000元，如非本人操作请致电95588',
    '【XX教育局】国家助学金名单已在学校公告栏公示，如有疑问请咨询学校资助中心',
    '【XX银行】您的贷款额度已审批，请在手机银行App内确认借款，我行不会收取任何费用',
    '【中国移动】您的积分将于年底清零，请登录中国移动App兑换，回TD退订',
    '【闲鱼】您的宝贝已被拍下，请在闲鱼App内发货',
    '【中国银行】您的信用卡年费已扣除，如有疑问请致电95566',
]

ORDINARY = [Path("tests/data/ordinary/ordinary.jsonl")]


def _scheme_ids(analyzer, text, monkeypatch):
    # Another rule of the same kind on the same span hides a scheme finding in the report (one finding per
    # kind and span); the frame itself is what is tested here.
    monkeypatch.setattr(pipeline, "_dedupe", lambda findings: findings)
    return {f.rule_id for f in analyzer.analyze(text).findings if f.rule_id.startswith("scam.scheme.")}


@pytest.mark.parametrize("text", SCAMS)
def test_scheme_paraphrase_is_a_scam(analyzer, text, monkeypatch):
    assert analyzer.analyze(text).verdict.label == "scam"
    assert _scheme_ids(analyzer, text, monkeypatch), text


@pytest.mark.parametrize("text", LAWFUL)
def test_lawful_look_alike_fires_no_scheme_frame(analyzer, text, monkeypatch):
    assert not _scheme_ids(analyzer, text, monkeypatch), text
    assert analyzer.analyze(text).verdict.label != "scam"


def test_no_scheme_frame_on_the_ordinary_corpus(analyzer, monkeypatch):
    hits = []
    for path in ORDINARY:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                ids = _scheme_ids(analyzer, d["text"], monkeypatch)
                if ids:
                    hits.append((d["id"], sorted(ids)))
    assert hits == []
