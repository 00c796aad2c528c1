"""Round 27 (brief RELIEF27): relief26's mediation frames carried to main, narrowed. A notice with checkable official
details (an unmasked official case number, 12368, the courts' own platforms, a people's court, arbitration commission
or 人民调解委员会 signing in its own name) and no scam marker (money to a personal or 'special' account, a 撤案/调解 fee,
a code, an app, WeChat, a reply digit) is not read by relief26's frames as a fake mediation body's claim, a pay route or
a pretext to reach third parties; the fakes still are. The texts are our own wordings, not lines of any data file."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer import analyze

HARM = ("scam", "unlawful_threat")
RELIEF = ("threat.relief26.", "scam.relief26.", "scam.impersonation.legal_signature_power")


def _relief_rules(text: str) -> list[str]:
    return [f.rule_id for f in analyze(text).findings if f.rule_id.startswith(RELIEF)]


@pytest.mark.parametrize("text", [
    # a lender's legal department citing the court's own numbers
    "【某消费金融】法务部：您与我司借款纠纷一案法院已立案，案号（2026）粤0106民初8812号，判决生效后如不履行我司将申请强制执行。",
    "【某銀行】法務部：您的信用卡糾紛已立案執行，執行案號(2026)滬0115執2231號，法院已凍結您名下賬戶，請主動履行。",
    # an arbitration commission's mediation centre and its online platform
    "【某仲裁委员会调解中心】李某，武仲案字(2026)第3345号案件已作出裁决，调解员调解未成，请扫码登录网上仲裁平台查看裁决书。",
    # a people's mediation committee holding the mediation at the village committee, and at the reader's home
    "【某县人民调解委员会】您与某银行纠纷调解编号(2026)某调字第77号，调解员将到您所在村委会主持调解，调解免费。",
    "【某区人民调解委员会】调解编号(2026)x调字第318号，应您要求，调解员将于周六上午到您家中调解，请在家等候。",
    # a legal-aid centre naming the suit against the reader
    "【某区法律援助中心】您被某小贷起诉一案已立案，案号(2026)苏0508民初3321号，援助律师将与您联系。",
    # a lender asking payment to its own corporate account, with the case number
    "【某消费金融】法务部：案号(2026)沪0115民初10021号，如愿和解，请将欠款转入我司对公账户，户名：某消费金融有限公司。",
], ids=["lender-legal-filed", "traditional-enforcement", "arbitration-platform", "committee-village", "committee-home",
        "legal-aid", "corporate-account"])
def test_checkable_notice_without_a_scam_marker_is_not_read_by_the_relief_frames(text):
    assert _relief_rules(text) == []


@pytest.mark.parametrize("text,label", [
    # nothing checkable: a masked number, a made-up one
    ("【某调解中心】您的案件（2026）某民初***号已判决生效，今日不处理将强制执行，冻结名下所有账户。", "unlawful_threat"),
    ("【某法务中心】您的案件编号FW2026-0088已立案待执行，明日冻结您名下微信和支付宝。", "unlawful_threat"),
    # an official-looking number with a scam marker
    ("【某调解中心】您的案件(2026)京0105民初12345号已判决，如需撤案，请将欠款转入调解专用账户，户名：王某某。", "scam"),
    ("【某调解中心】可拨打12368核实。您的调解方案已确认，请扫码支付首期调解款2000元，完成后撤销起诉。", "scam"),
    ("【某调解中心】(2026)京0105民初12345号案件已立案，调解前需缴纳调解费600元至调解员个人账户。", "scam"),
], ids=["masked-number", "made-up-number", "number-and-special-account", "12368-and-qr-payment", "number-and-fee"])
def test_fakes_stay_fakes(text, label):
    assert analyze(text).verdict.label == label
    assert _relief_rules(text)


def test_own_battery_floor_and_no_relief_finding_on_genuine_lines():
    """The own battery (written before any rule change) stays at 72/87, and relief26's frames fire on none of its
    genuine lines (gold reminder, aggressive, legal_notice, not_collection); its remaining false alarms come from
    older fake_legal rules (reported, not changed here)."""
    path = Path(__file__).resolve().parent / "data" / "probes" / "relief27_own.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sum(analyze(r["text"]).verdict.label == r["category"] for r in rows) >= 72
    assert not [r["id"] for r in rows if r["category"] not in HARM and _relief_rules(r["text"])]
