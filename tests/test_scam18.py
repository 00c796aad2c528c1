"""Round 18 (brief SCAM18): scams missed and legal notices misread. The texts are our own wordings of each class (other
lenders, courts, platforms and word orders than the probe lines the frames were designed from); none is a data line."""
from __future__ import annotations

import pytest

from analyzer import analyze


@pytest.mark.parametrize("text", [
    # a law firm as the plaintiff's counsel in a case whose number is written in the court's format
    "【某律师事务所】受某银行信用卡中心委托，就（2026）沪0115民初4521号信用卡纠纷一案，本所律师将出庭，如愿调解请联系本所。",
    "【某律所】某消费金融公司诉你借款合同纠纷一案已由法院受理，案号（2025）浙0102民初889号，本所担任原告诉讼代理人。",
    # the courts' other named platforms, with 12368 or a court's signature
    "12368提醒您：您的（2026）浙0110民初3*****号案件将于1月12日9时开庭，请登录浙江移动微法院查看传票。",
    "【XX区人民法院】李**：原告某消费金融有限公司诉你借款合同纠纷一案已立案，请于收到之日起十五日内提交答辩状，"
    "详情请登录全国法院统一送达平台查看。",
    "【广州市越秀区人民法院】你好，你的案件已转入诉前调解，调解员将通过人民法院调解平台与你联系，请注意接听。",
    "【北京互联网法院】您好，您作为被告的案件已排期，请于开庭前登录北京互联网法院电子诉讼平台进行设备测试。",
    # a court's paper issued to the reader, the court narrating the applicant's step
    "【XX区人民法院】张某：本院受理申请人某银行申请支付令一案，已向你发出支付令，你应自收到之日起十五日内清偿债务或向本院"
    "提出书面异议。",
    # Hong Kong: 抗辩书 is the defence
    "【區域法院】閣下被列為（DCCJ 1234/2025）案件之被告，請於14日內提交抗辯書。",
], ids=["counsel-instructed", "counsel-for-plaintiff", "12368-micro-court", "unified-service-platform",
        "mediation-platform", "e-litigation-platform", "payment-order-issued", "hk-defence"])
def test_legal_notices(text):
    assert analyze(text).verdict.label == "legal_notice"


@pytest.mark.parametrize("text", [
    # a court's notice to the public names no case and no party
    "【XX市人民法院】为方便群众诉讼，本院已开通网上立案和在线调解，当事人可通过人民法院在线服务办理，咨询电话12368。",
    # a firm saying what it does not do
    "【某律所】网贷纠纷可预约律师免费咨询，本所不承接“停息挂账”代办业务。",
    # a lender's own plan for the reader
    "【某银行】您申请的停息挂账方案已审批通过，首期应还800元，请于15日前还款。",
    # a report of what such agencies claim
    "调查发现，部分中介号称能“反催收”，收钱后就拉黑用户。",
], ids=["court-public-notice", "firm-declines", "lender-own-plan", "agencies-reported"])
def test_not_a_scam_nor_a_legal_notice(text):
    assert analyze(text).verdict.label not in ("scam", "legal_notice")


@pytest.mark.parametrize(("text", "label"), [
    # a collector saying the summons is in the post, or that the reader will get one: not a fake court asking to collect it
    ("你的欠款案子法院传票已经寄到你老家村委会了，再不还就等着开庭。", "unlawful_threat"),
    ("账单逾期两个月了，要么月底前还上，要么等法院的传票。", "aggressive"),
], ids=["summons-claimed-sent", "summons-to-come"])
def test_a_collector_naming_a_summons_is_no_scam(text, label):
    assert analyze(text).verdict.label == label


@pytest.mark.parametrize("text", [
    # debt-relief agencies for an upfront fee (Cantonese and Traditional too)
    "网贷逾期不用怕，专业团队帮你停止一切催收，先交服务费980元。",
    "信用卡停息挂账，定金500，办成再付尾款，加v详聊。",
    "幫你搞掂晒信用卡,唔使還利息,先俾手續費。",
    # pay a QR code to lift an enforcement measure
    "执行法官说了，二维码发你了，扫进去以后立刻解除冻结。",
    # repayment to an interim account or a handler's Alipay inside a lender's template
    "【某消费金融】因系统维护，本期还款请汇入代收账户，户名李强，卡号6217 0000 1234 5678。",
    "【某借款App】您的借款已逾期3天，请今日内将2100元还至经办人支付宝 138xxxx5678，还款后截图发送客服。",
    # a fake arbitration body with a gov/court look-alike link
    "【仲裁委员会】你的仲裁案已受理，点击 zcw-gov.cn.top 查看文书并缴纳仲裁费。",
    # a claimed agent guiding the reader to cash out the credit line
    "您好，这边是某金融客服，您的借款利率不符合国家规定，需要帮您调整，请按我的提示操作，把额度转出来。",
    # a fee to raise a score or limit
    "【某支付】您的芝麻信用分过低将影响借款，请联系专员提升，需缴纳押金500元。",
    # a refund after a cancelled trip, through an unofficial number
    "【某航旅】您的航班因机械故障取消，可获得300元延误补偿，请联系客服17098765432办理。",
], ids=["relief-upfront", "relief-deposit", "relief-cantonese", "scan-to-lift", "interim-account", "handler-alipay",
        "arbitration-lookalike", "guided-cash-out", "fee-to-raise-score", "trip-refund"])
def test_scam_frames(text):
    assert analyze(text).verdict.label == "scam"


def test_a_court_e_service_notice_with_a_court_named_host_stays_an_unsure_legal_notice():
    # shaped like a court's e-service SMS (signature, official case number): an unsure notice to check through 12368
    text = "【某某法院】(2026)苏0508民初2231号案件的判决书已送达，查看链接：https://ssfw.some-court.com/d/Ab1"
    assert analyze(text).verdict.label == "legal_notice"
