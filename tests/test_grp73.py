"""grp73 (round 55, the integrator's bug fix): a threat to move the reader's debt into a chat group (弄到你家里群里,
捅到你们公司群里, 发你家族群) is exposure, not violence against the family.

threat.scheme.violence.harm_body_or_property read "弄到你家里" as "弄你家里人" and "把你欠款的事捅" as "把你捅了": the
verb is now excluded where it moves something 到/进 a group, a channel or a list (grpseventythree_moved_into,
knowledge/data/rules/zz_grp73.toml), and threat.grp73.exposure.moved_into_group reports the exposure. Violence with no
group as the destination (弄到你家里去砸, 找人到你家里收拾你, 让你家里人出门小心) is still found.

The messages are written for these tests (places and sums made up); none comes from a data file.
"""
from __future__ import annotations

import pytest

from verdict_cases import check_api_labels, check_message, post_analyze

MOVED_INTO_GROUP = [
    "再不还钱就把你欠钱的事弄到你家里群里",
    "欠款再拖，就把你的欠款记录捅到你们公司群里",
    "三天内不还款，把你欠钱的事搞到你村里群里",
    "钱不还就把你借款截图甩到你家族群",
    "再不还钱就把你的事曝到你家里群",
]

VIOLENCE = [
    "再不还钱就弄到你家里去砸",
    "欠钱不还，找人到你家里收拾你",
    "再不还钱让你家里人出门小心",
]

# violence and exposure in one message: both are reported
BOTH = "再不还钱把你家门砸了，再把你欠钱的事发到你家族群里"

QUIET = [
    ("把生日聚会的照片发到家族群里吧", "not_collection"),
    ("我把孩子的作业照片发到你们班级群里了", "not_collection"),
    ("【某某消费金融】您的借款本月15日到期，请按时在App内还款。我们不会把您的借款信息发到任何群里。", "reminder"),
    ("您的借款已逾期3天，请今日还款，还款后把凭证截图发给你的专属客服", "reminder"),
]


@pytest.mark.parametrize("text", MOVED_INTO_GROUP)
def test_debt_moved_into_a_group_is_exposure_not_violence(text: str) -> None:
    check_message(text, label="unlawful_threat", kinds_in=["exposure_threat"], kinds_out=["violence_threat"],
                  rules_in=["threat.grp73.exposure.moved_into_group"])


@pytest.mark.parametrize("text", VIOLENCE)
def test_violence_without_a_group_is_still_found(text: str) -> None:
    check_message(text, label="unlawful_threat", kinds_in=["violence_threat"],
                  rules_out=["threat.grp73.exposure.moved_into_group"])


def test_violence_and_exposure_in_one_message() -> None:
    check_message(BOTH, label="unlawful_threat", kinds_in=["violence_threat", "exposure_threat"])


@pytest.mark.parametrize("text,label", QUIET, ids=[q[0][:12] for q in QUIET])
def test_ordinary_and_lawful_messages_do_not_change(text: str, label: str) -> None:
    check_message(text, label=label, kinds_out=["exposure_threat", "violence_threat"])


def test_the_api_reads_the_group_as_exposure(live_server) -> None:
    cases = [(t, "unlawful_threat") for t in MOVED_INTO_GROUP[:2] + VIOLENCE[:2]] + QUIET
    reports = check_api_labels(live_server.url, cases)
    for text in MOVED_INTO_GROUP[:2]:
        found = {f["kind"] for f in reports[text]["findings"]}
        assert "exposure_threat" in found and "violence_threat" not in found, (text, found)
        for f in reports[text]["findings"]:
            assert text[f["start"]:f["end"]] == f["excerpt"]
    for text in VIOLENCE[:2]:
        assert "violence_threat" in {f["kind"] for f in reports[text]["findings"]}, text
    both = post_analyze(live_server.url, BOTH)
    assert {"violence_threat", "exposure_threat"} <= {f["kind"] for f in both["findings"]}
