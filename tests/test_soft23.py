"""Soft violence by objects (round 23): funeral goods sent to the reader, their photo or name posted where they live or
work — through the real app. The 2019 soft-violence opinion lists 摆放花圈、贴报喷字、拉挂横幅 among its means; said to
"你" they are threats whether or not a debt is named. The messages are written for these tests; none comes from a data
file.
"""
from __future__ import annotations

import pytest

THREATS = [
    ("花圈和寿衣已经帮你订好了，明天直接送到你公司前台，让同事们都看看。", "violence_threat", "寿衣"),
    ("你們家門口的花圈喜歡嗎？下次就是壽衣了。", "violence_threat", "花圈"),
    ("你的照片我们已经做好了，明天贴满你们小区。", "exposure_threat", "照片"),
    ("你 的 大 名已经做成横幅，周一挂到你们公司门口。", "exposure_threat", "横幅"),
]
ORDINARY = [
    "您订购的花圈已送到您家楼下，请下楼签收，节哀顺变。【XX鲜花】",
    "清明节快到了，纸钱和冥币我已经给你们家寄过去了，记得带给爷爷奶奶。",
    "【XX派出所】提醒：向他人寄送冥币、花圈进行恐吓属于违法行为，请立即报警。",
    "横幅已经做好了，周一挂到你们公司门口，庆祝开业大吉！",
    "你的作品已经做成海报，下周贴在学校宣传栏展出。",
]


@pytest.mark.parametrize("text,kind,word", THREATS)
def test_objects_of_soft_violence_are_threats(api, text, kind, word):
    report = api.analyze(text)
    assert report["verdict"]["label"] == "unlawful_threat", report["verdict"]
    found = [f for f in report["findings"] if f["kind"] == kind]
    assert found, [f["rule_id"] for f in report["findings"]]
    # the finding points at the words that say it (on the text as pasted, Traditional and spaced included)
    assert any(word in text[f["start"]:f["end"]] or word in f.get("excerpt", "") for f in found
               if f.get("start") is not None), found


@pytest.mark.parametrize("text", ORDINARY)
def test_the_same_words_in_ordinary_messages_are_not(api, text):
    report = api.analyze(text)
    assert report["verdict"]["label"] not in ("unlawful_threat", "scam"), (report["verdict"], report["findings"])
