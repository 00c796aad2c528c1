"""legal37 (round 33): genuine legal notices the analyzer read as pressure or as no collection at all.

Three frames, each with twins that must stay where they were:
- a lawyer's letter in its own voice, on a named client's mandate, that names a way to check it without trusting the
  message (a licence number even masked, the letter's serial number, the firm's fixed line, the justice bureau's
  register, the paper letter posted to the reader, the creditor itself as the place to settle), its denials of taking
  money read as denials (analyzer/detectors/legal_letter.py, lexicon classes in knowledge/data/rules/zz_legal37.toml);
- a court's summons of a witness in a numbered case (legal_step.reader_is_party); a juror stays a non-party;
- an arbitration body's notice naming the case by its two parties and its step (legal_step.ARBITRATION_CASE).
Every scam marker and threat still wins; a collector's 律师函 threat and a lawyer's advert are no legal notice."""
from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.detectors import legal_letter

LEGAL = [
    ("posted_letter_fixed_line", "【某律师事务所】王**先生：本所受某银行信用卡中心委托，就您信用卡欠款事宜致函，律师函已通过EMS"
     "寄往您的户籍地址。如有疑问请致电本所座机010-6****200核实，本所不接受任何个人账户付款。"),
    ("letter_serial_creditor", "律师函（2026）某律函字第0211号 致：陈**女士 本所受某消费金融有限公司委托，就您借款逾期一事函告："
     "请于本函送达之日起十日内与某消费金融有限公司联系处理。"),
    ("masked_licence", "【某律师事务所】赵**：受某银行信用卡中心委托，就你信用卡欠款事宜致函，承办律师执业证号13101201XXXXXXXX，"
     "可在上海律师网查询。"),
    ("creditor_app", "律师函 致：周**先生 本所受某消费金融有限公司委托，就您借款逾期一事函告：请于本函送达之日起七日内通过"
     "某某金融App还款，逾期本所将依委托代为提起诉讼。"),
    ("witness_in_case", "【杭州市西湖区人民法院】李**：本院审理的（2026）浙0106民初5521号案件需您作为证人出庭作证，"
     "时间12月20日上午9时到本院第三法庭，详询12368。"),
    ("arbitration_hearing", "【上海仲裁委员会】关于申请人某小额贷款有限公司与被申请人赵**借款合同纠纷一案，仲裁庭定于2027年1月5日"
     "开庭审理，请准时参加。"),
]

QUIET = [
    ("letter_no_check", "【浙江金道律师事务所】律师函：张**先生，本所受招联消费金融股份有限公司委托，就您拖欠借款一事致函，"
     "请于七日内还款，逾期将依法起诉。", {"aggressive"}),
    ("collector_letter_threat", "我司已委托律师事务所向你发送律师函，律师函已寄往你户籍地址，三天内不还就起诉你，并通知你家人和单位。",
     {"unlawful_threat"}),
    ("firm_threat", "本所受某银行委托，律师函已寄出，今天不还款就派人去你单位找你领导。", {"unlawful_threat"}),
    ("lawyer_advert", "【某律师事务所】专业处理网贷逾期、停息挂账、协商还款，律师函代发，咨询电话0571-8888****。", {"scam"}),
    ("pay_a_person", "本所受某消费金融委托致函，律师函已邮寄至你户籍地址，请于今日将欠款转入承办律师个人账户"
     "6222021234567890123，逾期起诉。", {"scam"}),
    ("drop_for_a_fee", "受某银行委托，本所律师函已寄出，执业证号1110120**********，如需撤案请缴纳保证金2000元。", {"scam"}),
    ("letter_no_mandate", "律师函已经寄出，收到后自己看。", {"not_collection", "aggressive"}),
    ("juror", "【某区人民法院】您已被选任为人民陪审员，请于12月15日到本院政治部报到。", {"not_collection"}),
    ("fake_arbitration_fee", "【北京仲裁委员会】申请人某公司与被申请人你借款纠纷一案已开庭，如需撤案请立即缴纳保证金至个人账户。",
     {"scam"}),
    ("arbitration_threat", "【某仲裁委员会】申请人某公司与你借款纠纷一案已立案，三天内不还款，我们就去你家找你父母。",
     {"unlawful_threat"}),
]


@pytest.mark.parametrize("text", [t for _, t in LEGAL], ids=[i for i, _ in LEGAL])
def test_genuine_notice_is_a_legal_notice(text: str) -> None:
    assert analyze(text).verdict.label == "legal_notice"


@pytest.mark.parametrize(("text", "labels"), [(t, ls) for _, t, ls in QUIET], ids=[i for i, _, _ in QUIET])
def test_twins_are_no_legal_notice(text: str, labels: set[str]) -> None:
    label = analyze(text).verdict.label
    assert label != "legal_notice" and label in labels, label


def test_denials_of_payment_are_blanked_but_an_ask_is_kept() -> None:
    assert "付款" not in legal_letter.without_denials("请与委托人联系，本所不接受任何个人账户付款。")
    assert "转账" in legal_letter.without_denials("不要拖延，今日转账至本所账户")


@pytest.mark.parametrize("text", ["执业证号1350120**********", "（2026）X律函字第0318号", "本所电话025-8xxxx100",
                                  "律师函已通过ems寄送至您的户籍地址", "请于十日内与招商银行联系处理", "可在四川律师网查询"])
def test_ways_to_check_a_letter(text: str) -> None:
    assert legal_letter.checkable(text.lower())


@pytest.mark.parametrize("text", ["请于七日内还款，逾期将依法起诉", "联系电话13812345678", "律师很忙"])
def test_no_way_to_check(text: str) -> None:
    assert not legal_letter.checkable(text)
