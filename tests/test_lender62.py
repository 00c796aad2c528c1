"""fix62 (round 62, on the integrator's own small-merchant phrasings, not on any sealed line): the thing bought on
instalment and a sentence piece with a money verb are no lender. 你的货车分期 named 货车 as the lender, and
平台将从您的结算款中扣除欠款 named 结算款中扣除 over 美团 — a made-up name on the result page is worse than none."""
from __future__ import annotations

from lender_support import lender_checks

NAMED = [
    # the registry lender named in the message wins once the sentence piece is no candidate
    ("settlement-deduction", "老板，您美团店铺的经营贷已经逾期，平台将从您的结算款中扣除欠款，请知悉。", "meituan"),
]

UNREGISTERED = [
    # the lender's own signature is still who sent it; the truck bought on instalment is not a second name
    ("signed-truck-instalment", "【好运贷】您的货车分期已逾期5天，请尽快还款。", "好运贷"),
]

NOT_A_LENDER = [
    ("truck-instalment", "张师傅，你的货车分期已经三期没还了，下周我们会依合同收回车辆。"),
    ("excavator-instalment", "您的挖掘机分期本月应还8,600元，已逾期5天，请尽快处理。"),
    ("equipment-loan", "您的设备贷款已逾期，请于本周内还款。"),
    ("shop-instalment", "你的店铺分期欠款还没处理，请尽快联系我们。"),
    ("deducted-from-takings", "我们将从您的营业款中扣除欠款，请留意。"),
]

test_registry_lender_named, test_unregistered_name_reported, test_no_lender = lender_checks(
    NAMED, UNREGISTERED, NOT_A_LENDER)


def test_a_brand_beside_the_goods_words_is_still_read(analyzer):
    """The goods words match the whole name only: 手机贷 is a lending brand, 手机分期 is the thing bought."""
    lender = analyzer.analyze("【手机贷】您的借款已逾期3天，请尽快还款。").lender
    assert lender is not None and lender.name == "手机贷", lender
