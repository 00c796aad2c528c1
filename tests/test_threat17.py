"""threat17: threats in pasted forms keep their verdict, and the round's frames need no debt word.

- a chat the reader pasted with their own reply at the end (我：我要投诉 / 你们这样是违法的): the reply is the reader's,
  not a news report or complaint that cancels the threat above it (analyzer/detectors/warned.py, own_replies);
- voice-to-text with no punctuation: a pause is a clause end, so an early 不 does not negate a later threat
  (analyzer/normalize.py, _spoken_pauses).
"""
from __future__ import annotations

import pytest

REPLIES = ["我：你们这样是违法的", "我：我要报警了", "我：别再打电话了，我已经向银保监投诉了", "我: 你是谁？"]
THREATS = [
    "三天内不处理，卸你一条胳膊",
    "你爸妈年纪大了，经不起吓，你自己掂量",
    "你老公知道你在外面借了这么多钱吗？要不要我帮你跟他说说？",
    "欠钱的人没资格谈尊严。今天不还，我就让你在你们那一片臭名远扬。",
]


@pytest.mark.parametrize("reply", REPLIES)
@pytest.mark.parametrize("threat", THREATS)
def test_the_readers_own_reply_does_not_cancel_the_threat(analyzer, threat, reply):
    assert analyzer.analyze(threat).verdict.label == "unlawful_threat"
    assert analyzer.analyze(f"{threat}\n{reply}").verdict.label == "unlawful_threat"


def test_a_reply_is_no_threat_of_its_own(analyzer):
    assert analyzer.analyze("小王：这周末有空吗\n我：有空，一起吃饭吧").verdict.label == "not_collection"


@pytest.mark.parametrize("text", [
    "钱到了什么事都没有 钱不到 那就只能让你家里人替你着急了",
    "那个我跟你说啊 就是说我们这边已经安排人了 明天上午去你老家 你爸妈在家吧 到时候邻居都看着 你面子上过得去吗",
    "你现在还有机会 一旦我们报到公安 你就是诈骗犯 这辈子就毁了 你爸妈也抬不起头",
])
def test_voice_to_text_threats_are_found(analyzer, text):
    assert analyzer.analyze(text).verdict.label == "unlawful_threat"
