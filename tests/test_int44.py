"""Integrator's fix, round 44: fix57 made a landlord's 'pay the rent or I throw your things out' an unlawful threat,
but its page still said "它没有提到欠款" and gave the no-debt threat guide (with 贷款机构): the fee is told in the words
before it (再不交房租), so the page speaks to a tenant. Text only: the verdict, findings and lender are fix57's."""
from __future__ import annotations

from analyzer import analyze

SHORT = "再不交房租，我就把你东西全扔出去，换锁"
LENDER = "你的网贷再不还，我们就去你家把东西全搬走"


def _page(text: str) -> tuple[dict, str]:
    report = analyze(text).to_dict()
    said = report["verdict"]["summary"] + str(report["guidance"]) + str([f["explanation"] for f in report["findings"]])
    return report, said


def test_a_landlords_short_threat_is_a_payees_threat_page() -> None:
    report, said = _page(SHORT)
    assert report["verdict"]["label"] == "unlawful_threat"
    assert "没有提到欠款" not in report["verdict"]["summary"] and "收费方" in report["verdict"]["summary"]
    ids = [g["id"] for g in report["guidance"]]
    assert "guide.verdict.unlawful_threat_fee" in ids and "guide.verdict.unlawful_threat_no_debt" not in ids
    assert "贷款机构" not in said


def test_a_threat_with_no_debt_at_all_keeps_the_no_debt_page() -> None:
    report, _ = _page("你爸那个小卖部，我们兄弟常去坐坐，让他小心点")
    assert report["verdict"]["label"] == "unlawful_threat"
    assert "没有提到欠款" in report["verdict"]["summary"]


def test_a_lenders_threat_keeps_the_lender_page() -> None:
    report, said = _page(LENDER)
    assert report["verdict"]["label"] == "unlawful_threat"
    assert "收费方" not in report["verdict"]["summary"]
    assert "guide.verdict.unlawful_threat_fee" not in [g["id"] for g in report["guidance"]]
