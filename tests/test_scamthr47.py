"""scamthr47: the collector of the reader's own debt speaking with unlawful means is an unlawful threat, even when a
scam rule heard how it is said — a collection department dressed into the signature, "借了钱就换手机号", a group post
asking for the borrower's whereabouts by private message, or (with a lender of the directory named) a claimed court
or "还了就撤案" (analyzer/collector_voice.py, analyzer/verdict.decide, knowledge/data/rules/zz_scamthr47.toml).
A stranger's route (a link, a fee, an account, a call-back number, a code) keeps the scam verdict. Also: the collector
talking of "转给我们" (to the creditor itself) is not a personal account, a collector's own "我还能帮你申请停催几天" is not a
relief advert, and "法院已判你刑" is a false criminal threat. All messages are written for this test (masked, invented)."""
from __future__ import annotations

import json
import tomllib
import urllib.request
from pathlib import Path

import pytest

from analyzer import analyze, collector_voice
from analyzer.verdict import COLLECTOR_DEMAND, COLLECTOR_VOICE
from knowledge import registry

ROOT = Path(__file__).resolve().parents[1]

# The collector itself speaks: threat decides; a scam finding (the voice) stays in the report.
VOICED = [
    "【美团-贷后催收部 老周】你拖了两个月了还装死？今天不还，晚上就给你妈打电话，让她知道她儿子是个老赖。",
    "你在分期平台借的钱逾期三个月了，借了钱就换手机号，以为我们找不到你？你这就是诈骗，明天就去派出所报案，让警察到你单位把你带走。",
    "你别以为找了债务优化就能拖着，你欠的网贷一分不会少，再不还我们就把你欠钱的事发到你们小区业主群，让邻居都看看。",
    "@所有人 打扰各位，群里的孙某在我平台借款逾期三个月至今未还，电话不接信息不回，大家都离他远点，谁知道他住哪请私信我。",
    "【招联金融】你的借款逾期已被我司起诉，法院已立案，请今天联系我司专员结清欠款以便撤诉，否则明天法院就上门查封你家。",
]
# The same shape with a stranger's route, or a bare court claim with no lender: the scam verdict stays.
ROUTED = [
    "您有一笔网贷逾期已被起诉，想要撤诉请联系法务部139****2271，可协商只还本金，否则明天冻结你名下所有账户。",
    "【美团-贷后催收部 老周】你的借款已逾期两个月，今天不还就给你妈打电话，还款请点击 http://hk-pay.top/a 。",
    "【美团-贷后催收部 老周】你的借款已逾期两个月，今天不还就给你妈打电话，加我微信 zhou8823 还款。",
    "【招联金融】你的借款逾期已被起诉，法院已立案，请今天缴纳保全费800元到专员个人账户6222****1180以便撤诉，否则上门查封。",
    "【某某法院】你因涉嫌网贷诈骗已被立案起诉，若缺席将强制执行，冻结你名下所有资产，详询XXX。",
    "借了钱就换手机号？你在网贷平台的欠款已逾期，今天把钱转到我新的银行卡6217****5531，否则明天上门找你爸妈。",
]
# Rule-level corrections: "转给我们" is not a personal account; a collector's own 帮你申请停催 is no relief advert.
CORRECTED = [
    ("【致××公司财务部】贵司员工周**欠我司借款逾期不还，请贵司将其本月工资扣下转给我们，否则我们将把他的欠款通知贵司全体员工。",
     "unlawful_threat"),
    ("你逾期金额已经超过五万，法务下周就会把你的案子报上去。你要是现在有还款意向，我还能帮你申请停催几天，你先还个三千表示诚意。",
     "aggressive"),
]
# Near-misses that must not become threats or lose their verdict.
QUIET = [
    ("网贷逾期被爆通讯录？我们专业团队帮你停催，加微信免费咨询，先付服务费后办理。", "scam"),
    ("你之前找的那些反催收都是骗子，网贷逾期找我们，专业团队帮您停息挂账，先付服务费。", "scam"),
    ("我换手机号了，新号码就是这个，周六聚餐别忘了。", "not_collection"),
    ("我是你老同学，换了新号码，加下我微信，急用钱借我两千，下个月还你。", "scam"),
    ("他去年因为诈骗被判刑了，你离他远点。", "not_collection"),
]


@pytest.mark.parametrize("text", VOICED)
def test_the_collectors_own_voice_is_a_threat(text: str) -> None:
    report = analyze(text)
    assert report.verdict.label == "unlawful_threat", [(f.rule_ids, f.severity) for f in report.findings]
    fr = collector_voice.frame()
    assert any(f.category == "scam" and set(f.rule_ids) <= fr.voice_rules | fr.claim_rules for f in report.findings)
    # (several threats: money45's frame may speak first; a message to third parties gets the third-party opening)
    summary = report.verdict.summary
    assert COLLECTOR_VOICE in summary or COLLECTOR_DEMAND in summary or report.reader.role == "third_party"


def test_one_threat_is_enough_for_the_collectors_voice() -> None:
    """money45 wants two threats beside a voice rule; here one threat and a dressed signature: this frame decides."""
    report = analyze("【美团-贷后催收部 小钱】你到底还不还？不还我现在就打你老婆电话。")
    assert report.verdict.label == "unlawful_threat", [(f.rule_ids, f.severity) for f in report.findings]
    assert COLLECTOR_VOICE in report.verdict.summary
    assert collector_voice.threat_count(list(report.findings)) == 1


@pytest.mark.parametrize("text", ROUTED)
def test_a_strangers_route_keeps_the_scam(text: str) -> None:
    report = analyze(text)
    assert report.verdict.label == "scam", [(f.rule_ids, f.severity) for f in report.findings]


@pytest.mark.parametrize(("text", "label"), CORRECTED)
def test_rule_level_corrections(text: str, label: str) -> None:
    report = analyze(text)
    assert report.verdict.label == label, [(f.rule_ids, f.severity) for f in report.findings]
    assert not any(f.category == "scam" and f.severity != "low" for f in report.findings)


@pytest.mark.parametrize(("text", "label"), QUIET)
def test_near_misses_keep_their_verdict(text: str, label: str) -> None:
    assert analyze(text).verdict.label == label


def test_a_sentence_claimed_is_a_false_criminal_threat() -> None:
    """法院已经判你刑了: a criminal sentence claimed over a debt is a false criminal threat; with "还款撤案" and no route
    to a stranger, threat36's frame lets it decide (the 撤案 scam finding stays in the report)."""
    report = analyze("法院已经判你刑了，速还款撤案。")
    assert report.verdict.label == "unlawful_threat"
    assert any(f.kind == "false_criminal_threat" for f in report.findings)


def test_claims_yield_only_with_a_lender_named() -> None:
    """The same claimed-court message: with a lender of the directory it is the collector's; without one it is not."""
    named = "【招联金融】你的借款逾期已被我司起诉，法院已立案，请今天联系我司专员结清欠款以便撤诉，否则明天法院就上门查封你家。"
    bare = named.replace("【招联金融】", "").replace("我司", "本院")
    assert analyze(named).verdict.label == "unlawful_threat"
    assert analyze(bare).verdict.label == "scam"


def test_listed_rules_exist() -> None:
    known = {r.id for r in registry.rules()}
    detectors = tomllib.loads((ROOT / "knowledge/data/rules/detectors.toml").read_text(encoding="utf-8"))
    known |= {f["id"] for f in detectors.get("finding", [])}
    fr = collector_voice.frame()
    assert fr.voice_rules | fr.claim_rules <= known, sorted((fr.voice_rules | fr.claim_rules) - known)
    assert not fr.voice_rules & fr.claim_rules
    kinds = tomllib.loads((ROOT / "knowledge/data/kinds.toml").read_text(encoding="utf-8"))["kind"]
    assert fr.route_kinds <= set(kinds), sorted(fr.route_kinds - set(kinds))


def test_the_api_reports_the_collectors_voice(live_server) -> None:
    data = json.dumps({"text": "【美团-贷后催收部 小钱】你到底还不还？不还我现在就打你老婆电话。"}).encode("utf-8")
    request = urllib.request.Request(live_server.url + "/api/v1/analyze", data=data,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as r:  # noqa: S310 - our own test server
        report = json.loads(r.read().decode("utf-8"))
    assert report["verdict"]["label"] == "unlawful_threat"
    assert COLLECTOR_VOICE in report["verdict"]["summary"]
    assert any(f["category"] == "scam" for f in report["findings"])
