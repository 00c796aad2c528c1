"""fix35 (integrator's fix, PREREG_round33 addendum 9): two false alarms reported in round 32 on messages written
outside the sealed data, fixed with fa36's classes (knowledge/data/rules/zz_fa36.toml): a genuine auto-renewal notice
that says to cancel in the app's settings (no number, link or call-back) is not a fake-charge scam, and another parent
asking about the school bus is not someone watching the reader's family. Messages written by fa36's author (its
rules' examples) and for this test; each has a twin that must stay an alarm."""
from __future__ import annotations

import pytest

from analyzer import analyze

ALARM = {"scam", "unlawful_threat"}

QUIET = [
    "尊敬的用户，您的会员已开通自动续费，即将扣费30元，如需取消请在App设置中关闭。",
    "尊敬的用户，您已开通自动续费，即将扣费25元，如需取消请在设置中关闭。",
    "你家孩子在实验小学三年级吧？我家孩子也坐那趟校车，早上几点到你们小区？",
    "你女儿每天几点坐校车我也想知道，我家孩子也坐那趟车",
]

STILL_ALARM = [
    "您已开通自动续费，即将扣费298元，如需取消请致电4008123456",
    "您的免费试用期已结束，已开通免密支付，今日将自动扣费，取消请联系客服微信kf2024",
    "你女儿每天几点放学我们都清楚",
    "你儿子在实验小学三年级吧，每天几点放学我们都知道，钱再不还你自己看着办",
]


@pytest.mark.parametrize("text", QUIET)
def test_reported_false_alarm_is_gone(text):
    report = analyze(text)
    assert report.verdict.label not in ALARM, [(f.rule_id, f.excerpt) for f in report.findings]


@pytest.mark.parametrize("text", STILL_ALARM)
def test_twin_stays_an_alarm(text):
    report = analyze(text)
    assert report.verdict.label in ALARM, [(f.rule_id, f.excerpt) for f in report.findings]
