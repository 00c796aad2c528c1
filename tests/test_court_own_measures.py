"""A court describing its own procedure ("拒不到庭的，本院将依法采取强制措施") is not a collector threatening jail.
Found by the td11 threat engineer among lawful twins; the fake-court rules still catch impersonation."""
from __future__ import annotations

from analyzer import analyze

SUMMONS = ("【某某区人民法院】张某某，你与某银行金融借款合同纠纷一案（2024）京0105民初12345号，本院已依法向你送达开庭传票，"
           "请按时到庭，无正当理由拒不到庭的，本院将依法采取强制措施。")


def test_courts_own_conditional_measure_is_not_a_false_criminal_threat():
    report = analyze(SUMMONS).to_dict()
    assert "false_criminal_threat" not in {f["kind"] for f in report["findings"]}, report["findings"]
    assert report["verdict"]["label"] == "legal_notice"


def test_collector_threatening_coercive_measures_still_alarms():
    report = analyze("您因贷款长期逾期，将依法采取强制措施，限你今天还清").to_dict()
    assert "false_criminal_threat" in {f["kind"] for f in report["findings"]}
    assert report["verdict"]["label"] == "unlawful_threat"


def test_fake_court_asking_for_a_transfer_is_still_a_scam():
    text = SUMMONS + "如需撤诉请先将诉讼保证金5000元转入张某个人账户6222020202020202020。"
    assert analyze(text).to_dict()["verdict"]["label"] == "scam"


def test_fee_to_recover_a_victims_money_is_a_scam():
    # 二次诈骗: after a real or claimed case, a fee to "recover" the loss
    for text in ("您举报的案件已立案，追回款项需先缴纳保证金2000元", "您的被骗案件已立案，交500元手续费帮你追回损失"):
        assert analyze(text).to_dict()["verdict"]["label"] == "scam", text
    for text in ("您被骗的案件已立案，追回的款项将原路返还，全程不收取任何费用",
                 "【某某公安】您报案的诈骗案件已立案，如有追回款项将通知您到派出所办理返还手续"):
        assert analyze(text).to_dict()["verdict"]["label"] not in {"scam", "unlawful_threat"}, text
