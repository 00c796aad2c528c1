"""polish23: things a user trial found. Night-time pressure needs an overdue or collection debt; a court's freeze in a
fake-court scam is no phishing of a service; a plain visit home is lawful pressure like 上门催收; the knowledge search
says when nothing matched; the batch API has a compact form; dump_reports.py leaves sealed data unread by default."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from live_server import phone_page

from analyzer import analyze

ROOT = Path(__file__).resolve().parent.parent


def _dump_reports():
    spec = importlib.util.spec_from_file_location("dump_reports_p23", ROOT / "benchmarks" / "dump_reports.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------- 6. dump_reports.py: sealed data is not read unless asked for ----------

def test_dump_reports_skips_sealed_files_by_default(tmp_path):
    dump = _dump_reports()
    root = tmp_path / "proj"
    data = root / "tests" / "data"
    for rel in ("messages.jsonl", "fresh/r9_colB.jsonl", "fresh/r20_sealed.jsonl", "probes/para30_sealed.jsonl",
                "probes/para30_src/raw.jsonl", "sealed_round/x.jsonl", "fresh/r5_colM.jsonl", "fresh/r11_colF.jsonl",
                "fresh/r6_colQ.jsonl"):
        (data / rel).parent.mkdir(parents=True, exist_ok=True)
        (data / rel).write_text("", encoding="utf-8")
    names = lambda files: sorted(f.relative_to(data).as_posix() for f in files if data in f.parents)  # noqa: E731
    assert names(dump.data_files(root)) == ["fresh/r9_colB.jsonl", "messages.jsonl"]
    assert names(dump.data_files(root, include_sealed=True)) == [
        "fresh/r11_colF.jsonl", "fresh/r20_sealed.jsonl", "fresh/r5_colM.jsonl", "fresh/r6_colQ.jsonl",
        "fresh/r9_colB.jsonl", "messages.jsonl", "probes/para30_sealed.jsonl",
        "probes/para30_src/raw.jsonl", "sealed_round/x.jsonl"]
    assert names(dump.data_files(root, exclude=("colB",))) == ["messages.jsonl"]


def test_dump_reports_refuses_a_mistyped_flag(monkeypatch, tmp_path):
    dump = _dump_reports()
    monkeypatch.setattr(sys, "argv", ["dump_reports.py", str(tmp_path / "out.jsonl"), "--include_sealed"])
    with pytest.raises(SystemExit) as exc:
        dump.main()
    assert "unknown option: --include_sealed" in str(exc.value)
    assert not (tmp_path / "out.jsonl").exists()


# ---------- 1. night-time pressure needs a debt overdue or in collection ----------
# Written for these tests (lenders, sums and dates made up); none comes from a data file.
NIGHT = "2026-12-01T22:29:00+08:00"
BILLS = [  # a bill or a reminder before the due date: the hour is no collection rule broken
    "【某某银行】您尾号1234的信用卡本期账单金额3,256.00元，最低还款326.00元，到期还款日12月08日。如已还款请忽略。",
    "【某某銀行】您尾號1234的信用卡本期賬單金額3,256.00元，到期還款日12月08日。",  # Traditional characters
    "【某某消费金融】您的借款明天到期，本期应还1,580.00元，请按时还款，逾期将产生罚息并影响征信。",
    "【某某银行】您尾号**的信用卡本期欠款总额XXX元，到期还款日XX月XX日，请按时还款，以免逾期。",
    "您的贷款将于12月10日自动扣款2,318.40元，请确保账户余额充足，为避免逾期，请提前存入。",
]
COLLECTION = [  # overdue or in collection: received at 22:29 it is night-time collection
    "【某某消费金融】您的借款已逾期5天，逾期金额1,236.50元，请尽快登录App还款。",
    "您好，这里是某某贷后管理部，您的分期借款至今未还，请尽快联系我们。",
    "你在某某花的賬單到現在還沒還，今天務必處理一下。",
    "您的账单已过还款日3天仍未还款，请尽快处理。",
    "王先生，您的借款已逾期***天，欠款XXX元，请立即处理。",
    "受某某银行委托，就您的信用卡逾期欠款事宜与您联系，请三日内回电。",
]


@pytest.mark.parametrize("text", BILLS)
def test_a_bill_at_night_is_a_reminder(api, text):
    r = api.post("/api/v1/analyze", {"text": text, "sender": "10690123456", "received_at": NIGHT})
    assert r.status == 200, r.body[:300]
    report = r.json
    assert report["received_at"].startswith("2026-12-01T22:29")
    assert "night_or_frequency" not in {f["kind"] for f in report["findings"]}, report["findings"]
    assert report["verdict"]["label"] == "reminder", report["verdict"]


@pytest.mark.parametrize("text", COLLECTION)
def test_overdue_debt_at_night_is_night_collection(api, text):
    report = api.post("/api/v1/analyze", {"text": text, "sender": "10690123456", "received_at": NIGHT}).json
    night = [f for f in report["findings"] if f["rule_id"] == "pressure.night.received_at"]
    assert night and "22:29" in night[0]["explanation"], report["findings"]
    assert report["verdict"]["label"] == "aggressive", report["verdict"]
    # the same message in the daytime has no night finding
    day = api.post("/api/v1/analyze", {"text": text, "received_at": "2026-12-01T10:29:00+08:00"}).json
    assert not [f for f in day["findings"] if f["rule_id"] == "pressure.night.received_at"]


def test_a_bill_at_night_through_the_analyzer_keeps_the_other_rules():
    # A bill that threatens (an unlawful line) is still judged by its words at night.
    report = analyze("您本期账单3,256.00元到期还款日12月08日，不还就让你全家都知道你欠钱。", received_at=NIGHT)
    assert report.verdict.label == "unlawful_threat"
    assert any(f.rule_id == "pressure.night.received_at" for f in report.findings)


# ---------- 2. a court's freeze in a fake-court scam is no phishing of a service ----------
FAKE_COURT = [
    "法院提醒：你因信用卡欠款被起诉，冻结名下所有银行卡，请加微信 fy2026 处理",
    "【某某区人民法院】你的借款纠纷已立案，明日将冻结你名下所有银行卡，详情点击 http://fy-cx.top",
]


@pytest.mark.parametrize("text", FAKE_COURT)
def test_court_freeze_is_fake_legal_process_not_service_phishing(text):
    report = analyze(text)
    assert report.verdict.label == "scam"
    assert not [f for f in report.findings if f.rule_id == "scam.phishing.service_loss"], report.findings
    freeze = [f for f in report.findings if "冻结" in f.excerpt and "名下所有银行卡" in f.excerpt and "http" not in f.excerpt
              and "微信" not in f.excerpt]
    assert freeze and {f.kind for f in freeze} == {"fake_legal_process"}, [(f.rule_id, f.kind) for f in freeze]


def test_service_phishing_still_found():
    report = analyze("您的住房公积金账户出现故障,需紧急处理才能补救,您可登录下列网址及时修改账户信息。")
    assert report.verdict.label == "scam"
    assert any("scam.phishing.service_loss" in (f.rule_id, *f.to_dict().get("merged_rule_ids", ()))
               for f in report.findings), report.findings


# ---------- 3. visit findings: a plain visit home is lawful pressure, intimidation at the door is not ----------
LAWFUL_VISIT = [  # the knowledge base: 上门沟通本身不违法 (guide.doorstep_visit_threat)
    "你的借款已逾期，再不还钱我们就派人上门到你家",
    "你的借款已逾期，我们将安排人员上门催收",
    "这几天会派人到你家里收钱，你准备一下",
    "張三你的網貸逾期了，明天派人上門到你家",
    "你的借款逾期了，再不还款，我们就上门到你家",
]
UNLAWFUL_VISIT = [  # a crew, staying at the door, menace, or reaching the people at work, school, home town
    "叫几个兄弟去你家门口等你",
    "今天不还，晚上派人去你家坐着，什么时候还钱什么时候走。",
    "你等着，晚上让人去你家",
    "明天派人去你公司找你",
    "你的网贷逾期了，明天直接派人到你家，你家里人都在吧",
]


@pytest.mark.parametrize("text", LAWFUL_VISIT)
def test_plain_visit_home_is_medium(text):
    report = analyze(text)
    visits = [f for f in report.findings if f.kind == "doorstep_visit_threat"]
    assert visits and {f.severity for f in visits} == {"medium"}, [(f.rule_id, f.severity) for f in visits]
    assert report.verdict.label == "aggressive"


@pytest.mark.parametrize("text", UNLAWFUL_VISIT)
def test_intimidating_visit_is_high(text):
    report = analyze(text)
    assert any(f.kind == "doorstep_visit_threat" and f.severity == "high" for f in report.findings), report.findings
    assert report.verdict.label == "unlawful_threat"


# ---------- 5. the batch API's compact form: guidance by id, each guide once per response ----------
BATCH = ["【某某消费金融】您的借款已逾期5天，请尽快登录App还款。", "你再不还钱，我们就把你欠钱的事告诉你全家和你单位领导。",
         "【某某法院】您有一份传票待签收，请点击 http://fy-cx.top 签收", "明天下午三点开会"]


def _batch(api, messages, query=""):
    r = api.post("/api/v1/analyze/batch" + query, {"messages": messages})  # validated against the OpenAPI document
    assert r.status == 200, r.body[:300]
    return r


def test_batch_brief_has_guides_once_and_loses_nothing(api):
    messages = [{"text": t} for t in BATCH * 25] + [{"txt": "wrong field"}]
    full, brief = _batch(api, messages), _batch(api, messages, "?detail=brief")
    full_results, brief_body = full.json["results"], brief.json
    assert set(full.json) == {"results"}  # the default is unchanged
    assert len(brief_body["results"]) == len(full_results) == 101
    assert brief_body["results"][-1] == full_results[-1] and "error" in full_results[-1]  # errors stay in place
    guides, channels = brief_body["guides"], brief_body["channels"]
    assert channels
    for f, b in zip(full_results[:-1], brief_body["results"][:-1]):
        assert "guidance" not in b and b["guidance_ids"] == [g["id"] for g in f["guidance"]]
        assert [guides[i] for i in b["guidance_ids"]] == f["guidance"]  # the same guides, in the same order
        actions = dict(b["actions"])
        if "channel_ids" in actions:
            actions["channels"] = [channels[i] for i in actions.pop("channel_ids")]
        assert actions == f["actions"]
        assert ({k: v for k, v in b.items() if k not in ("guidance_ids", "actions")}
                == {k: v for k, v in f.items() if k not in ("guidance", "actions")})
    assert len(brief.body) < 0.35 * len(full.body), (len(brief.body), len(full.body))


def test_batch_detail_is_checked(api):
    r = api.post("/api/v1/analyze/batch?detail=short", {"messages": [{"text": BATCH[0]}]})
    assert r.status == 400 and r.error_code == "invalid_parameter"
    assert _batch(api, [{"text": BATCH[0]}], "?detail=full").json == _batch(api, [{"text": BATCH[0]}]).json


def test_batch_detail_is_documented_in_chinese(api):
    doc = api.get("/api/v1/openapi.json").json
    op = doc["paths"]["/api/v1/analyze/batch"]["post"]
    detail = [p for p in op["parameters"] if p["name"] == "detail"]
    assert detail and detail[0]["schema"]["enum"] == ["full", "brief"] and "指引" in detail[0]["description"]
    assert "guidance_ids" in doc["components"]["schemas"]["BriefReport"]["properties"]
    page = api.get("/api/docs").body.decode("utf-8")
    assert "detail" in page and "guidance_ids" in page and "channel_ids" in page
    assert "全文在 <code>guides</code> 和 <code>channels</code> 里各一次" in page


# ---------- 4. the knowledge search says when nothing matched, and what to search ----------
NONSENSE = ["今天天气很好", "苹果手机", "如何做红烧肉", "asdfgh", "学校老师说明天放假"]


@pytest.mark.parametrize("q", NONSENSE)
def test_knowledge_api_finds_nothing_for_an_unrelated_query(api, q):
    r = api.get("/api/v1/knowledge?q=" + __import__("urllib.parse").parse.quote(q))
    assert r.status == 200 and r.json["count"] == 0 and r.json["results"] == [], r.json


@pytest.mark.parametrize("q, first", [("上门催收合法吗", {"faq.doorstep", "guide.doorstep_visit_threat"}),
                                      ("爆通讯录", {"guide.exposure_threat"}), ("律师函", None), ("12378", None),
                                      ("网贷逾期了今天收到短信说要起诉我怎么办", None)])
def test_knowledge_api_still_answers_real_questions(api, q, first):
    results = api.get("/api/v1/knowledge?q=" + __import__("urllib.parse").parse.quote(q)).json["results"]
    assert results, q
    if first:
        assert results[0]["id"] in first, results[:3]


def test_knowledge_page_says_nothing_matched_and_suggests(live_server, browser):
    with phone_page(browser, mobile=False, locale="zh-CN") as page:
        for q in NONSENSE[:3]:
            page.goto(live_server.url + "/knowledge")
            page.fill("#q", q)
            page.click("form.search-form button[type=submit]")
            page.wait_for_selector("#hits-title")
            assert page.locator("section[aria-labelledby=hits-title] .hits li").count() == 0, q
            assert f"没有找到和“{q}”有关的内容" in page.inner_text(".no-hits")
            links = page.locator(".suggestions a")
            assert links.count() >= 5
        suggested = links.all_inner_texts()
        links.first.click()  # a suggestion is a search that finds something
        page.wait_for_selector("section[aria-labelledby=hits-title] .hits li")
        assert page.locator(".no-hits").count() == 0
        assert suggested[0] in page.inner_text("#hits-title")


def test_every_suggestion_finds_something(api, live_server):
    import urllib.parse
    import urllib.request
    html = urllib.request.urlopen(live_server.url + "/knowledge?q=" + urllib.parse.quote("今天天气很好")).read().decode()
    import re
    suggestions = re.findall(r'<a href="/knowledge\?q=([^"]+)">', html)
    assert len(suggestions) >= 5
    for s in suggestions:
        q = urllib.parse.unquote(s)
        assert api.get("/api/v1/knowledge?q=" + s).json["count"] > 0, q
