"""fix28b (round 28): a line anyone can add — "如遇可疑情况请拨打96110" (the police anti-fraud line) — is not the service's
own official path, so a service-loss scam that appends or prepends it stays a scam (phish28's official-route stand-down
had counted 96110 and 110 as the body's own number: 12 read-set scams flipped, tests/test_warning_appended.py). The
body's own service number still clears a genuine notice. Over the real HTTP API."""
from __future__ import annotations

import pytest

TIP = "如遇可疑情况请拨打96110。"
SCAMS = ["ETC已失效,24小时内未认证将停用", "办理新版电子社保卡,逾期将停用", "您的个人参保信息认证失效将暂停使用"]


@pytest.fixture()
def client(app):
    return app.test_client()


def _label(client, text: str) -> str:
    r = client.post("/api/v1/analyze", json={"text": text})
    assert r.status_code == 200
    return r.get_json()["verdict"]["label"]


@pytest.mark.parametrize("scam", SCAMS)
def test_the_anti_fraud_tip_does_not_clear_a_service_scam(client, scam):
    assert _label(client, scam) == "scam"
    assert _label(client, scam + "。" + TIP) == "scam"
    assert _label(client, TIP + scam) == "scam"


def test_the_bodys_own_number_still_clears_a_genuine_notice(client):
    genuine = "【中国移动】您的话费余额不足10元，为避免停机请及时充值，可登录中国移动App或拨打10086。"
    assert _label(client, genuine) == "not_collection"
