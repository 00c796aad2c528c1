"""What opening part b of round 12 (J: quotes in judgments, court and government pages; K: Taiwan / Hong Kong news
quotes; L: loan back-end templates; tests/data/fresh/UNSEAL_r12b.md) showed, by cause, run through the real analyzer.
Every cause has a lawful twin that must stay quiet. The lines written here are our own paraphrases, not round-12
sentences; round 12 is a tuned set now.
"""
from __future__ import annotations

import pytest
from inbox_support import fresh_rows, kinds_of, lender_of, report_of, verdict_of, wrong_verdicts


# A. A court's own titled notice listing its lawful measures under a heading 强制措施 is a legal notice.
def test_courts_own_risk_notice_is_a_legal_notice():
    text = ("青山县人民法院执行风险告知书 当事人应当自觉履行生效法律文书。不履行的，可能产生以下后果：一、信用惩戒 "
            "1.被纳入失信被执行人名单。二、强制措施 1.限制高消费。2.查封、冻结名下财产。")
    report = report_of(text)
    assert "false_criminal_threat" not in {f["kind"] for f in report["findings"]}
    assert report["verdict"]["label"] == "legal_notice"


@pytest.mark.parametrize("text", [
    "您因贷款长期逾期，将依法采取强制措施，限你今天还清",
    "你欠款不还，某某人民法院风险提示书已经下发，马上还款",
])
def test_collector_speaking_of_measures_still_alarms(text):
    assert verdict_of(text) == "unlawful_threat"


# B. Credit reporting announced as being prepared is the same pressure as 将上报征信.
def test_credit_report_in_preparation_is_pressure():
    assert verdict_of("您的贷款逾期多日，我司正着手准备报送征信所需资料，请尽快处理") == "aggressive"
    assert verdict_of("您的借款已逾期，我司暂不准备上报征信，请尽快联系客服协商") == "reminder"


# C. A rollover confirmed is servicing, not a demand, unless something is still overdue.
def test_rollover_confirmation_is_not_collection():
    assert verdict_of("【某某借】尊敬的李女士，您的借款展期成功，新到期日为5月20日，到期请按时还款") == "not_collection"
    assert verdict_of("【某某借】尊敬的李女士，您的借款已逾期3天，续期成功前请先结清罚息") == "reminder"


# D. 收款银行 / 开户银行 before 卡 is a generic word, not a bank's name; the signature names the lender.
def test_generic_bank_word_is_no_lender():
    assert lender_of("【快来贷】尊敬的王先生，由于您的收款银行卡余额不足，本次扣款失败，请今天存入") == "快来贷"
    assert lender_of("您的开户银行卡余额不足，本期代扣失败，请今日存入") is None


# E. A registry product word at the tail of a longer claimed name (金条 in X金条) does not name that registry lender.
@pytest.mark.parametrize("text, name", [
    ("您在花小猪金条借款已逾期，请及时还款", "花小猪金条"),
    ("亲，您本月花小猪金条账单300元，明天请还款", "花小猪金条"),
    ("您本月在花小猪金条的借款已还清", "花小猪金条"),
])
def test_longer_brand_wins_over_a_product_word(text, name):
    assert lender_of(text) == name


def test_the_registry_product_alone_still_names_its_lender():
    assert lender_of("您的金条借款已逾期，请还款") == "京东金融"
    assert lender_of("您在京东金条借款已逾期，请还款") == "京东金融"


# F-I. Scam frames (F: scam.frames.benefit_refund_link; G, I: knowledge/data/rules/zz_opened_r12b.toml) and the
# doorstep frame (H).
@pytest.mark.parametrize("text", [
    "按上级通知，单位职工的年度退税需统一登记，请扫下面的二维码填写信息办理",
    "【不动产登记中心】业主您好，您名下的房屋电子证书还没有部署，请及时处理",
    "妈，我在外地欠了人家钱，被扣住了，你赶紧打钱过来，不然我就完了",
])
def test_opened_scam_frames(text):
    assert verdict_of(text) == "scam"


def test_visit_to_collect_money_is_a_doorstep_visit():
    assert "doorstep_visit_threat" in kinds_of("这几天会派人到你家里收钱，你准备一下")


@pytest.mark.parametrize("text", [
    "年度个税汇算已开始，退税请扫描二维码下载个人所得税App办理",
    "本月高温补贴已随工资发放，可扫码关注公司公众号查看到账明细",
    "【某某云】您购买的SSL证书已签发，尚未部署到服务器，请在控制台完成部署",
    "您的不动产权证书已办理完毕，请携带身份证到登记大厅领取",
    "妈，我在外面欠了同学两百块，下个月发工资就还，你别担心",
    "妈，生活费不够了，你方便的时候转我点",
    "物业师傅明天上门收款，请家里留人",
    "您的订单已发货，货到付款，快递员上门收款",
])
def test_lawful_twins_stay_quiet(text):
    assert verdict_of(text) not in ("scam", "unlawful_threat")
    assert "doorstep_visit_threat" not in kinds_of(text)


R12B_KNOWN = {
    "J12007": "points expiring + a short link reads as the classic points phishing SMS (scam); the label follows the "
              "court's finding that it was unsolicited marketing",
    "J12008": "a home visit to collect money is found (aggressive); that it was sent to the relatives of a non-debtor "
              "is only in the source, so unlawful_threat is out of the text's reach",
    "K12001": "a relief-loan refusal asking for a phone call, middle cut by the report; a bank may send the same words",
    "K12003": "媽媽！我需要錢來投資: what a real child can write; no trouble, no account, no dire end",
    "K12004": "上門等你, four characters; the fake debt is only in the report",
}
R12B_LENDER_KNOWN = {
    "L12003": "亲，X自动还款失败 is in no claim shape; 金条 still names 京东金融 (the scorer's substring rule counts it right)",
}


def _rows() -> list[dict]:
    return fresh_rows("r12_colJ.jsonl", "r12_colK.jsonl", "r12_colL.jsonl", count=24)


def test_round12b_verdicts():
    wrong = wrong_verdicts(_rows())
    assert wrong <= set(R12B_KNOWN), f"round-12b messages now wrong: {sorted(wrong - set(R12B_KNOWN))}"


def test_round12b_lenders_by_name():
    # By the name shown, not evaluation.lender_matches: that accepts 金条 (京东金融's product) for a label 水莲金条.
    def shown(row: dict) -> bool:
        name = lender_of(row["text"]) or ""
        return name == row["lender"] or row["lender"] in name
    wrong = {r["id"] for r in _rows() if r.get("lender") and not shown(r)}
    assert wrong <= set(R12B_LENDER_KNOWN), f"round-12b lenders now wrong: {sorted(wrong - set(R12B_LENDER_KNOWN))}"
