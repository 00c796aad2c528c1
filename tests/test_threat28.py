"""threat28: a threat said through ordinary words in a debt message, and a lawful step in one sentence that must not
clear a menace aimed at the reader in another (real analyzer calls; lines from tests/data/probes/threat28_own.jsonl)."""
from __future__ import annotations

import pytest

from analyzer import analyze

THREATS = [
    # the writer's own lawful step (我们可以依法向法院起诉) used to clear the exposure in the next sentence
    "欠款已逾期90天，我们可以依法向法院起诉。但在那之前，会先让你在村里出名。",
    "赵**，你名下借款严重逾期。如仍不还款我司将委托律师提起诉讼。还有，别逼我们，逼急了我们什么都做得出来。",
    "周XX，你紧急联系人是你哥吧？再不还钱让他也跟着倒霉。",
]
LAWFUL = [
    "您的借款已逾期30天，请尽快处理，别逼我们走法律程序，对双方都不好。",
    "您好，我们是XX银行信用卡中心，您的账户已逾期，别逼我们只能走司法途径，请今天联系我们。",
    "李女士，您的贷款已逾期，我们有的是办法帮您解决：可申请延期还款或减免部分罚息，详询客服。",
    # the writer's own complaint still covers what it recounts
    "催收天天爆我通讯录，还说要曝光我，我要去哪里举报他们？",
]


@pytest.mark.parametrize("text", THREATS, ids=range(len(THREATS)))
def test_ordinary_word_menace_is_a_threat(text: str) -> None:
    assert analyze(text).verdict.label == "unlawful_threat"


@pytest.mark.parametrize("text", LAWFUL, ids=range(len(LAWFUL)))
def test_same_words_lawful_raise_no_threat(text: str) -> None:
    report = analyze(text)
    assert not any(f.rule_id.startswith(("threat.t28.", "threat.violence.we_have_ways")) for f in report.findings)
    assert report.verdict.label != "unlawful_threat"


def test_speaker_step_keeps_only_the_finding_at_the_reader() -> None:
    report = analyze("欠款已逾期90天，我们可以依法向法院起诉。但在那之前，会先让你在村里出名。")
    assert any(f.kind == "exposure_threat" and "你" in f.excerpt for f in report.findings)


def test_negated_harm_to_a_named_contact_is_not_the_pronoun_frame() -> None:
    # (main also reads 联系人是您哥哥 as reaching a third party: threat.scheme.third_party.reach_out, left as is here)
    report = analyze("您的借款已逾期，请尽快还款。您的紧急联系人是您哥哥，我们不会让他受牵连。")
    assert not any(f.rule_id.startswith("threat.t28.") for f in report.findings)
