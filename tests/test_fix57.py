"""fix57: the integrator's bug fixes found outside the sealed data (PREREG_round44 rules 1-2), each narrow.

1. A photo shared to a group with praise and nothing else (no debt, condition, shaming) is no exposure threat
   (fsseven_shared_praised in knowledge/data/rules/zz_fix57.toml, an unless of threat.t30.exposure.private_data_published).
2. A bank named only as the writer's own card to send money to (转我那个建行卡) is a payee account, not the creditor
   (analyzer/detectors/name_roles.py WRITER_CARD_BEFORE / WRITER_CARD_AFTER).
3. A landlord's "再不交房租，我就把你东西全扔出去，换锁" is an unlawful threat (threat.fix57.landlord_self_help).
4. A time word alone (到时候、之后、以后) is no condition on the reader: the writer's own plan to hire a lawyer is no
   escalation lever (aggr43.escalation.formal_step_if_unmet).
Messages written for this test (masked), not taken from any data set."""
from __future__ import annotations

import pytest

from analyzer import analyze
from verdict_cases import check_api_labels, check_message, post_analyze


# ---------- 1. a shared photo with praise ----------

PRAISED = [
    "你的照片我已经发到群里了，大家都说你很精神",
    "王哥，你的照片我已经发到家族群里了，大家都说你长高了！",
    "你的照片我发到班级群里了，同学们都说你变化真大",
    "你的合影我已经传到群里了，亲戚们都说你越来越年轻",
    "你的照片我已经发到群里了，大家都说拍得不错",
]

EXPOSED = [
    "你的照片已经发到群里了，不还钱就继续发",
    "你的照片我已经发到群里了，大家都说你很精神，不还钱就继续发",
    "你借钱不还的事和照片已经发到你们班级群",
    "你的照片和身份证已经发到通讯录了",
    "欠的钱拖了半年，你的照片我已经发到你们公司群了，大家都说你很精神",
    "你的照片我已经发到群里了，大家都说你很精神。再躲着不出来，下一个就发你单位",
]


@pytest.mark.parametrize("text", PRAISED)
def test_shared_photo_with_praise_is_no_exposure(text: str) -> None:
    check_message(text, label="not_collection", kinds_out=["exposure_threat"])


@pytest.mark.parametrize("text", EXPOSED)
def test_photo_as_a_lever_stays_a_threat(text: str) -> None:
    check_message(text, label="unlawful_threat", kinds_in=["exposure_threat"])


# ---------- 2. the writer's own bank card ----------

WRITER_CARD = [
    ("这个月房租3000，转我那个建行卡", "中国建设银行"),
    ("房租记得打到我工行卡上", "中国工商银行"),
    ("小李，借你的两千块下周还我，打到我工行卡上就行", "中国工商银行"),
    ("上次垫的钱还到我的农行卡就行，不急", "中国农业银行"),
]

BANK_CREDITOR = [
    "【建设银行】您尾号1234的信用卡本期账单已出，请按时还款",
    "您在建设银行的贷款已逾期，请尽快还款",
    "建行信用卡本期账单已出，最低还款额500元",
]


@pytest.mark.parametrize("text,bank", WRITER_CARD)
def test_writers_card_is_a_payee_account(text: str, bank: str) -> None:
    lender = analyze(text).lender
    assert lender is not None and lender.name == bank
    assert lender.evidence and all(e.source == "payee_account" for e in lender.evidence), text
    assert "收款" in lender.note


@pytest.mark.parametrize("text", BANK_CREDITOR)
def test_bank_bill_keeps_the_bank(text: str) -> None:
    lender = analyze(text).lender
    assert lender is not None and lender.name == "中国建设银行"
    assert not all(e.source == "payee_account" for e in lender.evidence)


# ---------- 3. a landlord's self-help over unpaid rent ----------

SELF_HELP = [
    "再不交房租，我就把你东西全扔出去，换锁",
    "小王，房租拖了两个月了，明天还不交我直接把你的行李搬出去",
    "这个月租金再不给，我就换锁了，你自己看着办",
    "欠我的三千块今天不还，我就把你屋里的东西全扔到楼下",
]

NOT_SELF_HELP = [
    "租期满后请把你的东西搬走，钥匙交给中介",
    "房租收到了，你不要的东西我帮你扔掉了",
    "再不收拾，我就把你东西扔了啊，屋里乱成这样",
    "我们不会把你的东西扔出去，房租慢慢交",
    "下周物业统一换锁，请大家在家等候",
]


@pytest.mark.parametrize("text", SELF_HELP)
def test_landlord_self_help_is_a_threat(text: str) -> None:
    check_message(text, label="unlawful_threat", rules_in=["threat.fix57.landlord_self_help"], merged=False)


@pytest.mark.parametrize("text", NOT_SELF_HELP)
def test_belongings_without_a_lever_stay_quiet(text: str) -> None:
    check_message(text, not_label="unlawful_threat", rules_out=["threat.fix57.landlord_self_help"], merged=False)


def test_landlord_finding_cites_verified_entries() -> None:
    finding = next(f for f in analyze(SELF_HELP[0]).findings if f.rule_id == "threat.fix57.landlord_self_help")
    assert set(finding.kb_refs) == {"guide.violence_threat", "law.civil_procedure.120"}


# ---------- 4. the writer's own lawyer plans ----------

OWN_PLAN = [
    "这房子卖了以后我就请律师把钱分清楚",
    "等我离婚了，到时候请律师",
    "公司明年上市之后会请律师重新审合同",
]

LEVER = [
    "你一直拖着不回，到时候我们只能按流程起诉。",
    "周五之前必须有个结果,到时候没动静我们就按程序来了",
    "这事拖到下个月以后，就起诉你",
    "再不还钱，我就请律师",
]


@pytest.mark.parametrize("text", OWN_PLAN)
def test_own_lawyer_plan_is_no_lever(text: str) -> None:
    check_message(text, label="not_collection", rules_out=["aggr43.escalation.formal_step_if_unmet"], merged=False)


@pytest.mark.parametrize("text", LEVER)
def test_step_on_the_reader_stays_pressure(text: str) -> None:
    check_message(text, label="aggressive", rules_in=["aggr43.escalation.formal_step_if_unmet"], merged=False)


# ---------- one real request ----------

def test_the_api_reads_the_fixes(live_server) -> None:
    check_api_labels(live_server.url, ((PRAISED[0], "not_collection"), (SELF_HELP[0], "unlawful_threat"),
                                       (OWN_PLAN[0], "not_collection"), (EXPOSED[0], "unlawful_threat")))
    report = post_analyze(live_server.url, WRITER_CARD[0][0])
    assert report["lender"]["name"] == "中国建设银行" and "收款" in report["lender"]["note"]
