"""cuishou eval's scoring: legal_notice is a label like the others, per-verdict recall and a confusion matrix."""
from __future__ import annotations

from analyzer.evaluation import LABELS, evaluate, format_scores

COURT = ("【北京市朝阳区人民法院】张某某，（2026）京0105民初12345号案件的起诉状副本等文书已送达，"
         "请登录人民法院在线服务查看，咨询12368。")


def test_legal_notice_is_scored_and_confused_cells_are_counted():
    rows = [
        {"id": "a", "text": COURT, "category": "legal_notice", "flags": []},
        {"id": "b", "text": "您的借款已逾期3天，请尽快还款", "category": "reminder", "flags": []},
        {"id": "c", "text": "明天一起吃饭吗", "category": "legal_notice", "flags": []},
    ]
    scores = evaluate(rows)
    assert "legal_notice" in LABELS
    assert scores["verdict_recall"]["legal_notice"] == 0.5
    assert scores["confusion"]["legal_notice"]["legal_notice"] == 1
    assert scores["confusion"]["legal_notice"]["not_collection"] == 1
    assert scores["confusion"]["reminder"]["reminder"] == 1
    assert "aggressive" not in scores["confusion"]  # rows only for labels that occur
    text = format_scores(scores)
    assert "confusion" in text and "legal" in text


def test_a_product_word_inside_another_brand_is_not_a_lender_match():
    # 金条 is 京东金融's product; 水莲金条 is another lender's. The scorer counted it a match (round 12, L12003).
    from analyzer import analyze
    from analyzer.evaluation import lender_matches

    jd = analyze("【京东金融】您的金条借款今日到期，请按时还款。").lender
    assert jd is not None and jd.name == "京东金融"
    assert lender_matches("京东金融", jd) and lender_matches("京东", jd)
    assert lender_matches("金条", jd) and lender_matches("金条白条", jd) and lender_matches("京东金条", jd)
    assert not lender_matches("水莲金条", jd)
    bank = analyze("【招商银行】您的信用卡账单已逾期，请尽快还款。").lender
    assert bank is not None and lender_matches("招商银行信用卡", bank) and lender_matches("招行", bank)
