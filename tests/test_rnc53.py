"""rnc53: a private person asking back money they lent, advanced or paid for the reader is a reminder
(analyzer/debt_askback.py, lexicon classes in knowledge/data/rules/zz_rnc53.toml), as ../shared/eval/README.md and
the "Borderline cases" of tests/data/fresh/README.md label it (a friend's "有空还我哈" → reminder), with or without
不急 or a laugh. Messages written for this test (masked), not taken from any data set."""
from __future__ import annotations

import pytest

import analyzer as analyzer_module

ASKED_BACK = [
    ("lent_plain", "借你的800记得还我哈。"),
    ("lent_when", "小周，前年借你的六千，你看年底前能先还一半吗？我这边换房差点钱。"),
    ("advanced_share", "老王，上周团建我垫的烧烤钱，你那份156有空转我一下。"),
    ("aa_joke", "阿峰 上回唱K AA你还差我95 记得转我哈哈"),
    ("no_rush_still_asks", "之前帮你垫付的两张演出票一共760，不着急，方便的时候转我就行。"),
    ("promise_recalled", "老同学，之前你说发了年终奖还的那一千二，别忘了哈"),
    ("shop_credit", "大哥，上个礼拜你在我摊上赊的两袋饲料一共190块，有空顺便结一下。"),
]

QUIET = [
    ("writer_repays", "借你的两千我下周一就还你，这几天手头实在紧。"),
    ("gift", "那五百块是我送你的生日礼物，不用还，别转我了。"),
    ("offer_to_lend", "你要是周转不开跟我说，我可以借你三千，记得跟嫂子商量一下。"),
    ("item_lent", "上周借你的那把电钻用完记得还我，我周末要装柜子。"),
    ("third_party", "老张跟你借的那两千他还你了吗？我就随口问问。"),
    ("settled_treat", "昨天那顿本来说AA，就算我请了，大家都别转我。"),
    ("no_ask", "借你的钱不用急着还，先把病养好。"),
]

# Earlier tests' "no rush" ask-backs labelled not_collection (fa20 round 20, gate29 round 29), written before the label
# rule the newer sets and the training sets follow (a friend's "有空还我哈" → reminder): the writer's own money is
# asked back, so they are reminders. Moved here from the tests named.
RELABELLED = [
    ("fa20_no_rush_small_sum", "上次垫的200块方便时还我就行，不方便也没关系"),
    ("gate29_asked_no_rush", "上回借你的那两百块，啥时候方便还一下？不着急，就随便问问"),
    # from tests/test_deadline22.py ORDINARY (round 22), moved by the integrator after round 41's CI
    ("deadline22_friend_no_rush", "兄弟，你借我那钱不急，什么时候方便什么时候还"),
]


@pytest.mark.parametrize(("name", "text"), RELABELLED, ids=[n for n, _ in RELABELLED])
def test_earlier_no_rush_ask_backs_are_reminders(name, text):
    assert analyzer_module.analyze(text).verdict.label == "reminder", name


@pytest.mark.parametrize(("name", "text"), ASKED_BACK, ids=[n for n, _ in ASKED_BACK])
def test_money_asked_back_is_a_reminder(name, text):
    assert analyzer_module.analyze(text).verdict.label == "reminder", name


@pytest.mark.parametrize(("name", "text"), QUIET, ids=[n for n, _ in QUIET])
def test_near_misses_stay_not_collection(name, text):
    assert analyzer_module.analyze(text).verdict.label == "not_collection", name


def test_over_http(client):
    """One case through the app's API, as the web page sends it."""
    r = client.post("/api/v1/analyze", json={"text": ASKED_BACK[0][1]})
    assert r.status_code == 200 and r.get_json()["verdict"]["label"] == "reminder"
    r = client.post("/api/v1/analyze", json={"text": QUIET[0][1]})
    assert r.status_code == 200 and r.get_json()["verdict"]["label"] == "not_collection"
