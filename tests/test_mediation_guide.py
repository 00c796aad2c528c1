"""court27 (round 27): a people's mediation committee's notice gets its own guide — who mediates, that it is free and
voluntary, that a signed agreement binds — instead of the court notice's 案号/12368 steps, over the real HTTP API and
on the result page."""
from __future__ import annotations

import pytest

MEDIATION = ("【福田区金融纠纷人民调解委员会】王**您好，您与招联金融的借款纠纷已由本委员会受理，"
             "调解员将于12月8日联系您，如需核实可向区司法局查询。")
COURT = "【XX区人民法院】王**：原告招联消费金融股份有限公司诉你借款合同纠纷一案，案号（2026）粤0304民初12345号，已立案受理，请登录人民法院在线服务查看诉讼材料。"


@pytest.fixture()
def client(app):
    return app.test_client()


def _analyze(client, text: str) -> dict:
    r = client.post("/api/v1/analyze", json={"text": text})
    assert r.status_code == 200
    return r.get_json()


def test_a_mediation_notice_leads_with_the_mediation_guide(client):
    report = _analyze(client, MEDIATION)
    assert report["verdict"]["label"] == "legal_notice"
    first = report["guidance"][0]
    assert first["id"] == "guide.verdict.legal_notice_mediation"
    assert "guide.verdict.legal_notice" not in [g["id"] for g in report["guidance"]]  # replaced, not stacked
    assert "不收任何费用" in " ".join(first["steps"]) and "自愿" in first["summary"]
    assert any(c["law_id"] == "law.people_mediation.31" and c["reviewed_on"] for c in first["citations"])
    # the first thing to do is to check the committee, not to look up a court case number
    assert "司法局" in first["steps"][0] and "案号" not in first["steps"][0]
    assert any("调解委员会" in item for item in report["actions"]["evidence_checklist"])
    assert "channel.12348" in [c["id"] for c in report["actions"]["channels"]]


def test_a_court_notice_keeps_the_court_guide(client):
    report = _analyze(client, COURT)
    assert report["verdict"]["label"] == "legal_notice"
    ids = [g["id"] for g in report["guidance"]]
    assert ids[0] == "guide.verdict.legal_notice" and "guide.verdict.legal_notice_mediation" not in ids


def test_the_result_page_shows_the_mediation_steps(client):
    page = client.post("/check", data={"text": MEDIATION}).get_data(as_text=True)
    assert "这像是人民调解委员会的调解通知" in page and "人民调解法" in page
