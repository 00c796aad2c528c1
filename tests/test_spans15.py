"""Review 15 #13: excerpts are whole words and never start or end inside a 【signature】 (analyzer/spans.py),
through real HTTP to the app (POST /api/v1/analyze, responses checked against the OpenAPI document)."""
from __future__ import annotations

import re

import pytest

from analyzer.spans import WORDS, whole

COURT = ("【北京市朝阳区人民法院】您因拖欠网贷已被立案，案号(2026)京0105刑初8890号，请于24小时内联系王法官13812345678"
         "缴纳保证金5000元撤诉，否则将对您实施拘留。")
EMPLOYER = "王经理您好，贵公司员工李某在我平台欠款不还，请贵公司协助督促，否则我们会派人到贵公司处理。"
CODE = ("同学你好，我是学校资助中心的老师。国家助学金新增了一批名额，请你登录这个网址填写一下你的身份证号、银行卡号和手机号，"
        "然后把收到的验证码填进去：http://***.edu-***.cn")
SIGNATURE = re.compile(r"【[^【】]+】")


def _analyze(api, text: str, sender: str | None = None) -> dict:
    r = api.post("/api/v1/analyze", {"text": text, "sender": sender})
    assert r.status == 200
    return r.json


def _excerpts(report: dict) -> dict[str, str]:
    return {f["rule_id"]: f["excerpt"] for f in report["findings"]}


def _edges_whole(report: dict) -> None:
    text = report["text"]
    brackets = [m.span() for m in SIGNATURE.finditer(text)]
    for f in report["findings"]:
        s, e = f["start"], f["end"]
        assert text[s:e] == f["excerpt"]
        for o, c in brackets:  # an edge inside 【…】 only for the name alone (签名不能证明身份: 北京市朝阳区人民法院)
            name_alone = (s, e) == (o + 1, c - 1)
            assert name_alone or not (o < s < c or o < e < c), (f["rule_id"], f["excerpt"])
        for w in WORDS:  # no word of the list is cut by an edge
            for m in re.finditer(re.escape(w), text):
                for edge in (s, e):
                    cut = m.start() < edge < m.end()
                    on_word = any(text[edge:edge + n] in WORDS or text[max(0, edge - n):edge] in WORDS for n in (2, 3))
                    assert not cut or on_word, (f["rule_id"], f["excerpt"], w)


def test_court_claim_starts_outside_the_signature_and_the_judge_keeps_his_surname(api):
    report = _analyze(api, COURT, "13812345678")
    found = _excerpts(report)
    assert found["threat.scheme.fake_legal.court_act_done"] == "【北京市朝阳区人民法院】您因拖欠网贷已被立案"
    # the "judge" asking money keeps his surname (王法官…); since round 38 scamthr47's call-back rule
    # (scam.scamthr47.drop_case_callback_number, "联系王法官…缴纳保证金…撤诉") reports the same span as authority_money did
    money = [found[r] for r in ("scam.scheme.authority_money", "scam.scamthr47.drop_case_callback_number") if r in found]
    assert money and all("王法官13812345678" in x and not x.startswith("法官") for x in money), found
    assert not any(x.startswith("人民法院】") for x in found.values())
    _edges_whole(report)


def test_letter_to_an_employer_keeps_the_name_and_the_debt_word(api):
    report = _analyze(api, EMPLOYER, "01087654321")
    found = _excerpts(report)
    assert found["threat.third_party_contact.message_to_third_party"] == "王经理您好，贵公司员工李某在我平台欠款"
    assert all(not x.endswith("欠") for x in found.values())
    _edges_whole(report)


def test_verification_code_is_quoted_whole(api):
    report = _analyze(api, CODE)
    code = [f["excerpt"] for f in report["findings"] if "验证" in f["excerpt"]]
    assert code and all("验证码" in x for x in code), code
    assert not any(x.endswith("验证") for x in code)
    _edges_whole(report)


@pytest.mark.parametrize("text, span, expected", [
    ("【某某金融】你已逾期", (3, 9), "【某某金融】你已逾期"),  # starts in the name, goes on past it
    ("【某某金融】你已逾期", (2, 4), "某某金融"),  # inside the name: the name alone
    ("【某某金融】你已逾期", (5, 10), "你已逾期"),  # starts on the closing bracket: left out
    ("请还款，联系【某某金融】", (4, 8), "联系【某某金融】"),  # ends inside the name
    ("他恶意拖欠款项", (1, 5), "恶意拖欠"),  # already on a word's edge (拖欠): 欠款 does not pull it on
    ("请联系13812345678", (1, 8), "联系13812345678"),  # a digit run is not cut
    ("", (0, 0), ""),
])
def test_whole_moves_edges_to_whole_words(text, span, expected):
    s, e = whole(text, *span)
    assert text[s:e] == expected
