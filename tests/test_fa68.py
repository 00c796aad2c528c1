"""fa68 (round 51, rule 3's false-alarm clause): lawful messages that were called an unlawful threat or a scam.

Frames narrowed (word classes in knowledge/data/rules/zz_fa68.toml, used in the excludes/unless of existing rules):
1. a lawful step read as a done legal act: a creditor's own pre-suit step announced as done (已进入预诉讼审查阶段,
   已列入诉讼计划名单), entering litigation or a summons put in the future (将于下周进入诉讼程序), the law on an award or
   a future application for enforcement (仲裁裁决具有强制执行力), a lender freezing its own credit line or card;
2. a lawful visit read as exposure: a collector coming to the reader's workplace to talk to the reader in person;
3. an ordinary payee read as a personal account: "别转给任何个人账户" warnings, an institution's own corporate
   account, and a private creditor asking for their own money back ("我先帮你垫了…转给我").
What must not change: a suit, a summons or a freeze claimed as done, a visit to tell the reader's boss, a collector's
personal account, a "帮我垫付一下" scam, ordinary messages.

The messages are written for these tests (names, sums and places made up); none comes from a data file.
"""
from __future__ import annotations

import pytest

from verdict_cases import check_api_labels, check_message, post_analyze

ALARMS = ("unlawful_threat", "scam")

NO_LONGER_ALARMS = [
    ("【某某贷】您的借款已逾期95天，已进入预诉讼审查阶段，若下月10日前仍未结清，将委托律师向法院起诉。", "aggressive"),
    ("您的账户逾期已超100天，已列入下月诉讼计划名单，请尽快登录App处理。", "aggressive"),
    ("【某某金融】您的借款逾期已久，平台将依约申请仲裁，仲裁裁决具有强制执行力，请尽快还款。", "aggressive"),
    ("【某某分期】您的逾期借款将于下周进入诉讼程序，诉讼费用将由您承担。", "aggressive"),
    ("【某某借】因您长期逾期，平台已冻结您在本平台的全部借款额度，结清后恢复。", "aggressive"),
    ("您的借款已逾期，下周二我们安排外访同事到您单位当面沟通还款方案，请提前安排时间。", "aggressive"),
    ("【某某银行】您的信用卡已逾期，还款请只通过手机银行办理，别转给任何个人账户。", "reminder"),
    ("张哥，上个月你在我这订的两批水果一共2,380元，麻烦月底前打到我卡上，谢谢。", "reminder"),
    ("小李，上回聚餐我先帮你垫了360块，方便时转给我就行，不急。", "reminder"),
    ("王女士您好，孩子暑期美术班的尾款800元还没交，麻烦本周内转到我们机构的对公账户，谢谢！", "reminder"),
]

STILL_ALARMS = [
    ("你的欠款已经正式起诉，法院已立案，等着收传票吧。", "unlawful_threat"),
    ("法院传票今天已经送到你单位了。", "unlawful_threat"),
    ("你欠钱不还，你的银行卡已被冻结，名下财产已被查封，马上还钱。", "unlawful_threat"),
    ("明天我们去你单位，找你领导和同事说清楚你欠钱不还的事。", "unlawful_threat"),
    ("欠款不还，明天法院就来强制执行，执行人员上门。", "unlawful_threat"),
    ("逾期款请转到专员个人账户，户名王某，转完截图。", "scam"),
    ("老王，我在开会，你先帮我垫付一下，打到这个账户，户名张**。", "scam"),
]

ORDINARY = [
    ("明天下午开会，记得带材料。", "not_collection"),
    ("【某某银行】您尾号1234的信用卡本期账单1,200元，到期还款日12月20日，请按时还款。", "reminder"),
]


@pytest.mark.parametrize(("text", "label"), NO_LONGER_ALARMS, ids=[f"lawful{i}" for i in range(len(NO_LONGER_ALARMS))])
def test_lawful_frames_are_no_longer_alarms(text: str, label: str) -> None:
    report = check_message(text, label=label)
    assert all(f.category not in ALARMS or f.severity == "low" for f in report.findings), text


@pytest.mark.parametrize(("text", "label"), STILL_ALARMS, ids=[f"alarm{i}" for i in range(len(STILL_ALARMS))])
def test_threats_and_scams_keep_their_verdict(text: str, label: str) -> None:
    check_message(text, label=label)


@pytest.mark.parametrize(("text", "label"), ORDINARY, ids=[f"ordinary{i}" for i in range(len(ORDINARY))])
def test_ordinary_messages_are_unchanged(text: str, label: str) -> None:
    check_message(text, label=label)


def test_the_api_reads_the_frames(live_server) -> None:
    reports = check_api_labels(live_server.url, NO_LONGER_ALARMS + STILL_ALARMS + ORDINARY)
    for text, _ in NO_LONGER_ALARMS:
        findings = reports[text]["findings"]
        assert not any(f["category"] in ALARMS and f["severity"] in ("high", "medium") for f in findings), text
    for text, label in STILL_ALARMS:
        assert any(f["category"] == label and f["severity"] == "high" for f in reports[text]["findings"]), text


def test_a_lawful_presuit_notice_is_pressure_over_http(live_server) -> None:
    report = post_analyze(live_server.url, "您的借款逾期已超90天，已进入预诉讼审查阶段，请在本月底前结清。")
    assert report["verdict"]["label"] == "aggressive"
    assert 35 <= report["verdict"]["risk"] <= 55
