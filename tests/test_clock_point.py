"""fix28 (round 28): a bare 点 after a clock time or in a word (上午9点到…, 十点前, 早点, 网点) is not "click", so a notice
that names a time and a masked place is not a hidden-link scam; a bare 点 before a masked link still is. Over the real
HTTP API, where a borrower or another app sees it."""
from __future__ import annotations

import pytest

from analyzer import analyze

NOT_LINKS = [
    "【XX区人民调解委员会】您好，您与某消费金融公司的借款纠纷已由本委员会受理调解，请于12月10日上午9点到XX街道司法所调解室参加调解，调解不收取任何费用。",
    "【XX快递】您的包裹已到XX驿站，请于今晚八点到XX小区东门领取，取件码1234。",
    "社区通知：明天上午十点到XX社区服务中心领取医保卡，请带身份证。",
    "您的社保卡已制好，请本周内早点到XX银行网点领取。",
]
STILL_LINKS = [
    "您的医保卡已停用，请点********进行信息完善，否则将无法报销",
    "恭喜您获得额度提升资格，点******领取，今日有效",
    "您的话费积分即将清零，点XX网址兑换礼品",
]


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.mark.parametrize("text", NOT_LINKS)
def test_a_clock_time_before_a_masked_place_is_not_a_link(client, text):
    r = client.post("/api/v1/analyze", json={"text": text})
    assert r.status_code == 200
    report = r.get_json()
    assert report["verdict"]["label"] != "scam"
    assert all(f["kind"] != "suspicious_link" for f in report["findings"])


@pytest.mark.parametrize("text", STILL_LINKS)
def test_a_bare_click_before_a_masked_link_is_still_a_scam(text):
    report = analyze(text)
    assert report.verdict.label == "scam"
    assert any(f.kind == "suspicious_link" for f in report.findings)
